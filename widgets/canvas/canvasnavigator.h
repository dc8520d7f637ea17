#pragma once

#include <QList>
#include <QPointF>

namespace faultline {

class FactorItem;

/// Keyboard navigation among factor boxes: reading order for Tab, nearest
/// box in a direction for the arrow keys while connecting.
class CanvasNavigator
{
public:
    /// Top to bottom in rows, left to right within a row.
    static QList<FactorItem *> readingOrder(QList<FactorItem *> items);
    /// The item after (or before) `current` in `ordered`, wrapping around;
    /// the first (or last) one when `current` is not in the list.
    static FactorItem *neighbour(const QList<FactorItem *> &ordered, const FactorItem *current,
                                 bool forward);
    /// The next item after `current` in reading order whose label contains
    /// `text` (case-insensitive), wrapping around; nullptr when none does.
    static FactorItem *nextMatch(const QList<FactorItem *> &items, FactorItem *current,
                                 const QString &text);
    /// The item closest to `from` roughly in `direction` (within ±60°),
    /// skipping `exclude`; nullptr when there is none.
    static FactorItem *nearestInDirection(const QList<FactorItem *> &items, const QPointF &from,
                                          const QPointF &direction,
                                          const QList<const FactorItem *> &exclude);
};

} // namespace faultline
