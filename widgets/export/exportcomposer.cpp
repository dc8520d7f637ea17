#include "exportcomposer.h"

#include "legendpainter.h"

#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/canvas/linkitem.h"
#include "widgets/lens/lensstyler.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>

#include <algorithm>

namespace faultline {

namespace {
constexpr qreal kColumnGap = 28;
constexpr qreal kBlockGap = 16;
constexpr qreal kLegendGap = 24;
constexpr qreal kDiagramPadding = 6;
constexpr qreal kMaxScale = 1.6; ///< small diagrams are enlarged on fixed pages, but not blown up
constexpr qreal kMinFitWidth = 420; ///< a fitted page stays wide enough for title and references
constexpr qreal kMarkerOffset = 12; ///< from the link's midpoint (its evidence badge) to the marker

// lupdate files a free tr() call under the class or namespace around the call,
// not under a helper's context: calls name this context class instead.
struct ComposerText
{
    Q_DECLARE_TR_FUNCTIONS(faultline::ExportComposer)
};

QFont sized(QFont font, qreal pixelSize, QFont::Weight weight = QFont::Normal)
{
    font.setPixelSize(int(pixelSize));
    font.setWeight(weight);
    return font;
}
} // namespace

ExportComposer::ExportComposer(const ExportPage &page, const ExportOptions &options)
    : m_page(page), m_options(options), m_colors(canvasThemeColors(options.theme))
{
    const QList<CanvasScene *> scenes = page.scenes();
    m_baseFont =
        scenes.isEmpty() || !scenes.first() ? QGuiApplication::font() : scenes.first()->font();
    m_titleFont = sized(m_baseFont, 24, QFont::Bold);
    m_subtitleFont = sized(m_baseFont, 15);
    m_captionFont = sized(m_baseFont, 15, QFont::DemiBold);
    m_referenceFont = sized(m_baseFont, 11);
    m_markerFont = sized(m_baseFont, 10, QFont::DemiBold);
    m_cruxFont = sized(m_baseFont, 10, QFont::Bold);
    if (options.legend) {
        m_legend = LegendEntries::collect(scenes, page.compare);
        if (!page.cruxMarks.isEmpty())
            m_legend.addMark(LegendMark::CruxNumber);
    }
    if (options.references)
        m_references = ReferenceList::collect(scenes);
    layout();
}

QString ExportComposer::referenceLine(int index) const
{
    return QStringLiteral("[%1]  %2").arg(index + 1).arg(m_references.entryText(index));
}

QRectF ExportComposer::markerRect(const QPointF &mid, const QString &marker) const
{
    // Scene units: the marker is drawn at the diagram's scale like the badge it annotates.
    const QFontMetricsF fm(m_markerFont);
    const qreal w = fm.horizontalAdvance(marker) + 6;
    return QRectF(mid.x() + kMarkerOffset, mid.y() - fm.height() / 2 - 1, w, fm.height() + 2);
}

QRectF ExportComposer::sceneSourceRect() const
{
    QRectF rect;
    for (const ExportPanel &panel : m_page.panels) {
        if (!panel.scene)
            continue;
        // With the lens overlays (lever notes, actual vs ideal cards), which
        // hang below the boxes and would otherwise be cut off at the page edge.
        rect |= LensStyler::renderRect(panel.scene);
        if (m_references.isEmpty() || !panel.scene->interpretation())
            continue;
        for (LinkItem *item : panel.scene->linkItems())
            if (const Link *link = panel.scene->interpretation()->findLink(item->linkId());
                link && item->isVisible())
                if (const QString marker = m_references.markerFor(*link); !marker.isEmpty())
                    rect |= markerRect(item->midPoint(), marker);
    }
    if (rect.isEmpty())
        rect = QRectF(0, 0, 200, 120);
    return rect.adjusted(-kDiagramPadding, -kDiagramPadding, kDiagramPadding, kDiagramPadding);
}

QList<ExportComposer::FootList> ExportComposer::footLists() const
{
    QList<FootList> lists;
    if (!m_page.cruxLines.isEmpty())
        lists.append({ComposerText::tr("CRUXES"), m_page.cruxLines});
    if (!m_references.isEmpty()) {
        FootList refs{ComposerText::tr("REFERENCES"), {}};
        for (int i = 0; i < m_references.count(); ++i)
            refs.lines.append(referenceLine(i));
        lists.append(refs);
    }
    return lists;
}

qreal ExportComposer::referencesHeight(qreal width) const
{
    const QFontMetricsF fm(m_referenceFont);
    qreal height = 0;
    for (const FootList &list : footLists()) {
        height += QFontMetricsF(m_captionFont).height() * 0.8 + 4; // the heading
        for (const QString &line : list.lines)
            height +=
                fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, line).height() + 2;
        height += kBlockGap / 2;
    }
    return height;
}

