#include "factoritem.h"

#include "factorattachment.h"

#include "canvasmeasure.h"
#include "canvasscene.h"
#include "canvasstyle.h"
#include "kindshapes.h"
#include "model/checklist.h"
#include "model/kindstyle.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace faultline {

namespace {
constexpr qreal kCaptionHeight = 12;
constexpr qreal kCaptionIconWidth = 13;
constexpr qreal kCaptionGap = 5;
constexpr qreal kMinHeight = 56;
constexpr qreal kHandleRadius = 4.5;
constexpr qreal kHandleHitRadius = 8;
constexpr qreal kBadgeHeight = 14;

qreal roundUp(qreal value, qreal step)
{
    return std::ceil(value / step - 1e-6) * step;
}

// Last point from `inside` towards `outside` that still lies in `path`.
QPointF edgePoint(const QPainterPath &path, QPointF inside, QPointF outside)
{
    for (int i = 0; i < 20; ++i) {
        const QPointF mid = (inside + outside) / 2;
        (path.contains(mid) ? inside : outside) = mid;
    }
    return inside;
}
} // namespace

FactorItem::FactorItem(CanvasScene *owner, const QString &factorId)
    : m_owner(owner), m_factorId(factorId)
{
    setFlags(ItemIsSelectable | ItemIsFocusable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
    setCursor(Qt::SizeAllCursor);
}

qreal FactorItem::detailLevel(const CanvasScene *scene)
{
    return scene->exportMode() ? kExportStyleDetailLevel : canvasstyle::kDetailLevel;
}

void FactorItem::refresh()
{
    const Incident &incident = m_owner->document()->incident();
    const Factor *factor = incident.findFactor(m_factorId);
    const Interpretation *interp = m_owner->interpretation();
    const Placement *placement = interp ? interp->findPlacement(m_factorId) : nullptr;
    if (!factor || !placement)
        return;
    refreshFrom(incident, *factor, *placement);
}

void FactorItem::refreshFrom(const Incident &incident, const Factor &factorRecord,
                             const Placement &placementRecord)
{
    refreshFrom(incident, factorRecord, placementRecord, kindStyle(incident, factorRecord.kind));
}

void FactorItem::refreshFrom(const Incident &, const Factor &factorRecord,
                             const Placement &placementRecord, const KindStyle &style)
{
    const Factor *factor = &factorRecord;
    const Placement *placement = &placementRecord;
    const bool placementMoved = m_placementPos != placement->pos;
    m_placementPos = placement->pos;
    // Moves are by far the most frequent change (a layout moves every box):
    // re-lay out text and tooltip only when what they show changed.
    const bool contentChanged = !m_hasContent || !(*factor == m_factor) ||
                                style.name != m_kindName || style.shape != m_shape ||
                                style.color != m_color || placement->rootCause != m_rootCause;
    if (contentChanged) {
        m_hasContent = true;
        m_factor = *factor;
        m_label = factor->label;
        m_kindId = factor->kind;
        m_kindName = style.name;
        m_shape = style.shape;
        m_color = style.color;
        m_rootCause = placement->rootCause;
        m_failureModeCount = int(factor->failureModes.size());
        prepareGeometryChange();
        layoutText();
        m_hitShapesValid = false;
        update();
    }
    if (placement->pinned != m_pinned) {
        m_pinned = placement->pinned;
        update();
    }
    if (pos() != placement->pos)
        setPos(placement->pos); // itemChange re-routes the links
    else if (contentChanged || placementMoved)
        // The size may have changed; or a drag put the box here before the
        // model followed (links drawn while it was ahead take their final shape).
        m_owner->factorGeometryChanged(m_factorId);
}

QString FactorItem::toolTipText() const
{
    if (!m_hasContent)
        return {};
    const Incident &incident = m_owner->document()->incident();
    // Tooltips are rich text when they look like HTML, so everything from the
    // document is escaped: a label like <img src=...> must show as typed.
    QStringList tip{QStringLiteral("<b>%1</b>").arg(m_label.toHtmlEscaped()),
                    m_kindName.toHtmlEscaped()};
    if (m_rootCause)
        tip.append(tr("Root cause in this interpretation"));
    if (!m_factor.description.isEmpty())
        tip.append(m_factor.description.toHtmlEscaped());
    if (!m_factor.failureModes.isEmpty()) {
        const Checklist checklist = Checklist::forIncident(incident);
        QStringList names;
        for (const QString &id : std::as_const(m_factor.failureModes)) {
            const ChecklistEntry *entry = checklist.find(id);
            names.append((entry ? Checklist::displayName(*entry) : id).toHtmlEscaped());
        }
        tip.append(tr("Failure modes: %1").arg(names.join(QStringLiteral(", "))));
    }
    return QStringLiteral("<p style='white-space:pre-wrap'>") + tip.join(QStringLiteral("<br>")) +
           QStringLiteral("</p>");
}

void FactorItem::prepareToolTip()
{
    setToolTip(toolTipText());
}

void FactorItem::layoutText()
{
    ++m_textLayouts;
    const CanvasMeasure::Fonts &fonts = m_owner->measure().fonts(m_owner->font());
    const QFontMetricsF &fm = fonts.labelMetrics;
    const QString shown = m_label.isEmpty() ? tr("(no label)") : m_label;
    QList<qreal> widths;
    m_lines.clear();
    // Most labels fit on one line: one measurement instead of a QTextLayout
    // (the layout would break nowhere, so the result is the same). A label
    // that is clearly too long for one line goes straight to the layout:
    // measuring it first shaped the text twice. The guess only picks the
    // faster way; both give the same lines.
    const bool clearlyTooLong =
        shown.contains(QLatin1Char('\n')) ||
        shown.size() * fm.averageCharWidth() > 1.25 * canvasstyle::kMaxLabelWidth;
    const qreal oneLineWidth =
        clearlyTooLong ? canvasstyle::kMaxLabelWidth + 1 : fm.horizontalAdvance(shown.trimmed());
    if (oneLineWidth <= canvasstyle::kMaxLabelWidth) {
        m_lines.append(shown.trimmed());
        widths.append(oneLineWidth);
    } else {
        QString text = shown;
        text.replace(QLatin1Char('\n'), QChar::LineSeparator);
        QTextLayout layout(text, fonts.label);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        QList<std::pair<int, int>> ranges;
        QList<qreal> lineWidths; // as laid out: no second measurement per line
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(canvasstyle::kMaxLabelWidth);
            ranges.append({line.textStart(), line.textLength()});
            lineWidths.append(line.naturalTextWidth());
        }
        layout.endLayout();

        const auto clean = [](QString s) {
            s.replace(QChar::LineSeparator, QLatin1Char(' '));
            return s.trimmed();
        };
        for (int i = 0; i < ranges.size() && i < canvasstyle::kMaxLabelLines; ++i) {
            m_lines.append(clean(text.mid(ranges[i].first, ranges[i].second)));
            widths.append(lineWidths[i]);
        }
        if (ranges.size() > canvasstyle::kMaxLabelLines) {
            const QString rest = clean(text.mid(ranges[canvasstyle::kMaxLabelLines - 1].first));
            m_lines.last() = fm.elidedText(rest, Qt::ElideRight, canvasstyle::kMaxLabelWidth);
            widths.last() = fm.horizontalAdvance(m_lines.last());
        }
    }
    const qreal widest = widths.isEmpty() ? 0 : *std::max_element(widths.cbegin(), widths.cend());
    m_captionWidth = m_owner->measure().captionWidth(m_owner->font(), m_kindName);
    const qreal captionRow = kCaptionIconWidth + 4 + m_captionWidth;

    const qreal textWidth = std::max({canvasstyle::kMinLabelWidth, widest, captionRow});
    const qreal linesHeight = fm.lineSpacing() * m_lines.size();
    const qreal contentHeight = kCaptionHeight + kCaptionGap + linesHeight;
    const qreal bottomRoom = kindShapeBottomInset(m_shape, contentHeight + 20);
    // Sizes in whole grid steps keep neighbouring boxes aligned on the grid.
    const qreal height =
        roundUp(std::max(kMinHeight, contentHeight + 20 + bottomRoom), canvasstyle::kGridStep / 2);
    const qreal width =
        roundUp(textWidth + 2 * kindShapeHorizontalInset(m_shape, height), canvasstyle::kGridStep);
    m_box = QRectF(-width / 2, -height / 2, width, height);
    m_outline = m_owner->measure().outline(m_shape, m_box);

    const qreal top = m_box.top() + (height - bottomRoom - contentHeight) / 2;
    m_captionOrigin = QPointF(-captionRow / 2, top);
    m_lineOrigins.clear();
    const qreal firstLine = top + kCaptionHeight + kCaptionGap;
    for (int i = 0; i < m_lines.size(); ++i)
        m_lineOrigins.append(
            QPointF(-widths[i] / 2, firstLine + i * fm.lineSpacing() + fm.ascent()));
    m_labelRect = QRectF(-textWidth / 2, firstLine, textWidth, linesHeight);
    m_handlesValid = false;
}

