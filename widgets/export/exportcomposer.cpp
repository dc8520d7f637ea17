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
    if (options.legend)
        m_legend = LegendEntries::collect(scenes);
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

qreal ExportComposer::referencesHeight(qreal width) const
{
    if (m_references.isEmpty())
        return 0;
    const QFontMetricsF fm(m_referenceFont);
    qreal height = QFontMetricsF(m_captionFont).height() * 0.8 + 4; // the "References" heading
    for (int i = 0; i < m_references.count(); ++i)
        height +=
            fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, referenceLine(i)).height() +
            2;
    return height;
}

void ExportComposer::layout()
{
    const qreal m = m_options.margin;
    const int panels = std::max<int>(1, int(m_page.panels.size()));
    m_source = sceneSourceRect();
    const LegendPainter legend(m_legend, m_colors, m_baseFont);
    const bool legendRight = m_options.legendPosition == LegendPosition::Right;
    const QSizeF legendColumn = m_legend.isEmpty() ? QSizeF() : legend.columnSize();

    qreal headerHeight = 0;
    if (!m_page.title.isEmpty())
        headerHeight += QFontMetricsF(m_titleFont).lineSpacing();
    if (!m_page.subtitle.isEmpty())
        headerHeight += QFontMetricsF(m_subtitleFont).lineSpacing() + 2;
    if (headerHeight > 0)
        headerHeight += kBlockGap;
    m_captionHeight = panels > 1 ? QFontMetricsF(m_captionFont).lineSpacing() + 8 : 0;

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
        m_scale = std::min(
            {columnWidth / m_source.width(), diagramHeight / m_source.height(), kMaxScale});
    }
    m_pageSize = fixed;

    const QRectF inner(m, m, m_pageSize.width() - 2 * m, m_pageSize.height() - 2 * m);
    m_header = QRectF(inner.left(), inner.top(), inner.width(), headerHeight);
    const qreal bodyTop = inner.top() + headerHeight;
    m_columns.clear();
    m_targets.clear();
    const QSizeF drawn = m_source.size() * m_scale;
    for (int i = 0; i < panels; ++i) {
        const QRectF column(inner.left() + i * (columnWidth + kColumnGap), bodyTop, columnWidth,
                            m_captionHeight + diagramHeight);
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
            QRectF(inner.left(), inner.bottom() - refsHeight, inner.width(), refsHeight);
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
    if (!m_legendRect.isEmpty()) {
        const LegendPainter legend(m_legend, m_colors, m_baseFont);
        if (m_options.legendPosition == LegendPosition::Right)
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
    if (index > 0) {
        // A quiet divider between the readings of a compare slide.
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
    painter->setFont(heading);
    painter->setPen(m_colors.mutedText);
    qreal y = m_referencesRect.top();
    painter->drawText(QPointF(m_referencesRect.left(), y + headingFm.ascent()),
                      ComposerText::tr("REFERENCES"));
    y += QFontMetricsF(m_captionFont).height() * 0.8 + 4;
    const QFontMetricsF fm(m_referenceFont);
    painter->setFont(m_referenceFont);
    painter->setPen(m_colors.text);
    for (int i = 0; i < m_references.count(); ++i) {
        const QString line = referenceLine(i);
        const QRectF box =
            fm.boundingRect(QRectF(0, 0, m_referencesRect.width(), 1e6), Qt::TextWordWrap, line);
        painter->drawText(
            QRectF(m_referencesRect.left(), y, m_referencesRect.width(), box.height()),
            Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, line);
        y += box.height() + 2;
    }
}

} // namespace faultline
