#include "causalgraph.h"

#include "model/interpretation.h"

#include <algorithm>

namespace faultline {

namespace {
bool inSet(const QList<bool> &set, int node)
{
    return node < set.size() && set[node];
}

/// Strongly connected components of the subgraph induced by `mask` (whose
/// nodes are listed in `nodes`, ascending) that hold a
/// cycle (more than one node, or one node with a link to itself). Iterative
/// Tarjan, so a long chain cannot overflow the call stack.
QList<QList<int>> cyclicComponents(const QList<QList<int>> &successors, const QList<bool> &mask,
                                   const QList<int> &nodes)
{
    const int n = successors.size();
    QList<int> index(n, -1);
    QList<int> low(n, 0);
    QList<bool> onStack(n, false);
    QList<int> stack;
    QList<QList<int>> components;
    int counter = 0;
    struct Frame
    {
        int node;
        int next;
    };
    for (int root : nodes) {
        if (!mask[root] || index[root] >= 0)
            continue;
        QList<Frame> calls{{root, 0}};
        index[root] = low[root] = counter++;
        stack.append(root);
        onStack[root] = true;
        while (!calls.isEmpty()) {
            Frame &top = calls.last();
            const int u = top.node;
            if (top.next < successors[u].size()) {
                const int w = successors[u][top.next++];
                if (!mask[w])
                    continue;
                if (index[w] < 0) {
                    index[w] = low[w] = counter++;
                    stack.append(w);
                    onStack[w] = true;
                    calls.append({w, 0}); // invalidates `top`; the loop re-reads it
                } else if (onStack[w]) {
                    low[u] = std::min(low[u], index[w]);
                }
                continue;
            }
            calls.removeLast();
            if (!calls.isEmpty())
                low[calls.last().node] = std::min(low[calls.last().node], low[u]);
            if (low[u] != index[u])
                continue;
            QList<int> component;
            int w = -1;
            do {
                w = stack.takeLast();
                onStack[w] = false;
                component.append(w);
            } while (w != u);
            if (component.size() > 1 || successors[u].contains(u)) {
                std::sort(component.begin(), component.end());
                components.append(component);
            }
        }
    }
    return components;
}
} // namespace

CausalGraph::CausalGraph(const Interpretation &interpretation)
{
    for (const Placement &placement : interpretation.placements) {
        if (m_nodeOf.contains(placement.factorId))
            continue;
        m_nodeOf.insert(placement.factorId, m_factorIds.size());
        m_factorIds.append(placement.factorId);
    }
    const int n = m_factorIds.size();
    m_carryingOut.resize(n);
    m_carryingIn.resize(n);
    m_successors.resize(n);
    for (const Link &link : interpretation.links) {
        const int from = nodeOf(link.from);
        const int to = nodeOf(link.to);
        if (from < 0 || to < 0)
            continue;
        const int edge = m_edges.size();
        m_edges.append({from, to, link.id, link.relation});
        if (carriesCausation(link.relation)) {
            m_carryingOut[from].append(edge);
            m_carryingIn[to].append(edge);
        }
        if (!m_successors[from].contains(to))
            m_successors[from].append(to);
    }
    for (QList<int> &successors : m_successors)
        std::sort(successors.begin(), successors.end());
}

QList<bool> CausalGraph::nodeSet(const QStringList &factorIds) const
{
    QList<bool> set(nodeCount(), false);
    for (const QString &id : factorIds) {
        const int node = nodeOf(id);
        if (node >= 0)
            set[node] = true;
    }
    return set;
}

QList<bool> CausalGraph::reachableFrom(const QList<int> &starts, const QList<bool> &blocked) const
{
    QList<bool> seen(nodeCount(), false);
    QList<int> queue;
    for (int start : starts) {
        if (start >= 0 && start < nodeCount() && !seen[start] && !inSet(blocked, start)) {
            seen[start] = true;
            queue.append(start);
        }
    }
    for (qsizetype head = 0; head < queue.size(); ++head) {
        for (int edge : m_carryingOut[queue[head]]) {
            const int next = m_edges[edge].to;
            if (!seen[next] && !inSet(blocked, next)) {
                seen[next] = true;
                queue.append(next);
            }
        }
    }
    return seen;
}

QList<bool> CausalGraph::reachingTo(const QList<int> &targets, const QList<bool> &blocked) const
{
    QList<bool> seen(nodeCount(), false);
    QList<int> queue;
    for (int target : targets) {
        if (target >= 0 && target < nodeCount() && !seen[target] && !inSet(blocked, target)) {
            seen[target] = true;
            queue.append(target);
        }
    }
    for (qsizetype head = 0; head < queue.size(); ++head) {
        for (int edge : m_carryingIn[queue[head]]) {
            const int previous = m_edges[edge].from;
            if (!seen[previous] && !inSet(blocked, previous)) {
                seen[previous] = true;
                queue.append(previous);
            }
        }
    }
    return seen;
}

bool CausalGraph::hasPath(const QList<int> &starts, int target, const QList<bool> &blocked) const
{
    if (target < 0 || target >= nodeCount() || inSet(blocked, target))
        return false;
    // Any walk into the target shortens to a simple path that meets the target
    // only at its end, so one search with the target itself blocked decides it.
    QList<bool> avoid = blocked;
    avoid.resize(nodeCount(), false);
    avoid[target] = true;
    const QList<bool> reached = reachableFrom(starts, avoid);
    for (int edge : m_carryingIn[target])
        if (reached[m_edges[edge].from])
            return true;
    return false;
}

CausalGraph::PathEnumeration CausalGraph::simplePaths(const QList<int> &starts, int target,
                                                      const QList<bool> &blocked, int maxPaths,
                                                      qint64 maxSteps) const
{
    PathEnumeration result;
    if (target < 0 || target >= nodeCount() || inSet(blocked, target))
        return result;
    // Only nodes that can still reach the target are worth entering; this keeps
    // the depth-first search from wandering into dead ends.
    const QList<bool> useful = reachingTo({target}, blocked);
    QList<bool> onPath(nodeCount(), false);
    QList<bool> startDone(nodeCount(), false);
    qint64 steps = 0;
    struct Frame
    {
        int node;
        int next; ///< position in carryingOut(node)
    };
    for (int start : starts) {
        if (start < 0 || start >= nodeCount() || start == target || startDone[start] ||
            !useful[start])
            continue;
        startDone[start] = true;
        QList<Frame> frames{{start, 0}};
        QList<int> pathEdges;
        onPath[start] = true;
        while (!frames.isEmpty()) {
            Frame &top = frames.last();
            const QList<int> &out = m_carryingOut[top.node];
            if (top.next >= out.size()) {
                onPath[top.node] = false;
                frames.removeLast();
                if (!pathEdges.isEmpty())
                    pathEdges.removeLast();
                continue;
            }
            if (++steps > maxSteps) {
                result.truncated = true;
                return result;
            }
            const int edge = out[top.next++];
            const int next = m_edges[edge].to;
            if (next == target) {
                if (result.paths.size() >= maxPaths) {
                    result.truncated = true;
                    return result;
                }
                CausalPath path;
                path.factorIds.append(m_factorIds[start]);
                for (int e : std::as_const(pathEdges)) {
                    path.linkIds.append(m_edges[e].linkId);
                    path.factorIds.append(m_factorIds[m_edges[e].to]);
                }
                path.linkIds.append(m_edges[edge].linkId);
                path.factorIds.append(m_factorIds[target]);
                result.paths.append(path);
                continue;
            }
            if (onPath[next] || !useful[next])
                continue;
            onPath[next] = true;
            pathEdges.append(edge);
            frames.append({next, 0}); // invalidates `top`; the loop re-reads it
        }
    }
    return result;
}

QList<QStringList> CausalGraph::cycles(int maxCycles, bool *truncated) const
{
    if (truncated)
        *truncated = false;
    const int n = nodeCount();
    QList<QList<int>> found;
    // Johnson's algorithm, iterative: take the lowest node of each cyclic
    // component, list the cycles through it, drop it, and split the rest into
    // components again. Each cycle is found exactly once, starting at its
    // lowest node, and every component taken yields at least one cycle, so the
    // work is bounded by maxCycles.
    QList<int> all(n);
    for (int i = 0; i < n; ++i)
        all[i] = i;
    QList<QList<int>> work = cyclicComponents(m_successors, QList<bool>(n, true), all);
    std::reverse(work.begin(), work.end());
    QList<bool> blockedNode(n, false);
    QList<QList<int>> blockedBy(n);
    QList<bool> closed(n, false);
    QList<bool> inComponent(n, false);
    struct Frame
    {
        int node;
        int next;
    };
    bool stop = false;
    while (!work.isEmpty() && !stop) {
        const QList<int> component = work.takeLast();
        for (int node : component) {
            inComponent[node] = true;
            blockedNode[node] = false;
            blockedBy[node].clear();
            closed[node] = false;
        }
        const int start = component.first();
        QList<int> path{start};
        blockedNode[start] = true;
        QList<Frame> frames{{start, 0}};
        while (!frames.isEmpty() && !stop) {
            Frame &top = frames.last();
            const int u = top.node;
            const QList<int> &successors = m_successors[u];
            if (top.next < successors.size()) {
                const int w = successors[top.next++];
                if (!inComponent[w])
                    continue;
                if (w == start) {
                    if (found.size() >= maxCycles) {
                        stop = true;
                        if (truncated)
                            *truncated = true;
                        continue;
                    }
                    found.append(path);
                    for (int node : std::as_const(path))
                        closed[node] = true;
                } else if (!blockedNode[w]) {
                    path.append(w);
                    closed[w] = false;
                    blockedNode[w] = true;
                    frames.append({w, 0}); // invalidates `top`; the loop re-reads it
                }
                continue;
            }
            if (closed[u]) {
                QList<int> unblock{u};
                while (!unblock.isEmpty()) {
                    const int node = unblock.takeLast();
                    if (!blockedNode[node])
                        continue;
                    blockedNode[node] = false;
                    unblock.append(blockedBy[node]);
                    blockedBy[node].clear();
                }
            } else {
                for (int w : successors)
                    if (inComponent[w] && !blockedBy[w].contains(u))
                        blockedBy[w].append(u);
            }
            frames.removeLast();
            path.removeLast();
        }
        inComponent[start] = false;
        const QList<int> rest(component.begin() + 1, component.end());
        const QList<QList<int>> parts = cyclicComponents(m_successors, inComponent, rest);
        for (int node : component)
            inComponent[node] = false;
        for (auto it = parts.rbegin(); it != parts.rend(); ++it)
            work.append(*it);
    }
    std::sort(found.begin(), found.end());
    QList<QStringList> result;
    for (const QList<int> &cycle : std::as_const(found)) {
        QStringList ids;
        for (int node : cycle)
            ids.append(m_factorIds[node]);
        result.append(ids);
    }
    return result;
}

} // namespace faultline