void FactorItem::ensureHandles() const
{
    if (m_handlesValid)
        return;
    // Handles sit on the outline itself, whatever the shape (the document's
    // wave, the hexagon's point).
    m_bottomHandle = edgePoint(m_outline, {0, 0}, {0, m_box.bottom() + 1});
    m_rightHandle = edgePoint(m_outline, {0, 0}, {m_box.right() + 1, 0});
    m_handlesValid = true;
}

FactorItem::Handle FactorItem::handleAt(const QPointF &localPos) const
{
    for (const Handle h : {BottomHandle, RightHandle})
        if (QLineF(localPos, handlePos(h)).length() <= kHandleHitRadius)
            return h;
    return NoHandle;
}

QPointF FactorItem::handlePos(Handle handle) const
{
    ensureHandles();
    switch (handle) {
    case BottomHandle:
        return m_bottomHandle;
    case RightHandle:
        return m_rightHandle;
    case NoHandle:
        break;
    }
    return {};
}

void FactorItem::setEditing(bool editing)
{
    m_editing = editing;
    update();
}

void FactorItem::setLinkTarget(bool on)
{
    if (m_linkTarget == on)
        return;
    m_linkTarget = on;
    update();
}

bool FactorItem::handlesVisible() const
{
    return !m_owner->exportMode() && !m_editing && (m_hovered || isSelected());
}

