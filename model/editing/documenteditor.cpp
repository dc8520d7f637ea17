#include "documenteditor.h"

#include "model/commands/addfactorcommand.h"
#include "model/commands/applylayoutcommand.h"
#include "model/commands/editelementcommand.h"
#include "model/commands/evidencepresencecommand.h"
#include "model/commands/importinterpretationscommand.h"
#include "model/commands/interpretationpresencecommand.h"
#include "model/commands/linkpresencecommand.h"
#include "model/commands/movefactorscommand.h"
#include "model/commands/moveinterpretationcommand.h"
#include "model/commands/placefactorcommand.h"
#include "model/commands/removefactorcommand.h"
#include "model/commands/sourcepresencecommand.h"
#include "model/document.h"
#include "model/modelcheck.h"
#include "model/versioning/conflictresolution.h"
#include "model/versioning/resolveconflictcommand.h"

#include <QCoreApplication>
#include <QSet>

// Refuses the call (logged, returns false) unless `cond` holds; `problem` is
// "unknown factor", "used id" …, `id` the id at fault. Every public method
// checks its ids this way before it builds a command, because the commands'
// constructors read the elements they name.
#define REFUSE_UNLESS(cond, problem, id)                                                           \
    FAULTLINE_CHECK_OR_RETURN(cond, refusal(__func__, problem, id), false)

