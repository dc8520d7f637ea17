#include "canvasnavigator.h"

#include "canvasstyle.h"
#include "factoritem.h"

#include <algorithm>
#include <cmath>

namespace faultline {

QList<FactorItem *> CanvasNavigator::readingOrder(QList<FactorItem *> items)
{
    // Boxes whose centres are within half a grid step of each other count
    // as one row, so a slightly ragged row still reads left to right.
    const auto row = [](const FactorItem *item) {
        return std::lround(item->pos().y() / canvasstyle::kGridStep);
    };
    std::stable_sort(items.begin(), items.end(), [&](const FactorItem *a, const FactorItem *b) {
        if (row(a) != row(b))
            return row(a) < row(b);
        return a->pos().x() < b->pos().x();
    });
    return items;
}

FactorItem *CanvasNavigator::nextMatch(const QList<FactorItem *> &items, FactorItem *current,
                                       const QString &text)
{
    if (text.isEmpty())
        return nullptr;
    const QList<FactorItem *> ordered = readingOrder(items);
    FactorItem *candidate = current;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        candidate = neighbour(ordered, candidate, true);
        if (candidate->labelText().contains(text, Qt::CaseInsensitive))
            return candidate;
    }
    return nullptr;
}

FactorItem *CanvasNavigator::neighbour(const QList<FactorItem *> &ordered,
                                       const FactorItem *current, bool forward)
{
    if (ordered.isEmpty())
        return nullptr;
    const qsizetype i = ordered.indexOf(const_cast<FactorItem *>(current));
    if (i < 0)
        return forward ? ordered.first() : ordered.last();
    const qsizetype n = ordered.size();
    return ordered[(i + (forward ? 1 : n - 1)) % n];
}

FactorItem *CanvasNavigator::nearestInDirection(const QList<FactorItem *> &items,
                                                const QPointF &from, const QPointF &direction,
                                                const QList<const FactorItem *> &exclude)
{
    FactorItem *best = nullptr;
    qreal bestScore = 0;
    for (FactorItem *item : items) {
        if (exclude.contains(item))
            continue;
        const QPointF d = item->pos() - from;
        const qreal along = d.x() * direction.x() + d.y() * direction.y();
        const qreal across = std::abs(d.x() * direction.y() - d.y() * direction.x());
        if (along <= 0 || across > along * 1.75) // tan 60° ≈ 1.73
            continue;
        const qreal score = along + 2 * across; // prefer boxes straight ahead
        if (!best || score < bestScore) {
            best = item;
            bestScore = score;
        }
    }
    return best;
}

} // namespace faultline
