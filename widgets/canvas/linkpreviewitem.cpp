#include "linkpreviewitem.h"

#include "canvasstyle.h"
#include "cubicsegment.h"
#include "factoritem.h"
#include "linkitem.h"

#include <QPainter>

namespace faultline {

LinkPreviewItem::LinkPreviewItem()
{
    setZValue(3);
    setAcceptedMouseButtons(Qt::NoButton); // never the item under the pointer
}

void LinkPreviewItem::setEnds(const FactorItem *source, const QPointF &end,
                              const FactorItem *target)
{
    prepareGeometryChange();
    const QPointF start = source->pos();
    const QPointF finish = target ? target->pos() : end;
    CubicSegment curve = CubicSegment::defaultCurve(start, finish, 0);
    QPainterPath targetShape;
    if (target)
        targetShape = target->outlinePath().translated(target->pos());
    curve = CubicSegment::clipped(curve, source->outlinePath().translated(start), targetShape);
    m_path = CubicSegment::toPath({curve});
    m_tip = curve.p3;
    m_direction = curve.endDirection();
    m_bounds = m_path.boundingRect().adjusted(-16, -16, 16, 16);
    update();
}

QRectF LinkPreviewItem::boundingRect() const
{
    return m_bounds;
}

void LinkPreviewItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_path.isEmpty())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = canvasstyle::selection();
    QPen pen(color, 2, Qt::CustomDashLine, Qt::FlatCap);
    pen.setDashPattern({3, 2});
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    LinkItem::paintArrowHead(painter, Relation::Causes, m_tip, m_direction, 2, color);
}

} // namespace faultline