QRectF FactorItem::boundingRect() const
{
    return m_box.adjusted(-10, -kBadgeHeight, 10, 10);
}

QPainterPath FactorItem::shape() const
{
    ensureHitShapes();
    return handlesVisible() ? m_hitShapeWithHandles : m_hitShape;
}

void FactorItem::ensureHitShapes() const
{
    if (m_hitShapesValid)
        return;
    m_hitShapesValid = true;
    QPainterPath path = m_outline;
    if (m_rootCause)
        path.addRect(QRectF(-40, m_box.top() - 9, 80, kBadgeHeight));
    m_hitShape = path.simplified();
    for (const Handle h : {BottomHandle, RightHandle})
        path.addEllipse(handlePos(h), kHandleHitRadius, kHandleHitRadius);
    m_hitShapeWithHandles = path.simplified();
}

void FactorItem::setEmphasis(Emphasis emphasis)
{
    if (m_emphasis == emphasis)
        return;
    m_emphasis = emphasis;
    update();
}

void FactorItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool exporting = m_owner->exportMode();
    // A page (the scene rendered without a view: files, thumbnails) keeps
    // every detail, it is zoomed into after it is made. On a screen, the
    // compare view and the slides (export style) draw only what can be read:
    // text below the detail level is a few pixels of grey that cost most of
    // the frame (a crux slide of a 1,000-factor reading paints thousands).
    const bool detail = (exporting && !widget) || lod >= detailLevel(m_owner);
    m_paintedDetail = detail;
    painter->setRenderHint(QPainter::Antialiasing);
    const canvasstyle::CanvasColors &colors = m_owner->colors();
    const QColor outline = colors.kindOutline(m_color);

    if (m_emphasis == Emphasis::Faded)
        painter->setOpacity(painter->opacity() * canvasstyle::kFadedOpacity);
    if (m_emphasis == Emphasis::Ghost) {
        paintGhost(painter, outline, detail);
        return;
    }
    if (m_emphasis == Emphasis::Highlighted) {
        QColor halo = canvasstyle::highlight();
        halo.setAlpha(150);
        painter->setPen(QPen(halo, 9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_outline);
    }

    if (isSelected() && !exporting) {
        QColor halo = canvasstyle::selection();
        halo.setAlpha(90);
        painter->setPen(QPen(halo, 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_outline);
    }
    if (detail) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.shadow);
        painter->drawPath(m_outline.translated(0, 2));
    }
    QPen pen(outline, (m_rootCause ? 3.2 : 1.4) * colors.outlineScale);
    pen.setJoinStyle(Qt::MiterJoin);
    if (m_hovered && !exporting && !isSelected())
        pen.setColor(outline.darker(120));
    if (m_linkTarget && !exporting) {
        pen.setColor(canvasstyle::selection());
        pen.setWidthF(std::max(pen.widthF(), 2.6));
    }
    painter->setPen(pen);
    painter->setBrush(colors.kindFill(m_color));
    painter->drawPath(m_outline);
    if (!detail)
        return;

    paintCaption(painter);
    if (!m_editing) {
        const CanvasMeasure::Fonts &fonts = m_owner->measure().fonts(m_owner->font());
        painter->setFont(m_label.isEmpty() ? fonts.italicLabel : fonts.label);
        painter->setPen(m_label.isEmpty() ? colors.mutedText : colors.text);
        for (int i = 0; i < m_lines.size(); ++i)
            painter->drawText(m_lineOrigins[i], m_lines[i]);
    }
    paintBadges(painter);
    if (m_pinned && !exporting)
        paintPin(painter);

    if (handlesVisible()) {
        painter->setPen(QPen(canvasstyle::selection(), 1.5));
        painter->setBrush(Qt::white);
        for (const Handle h : {BottomHandle, RightHandle})
            painter->drawEllipse(handlePos(h), kHandleRadius, kHandleRadius);
    }
}