void ExportComposer::layout()
{
    m_legendRight = m_options.legendPosition == LegendPosition::Right;
    layoutOnce();
    if (!m_page.compare || m_options.fixedPageSize().isEmpty() || m_legend.isEmpty())
        return;
    // A compare slide is read from across a room: the legend goes where it
    // leaves the diagrams larger.
    const qreal chosen = m_scale;
    m_legendRight = !m_legendRight;
    layoutOnce();
    if (m_scale <= chosen) {
        m_legendRight = !m_legendRight;
        layoutOnce();
    }
}

void ExportComposer::layoutOnce()
{
    m_gridColumns = 0;
    const qreal m = m_options.margin;
    const int panels = std::max<int>(1, int(m_page.panels.size()));
    m_source = sceneSourceRect();
    const LegendPainter legend(m_legend, m_colors, m_baseFont);
    const bool legendRight = m_legendRight;
    const QSizeF legendColumn = m_legend.isEmpty() ? QSizeF() : legend.columnSize();

    qreal headerHeight = 0;
    if (!m_page.title.isEmpty())
        headerHeight += QFontMetricsF(m_titleFont).lineSpacing();
    if (!m_page.subtitle.isEmpty())
        headerHeight += QFontMetricsF(m_subtitleFont).lineSpacing() + 2;
    if (headerHeight > 0)
        headerHeight += kBlockGap;
    // One part of a split compare slide names its reading too.
    m_captionHeight =
        panels > 1 || m_page.compare ? QFontMetricsF(m_captionFont).lineSpacing() + 8 : 0;

    const qreal maxScale = m_page.maxScale > 0 ? std::min(m_page.maxScale, kMaxScale) : kMaxScale;
    QSizeF fixed = m_options.fixedPageSize();
    qreal innerWidth = 0;
    if (fixed.isEmpty()) {
        // Fit to content: the diagrams at natural size decide the page.
        m_scale = 1;
        innerWidth = panels * m_source.width() + (panels - 1) * kColumnGap;
        if (legendRight && !legendColumn.isEmpty())
            innerWidth += kLegendGap + legendColumn.width();
        innerWidth = std::max(innerWidth, kMinFitWidth);
    } else {
        innerWidth = fixed.width() - 2 * m;
    }
    const QSizeF legendSize = m_legend.isEmpty() ? QSizeF()
                              : legendRight      ? legendColumn
                                                 : legend.rowsSize(innerWidth);
    const qreal refsHeight = referencesHeight(innerWidth);
    const qreal footer =
        (refsHeight > 0 ? refsHeight + kBlockGap : 0) +
        (!legendRight && !legendSize.isEmpty() ? legendSize.height() + kBlockGap : 0);
    const qreal besides =
        legendRight && !legendSize.isEmpty() ? legendSize.width() + kLegendGap : 0;
    const qreal columnWidth = (innerWidth - besides - (panels - 1) * kColumnGap) / panels;

    qreal diagramHeight = 0;
    if (fixed.isEmpty()) {
        diagramHeight = m_source.height();
        const qreal body =
            std::max(diagramHeight + m_captionHeight, legendRight ? legendSize.height() : 0.0);
        fixed = QSizeF(innerWidth + 2 * m, headerHeight + body + footer + 2 * m);
        diagramHeight = body - m_captionHeight;
    } else {
        diagramHeight =
            std::max(40.0, fixed.height() - 2 * m - headerHeight - footer - m_captionHeight);
        m_scale =
            std::min({columnWidth / m_source.width(), diagramHeight / m_source.height(), maxScale});
        // A compare slide arranges the readings in the grid (side by side,
        // stacked, or two by two) that draws them largest.
        const qreal available = diagramHeight + m_captionHeight;
        for (int across = 1; m_page.compare && across < panels; ++across) {
            const int down = (panels + across - 1) / across;
            const qreal cellWidth = (innerWidth - besides - (across - 1) * kColumnGap) / across;
            const qreal cellHeight = (available - (down - 1) * kBlockGap) / down - m_captionHeight;
            const qreal scale =
                std::min({cellWidth / m_source.width(), cellHeight / m_source.height(), maxScale});
            if (cellHeight > 40 && scale > m_scale) {
                m_scale = scale;
                m_gridColumns = across;
                diagramHeight = cellHeight;
            }
        }
    }
    m_pageSize = fixed;

    const QRectF inner(m, m, m_pageSize.width() - 2 * m, m_pageSize.height() - 2 * m);
    m_header = QRectF(inner.left(), inner.top(), inner.width(), headerHeight);
    const qreal bodyTop = inner.top() + headerHeight;
    m_columns.clear();
    m_targets.clear();
    m_legendRect = QRectF();
    m_referencesRect = QRectF();
    const QSizeF drawn = m_source.size() * m_scale;
    const int across = m_gridColumns > 0 ? m_gridColumns : panels;
    const qreal cellWidth = (innerWidth - besides - (across - 1) * kColumnGap) / across;
    for (int i = 0; i < panels; ++i) {
        const QRectF column(inner.left() + (i % across) * (cellWidth + kColumnGap),
                            bodyTop + (i / across) * (m_captionHeight + diagramHeight + kBlockGap),
                            cellWidth, m_captionHeight + diagramHeight);
        m_columns.append(column);
        // Centred horizontally, top-aligned: columns of a compare slide stay level.
        const qreal top = column.top() + m_captionHeight +
                          (panels > 1 ? 0 : (diagramHeight - drawn.height()) / 2);
        m_targets.append(QRectF(QPointF(column.center().x() - drawn.width() / 2, top), drawn));
    }
    if (!legendSize.isEmpty()) {
        if (legendRight)
            m_legendRect = QRectF(
                QPointF(inner.right() - legendSize.width(), bodyTop + m_captionHeight), legendSize);
        else {
            // Right under the drawn diagram(s), not at the foot of the space
            // they might have filled: on a tall page the legend stays next to
            // what it explains.
            qreal drawnBottom = bodyTop + m_captionHeight;
            for (const QRectF &target : std::as_const(m_targets))
                drawnBottom = std::max(drawnBottom, target.bottom());
            m_legendRect = QRectF(QPointF(inner.left(), drawnBottom + kBlockGap),
                                  QSizeF(inner.width(), legendSize.height()));
        }
    }
    if (refsHeight > 0)
        m_referencesRect =
            QRectF(inner.left(), m_page.panels.isEmpty() ? bodyTop : inner.bottom() - refsHeight,
                   inner.width(), refsHeight);
}

