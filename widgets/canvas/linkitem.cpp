#include "linkitem.h"

#include "canvasmeasure.h"
#include "canvasscene.h"
#include "canvasstyle.h"
#include "factoritem.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace faultline {

namespace {
constexpr qreal kBadgeRadius = 8.5;
// The most two arrowheads into one factor lie apart along its outline.
constexpr qreal kArrivalSpacing = 22;
constexpr qreal kBend = 24; // sideways offset separating a link from its opposite

QPointF normalOf(const QPointF &direction)
{
    return {-direction.y(), direction.x()};
}

/// Level of detail below which a screen view in export style leaves faded
/// links out (a 150-unit box is 15 pixels wide, its label a pixel high).
constexpr qreal kFadedContextLevel = 0.1;

/// Device pixels below which an arrowhead is not drawn on a screen.
constexpr qreal kSmallestArrowHead = 2;

/// The size of an arrowhead (of every relation's end mark) along the line.
qreal headSize(qreal width)
{
    return 8 + width * 1.8;
}

qreal preventsBarHalf(qreal width)
{
    return 7 + width * 1.5;
}

// The bar stands a little off the box: a link arriving at a slant would
// otherwise tuck half of the bar under the box it points at.
qreal preventsGap(qreal width)
{
    return (width + 1.2) / 2 + 2 + preventsBarHalf(width) * 0.5;
}
} // namespace

LinkItem::LinkItem(CanvasScene *owner, const QString &linkId) : m_owner(owner), m_linkId(linkId)
{
    // exposedRect in paint(): a long routed link's bounding box covers much
    // of a big diagram, and stroking the whole curve when only its box meets
    // the repainted area made every frame of a drag repaint hundreds of links.
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption);
    // Above the boxes: a short link's evidence badge and label must not hide
    // under the boxes it joins (the curve itself ends at their outlines).
    setZValue(2);
    setCursor(Qt::PointingHandCursor);
}

qreal LinkItem::penWidthForStrength(int strength)
{
    return 1.2 + (std::clamp(strength, 1, 5) - 1) * 0.7;
}

void LinkItem::refresh()
{
    const Interpretation *interp = m_owner->interpretation();
    const Link *link = interp ? interp->findLink(m_linkId) : nullptr;
    if (!link)
        return;
    refreshFrom(*link);
}

void LinkItem::refreshFrom(const Link &linkRecord, bool route)
{
    const Link *link = &linkRecord;
    m_from = link->from;
    m_to = link->to;
    m_relation = link->relation;
    m_strength = link->strength;
    m_label = link->label;
    m_route = link->route;
    m_evidenceCount = int(link->evidence.size());
    m_contradicting =
        int(std::count_if(link->evidence.cbegin(), link->evidence.cend(),
                          [](const Evidence &e) { return e.stance == Stance::Contradicts; }));
    if (route)
        updateGeometry();
}

QString LinkItem::toolTipText() const
{
    QString tip =
        displayName(m_relation) + QStringLiteral(" · ") + tr("strength %1").arg(m_strength);
    tip += QLatin1Char('\n');
    tip += m_evidenceCount == 0
               ? tr("No evidence yet")
               : tr("%n evidence item(s), %1 contradicting", nullptr, m_evidenceCount)
                     .arg(m_contradicting);
    if (!m_label.isEmpty())
        tip += QLatin1Char('\n') + m_label;
    // Escaped: tooltips turn into rich text when they look like HTML.
    return QStringLiteral("<p style='white-space:pre-wrap'>") + tip.toHtmlEscaped() +
           QStringLiteral("</p>");
}

void LinkItem::prepareToolTip()
{
    setToolTip(toolTipText());
}

