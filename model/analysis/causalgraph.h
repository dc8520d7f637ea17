#pragma once

#include "causalpath.h"
#include "model/enums.h"

#include <QHash>
#include <QList>
#include <QString>

namespace faultline {

struct Interpretation;

/// The directed graph of one interpretation, indexed for analysis.
///
/// Nodes are the interpretation's placed factors, in placement order; edges are
/// its links, in link order. A link whose ends are not both placed is ignored
/// (a validated file never has one). All queries are deterministic: results come
/// in placement / link order.
///
/// **Which links carry causation.** `causes`, `enables` and `amplifies` links
/// carry causation forward and make up causal paths. A `prevents` link is an
/// inhibiting claim ("A keeps B from happening"); it never lies on a causal
/// path, and reachability and path enumeration ignore it. Cycle detection is
/// the exception: a loop that closes through a `prevents` link is still a loop
/// on the diagram (a balancing loop), so cycles() follows every link.
///
/// Node sets are passed as `QList<bool>` indexed by node (empty = no nodes).
class CausalGraph
{
public:
    /// One link of the graph.
    struct Edge
    {
        int from = -1;
        int to = -1;
        QString linkId;
        Relation relation = Relation::Causes;
    };

    /// Result of a bounded path enumeration.
    struct PathEnumeration
    {
        QList<CausalPath> paths;
        bool truncated = false; ///< a bound was hit: more paths may exist
    };

    /// Default bounds of simplePaths(): enough for any hand-drawn diagram,
    /// small enough that a pathological graph still answers at once.
    static constexpr int kDefaultMaxPaths = 1000;
    static constexpr qint64 kDefaultMaxSteps = 2000000;

    explicit CausalGraph(const Interpretation &interpretation);

    /// True for the relations that carry causation along a path (all but `prevents`).
    static bool carriesCausation(Relation relation) { return relation != Relation::Prevents; }

    int nodeCount() const { return m_factorIds.size(); }
    const QString &factorId(int node) const { return m_factorIds[node]; }
    /// Node index of a placed factor, or -1.
    int nodeOf(const QString &factorId) const { return m_nodeOf.value(factorId, -1); }
    const QList<Edge> &edges() const { return m_edges; }
    /// Indices into edges() of the causation-carrying links leaving / entering `node`.
    const QList<int> &carryingOut(int node) const { return m_carryingOut[node]; }
    const QList<int> &carryingIn(int node) const { return m_carryingIn[node]; }

    /// A node set of nodeCount() entries built from factor ids (unknown ids are skipped).
    QList<bool> nodeSet(const QStringList &factorIds) const;

    /// Nodes reachable from any of `starts` over causation-carrying links,
    /// never entering or leaving a `blocked` node. Starts are included unless
    /// blocked. Breadth-first, exact, linear in the graph size.
    QList<bool> reachableFrom(const QList<int> &starts, const QList<bool> &blocked = {}) const;
    /// Nodes from which any of `targets` is reachable (the reverse of reachableFrom()).
    QList<bool> reachingTo(const QList<int> &targets, const QList<bool> &blocked = {}) const;

    /// Exact: whether a causal path of at least one link leads from any of
    /// `starts` to `target` without passing a `blocked` node (a blocked target
    /// has none). Breadth-first; loops cannot make it hang.
    bool hasPath(const QList<int> &starts, int target, const QList<bool> &blocked = {}) const;

    /// Simple causal paths (no factor twice, at least one link) that start at
    /// any of `starts`, end at `target` and avoid every `blocked` node.
    /// Stops after `maxPaths` paths or `maxSteps` search steps and then sets
    /// `truncated`. Paths come in depth-first order over starts and link order.
    PathEnumeration simplePaths(const QList<int> &starts, int target,
                                const QList<bool> &blocked = {}, int maxPaths = kDefaultMaxPaths,
                                qint64 maxSteps = kDefaultMaxSteps) const;

    /// Elementary cycles over every link (any relation), each reported once as
    /// its factor ids in order, starting at the factor placed first, so
    /// A → B → A and B → A → B are the same cycle. Sorted by the placement
    /// order of their factors. Parallel links do not make extra cycles.
    /// Stops after `maxCycles` cycles and sets `*truncated` (when given).
    QList<QStringList> cycles(int maxCycles = kDefaultMaxPaths, bool *truncated = nullptr) const;

private:
    QStringList m_factorIds;
    QHash<QString, int> m_nodeOf;
    QList<Edge> m_edges;
    QList<QList<int>> m_carryingOut;
    QList<QList<int>> m_carryingIn;
    QList<QList<int>> m_successors; ///< distinct successor nodes over every link, ascending
};

} // namespace faultline