void FactorItem::paintGhost(QPainter *painter, const QColor &outline, bool detail) const
{
    // Absence made visible: the outline only, dashed, and the label in muted text.
    painter->setOpacity(painter->opacity() * canvasstyle::kGhostOpacity);
    QPen pen(outline, 1.4, Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_outline);
    if (!detail)
        return;
    painter->setFont(m_owner->measure().fonts(m_owner->font()).label);
    painter->setPen(m_owner->colors().mutedText);
    for (int i = 0; i < m_lines.size(); ++i)
        painter->drawText(m_lineOrigins[i], m_lines[i]);
}

void FactorItem::paintCaption(QPainter *painter) const
{
    const canvasstyle::CanvasColors &colors = m_owner->colors();
    const QColor outline = colors.kindOutline(m_color);
    const QRectF icon(m_captionOrigin.x(), m_captionOrigin.y() + 2, kCaptionIconWidth, 8);
    painter->setPen(QPen(outline, 1));
    painter->setBrush(colors.kindSwatch(m_color));
    painter->drawPath(m_owner->measure().outline(m_shape, icon));
    const CanvasMeasure::Fonts &fonts = m_owner->measure().fonts(m_owner->font());
    const QFontMetricsF &fm = fonts.captionMetrics;
    painter->setFont(fonts.caption);
    painter->setPen(outline);
    const qreal baseline = m_captionOrigin.y() + (kCaptionHeight + fm.capHeight()) / 2;
    painter->drawText(QPointF(icon.right() + 4, baseline), m_kindName.toUpper());
}