QPointF LinkItem::arrivalOffset(const FactorItem *to) const
{
    // Links into one factor aim at points spread along the side they arrive
    // on, so their arrowheads never pile up on one point.
    const auto [index, count] = m_owner->arrivalSlot(m_linkId, m_to);
    if (count < 2 || index < 0)
        return {};
    const QRectF box = to->boxRect();
    const bool fromAboveOrBelow = m_owner->arrivesFromAboveOrBelow(m_from, m_to);
    const qreal room = (fromAboveOrBelow ? box.width() : box.height()) * 0.7;
    const qreal step = std::min(kArrivalSpacing, room / (count - 1));
    const qreal shift = (index - (count - 1) / 2.0) * step;
    return fromAboveOrBelow ? QPointF(shift, 0) : QPointF(0, shift);
}

void LinkItem::updateGeometry()
{
    ++m_geometryUpdates;
    FactorItem *from = m_owner->factorItem(m_from);
    FactorItem *to = m_owner->factorItem(m_to);
    if (!from || !to || from == to) {
        prepareGeometryChange();
        m_segments.clear();
        m_linePieces.reset({});
        m_shape = {};
        m_shapeValid = true;
        m_bounds = {};
        m_labelBox = {};
        m_fullPath = {};
        m_leftRail = m_rightRail = {};
        setVisible(false);
        return;
    }
    setVisible(true);
    // The routed path belongs to the positions it was laid out for; while a
    // drag moves an end it no longer fits, so fall back to the default curve.
    // The factor items remember their placement positions, so this costs no
    // search through the interpretation (a list scan per link made building
    // a large scene quadratic).
    m_usesRoute = m_route.size() >= 4 && from->pos() == from->placementPos() &&
                  to->pos() == to->placementPos();
    const QPointF arrival = arrivalOffset(to);
    const QPainterPath toOutline = to->outlinePath().translated(to->pos());
    if (m_usesRoute) {
        m_segments = CubicSegment::fromRoute(m_route);
        if (!arrival.isNull()) {
            // Aim the last piece at this link's own point of the target and
            // cut it where it meets the outline.
            CubicSegment &last = m_segments.last();
            last.p2 += arrival;
            last.p3 = to->pos() + arrival;
            last = CubicSegment::clipped(last, QPainterPath(), toOutline);
        }
    } else {
        const qreal bend = m_owner->hasLink(m_to, m_from) ? kBend : 0;
        const CubicSegment curve =
            CubicSegment::defaultCurve(from->pos(), to->pos() + arrival, bend);
        m_segments = {
            CubicSegment::clipped(curve, from->outlinePath().translated(from->pos()), toOutline)};
    }
    m_tip = m_segments.last().p3;
    m_direction = m_segments.last().endDirection();
    const QPainterPath path = CubicSegment::toPath(m_segments);
    m_fullPath = path;
    m_mid = CubicSegment::halfwayPoint(m_segments);
    const QList<CubicSegment> line =
        CubicSegment::shortened(m_segments, arrowHeadLength(m_relation, penWidth()) - 0.5);
    m_linePieces.reset(line);
    if (m_relation == Relation::Amplifies) {
        const qreal gap = penWidth() / 2 + 1.2;
        m_leftRail = CubicSegment::offsetPolyline(line, gap);
        m_rightRail = CubicSegment::offsetPolyline(line, -gap);
    } else {
        m_leftRail = m_rightRail = {};
    }
    if (m_label.isEmpty()) {
        m_labelBox = {};
        m_shownLabel.clear();
    } else {
        const QFontMetricsF &fm = m_owner->measure().fonts(m_owner->font()).linkLabelMetrics;
        const QString oneLine = QString(m_label).replace(QLatin1Char('\n'), QLatin1Char(' '));
        const qreal w = std::min(fm.horizontalAdvance(oneLine), 150.0) + 8;
        QRectF box(m_mid.x() - w / 2, m_mid.y() + kBadgeRadius + 3, w, fm.height() + 2);
        // A short link between neighbouring boxes has its middle between them,
        // where a label would lie over their text: it goes under both instead.
        const QRectF fromBox = from->boxRect().translated(from->pos());
        const QRectF toBox = to->boxRect().translated(to->pos());
        if (box.intersects(fromBox) || box.intersects(toBox))
            box.moveTop(std::max(fromBox.bottom(), toBox.bottom()) + 3);
        m_labelBox = box;
        m_shownLabel = fm.elidedText(oneLine, Qt::ElideRight, 150);
    }

    // The bounds cover what shape() will cover (the curve stroked 10 wide,
    // badge, head, label) without stroking: the exact curve box is cheap.
    const qreal badge = kBadgeRadius + 2;
    const qreal head = arrowHeadLength(Relation::Amplifies, penWidth()) + 4;
    QRectF bounds = path.boundingRect().adjusted(-5, -5, 5, 5);
    bounds |= QRectF(m_mid - QPointF(badge, badge), QSizeF(2 * badge, 2 * badge));
    const QPointF headCentre = m_tip - m_direction * head / 2;
    bounds |= QRectF(headCentre - QPointF(head / 2, head / 2), QSizeF(head, head));
    if (!m_labelBox.isEmpty())
        bounds |= m_labelBox;
    bounds.adjust(-10, -10, 10, 10);
    m_shapeValid = false;
    prepareGeometryChange();
    m_bounds = bounds;
    update();
}