QPointF ExportComposer::toPage(int panel, const QPointF &scenePos) const
{
    return m_targets[panel].topLeft() + (scenePos - m_source.topLeft()) * m_scale;
}

QRectF ExportComposer::sceneRectOnPage(int panel, const QRectF &sceneRect) const
{
    if (panel < 0 || panel >= m_targets.size())
        return {};
    return QRectF(toPage(panel, sceneRect.topLeft()), toPage(panel, sceneRect.bottomRight()));
}

QRectF ExportComposer::factorRectOnPage(int panel, const QString &factorId) const
{
    if (panel < 0 || panel >= m_page.panels.size() || !m_page.panels[panel].scene)
        return {};
    const FactorItem *item = m_page.panels[panel].scene->factorItem(factorId);
    if (!item)
        return {};
    const QRectF box = item->boxRect().translated(item->pos());
    return QRectF(toPage(panel, box.topLeft()), toPage(panel, box.bottomRight()));
}

void ExportComposer::paint(QPainter *painter) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    if (!m_options.transparent || m_options.format != ExportFormat::Png)
        painter->fillRect(QRectF(QPointF(0, 0), m_pageSize), m_colors.background);
    paintHeader(painter);
    for (int i = 0; i < m_page.panels.size(); ++i)
        paintPanel(painter, i);
    paintCruxMarks(painter);
    if (!m_legendRect.isEmpty()) {
        const LegendPainter legend(m_legend, m_colors, m_baseFont);
        if (m_legendRight)
            legend.paintColumn(painter, m_legendRect.topLeft());
        else
            legend.paintRows(painter, m_legendRect);
    }
    paintReferences(painter);
    painter->restore();
}

