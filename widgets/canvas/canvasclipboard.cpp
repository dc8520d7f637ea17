#include "canvasclipboard.h"

#include "model/checklist.h"
#include "model/commands/addfactorcommand.h"
#include "model/commands/editelementcommand.h"
#include "model/commands/linkpresencecommand.h"
#include "model/commands/placefactorcommand.h"
#include "model/commands/sourcepresencecommand.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/kindstyle.h"

#include <QMimeData>
#include <QSet>

namespace faultline {

namespace {
const QString kFragmentInterpretation = QStringLiteral("fragment");
} // namespace

QString CanvasClipboard::identity(const Incident &incident)
{
    return incident.title.isEmpty() ? QStringLiteral("(untitled incident)") : incident.title;
}

Incident CanvasClipboard::fragment(const Incident &incident, const QString &interpretationId,
                                   const QStringList &factorIds)
{
    Incident result;
    result.title = identity(incident);
    const Interpretation *interp = incident.findInterpretation(interpretationId);
    if (!interp)
        return result;
    const QSet<QString> chosen(factorIds.cbegin(), factorIds.cend());
    Interpretation part;
    part.id = kFragmentInterpretation;
    part.name = kFragmentInterpretation;
    QSet<QString> kinds, modes, sources;
    for (const Placement &p : interp->placements) { // placement order keeps pastes stable
        const Factor *factor = incident.findFactor(p.factorId);
        if (!chosen.contains(p.factorId) || !factor)
            continue;
        part.placements.append(p);
        result.factors.append(*factor);
        kinds.insert(factor->kind);
        for (const QString &mode : factor->failureModes)
            modes.insert(mode);
    }
    for (const Link &link : interp->links) {
        if (!chosen.contains(link.from) || !chosen.contains(link.to))
            continue;
        part.links.append(link);
        for (const Evidence &e : link.evidence)
            if (!e.sourceId.isEmpty())
                sources.insert(e.sourceId);
    }
    result.interpretations.append(part);
    for (const ChecklistEntry &entry : incident.checklistExtensions) {
        if (modes.contains(entry.id)) {
            result.checklistExtensions.append(entry);
            kinds.insert(entry.area);
        }
    }
    for (const CustomKind &kind : incident.customKinds)
        if (kinds.contains(kind.id))
            result.customKinds.append(kind);
    for (const Source &source : incident.sources)
        if (sources.contains(source.id))
            result.sources.append(source);
    return result;
}

QMimeData *CanvasClipboard::toMimeData(const Incident &fragment)
{
    auto *data = new QMimeData;
    data->setData(mimeType(), writeFaultline(fragment));
    QStringList labels;
    for (const Factor &factor : fragment.factors)
        labels.append(factor.label);
    data->setText(labels.join(QLatin1Char('\n')));
    return data;
}

std::optional<Incident> CanvasClipboard::fromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    // Another program may have put anything here: the loader checks size,
    // depth, ids and references before we touch the content.
    LoadResult loaded = readFaultline(data->data(mimeType()));
    if (!loaded.ok() || loaded.value().interpretations.size() != 1)
        return std::nullopt;
    return loaded.value();
}