void LinkItem::ensureShape() const
{
    if (m_shapeValid)
        return;
    m_shapeValid = true;
    ++m_shapeBuilds;
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    m_shape = stroker.createStroke(m_fullPath);
    m_shape.addEllipse(m_mid, kBadgeRadius + 2, kBadgeRadius + 2);
    const qreal head = arrowHeadLength(Relation::Amplifies, penWidth()) + 4;
    m_shape.addEllipse(m_tip - m_direction * head / 2, head / 2, head / 2);
    if (!m_labelBox.isEmpty())
        m_shape.addRect(m_labelBox);
}

bool LinkItem::meets(const RepaintArea &area) const
{
    const qreal badge = kBadgeRadius + 2;
    if (area.meets(QRectF(m_mid - QPointF(badge, badge), QSizeF(2 * badge, 2 * badge))) ||
        (!m_labelBox.isEmpty() && area.meets(m_labelBox)))
        return true;
    // The arrowhead (two heads for amplifies) reaches back from the tip.
    const qreal head = arrowHeadLength(Relation::Amplifies, penWidth()) + 4;
    if (area.meets(QRectF(m_tip - QPointF(2 * head, 2 * head), QSizeF(4 * head, 4 * head))))
        return true;
    return m_linePieces.anyMeets(area);
}

qreal LinkItem::arrowHeadLength(Relation relation, qreal width)
{
    const qreal length = headSize(width);
    switch (relation) {
    case Relation::Causes:
        return length * 0.85;
    case Relation::Amplifies:
        return length * 1.55;
    case Relation::Enables:
        return width * 0.6;
    case Relation::Prevents:
        return preventsGap(width);
    }
    return length;
}

