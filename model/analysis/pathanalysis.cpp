#include "pathanalysis.h"
#include "factorlookup.h"

#include "model/incident.h"
#include "model/kindstyle.h"

#include <QHash>

#include <algorithm>

namespace faultline {

namespace {
const QString kBehaviourKind = QStringLiteral("behaviour");

/// Enumerated paths of `all` that pass a blocked node, keeping the bound.
void collectCut(const CausalGraph::PathEnumeration &all, const QStringList &intervened,
                LeverOutcome &outcome)
{
    for (const CausalPath &path : all.paths)
        if (path.passesAny(intervened))
            outcome.cutPaths.append(path);
    outcome.cutTruncated = all.truncated;
}
} // namespace

PathAnalysis::PathAnalysis(const Incident &incident, const Interpretation &interpretation)
    : m_graph(interpretation)
{
    const FactorLookup lookup(incident);
    QList<bool> seen(m_graph.nodeCount(), false);
    for (const Placement &placement : interpretation.placements) {
        const int node = m_graph.nodeOf(placement.factorId);
        if (node < 0 || seen[node])
            continue;
        seen[node] = true;
        const Factor *factor = lookup.factor(placement.factorId);
        const bool area = lookup.inRootCauseArea(placement.factorId);
        if (factor && factor->kind == kBehaviourKind)
            m_behaviourIds.append(placement.factorId);
        if (placement.rootCause)
            m_rootCauseIds.append(placement.factorId);
        if (placement.rootCause || area)
            m_leverSourceIds.append(placement.factorId);
    }
}

QList<int> PathAnalysis::nodes(const QStringList &factorIds) const
{
    QList<int> result;
    for (const QString &id : factorIds) {
        const int node = m_graph.nodeOf(id);
        if (node >= 0)
            result.append(node);
    }
    return result;
}

RootCauseEmphasis PathAnalysis::rootCauseLens(int maxPaths) const
{
    RootCauseEmphasis emphasis;
    const QList<int> starts = nodes(m_rootCauseIds);
    const QList<int> targets = nodes(m_behaviourIds);
    const QList<bool> downstream = m_graph.reachableFrom(starts);
    const QList<bool> upstream = m_graph.reachingTo(targets);
    // A single-factor "path" is not a path: a node counts only when it is the
    // end of an emphasised link.
    QList<bool> onPath(m_graph.nodeCount(), false);
    for (const CausalGraph::Edge &edge : m_graph.edges()) {
        if (!CausalGraph::carriesCausation(edge.relation) || !downstream[edge.from] ||
            !upstream[edge.to])
            continue;
        emphasis.linkIds.append(edge.linkId);
        onPath[edge.from] = onPath[edge.to] = true;
    }
    for (int node = 0; node < m_graph.nodeCount(); ++node)
        if (onPath[node])
            emphasis.factorIds.append(m_graph.factorId(node));
    for (int target : targets) {
        const CausalGraph::PathEnumeration found =
            m_graph.simplePaths(starts, target, {}, maxPaths);
        BehaviourPaths paths;
        paths.behaviourId = m_graph.factorId(target);
        paths.paths = found.paths;
        paths.truncated = found.truncated;
        paths.reachable = m_graph.hasPath(starts, target);
        emphasis.behaviours.append(paths);
    }
    return emphasis;
}

QList<BehaviourPaths> PathAnalysis::leverPaths(int maxPaths) const
{
    QList<BehaviourPaths> result;
    for (const LeverOutcome &outcome : whatIf({}, maxPaths).behaviours)
        result.append({outcome.behaviourId, outcome.remainingPaths, outcome.remainingTruncated,
                       outcome.reachable});
    return result;
}

LeverAnalysis PathAnalysis::whatIf(const QStringList &intervenedFactorIds, int maxPaths) const
{
    LeverAnalysis analysis;
    for (const QString &id : intervenedFactorIds)
        if (m_graph.nodeOf(id) >= 0 && !analysis.intervenedFactorIds.contains(id))
            analysis.intervenedFactorIds.append(id);
    const QList<bool> blocked = m_graph.nodeSet(analysis.intervenedFactorIds);
    const QList<int> starts = nodes(m_leverSourceIds);
    for (int target : nodes(m_behaviourIds)) {
        LeverOutcome outcome;
        outcome.behaviourId = m_graph.factorId(target);
        outcome.reachableBefore = m_graph.hasPath(starts, target);
        outcome.reachable = m_graph.hasPath(starts, target, blocked);
        const CausalGraph::PathEnumeration remaining =
            m_graph.simplePaths(starts, target, blocked, maxPaths);
        outcome.remainingPaths = remaining.paths;
        outcome.remainingTruncated = remaining.truncated;
        if (!analysis.intervenedFactorIds.isEmpty())
            collectCut(m_graph.simplePaths(starts, target, {}, maxPaths),
                       analysis.intervenedFactorIds, outcome);
        analysis.behaviours.append(outcome);
    }
    return analysis;
}

QList<QStringList> PathAnalysis::minimalCutSets(const QString &behaviourId, int maxSize,
                                                int maxCandidates, bool *truncated) const
{
    if (truncated)
        *truncated = false;
    const int target = m_graph.nodeOf(behaviourId);
    if (target < 0)
        return {};
    const QList<int> starts = nodes(m_leverSourceIds);
    const auto reachesTarget = [&](const QList<bool> &blocked) {
        return m_graph.hasPath(starts, target, blocked);
    };
    if (!reachesTarget({}))
        return {};
    // Only factors on a source → behaviour walk can matter to a cut.
    const QList<bool> downstream = m_graph.reachableFrom(starts);
    const QList<bool> upstream = m_graph.reachingTo({target});
    QList<int> candidates;
    for (int node = 0; node < m_graph.nodeCount(); ++node)
        if (node != target && downstream[node] && upstream[node])
            candidates.append(node);
    if (candidates.size() > maxCandidates) {
        if (truncated)
            *truncated = true;
        return {};
    }
    QList<QList<int>> cuts;
    const auto containsCut = [&](const QList<int> &set) {
        for (const QList<int> &cut : std::as_const(cuts))
            if (std::includes(set.begin(), set.end(), cut.begin(), cut.end()))
                return true;
        return false;
    };
    // Subsets by increasing size, each in lexicographic order of candidate
    // position; a set that contains a smaller cut is not minimal.
    for (int size = 1; size <= std::min<int>(maxSize, candidates.size()); ++size) {
        QList<int> pick(size);
        for (int i = 0; i < size; ++i)
            pick[i] = i;
        while (true) {
            QList<int> set;
            for (int i : std::as_const(pick))
                set.append(candidates[i]);
            if (!containsCut(set)) {
                QList<bool> blocked(m_graph.nodeCount(), false);
                for (int node : std::as_const(set))
                    blocked[node] = true;
                if (!reachesTarget(blocked))
                    cuts.append(set);
            }
            int i = size - 1;
            while (i >= 0 && pick[i] == candidates.size() - size + i)
                --i;
            if (i < 0)
                break;
            ++pick[i];
            for (int j = i + 1; j < size; ++j)
                pick[j] = pick[j - 1] + 1;
        }
    }
    QList<QStringList> result;
    for (const QList<int> &cut : std::as_const(cuts)) {
        QStringList ids;
        for (int node : cut)
            ids.append(m_graph.factorId(node));
        result.append(ids);
    }
    return result;
}

} // namespace faultline
