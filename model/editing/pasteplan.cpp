#include "pasteplan.h"

#include "model/checklist.h"
#include "model/kindstyle.h"

#include <QSet>

namespace faultline {

QString incidentIdentity(const Incident &incident)
{
    return incident.title.isEmpty() ? QStringLiteral("(untitled incident)") : incident.title;
}

namespace {

struct PasteContext
{
    const Incident &target;
    const Interpretation &interp;
    const Incident &fragment;
    const Interpretation &part;
    bool sameIncident;

    bool reusable(const Factor &factor) const
    {
        const Factor *existing = target.findFactor(factor.id);
        return existing && existing->kind == factor.kind;
    }

    /// Reuse factors by id? Pasting a copy where its factors already are makes copies
    /// instead of doing nothing.
    bool reuseFactors(bool forceCopies) const
    {
        if (!sameIncident || forceCopies)
            return false;
        for (const Placement &p : part.placements) {
            const Factor *factor = fragment.findFactor(p.factorId);
            if (factor && (!interp.usesFactor(p.factorId) || !reusable(*factor)))
                return true;
        }
        return false;
    }
};

void planFactors(const PasteContext &c, bool reuse, const QPointF &offset, const IdAllocator &newId,
                 PastePlan &plan, QSet<QString> &freshlyPlaced)
{
    for (const Placement &p : c.part.placements) {
        const Factor *factor = c.fragment.findFactor(p.factorId);
        if (!factor) // the loader refuses such fragments; a hand-made one must not crash us
            continue;
        if (reuse && c.reusable(*factor)) {
            plan.factorIds.insert(factor->id, factor->id);
            if (!c.interp.usesFactor(factor->id)) {
                plan.toPlace.append(p);
                freshlyPlaced.insert(factor->id);
            }
            continue;
        }
        Factor copy = *factor;
        copy.id = newId(QStringLiteral("f"));
        Placement placement = p;
        placement.factorId = copy.id;
        placement.pos += offset;
        plan.factorIds.insert(factor->id, copy.id);
        freshlyPlaced.insert(factor->id);
        plan.toAdd.append({copy, placement});
    }
}

void planSources(const PasteContext &c, const IdAllocator &newId, PastePlan &plan)
{
    for (const Source &source : c.fragment.sources) {
        const Source *existing = c.target.findSource(source.id);
        if (existing && (c.sameIncident || *existing == source)) {
            plan.sourceIds.insert(source.id, source.id);
            continue;
        }
        Source copy = source;
        if (existing) // a different reference under the same id
            copy.id = newId(QStringLiteral("s"));
        plan.sourceIds.insert(source.id, copy.id);
        plan.sourcesToAdd.append(copy);
    }
}

void planLinks(const PasteContext &c, const QPointF &offset, const QSet<QString> &freshlyPlaced,
               const IdAllocator &newId, PastePlan &plan)
{
    for (const Link &link : c.part.links) {
        const QString from = plan.factorIds.value(link.from), to = plan.factorIds.value(link.to);
        if (from.isEmpty() || to.isEmpty() || from == to)
            continue;
        bool exists = false;
        for (const Link &l : c.interp.links)
            exists = exists || (l.from == from && l.to == to);
        if (exists)
            continue;
        Link copy = link;
        copy.id = newId(QStringLiteral("l"));
        copy.from = from;
        copy.to = to;
        for (Evidence &e : copy.evidence) {
            e.id = newId(QStringLiteral("e"));
            e.sourceId = plan.sourceIds.value(e.sourceId);
        }
        // A routed path fits only if both ends arrived exactly where they were.
        if (!offset.isNull() || !freshlyPlaced.contains(link.from) ||
            !freshlyPlaced.contains(link.to))
            copy.route.clear();
        plan.linksToAdd.append(copy);
    }
}

} // namespace

PastePlan planPaste(const Incident &target, const QString &interpretationId,
                    const Incident &fragment, bool forceCopies, const QPointF &copyOffset,
                    const IdAllocator &newId)
{
    PastePlan plan;
    const Interpretation *interp = target.findInterpretation(interpretationId);
    if (!interp || fragment.interpretations.isEmpty())
        return plan;
    const PasteContext context{target, *interp, fragment, fragment.interpretations.first(),
                               incidentIdentity(fragment) == incidentIdentity(target)};
    const bool reuse = context.reuseFactors(forceCopies);
    const QPointF offset = (context.sameIncident && !reuse) ? copyOffset : QPointF();

    QSet<QString> freshlyPlaced; // fragment ids of factors that arrive in the interpretation
    planFactors(context, reuse, offset, newId, plan, freshlyPlaced);
    planSources(context, newId, plan);
    planLinks(context, offset, freshlyPlaced, newId, plan);

    for (const CustomKind &kind : fragment.customKinds)
        if (!target.findCustomKind(kind.id) && !isBuiltInKind(kind.id))
            plan.kindsToAdd.append(kind);
    const Checklist checklist = Checklist::forIncident(target);
    for (const ChecklistEntry &entry : fragment.checklistExtensions)
        if (!checklist.contains(entry.id))
            plan.checklistToAdd.append(entry);
    return plan;
}

} // namespace faultline
