#pragma once

#include "model/enums.h"
#include "model/kindstyle.h"

#include <QList>

namespace faultline {

class CanvasScene;

/// What a legend explains: exactly the kinds and relations drawn in the
/// exported scenes, kinds in palette order (built-in, then custom), relations
/// in their enum order.
struct LegendEntries
{
    QList<KindStyle> kinds;
    QList<Relation> relations;

    bool isEmpty() const { return kinds.isEmpty() && relations.isEmpty(); }
    /// Reads the visible factor and link items of `scenes`.
    static LegendEntries collect(const QList<CanvasScene *> &scenes);
};

} // namespace faultline