void ExportComposer::paintHeader(QPainter *painter) const
{
    qreal y = m_header.top();
    if (!m_page.title.isEmpty()) {
        const QFontMetricsF fm(m_titleFont);
        painter->setFont(m_titleFont);
        painter->setPen(m_colors.text);
        painter->drawText(QPointF(m_header.left(), y + fm.ascent()),
                          fm.elidedText(m_page.title, Qt::ElideRight, m_header.width()));
        y += fm.lineSpacing();
    }
    if (!m_page.subtitle.isEmpty()) {
        const QFontMetricsF fm(m_subtitleFont);
        painter->setFont(m_subtitleFont);
        painter->setPen(m_colors.mutedText);
        painter->drawText(QPointF(m_header.left(), y + 2 + fm.ascent()),
                          fm.elidedText(m_page.subtitle, Qt::ElideRight, m_header.width()));
    }
}

void ExportComposer::paintPanel(QPainter *painter, int index) const
{
    const ExportPanel &panel = m_page.panels[index];
    const QRectF column = m_columns[index];
    if (!panel.caption.isEmpty()) {
        const QFontMetricsF fm(m_captionFont);
        painter->setFont(m_captionFont);
        painter->setPen(m_colors.text);
        painter->drawText(QRectF(column.left(), column.top(), column.width(), m_captionHeight - 8),
                          Qt::AlignHCenter | Qt::AlignTop,
                          fm.elidedText(panel.caption, Qt::ElideRight, column.width()));
        QColor rule = m_colors.mutedText;
        rule.setAlpha(90);
        painter->setPen(QPen(rule, 1));
        painter->drawLine(QPointF(column.left(), column.top() + m_captionHeight - 4),
                          QPointF(column.right(), column.top() + m_captionHeight - 4));
    }
    if (index % std::max(1, m_gridColumns > 0 ? m_gridColumns : int(m_page.panels.size())) > 0) {
        // A quiet divider between the readings of a compare slide (stacked
        // readings have their caption's rule).
        QColor rule = m_colors.mutedText;
        rule.setAlpha(60);
        painter->setPen(QPen(rule, 1));
        const qreal x = column.left() - kColumnGap / 2;
        painter->drawLine(QPointF(x, column.top()), QPointF(x, column.bottom()));
    }
    if (!panel.scene)
        return;
    // ExportJob turned caching off, but an item may have switched it back on
    // since (the canvas caches at some zoom levels); a device-coordinate
    // cache would put bitmaps into SVG and PDF output.
    const QList<QGraphicsItem *> items = panel.scene->items();
    for (QGraphicsItem *item : items)
        if (item->cacheMode() != QGraphicsItem::NoCache)
            item->setCacheMode(QGraphicsItem::NoCache);
    panel.scene->render(painter, m_targets[index], m_source, Qt::IgnoreAspectRatio);
    paintMarkers(painter, index);
}

