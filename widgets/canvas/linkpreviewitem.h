#pragma once

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPointer>

namespace faultline {

class FactorItem;

/// The rubber line shown while a link is being drawn (by dragging from a
/// connection handle or by keyboard): from the source box to the pointer or
/// to the chosen target box.
class LinkPreviewItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 3
    };

    LinkPreviewItem();
    int type() const override { return Type; }

    /// Points from `source`'s edge to `target`'s edge, or to `end` when there
    /// is no target.
    void setEnds(const FactorItem *source, const QPointF &end, const FactorItem *target);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPainterPath m_path;
    QPointF m_tip;
    QPointF m_direction;
    QRectF m_bounds;
};

} // namespace faultline
