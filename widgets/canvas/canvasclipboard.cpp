#include "canvasclipboard.h"

#include "model/editing/documenteditor.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"

#include <QMimeData>
#include <QSet>

namespace faultline {

namespace {
const QString kFragmentInterpretation = QStringLiteral("fragment");
} // namespace

Incident CanvasClipboard::fragment(const Incident &incident, const QString &interpretationId,
                                   const QStringList &factorIds)
{
    Incident result;
    result.title = incidentIdentity(incident);
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
    // Planning (which factors to reuse, fresh ids, links following them) is model
    // logic: model/editing/pasteplan.h.
    return document->editor().paste(interpretationId, fragment, forceCopies, copyOffset, text);
}

} // namespace faultline
