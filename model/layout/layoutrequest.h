#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

namespace faultline {

/// Where a node should go among the ranks of a causal-flow layout.
enum class RankHint
{
    Free,   ///< wherever its links put it
    Top,    ///< first rank: root causes (reward, environment, algorithm, or flagged as root cause)
    Bottom, ///< last rank: observed behaviour that causes nothing further
};

/// Which Graphviz engine arranges the nodes.
enum class LayoutEngineChoice
{
    Auto, ///< dot; bounded dot above largeGraphThreshold; sfdp above hugeGraphThreshold or
          ///< maxDotWork
    Dot,  ///< hierarchical causal flow, top to bottom
    Sfdp, ///< force-directed; fast on very large graphs, no ranks, no edge routing
};

/// One factor box taking part in a layout.
struct LayoutNode
{
    QString id;           ///< factor id
    QSizeF size;          ///< box size in points
    QPointF position;     ///< current centre (points, y down)
    bool arranged = true; ///< placed by the engine; false: stays, only an obstacle and link end
    bool fixed = false;   ///< must end exactly at `position` (pinned placements)
    RankHint rank = RankHint::Free;

    bool operator==(const LayoutNode &) const = default;
};

/// One link to route.
struct LayoutEdge
{
    QString id; ///< link id (or a union edge id, see CausalLayout::unionEdgeId())
    QString from;
    QString to;
    int weight = 1; ///< how strongly dot keeps the edge short and straight

    bool operator==(const LayoutEdge &) const = default;
};

/// Tuning of a layout; the defaults suit the canvas's 180-point boxes.
struct LayoutOptions
{
    LayoutEngineChoice engine = LayoutEngineChoice::Auto;
    /// Above: dot with bounded effort and straight links. Measured on the generated
    /// incidents: 500 factors take ~1 s with full dot and 0.2 s bounded, 800 take 3.4 s and 0.8 s.
    int largeGraphThreshold = 500;
    int hugeGraphThreshold = 5000; ///< above: sfdp (Auto only)
    /// Auto only: sfdp when estimatedDotWork() exceeds this. ~12,000 is what
    /// dot lays out in about 2 s on a slow 2-core machine.
    qint64 maxDotWork = 12000;
    double nodeSep = 54; ///< points between boxes of one rank
    double rankSep = 80; ///< points between ranks
    /// Above 0: each group of linked factors is laid out on its own and the
    /// groups are arranged side by side and under each other to fill an area
    /// of this width / height ratio (a slide), instead of one band of ranks as
    /// wide as all their first ranks together. Ignored with pinned or context
    /// nodes and on large graphs. See ComponentPacker.
    double packAspect = 0;

    bool operator==(const LayoutOptions &) const = default;
};

/// Everything a layout needs, as plain data, so it can run in another thread
/// or in a worker process (see layoutjson.h).
struct LayoutRequest
{
    QString interpretationId; ///< informational; empty for union layouts
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
    LayoutOptions options;

    /// Number of nodes the engine arranges (not counting fixed context nodes).
    int arrangedCount() const;
    /// True when Auto would use bounded effort or a fallback engine for this request.
    bool isLarge() const { return arrangedCount() > options.largeGraphThreshold; }

    bool operator==(const LayoutRequest &) const = default;
};

} // namespace faultline