CanvasClipboard::Result CanvasClipboard::paste(Document *document, const QString &interpretationId,
                                               const Incident &fragment, bool forceCopies,
                                               const QPointF &copyOffset, const QString &text)
{
    Result result;
    const Incident &target = document->incident();
    const Interpretation *interp = target.findInterpretation(interpretationId);
    if (!interp || fragment.interpretations.isEmpty())
        return result;
    const Interpretation &part = fragment.interpretations.first();
    const bool sameIncident = identity(fragment) == identity(target);

    const auto reusable = [&](const Factor &factor) {
        const Factor *existing = target.findFactor(factor.id);
        return existing && existing->kind == factor.kind;
    };
    bool reuse = sameIncident && !forceCopies;
    if (reuse) {
        // Pasting a copy where its factors already are: make copies instead of doing nothing.
        bool allHere = true;
        for (const Placement &p : part.placements)
            if (!interp->usesFactor(p.factorId) || !reusable(*fragment.findFactor(p.factorId)))
                allHere = false;
        reuse = !allHere;
    }
    const QPointF offset = (sameIncident && !reuse) ? copyOffset : QPointF();

    // ---- plan: decide every id before pushing anything ----
    QHash<QString, QString> factorMap; // fragment id → target id
    QList<Placement> toPlace;
    QList<std::pair<Factor, Placement>> toAdd;
    QSet<QString> freshlyPlaced;
    for (const Placement &p : part.placements) {
        const Factor &factor = *fragment.findFactor(p.factorId);
        if (reuse && reusable(factor)) {
            factorMap.insert(factor.id, factor.id);
            if (!interp->usesFactor(factor.id)) {
                toPlace.append(p);
                freshlyPlaced.insert(factor.id);
            }
            continue;
        }
        Factor copy = factor;
        copy.id = document->newId(QStringLiteral("f"));
        Placement placement = p;
        placement.factorId = copy.id;
        placement.pos += offset;
        factorMap.insert(factor.id, copy.id);
        freshlyPlaced.insert(factor.id);
        toAdd.append({copy, placement});
    }

    QHash<QString, QString> sourceMap;
    QList<Source> sourcesToAdd;
    for (const Source &source : fragment.sources) {
        const Source *existing = target.findSource(source.id);
        if (existing && (sameIncident || *existing == source)) {
            sourceMap.insert(source.id, source.id);
            continue;
        }
        Source copy = source;
        if (existing) // a different reference under the same id
            copy.id = document->newId(QStringLiteral("s"));
        sourceMap.insert(source.id, copy.id);
        sourcesToAdd.append(copy);
    }

    QList<Link> linksToAdd;
    for (const Link &link : part.links) {
        const QString from = factorMap.value(link.from), to = factorMap.value(link.to);
        if (from.isEmpty() || to.isEmpty() || from == to)
            continue;
        bool exists = false;
        for (const Link &l : interp->links)
            exists = exists || (l.from == from && l.to == to);
        if (exists)
            continue;
        Link copy = link;
        copy.id = document->newId(QStringLiteral("l"));
        copy.from = from;
        copy.to = to;
        for (Evidence &e : copy.evidence) {
            e.id = document->newId(QStringLiteral("e"));
            e.sourceId = sourceMap.value(e.sourceId);
        }
        // A routed path fits only if both ends arrived exactly where they were.
        if (!offset.isNull() || !freshlyPlaced.contains(link.from) || !freshlyPlaced.contains(link.to))
            copy.route.clear();
        linksToAdd.append(copy);
    }

    IncidentFieldsAccess fields;
    IncidentFieldsAccess::Value before = fields.read(*document);
    IncidentFieldsAccess::Value after = before;
    for (const CustomKind &kind : fragment.customKinds)
        if (!target.findCustomKind(kind.id) && !isBuiltInKind(kind.id))
            after.customKinds.append(kind);
    const Checklist checklist = Checklist::forIncident(target);
    for (const ChecklistEntry &entry : fragment.checklistExtensions)
        if (!checklist.contains(entry.id))
            after.checklistExtensions.append(entry);

    if (toPlace.isEmpty() && toAdd.isEmpty() && linksToAdd.isEmpty())
        return result;

    // ---- apply as one undo step ----
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(text);
    if (!(after == before))
        document->push(new EditIncidentCommand(document, fields, after, QString(), tr("Add kinds and failure modes")));
    for (const Source &source : std::as_const(sourcesToAdd))
        document->push(new SourcePresenceCommand(document, SourcePresenceCommand::Add, source));
    for (const Placement &p : std::as_const(toPlace)) {
        document->push(new PlaceFactorCommand(document, PlaceFactorCommand::Place, interpretationId, p));
        result.factorIds.append(p.factorId);
    }
    for (const auto &[factor, placement] : std::as_const(toAdd)) {
        document->push(new AddFactorCommand(document, factor, interpretationId, placement));
        result.factorIds.append(factor.id);
    }
    for (const Link &link : std::as_const(linksToAdd)) {
        document->push(new LinkPresenceCommand(document, LinkPresenceCommand::Add, interpretationId, link));
        result.linkIds.append(link.id);
    }
    stack->endMacro();
    return result;
}

} // namespace faultline