void ExportComposer::paintMarkers(QPainter *painter, int index) const
{
    CanvasScene *scene = m_page.panels[index].scene;
    const Interpretation *interp = scene->interpretation();
    if (m_references.isEmpty() || !interp)
        return;
    painter->save();
    painter->translate(m_targets[index].topLeft());
    painter->scale(m_scale, m_scale);
    painter->translate(-m_source.topLeft());
    painter->setFont(m_markerFont);
    for (LinkItem *item : scene->linkItems()) {
        const Link *link = interp->findLink(item->linkId());
        if (!link || !item->isVisible())
            continue;
        const QString marker = m_references.markerFor(*link);
        if (marker.isEmpty())
            continue;
        const QRectF box = markerRect(item->midPoint(), marker);
        painter->setOpacity(
            item->emphasis() == Emphasis::Faded || item->emphasis() == Emphasis::Ghost ? 0.4 : 1.0);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_colors.labelBackground);
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(m_colors.linkLabelText);
        painter->drawText(box, Qt::AlignCenter, marker);
    }
    painter->restore();
}

void ExportComposer::paintReferences(QPainter *painter) const
{
    if (m_referencesRect.isEmpty())
        return;
    QFont heading = sized(m_baseFont, 10, QFont::DemiBold);
    heading.setLetterSpacing(QFont::AbsoluteSpacing, 0.6);
    const QFontMetricsF headingFm(heading);
    const QFontMetricsF fm(m_referenceFont);
    qreal y = m_referencesRect.top();
    for (const FootList &list : footLists()) {
        painter->setFont(heading);
        painter->setPen(m_colors.mutedText);
        painter->drawText(QPointF(m_referencesRect.left(), y + headingFm.ascent()), list.heading);
        y += QFontMetricsF(m_captionFont).height() * 0.8 + 4;
        painter->setFont(m_referenceFont);
        painter->setPen(m_colors.text);
        for (const QString &line : list.lines) {
            const QRectF box = fm.boundingRect(QRectF(0, 0, m_referencesRect.width(), 1e6),
                                               Qt::TextWordWrap, line);
            painter->drawText(
                QRectF(m_referencesRect.left(), y, m_referencesRect.width(), box.height()),
                Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, line);
            y += box.height() + 2;
        }
        y += kBlockGap / 2;
    }
}

QList<QRectF> ExportComposer::cruxMarkRects() const
{
    QList<QRectF> rects;
    const qreal r = cruxNumberRadius(m_cruxFont);
    QHash<QString, int> slots; // markers already on a factor of a panel
    for (const ExportCruxMark &mark : m_page.cruxMarks) {
        const QRectF box = factorRectOnPage(mark.panel, mark.factorId);
        if (box.isEmpty()) {
            rects.append(QRectF());
            continue;
        }
        // Inside the box's top-left corner, one after another: the marker
        // belongs to this factor and never lands on a neighbour.
        const int slot = slots[QString::number(mark.panel) + QLatin1Char('/') + mark.factorId]++;
        const int perRow = std::max(1, int((box.width() - 6) / (2 * r + 2)));
        const int rows = std::max(1, int((box.height() - 4) / (2 * r + 2)));
        if (slot >= perRow * rows) {
            rects.append(QRectF()); // no room left on this box: the list still has it
            continue;
        }
        const QPointF centre(box.left() + r + 3 + (slot % perRow) * (2 * r + 2),
                             box.top() + r + 2 + (slot / perRow) * (2 * r + 2));
        rects.append(QRectF(centre - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    }
    return rects;
}

void ExportComposer::paintCruxMarks(QPainter *painter) const
{
    const QList<QRectF> rects = cruxMarkRects();
    for (int i = 0; i < rects.size(); ++i)
        if (!rects[i].isEmpty())
            paintCruxNumber(painter, rects[i].center(), m_page.cruxMarks[i].number, m_cruxFont);
}

} // namespace faultline
