#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace faultline {

/// Outcome of a layout: where each node goes and how each edge is routed.
struct LayoutResult
{
    bool ok = false;
    QString error;                     ///< set when !ok
    QString engine;                    ///< "dot", "dot-bounded" or "sfdp": what actually ran
    QStringList warnings;              ///< Graphviz warnings and fallbacks taken
    QHash<QString, QPointF> positions; ///< node id → centre (points, y down)
    /// Edge id → cubic Bézier path (1 + 3k points) from the source box's
    /// border to the target box's border. Edges without a route are absent.
    QHash<QString, QList<QPointF>> routes;
    QRectF bounds; ///< boxes of every node of the request

    bool operator==(const LayoutResult &) const = default;
};

} // namespace faultline