void FactorItem::paintPin(QPainter *painter) const
{
    // A drawing pin in the top-right corner: layout keeps this factor in place.
    // Editor only; an exported diagram has no use for it.
    const QPointF head(m_box.right() - kindShapeHorizontalInset(m_shape, m_box.height()) - 10,
                       m_box.top() + 9);
    const QColor ink = canvasstyle::mutedText().darker(130);
    painter->setPen(QPen(ink, 1.4, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(head + QPointF(-1.5, 3), head + QPointF(-5, 8));
    painter->setPen(QPen(ink, 1));
    painter->setBrush(canvasstyle::highlight());
    painter->drawEllipse(head, 3.6, 3.6);
}

void FactorItem::paintBadges(QPainter *painter) const
{
    const canvasstyle::CanvasColors &colors = m_owner->colors();
    const CanvasMeasure::Fonts &fonts = m_owner->measure().fonts(m_owner->font());
    const QFontMetricsF &fm = fonts.badgeMetrics;
    painter->setFont(fonts.badge);
    if (m_rootCause) {
        const QString text = tr("Root cause").toUpper();
        const qreal w = fm.horizontalAdvance(text) + 14;
        const QRectF pill(-w / 2, m_box.top() - 9, w, kBadgeHeight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.rootCauseBadge);
        painter->drawRoundedRect(pill, kBadgeHeight / 2, kBadgeHeight / 2);
        painter->setPen(colors.rootCauseBadgeText);
        painter->drawText(pill, Qt::AlignCenter, text);
    }
    if (m_failureModeCount > 0) {
        // A luggage-tag shape with the number of tagged failure modes, on
        // the lower edge so it never collides with the root-cause badge.
        const QString text = QString::number(m_failureModeCount);
        const qreal w = fm.horizontalAdvance(text) + 15;
        const qreal right = m_box.right() - kindShapeHorizontalInset(m_shape, m_box.height()) - 2;
        const qreal cy =
            edgePoint(m_outline, {right - w / 2, 0}, {right - w / 2, m_box.bottom() + 1}).y();
        const QRectF tag(right - w, cy - kBadgeHeight / 2, w, kBadgeHeight);
        QPainterPath path;
        path.moveTo(tag.left() + 5, tag.top());
        path.lineTo(tag.right() - 2, tag.top());
        path.quadTo(tag.topRight(), QPointF(tag.right(), tag.top() + 2));
        path.lineTo(tag.right(), tag.bottom() - 2);
        path.quadTo(tag.bottomRight(), QPointF(tag.right() - 2, tag.bottom()));
        path.lineTo(tag.left() + 5, tag.bottom());
        path.lineTo(tag.left(), tag.center().y());
        path.closeSubpath();
        const QColor outline = colors.kindOutline(m_color);
        painter->setPen(QPen(outline, 1));
        painter->setBrush(colors.badgeFill);
        painter->drawPath(path);
        painter->setBrush(outline);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPointF(tag.left() + 5, tag.center().y()), 1.4, 1.4);
        painter->setPen(outline);
        painter->drawText(tag.adjusted(7, 0, 0, 0), Qt::AlignCenter, text);
    }
}

QVariant FactorItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        m_owner->factorGeometryChanged(m_factorId);
        const QList<QGraphicsItem *> children = childItems();
        for (QGraphicsItem *child : children)
            if (auto *attachment = dynamic_cast<FactorAttachment *>(child))
                attachment->factorMoved();
    } else if (change == ItemSelectedHasChanged)
        update();
    return QGraphicsItem::itemChange(change, value);
}

void FactorItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    hoverMoveEvent(event);
    update();
}

void FactorItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    // The cross over a handle says "drag from here to connect".
    setCursor(handleAt(event->pos()) != NoHandle ? Qt::CrossCursor : Qt::SizeAllCursor);
}

void FactorItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

} // namespace faultline