void LinkItem::paintArrowHead(QPainter *painter, Relation relation, const QPointF &tip,
                              const QPointF &direction, qreal width, const QColor &color)
{
    const qreal length = headSize(width);
    const qreal half = length * 0.42;
    const QPointF n = normalOf(direction);
    const auto triangle = [&](const QPointF &at) {
        const QPointF base = at - direction * length;
        painter->drawPolygon(QPolygonF{at, base + n * half, base - n * half});
    };
    painter->save();
    switch (relation) {
    case Relation::Causes:
        painter->setPen(QPen(color, 1, Qt::SolidLine, Qt::RoundCap, Qt::MiterJoin));
        painter->setBrush(color);
        triangle(tip);
        break;
    case Relation::Amplifies:
        painter->setPen(QPen(color, 1, Qt::SolidLine, Qt::RoundCap, Qt::MiterJoin));
        painter->setBrush(color);
        triangle(tip);
        triangle(tip - direction * length * 0.6);
        break;
    case Relation::Enables: {
        // An open chevron; pulled back a little so its mitred point stays on the outline.
        const QPointF at = tip - direction * width * 0.7;
        const QPointF base = at - direction * length;
        painter->setPen(
            QPen(color, std::max(1.2, width), Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPolyline(QPolygonF{base + n * half, at, base - n * half});
        break;
    }
    case Relation::Prevents: {
        const qreal barWidth = width + 1.2;
        const QPointF at = tip - direction * preventsGap(width);
        const qreal barHalf = preventsBarHalf(width);
        painter->setPen(QPen(color, barWidth, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(at + n * barHalf, at - n * barHalf);
        break;
    }
    }
    painter->restore();
}

QRectF LinkItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath LinkItem::shape() const
{
    ensureShape();
    return m_shape;
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    if (m_segments.isEmpty())
        return;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool exporting = m_owner->exportMode();
    // A page (the scene rendered without a view) keeps every detail and the
    // whole curve; a view in export style (compare view, slides) paints as
    // the editor does: what the repainted area meets, detail when readable.
    const bool page = exporting && !widget;
    // Zoomed this far out, the faded context around a focused crux (compare
    // view, slides) is a grey mesh of hairs that the highlighted links are
    // hard to follow through, and painting it was most of a slide's time
    // (a big reading's crux frame holds thousands of links). It is left out;
    // the faded boxes stay for orientation, and zooming in brings it back.
    if (exporting && !page && m_emphasis == Emphasis::Faded && lod < kFadedContextLevel)
        return;
    const qreal width = penWidth();
    // Halo and hit margin: the widest thing drawn along the curve.
    const qreal margin = width + 10;
    const RepaintArea area = page ? RepaintArea{} : RepaintArea::of(painter, option, margin);
    // Cheap test first (piece boxes), then the exact one: the hit shape,
    // made once per geometry change, only for links that come this close and
    // are not wholly inside the repainted area (as on a first paint, where
    // stroking every link's hit shape was a good part of the frame).
    if (!page && (!meets(area) || (!option->exposedRect.contains(m_bounds) &&
                                   !shape().intersects(option->exposedRect))))
        return; // only the bounding box reaches the repainted area, not the link
    ++m_paints;
    const canvasstyle::CanvasColors &colors = m_owner->colors();
    const QColor color = colors.linkLine;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);

    if (m_emphasis == Emphasis::Faded)
        painter->setOpacity(painter->opacity() * canvasstyle::kFadedOpacity);
    if (m_emphasis == Emphasis::Ghost) {
        // A link another reading has: its own mark, not a relation's style, no badge.
        painter->setOpacity(painter->opacity() * canvasstyle::kGhostOpacity);
        paintMissingLink(
            painter,
            CubicSegment::toPath(CubicSegment::shortened(m_segments, 2 * kMissingRingRadius)),
            m_tip, m_direction, color);
        return;
    }
    if (m_emphasis == Emphasis::Highlighted) {
        QColor halo = canvasstyle::highlight();
        halo.setAlpha(140);
        painter->setPen(QPen(halo, width + 9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(m_fullPath);
    }

    if (isSelected() && !exporting) {
        QColor halo = canvasstyle::selection();
        halo.setAlpha(80);
        painter->setPen(QPen(halo, width + 8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(m_fullPath);
    }

    // Faded context is under a pixel wide on a screen: its strength does not
    // read through the fading anyway, and a line up to a pixel wide takes the
    // rasterizer's fast path (wider ones are stroked into outlines and
    // filled: most of a slide's time at a middling zoom). 0.9, not 1: the
    // engine's own product of width and scale must not come out above 1.
    const qreal lineWidth =
        m_emphasis == Emphasis::Faded && !page && lod > 0 ? std::min(width, 0.9 / lod) : width;
    switch (m_relation) {
    case Relation::Causes:
    case Relation::Prevents:
        painter->setPen(QPen(color, lineWidth, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
        for (const LinkPieces::Run &run : m_linePieces.runsMeeting(area, false)) {
            painter->drawPath(run.path);
            m_strokedPieces += run.pieces;
        }
        break;
    case Relation::Enables: {
        QPen pen(color, lineWidth, Qt::CustomDashLine, Qt::FlatCap, Qt::RoundJoin);
        // Dash lengths are in pen widths; keep the rhythm similar at every strength.
        const qreal unit = 6 / lineWidth;
        pen.setDashPattern({unit, unit * 0.75});
        // Each run picks the dashes up where the whole line has them.
        for (const LinkPieces::Run &run : m_linePieces.runsMeeting(area, true)) {
            pen.setDashOffset(run.startLength / lineWidth);
            painter->setPen(pen);
            painter->drawPath(run.path);
            m_strokedPieces += run.pieces;
        }
        break;
    }
    case Relation::Amplifies: {
        // Two rails; their spacing grows with the strength as other lines' width does.
        const qreal rail = std::min(lineWidth, std::max(1.0, width * 0.45));
        painter->setPen(QPen(color, rail, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
        for (const QPolygonF *rail : {&m_leftRail, &m_rightRail})
            for (const QPolygonF &run : LinkPieces::polylineRunsMeeting(*rail, area))
                painter->drawPolyline(run);
        break;
    }
    }
    // An arrowhead smaller than about two pixels is a dot on the line's end;
    // in a zoomed-out view of a big diagram there are thousands of them.
    if ((page || headSize(width) * lod >= kSmallestArrowHead))
        paintArrowHead(painter, m_relation, m_tip, m_direction, width, color);

    if (lod < FactorItem::detailLevel(m_owner) && !page) // pages keep every detail
        return;
    const CanvasMeasure::Fonts &fonts = m_owner->measure().fonts(m_owner->font());
    const bool none = m_evidenceCount == 0;
    // "No evidence yet" is an editing to-do, not part of an exported argument.
    if (none && exporting && !m_owner->exportAnnotations()) {
        paintLabel(painter, fonts);
        return;
    }
    painter->setFont(fonts.badge);
    const QString count = QString::number(m_evidenceCount);
    const qreal badgeWidth =
        std::max(2 * kBadgeRadius, fonts.badgeMetrics.horizontalAdvance(count) + 8);
    const QRectF badge(m_mid.x() - badgeWidth / 2, m_mid.y() - kBadgeRadius, badgeWidth,
                       2 * kBadgeRadius);
    // No evidence is worth noticing, not alarming: a soft amber badge.
    const QColor border =
        m_contradicting > 0 ? colors.contradicts : (none ? colors.warning : color);
    painter->setPen(QPen(border, m_contradicting > 0 ? 1.8 : 1.1));
    painter->setBrush(none ? colors.warningFill : colors.badgeFill);
    painter->drawRoundedRect(badge, kBadgeRadius, kBadgeRadius);
    painter->setPen(none ? colors.warningText : color);
    painter->drawText(badge, Qt::AlignCenter, count);
    paintLabel(painter, fonts);
}

void LinkItem::paintMissingLink(QPainter *painter, const QPainterPath &path, const QPointF &tip,
                                const QPointF &direction, const QColor &color)
{
    painter->setPen(QPen(color, 1.2, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->setPen(QPen(color, 1.6));
    painter->drawEllipse(tip - direction * kMissingRingRadius, kMissingRingRadius,
                         kMissingRingRadius);
}

void LinkItem::paintLabel(QPainter *painter, const CanvasMeasure::Fonts &fonts) const
{
    if (m_labelBox.isEmpty())
        return;
    const canvasstyle::CanvasColors &colors = m_owner->colors();
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.labelBackground);
    painter->drawRoundedRect(m_labelBox, 3, 3);
    painter->setFont(fonts.linkLabel);
    painter->setPen(colors.linkLabelText);
    painter->drawText(m_labelBox, Qt::AlignCenter, m_shownLabel);
}

void LinkItem::setEmphasis(Emphasis emphasis)
{
    if (m_emphasis == emphasis)
        return;
    m_emphasis = emphasis;
    update();
}

QVariant LinkItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        update();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace faultline