namespace faultline {

namespace {
QString refusal(const char *caller, const char *problem, const QString &id)
{
    return QStringLiteral("DocumentEditor::%1 refused: %2 \"%3\"")
        .arg(QLatin1String(caller), QLatin1String(problem), id);
}
} // namespace

DocumentEditor::DocumentEditor(Document &document) : m_document(document) {}

bool DocumentEditor::hasInterpretation(const QString &interpretationId, const char *caller) const
{
    FAULTLINE_CHECK_OR_RETURN(m_document.incident().findInterpretation(interpretationId),
                              refusal(caller, "unknown interpretation", interpretationId), false);
    return true;
}

bool DocumentEditor::hasLink(const QString &interpretationId, const QString &linkId,
                             const char *caller) const
{
    FAULTLINE_CHECK_OR_RETURN(LinkAccess({interpretationId, linkId}).find(m_document),
                              refusal(caller, "unknown link", interpretationId + u'/' + linkId),
                              false);
    return true;
}

// ---- compound gestures ----
void DocumentEditor::beginMacro(const QString &text)
{
    m_document.undoStack()->beginMacro(text);
}

void DocumentEditor::endMacro()
{
    m_document.undoStack()->endMacro();
}

// ---- factors ----
bool DocumentEditor::addFactor(const Factor &factor, const QString &interpretationId,
                               const Placement &placement)
{
    REFUSE_UNLESS(!factor.id.isEmpty() && !m_document.incident().findFactor(factor.id),
                  "empty or used factor id", factor.id);
    if (!interpretationId.isEmpty() && !hasInterpretation(interpretationId, __func__))
        return false;
    m_document.push(new AddFactorCommand(&m_document, factor, interpretationId, placement));
    return true;
}

bool DocumentEditor::editFactor(const Factor &after, const QString &field, const QString &text)
{
    const FactorAccess access{after.id};
    REFUSE_UNLESS(access.find(m_document), "unknown factor", after.id);
    m_document.push(new EditFactorCommand(&m_document, access, after, field, text));
    return true;
}

bool DocumentEditor::placeFactor(const QString &interpretationId, const Placement &placement)
{
    if (!hasInterpretation(interpretationId, __func__))
        return false;
    REFUSE_UNLESS(m_document.incident().findFactor(placement.factorId), "unknown factor",
                  placement.factorId);
    REFUSE_UNLESS(!PlacementAccess({interpretationId, placement.factorId}).find(m_document),
                  "factor already placed", placement.factorId);
    m_document.push(new PlaceFactorCommand(&m_document, PlaceFactorCommand::Place, interpretationId,
                                           placement));
    return true;
}

bool DocumentEditor::unplaceFactor(const QString &interpretationId, const QString &factorId)
{
    REFUSE_UNLESS(PlacementAccess({interpretationId, factorId}).find(m_document),
                  "unknown placement", interpretationId + u'/' + factorId);
    Placement placement;
    placement.factorId = factorId;
    m_document.push(new PlaceFactorCommand(&m_document, PlaceFactorCommand::Unplace,
                                           interpretationId, placement));
    return true;
}

bool DocumentEditor::removeFactor(const QString &factorId)
{
    REFUSE_UNLESS(m_document.incident().findFactor(factorId), "unknown factor", factorId);
    m_document.push(new RemoveFactorCommand(&m_document, factorId));
    return true;
}

bool DocumentEditor::moveFactors(const QString &interpretationId,
                                 const QHash<QString, QPointF> &positions)
{
    if (!hasInterpretation(interpretationId, __func__))
        return false;
    const Interpretation &interp = *m_document.incident().findInterpretation(interpretationId);
    QHash<QString, QPointF> changed;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        const Placement *p = interp.findPlacement(it.key());
        REFUSE_UNLESS(p, "unknown placement", interpretationId + u'/' + it.key());
        if (p->pos != it.value())
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return false;
    m_document.push(new MoveFactorsCommand(&m_document, interpretationId, changed));
    return true;
}

bool DocumentEditor::deleteElements(const QString &interpretationId, const QStringList &factorIds,
                                    const QStringList &linkIds, const QString &text)
{
    if (!hasInterpretation(interpretationId, __func__))
        return false;
    const auto interpretation = [&] {
        return m_document.incident().findInterpretation(interpretationId);
    };
    QStringList links, factors;
    for (const QString &linkId : linkIds)
        if (interpretation()->findLink(linkId))
            links.append(linkId);
    for (const QString &factorId : factorIds)
        if (interpretation()->usesFactor(factorId))
            factors.append(factorId);
    if (links.isEmpty() && factors.isEmpty())
        return false;
    beginMacro(text);
    // Links first: unplacing a factor takes its links along, so a selected
    // link touching a deleted factor must not be removed twice.
    for (const QString &linkId : std::as_const(links))
        removeLink(interpretationId, linkId);
    for (const QString &factorId : std::as_const(factors)) {
        bool usedElsewhere = false;
        for (const Interpretation &other : m_document.incident().interpretations)
            if (other.id != interpretationId && other.usesFactor(factorId))
                usedElsewhere = true;
        // A factor other interpretations still use stays in the incident;
        // one used nowhere else would be an orphan, so it goes entirely.
        if (usedElsewhere)
            unplaceFactor(interpretationId, factorId);
        else
            removeFactor(factorId);
    }
    endMacro();
    return true;
}

bool DocumentEditor::editPlacement(const QString &interpretationId, const Placement &after,
                                   const QString &field, const QString &text)
{
    const PlacementAccess access{interpretationId, after.factorId};
    REFUSE_UNLESS(access.find(m_document), "unknown placement", access.key());
    m_document.push(new EditPlacementCommand(&m_document, access, after, field, text));
    return true;
}

// ---- links and evidence ----
bool DocumentEditor::addLink(const QString &interpretationId, const Link &link)
{
    if (!hasInterpretation(interpretationId, __func__))
        return false;
    const Interpretation &interp = *m_document.incident().findInterpretation(interpretationId);
    REFUSE_UNLESS(!link.id.isEmpty() && !interp.findLink(link.id), "empty or used link id",
                  link.id);
    REFUSE_UNLESS(interp.usesFactor(link.from), "unplaced factor", link.from);
    REFUSE_UNLESS(interp.usesFactor(link.to), "unplaced factor", link.to);
    m_document.push(
        new LinkPresenceCommand(&m_document, LinkPresenceCommand::Add, interpretationId, link));
    return true;
}

bool DocumentEditor::removeLink(const QString &interpretationId, const QString &linkId)
{
    if (!hasLink(interpretationId, linkId, __func__))
        return false;
    Link link;
    link.id = linkId;
    m_document.push(
        new LinkPresenceCommand(&m_document, LinkPresenceCommand::Remove, interpretationId, link));
    return true;
}

bool DocumentEditor::editLink(const QString &interpretationId, const Link &after,
                              const QString &field, const QString &text)
{
    if (!hasLink(interpretationId, after.id, __func__))
        return false;
    m_document.push(new EditLinkCommand(&m_document, LinkAccess{interpretationId, after.id}, after,
                                        field, text));
    return true;
}

bool DocumentEditor::addEvidence(const QString &interpretationId, const QString &linkId,
                                 const Evidence &evidence)
{
    if (!hasLink(interpretationId, linkId, __func__))
        return false;
    const EvidenceAccess access{interpretationId, linkId, evidence.id};
    REFUSE_UNLESS(!evidence.id.isEmpty() && !access.find(m_document), "empty or used evidence id",
                  evidence.id);
    m_document.push(new EvidencePresenceCommand(&m_document, EvidencePresenceCommand::Add,
                                                interpretationId, linkId, evidence));
    return true;
}

bool DocumentEditor::removeEvidence(const QString &interpretationId, const QString &linkId,
                                    const QString &evidenceId)
{
    const EvidenceAccess access{interpretationId, linkId, evidenceId};
    REFUSE_UNLESS(access.find(m_document), "unknown evidence", access.key());
    Evidence evidence;
    evidence.id = evidenceId;
    m_document.push(new EvidencePresenceCommand(&m_document, EvidencePresenceCommand::Remove,
                                                interpretationId, linkId, evidence));
    return true;
}

bool DocumentEditor::editEvidence(const QString &interpretationId, const QString &linkId,
                                  const Evidence &after, const QString &field, const QString &text)
{
    const EvidenceAccess access{interpretationId, linkId, after.id};
    REFUSE_UNLESS(access.find(m_document), "unknown evidence", access.key());
    m_document.push(new EditEvidenceCommand(&m_document, access, after, field, text));
    return true;
}

// ---- sources ----
bool DocumentEditor::addSource(const Source &source)
{
    REFUSE_UNLESS(!source.id.isEmpty() && !m_document.incident().findSource(source.id),
                  "empty or used source id", source.id);
    m_document.push(new SourcePresenceCommand(&m_document, SourcePresenceCommand::Add, source));
    return true;
}

bool DocumentEditor::removeSource(const QString &sourceId)
{
    REFUSE_UNLESS(m_document.incident().findSource(sourceId), "unknown source", sourceId);
    Source source;
    source.id = sourceId;
    m_document.push(new SourcePresenceCommand(&m_document, SourcePresenceCommand::Remove, source));
    return true;
}

bool DocumentEditor::editSource(const Source &after, const QString &field, const QString &text)
{
    const SourceAccess access{after.id};
    REFUSE_UNLESS(access.find(m_document), "unknown source", after.id);
    m_document.push(new EditSourceCommand(&m_document, access, after, field, text));
    return true;
}

QStringList DocumentEditor::sourceCitations(const QString &sourceId) const
{
    return SourcePresenceCommand::citations(m_document.incident(), sourceId);
}

// ---- interpretations ----
bool DocumentEditor::addInterpretation(const Interpretation &interpretation, int index)
{
    REFUSE_UNLESS(!interpretation.id.isEmpty() &&
                      !m_document.incident().findInterpretation(interpretation.id),
                  "empty or used interpretation id", interpretation.id);
    m_document.push(new InterpretationPresenceCommand(
        &m_document, InterpretationPresenceCommand::Add, interpretation, index));
    return true;
}

QString DocumentEditor::duplicateInterpretation(const QString &interpretationId)
{
    if (!hasInterpretation(interpretationId, __func__))
        return {};
    const Interpretation copy =
        InterpretationPresenceCommand::duplicate(&m_document, interpretationId);
    const int index = m_document.incident().interpretationIndex(interpretationId) + 1;
    m_document.push(new InterpretationPresenceCommand(
        &m_document, InterpretationPresenceCommand::Add, copy, index));
    return copy.id;
}

bool DocumentEditor::removeInterpretation(const QString &interpretationId)
{
    if (!hasInterpretation(interpretationId, __func__))
        return false;
    Interpretation removed;
    removed.id = interpretationId;
    m_document.push(new InterpretationPresenceCommand(
        &m_document, InterpretationPresenceCommand::Remove, removed));
    return true;
}

bool DocumentEditor::editInterpretation(const Interpretation &fields, const QString &field,
                                        const QString &text)
{
    if (!hasInterpretation(fields.id, __func__))
        return false;
    // The command's value is the fields alone (as InterpretationAccess reads them),
    // so that merged edits compare equal to the state before them.
    Interpretation after = fields;
    after.placements.clear();
    after.links.clear();
    m_document.push(new EditInterpretationCommand(&m_document, InterpretationAccess{fields.id},
                                                  after, field, text));
    return true;
}

bool DocumentEditor::moveInterpretation(const QString &interpretationId, int newIndex)
{
    if (!hasInterpretation(interpretationId, __func__))
        return false;
    m_document.push(new MoveInterpretationCommand(&m_document, interpretationId, newIndex));
    return true;
}

bool DocumentEditor::reorderInterpretations(const QStringList &ids, const QString &text)
{
    QStringList current;
    for (const Interpretation &interp : m_document.incident().interpretations)
        current.append(interp.id);
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    REFUSE_UNLESS(ids.size() == current.size() &&
                      wanted == QSet<QString>(current.cbegin(), current.cend()),
                  "not a permutation of the interpretations", ids.join(u','));
    if (ids == current)
        return false;
    // A drag moves one tab: find it, so the undo step is one clean move.
    for (int i = 0; i < ids.size(); ++i) {
        QStringList trial = current;
        trial.move(trial.indexOf(ids[i]), i);
        if (trial == ids)
            return moveInterpretation(ids[i], i);
    }
    beginMacro(text);
    for (int i = 0; i < ids.size(); ++i)
        if (m_document.incident().interpretationIndex(ids[i]) != i)
            moveInterpretation(ids[i], i);
    endMacro();
    return true;
}

// ---- incident ----
IncidentFields DocumentEditor::incidentFields() const
{
    return IncidentFieldsAccess{}.read(m_document);
}

bool DocumentEditor::editIncidentFields(const IncidentFields &after, const QString &field,
                                        const QString &text)
{
    m_document.push(new EditIncidentCommand(&m_document, {}, after, field, text));
    return true;
}

bool DocumentEditor::editDiscussion(const Discussion &after, const QString &field,
                                    const QString &text)
{
    m_document.push(new EditDiscussionCommand(&m_document, {}, after, field, text));
    return true;
}

// ---- merge conflicts ----
bool DocumentEditor::resolveConflict(int index, bool takeOurs)
{
    const Incident &incident = m_document.incident();
    REFUSE_UNLESS(index >= 0 && index < incident.conflicts.size(), "unknown conflict",
                  QString::number(index));
    const MergeConflict &conflict = incident.conflicts[index];
    return resolveConflictWith(index, takeOurs ? conflict.ours : conflict.theirs);
}

bool DocumentEditor::resolveConflictWith(int index, const QString &json)
{
    const Incident &incident = m_document.incident();
    REFUSE_UNLESS(index >= 0 && index < incident.conflicts.size(), "unknown conflict",
                  QString::number(index));
    Result<Incident> resolved = faultline::resolveConflictWith(incident, index, json);
    if (!resolved.ok())
        return false;
    m_document.push(new ResolveConflictCommand(&m_document, std::move(resolved).value()));
    return true;
}

// ---- layout and import ----
bool DocumentEditor::applyLayout(const QString &interpretationId, const LayoutResult &result,
                                 const QString &text)
{
    if (!hasInterpretation(interpretationId, __func__))
        return false;
    auto *command = new ApplyLayoutCommand(&m_document, interpretationId, result);
    if (command->isNoOp()) {
        delete command;
        return false;
    }
    command->setText(text);
    m_document.push(command);
    return true;
}

bool DocumentEditor::importInterpretations(const MergeAdditions &additions, const QString &text)
{
    if (additions.isEmpty())
        return false;
    auto *command = new ImportInterpretationsCommand(&m_document, additions);
    command->setText(text);
    m_document.push(command);
    return true;
}

MergeAdditions DocumentEditor::importInterpretations(const InterpretationMerge &plan)
{
    auto *command = new ImportInterpretationsCommand(&m_document, plan);
    const MergeAdditions additions = command->additions();
    if (additions.interpretations.isEmpty()) {
        delete command;
        return {};
    }
    m_document.push(command);
    return additions;
}

// ---- paste ----
DocumentEditor::PasteResult DocumentEditor::paste(const QString &interpretationId,
                                                  const Incident &fragment, bool forceCopies,
                                                  const QPointF &copyOffset, const QString &text)
{
    // Checked here too, so a refused paste hands out no ids.
    if (!hasInterpretation(interpretationId, __func__))
        return {};
    const PastePlan plan =
        planPaste(m_document.incident(), interpretationId, fragment, forceCopies, copyOffset,
                  [this](const QString &prefix) { return m_document.newId(prefix); });
    return paste(interpretationId, plan, text);
}

DocumentEditor::PasteResult DocumentEditor::paste(const QString &interpretationId,
                                                  const PastePlan &plan, const QString &text)
{
    PasteResult result;
    if (!hasInterpretation(interpretationId, __func__) || plan.isEmpty())
        return result;
    // A plan made against another state of the document: refuse it whole
    // rather than apply half of it.
    const Incident &incident = m_document.incident();
    const Interpretation &interp = *incident.findInterpretation(interpretationId);
    for (const Placement &p : plan.toPlace)
        FAULTLINE_CHECK_OR_RETURN(incident.findFactor(p.factorId) && !interp.usesFactor(p.factorId),
                                  refusal(__func__, "factor unknown or placed", p.factorId), {});
    for (const auto &[factor, placement] : plan.toAdd)
        FAULTLINE_CHECK_OR_RETURN(!factor.id.isEmpty() && !incident.findFactor(factor.id),
                                  refusal(__func__, "empty or used factor id", factor.id), {});

    IncidentFields fields = incidentFields();
    fields.customKinds += plan.kindsToAdd;
    fields.checklistExtensions += plan.checklistToAdd;

    beginMacro(text);
    if (!plan.kindsToAdd.isEmpty() || !plan.checklistToAdd.isEmpty())
        editIncidentFields(
            fields, QString(),
            QCoreApplication::translate("faultline::Command", "Add kinds and failure modes"));
    for (const Source &source : plan.sourcesToAdd)
        addSource(source);
    for (const Placement &p : plan.toPlace)
        if (placeFactor(interpretationId, p))
            result.factorIds.append(p.factorId);
    for (const auto &[factor, placement] : plan.toAdd)
        if (addFactor(factor, interpretationId, placement))
            result.factorIds.append(factor.id);
    for (const Link &link : plan.linksToAdd)
        if (addLink(interpretationId, link))
            result.linkIds.append(link.id);
    endMacro();
    return result;
}

} // namespace faultline
