#include "causallayout.h"

#include "factorsize.h"
#include "model/incident.h"
#include "model/kindstyle.h"

#include <QHash>

namespace faultline {

namespace {
struct Usage
{
    QSet<QString> causes;  ///< factor ids with an incoming link
    QSet<QString> effects; ///< factor ids with an outgoing link
};

Usage usageOf(const QList<const Interpretation *> &interpretations)
{
    Usage usage;
    for (const Interpretation *interp : interpretations) {
        for (const Link &link : interp->links) {
            usage.effects.insert(link.from);
            usage.causes.insert(link.to);
        }
    }
    return usage;
}

LayoutNode nodeFor(const Incident &incident, const Placement &placement, const Usage &usage,
                   bool rootCause)
{
    LayoutNode node;
    node.id = placement.factorId;
    node.position = placement.pos;
    if (const Factor *factor = incident.findFactor(placement.factorId)) {
        const KindStyle kind = kindStyle(incident, factor->kind);
        node.size = estimatedFactorSize(*factor, kind.shape, kind.name);
        node.rank =
            CausalLayout::rankHint(incident, *factor, rootCause, usage.causes.contains(node.id),
                                   usage.effects.contains(node.id));
    } else {
        node.size = QSizeF(kFactorBoxWidth, kFactorBoxMinHeight);
    }
    return node;
}
} // namespace

RankHint CausalLayout::rankHint(const Incident &incident, const Factor &factor,
                                bool flaggedRootCause, bool hasCause, bool hasEffect)
{
    if (!hasCause && (flaggedRootCause || kindStyle(incident, factor.kind).rootCauseArea))
        return RankHint::Top;
    if (!hasEffect && factor.kind == QLatin1String("behaviour"))
        return RankHint::Bottom;
    return RankHint::Free;
}

LayoutRequest CausalLayout::interpretationRequest(const Incident &incident,
                                                  const QString &interpretationId,
                                                  const LayoutOptions &options)
{
    LayoutRequest request;
    request.interpretationId = interpretationId;
    request.options = options;
    const Interpretation *interp = incident.findInterpretation(interpretationId);
    if (!interp)
        return request;
    const Usage usage = usageOf({interp});
    for (const Placement &placement : interp->placements) {
        LayoutNode node = nodeFor(incident, placement, usage, placement.rootCause);
        node.fixed = placement.pinned;
        request.nodes.append(node);
    }
    for (const Link &link : interp->links)
        request.edges.append({link.id, link.from, link.to, 1});
    return request;
}

LayoutRequest CausalLayout::selectionRequest(const Incident &incident,
                                             const QString &interpretationId,
                                             const QSet<QString> &factorIds,
                                             const LayoutOptions &options)
{
    LayoutRequest request = interpretationRequest(incident, interpretationId, options);
    const Interpretation *interp = incident.findInterpretation(interpretationId);
    if (!interp)
        return request;
    // Rank hints count only links inside the selection: a selected factor
    // whose cause stays outside still starts the selected part.
    QList<const Interpretation *> inner;
    Interpretation selectedPart;
    for (const Link &link : interp->links)
        if (factorIds.contains(link.from) && factorIds.contains(link.to))
            selectedPart.links.append(link);
    inner.append(&selectedPart);
    const Usage usage = usageOf(inner);
    for (LayoutNode &node : request.nodes) {
        node.arranged = factorIds.contains(node.id);
        if (!node.arranged)
            continue;
        const Placement *placement = interp->findPlacement(node.id);
        if (const Factor *factor = incident.findFactor(node.id))
            node.rank = rankHint(incident, *factor, placement && placement->rootCause,
                                 usage.causes.contains(node.id), usage.effects.contains(node.id));
    }
    return request;
}

LayoutRequest CausalLayout::unionRequest(const Incident &incident,
                                         const QStringList &interpretationIds,
                                         const LayoutOptions &options)
{
    LayoutRequest request;
    request.options = options;
    QList<const Interpretation *> interps;
    for (const QString &id : interpretationIds)
        if (const Interpretation *interp = incident.findInterpretation(id))
            interps.append(interp);
    const Usage usage = usageOf(interps);
    QHash<QString, int> nodeIndex;
    QSet<QString> rootCauses;
    for (const Interpretation *interp : std::as_const(interps))
        for (const Placement &placement : interp->placements)
            if (placement.rootCause)
                rootCauses.insert(placement.factorId);
    for (const Interpretation *interp : std::as_const(interps)) {
        for (const Placement &placement : interp->placements) {
            if (nodeIndex.contains(placement.factorId))
                continue;
            nodeIndex.insert(placement.factorId, int(request.nodes.size()));
            request.nodes.append(
                nodeFor(incident, placement, usage, rootCauses.contains(placement.factorId)));
        }
    }
    QHash<QString, int> edgeIndex;
    for (const Interpretation *interp : std::as_const(interps)) {
        for (const Link &link : interp->links) {
            const QString id = unionEdgeId(link.from, link.to);
            const auto it = edgeIndex.constFind(id);
            if (it != edgeIndex.cend()) {
                ++request.edges[*it].weight; // agreed on by several readings: keep it short
                continue;
            }
            edgeIndex.insert(id, int(request.edges.size()));
            request.edges.append({id, link.from, link.to, 1});
        }
    }
    return request;
}

LayoutResult CausalLayout::resultForInterpretation(const Incident &incident,
                                                   const QString &interpretationId,
                                                   const LayoutResult &unionResult)
{
    LayoutResult result;
    result.ok = unionResult.ok;
    result.error = unionResult.error;
    result.engine = unionResult.engine;
    result.warnings = unionResult.warnings;
    result.bounds = unionResult.bounds;
    const Interpretation *interp = incident.findInterpretation(interpretationId);
    if (!interp)
        return result;
    for (const Placement &placement : interp->placements) {
        const auto it = unionResult.positions.constFind(placement.factorId);
        if (it != unionResult.positions.cend())
            result.positions.insert(placement.factorId, *it);
    }
    for (const Link &link : interp->links) {
        const auto it = unionResult.routes.constFind(unionEdgeId(link.from, link.to));
        if (it != unionResult.routes.cend())
            result.routes.insert(link.id, *it);
    }
    return result;
}

QString CausalLayout::unionEdgeId(const QString &from, const QString &to)
{
    // Ids never contain '>' (see docs/FORMAT.md), so the pair is unambiguous.
    return from + QLatin1String("->") + to;
}

} // namespace faultline
