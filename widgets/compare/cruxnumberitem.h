#pragma once

#include <QGraphicsItem>
#include <QStringList>

namespace faultline {

/// The selected crux's number on a factor of a compare column (the same disc
/// as on exported slides), or, with `lines`, a callout below the factor with
/// what this reading says about the crux (its strength, lever note, evidence
/// stance, confidence or sources). Both keep their size on screen at any zoom.
class CruxNumberItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 41
    };
    /// A numbered disc centred at `anchor`, or a callout hanging from `anchor` (its top left).
    CruxNumberItem(const QPointF &anchor, int number, const QStringList &lines = {});

    int type() const override { return Type; }
    bool isCallout() const { return !m_lines.isEmpty(); }
    QStringList lines() const { return m_lines; }
    int number() const { return m_number; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_number;
    QStringList m_lines;
    QRectF m_box;
    qreal m_indent = 0; ///< room left of a callout's text for the number
};

} // namespace faultline
