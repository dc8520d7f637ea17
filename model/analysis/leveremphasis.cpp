#include "leveremphasis.h"

#include "pathanalysis.h"

namespace faultline {

namespace {

QList<int> nodesOf(const CausalGraph &graph, const QStringList &factorIds)
{
    QList<int> nodes;
    for (const QString &id : factorIds)
        if (const int node = graph.nodeOf(id); node >= 0)
            nodes.append(node);
    return nodes;
}

// A link lies on a source-to-behaviour path when a source reaches its start
// and its end reaches a behaviour, both without passing a blocked factor.
void collectPaths(const CausalGraph &graph, const QList<int> &sources, const QList<int> &behaviours,
                  const QList<bool> &blocked, QSet<QString> *factorIds, QSet<QString> *linkIds)
{
    const QList<bool> fromSource = graph.reachableFrom(sources, blocked);
    const QList<bool> toBehaviour = graph.reachingTo(behaviours, blocked);
    for (const CausalGraph::Edge &edge : graph.edges()) {
        if (!CausalGraph::carriesCausation(edge.relation))
            continue;
        if (!fromSource.value(edge.from) || !toBehaviour.value(edge.to))
            continue;
        if (blocked.value(edge.from) || blocked.value(edge.to))
            continue;
        linkIds->insert(edge.linkId);
        factorIds->insert(graph.factorId(edge.from));
        factorIds->insert(graph.factorId(edge.to));
    }
}

} // namespace

LeverEmphasis LeverEmphasis::compute(const PathAnalysis &analysis,
                                     const QStringList &intervenedFactorIds)
{
    const CausalGraph &graph = analysis.graph();
    LeverEmphasis result;
    QStringList intervened;
    for (const QString &id : intervenedFactorIds)
        if (graph.nodeOf(id) >= 0) {
            result.intervenedFactorIds.insert(id);
            intervened.append(id);
        }
    const QList<int> sources = nodesOf(graph, analysis.leverSourceIds());
    const QList<int> behaviours = nodesOf(graph, analysis.behaviourIds());
    collectPaths(graph, sources, behaviours, {}, &result.pathFactorIds, &result.pathLinkIds);
    collectPaths(graph, sources, behaviours, graph.nodeSet(intervened), &result.remainingFactorIds,
                 &result.remainingLinkIds);
    return result;
}

} // namespace faultline
