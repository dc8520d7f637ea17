#pragma once

#include "model/editing/incidentfields.h"
#include "model/editing/pasteplan.h"
#include "model/incident.h"

#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace faultline {

class Document;
struct LayoutResult;

/// The one way to edit a Document: one method per user intent, each pushing
/// one undoable command (or a macro of them) onto the document's undo stack.
/// Views and controllers call it; only it and model/commands/ know the
/// QUndoCommand classes.
///
/// Methods address elements by id. An unknown id (a stale selection, an
/// element removed by an undo while a dialog was open) is logged with
/// qWarning and refused: the method returns false (or an empty result) and the
/// document is unchanged. Consecutive edits of one non-empty `field` of one
/// element merge into one undo step, as do consecutive moves; an empty
/// `field` never merges. `text` is the undo step's name, translated by the caller.
class DocumentEditor
{
public:
    explicit DocumentEditor(Document &document);

    DocumentEditor(const DocumentEditor &) = delete;
    DocumentEditor &operator=(const DocumentEditor &) = delete;

    /// The document edited.
    Document &document() const { return m_document; }

    // ---- compound gestures ----
    /// Starts a macro: the edits until endMacro() are one undo step named `text`.
    void beginMacro(const QString &text);
    /// Ends the macro begun by beginMacro().
    void endMacro();

    // ---- factors ----
    /// Adds `factor` (its id must be new) to the incident and, when
    /// `interpretationId` is not empty, places it there as `placement` says
    /// (its factorId is set to the factor's).
    bool addFactor(const Factor &factor, const QString &interpretationId = {},
                   const Placement &placement = {});
    /// Replaces the factor with the id `after.id`.
    bool editFactor(const Factor &after, const QString &field, const QString &text);
    /// Places an existing factor, not yet in the interpretation, at `placement`.
    bool placeFactor(const QString &interpretationId, const Placement &placement);
    /// Takes a factor out of one interpretation, with its links there; it stays in the incident.
    bool unplaceFactor(const QString &interpretationId, const QString &factorId);
    /// Deletes a factor from the incident, with its placements and links everywhere.
    bool removeFactor(const QString &factorId);
    /// Moves placed factors (factor id → centre); placements already there are
    /// skipped. Consecutive moves in one interpretation merge. False when
    /// nothing moved or an id is unknown (then nothing moves).
    bool moveFactors(const QString &interpretationId, const QHash<QString, QPointF> &positions);
    /// Deletes a selection from one interpretation as one undo step named
    /// `text`: the links, then each factor, taken out of the interpretation
    /// when another one still places it, else deleted from the incident.
    /// Ids not in the interpretation are skipped. False when nothing was deleted.
    bool deleteElements(const QString &interpretationId, const QStringList &factorIds,
                        const QStringList &linkIds, const QString &text);
    /// Replaces the placement of `after.factorId` in the interpretation.
    bool editPlacement(const QString &interpretationId, const Placement &after,
                       const QString &field, const QString &text);

    // ---- links and evidence ----
    /// Adds `link` (its id must be new, both ends placed in the interpretation).
    bool addLink(const QString &interpretationId, const Link &link);
    bool removeLink(const QString &interpretationId, const QString &linkId);
    /// Replaces the link with the id `after.id`.
    bool editLink(const QString &interpretationId, const Link &after, const QString &field,
                  const QString &text);
    /// Adds `evidence` (its id must be new) to a link.
    bool addEvidence(const QString &interpretationId, const QString &linkId,
                     const Evidence &evidence);
    bool removeEvidence(const QString &interpretationId, const QString &linkId,
                        const QString &evidenceId);
    /// Replaces the evidence with the id `after.id`.
    bool editEvidence(const QString &interpretationId, const QString &linkId, const Evidence &after,
                      const QString &field, const QString &text);

    // ---- sources ----
    /// Adds `source` (its id must be new).
    bool addSource(const Source &source);
    /// Removes a source and clears the citations of it.
    bool removeSource(const QString &sourceId);
    /// Replaces the source with the id `after.id`.
    bool editSource(const Source &after, const QString &field, const QString &text);
    /// Where `sourceId` is cited, "interpretation name: from → to" per link:
    /// what removeSource() would clear.
    QStringList sourceCitations(const QString &sourceId) const;

    // ---- interpretations ----
    /// Adds `interpretation` (its id must be new) at `index` (-1: at the end).
    bool addInterpretation(const Interpretation &interpretation, int index = -1);
    /// Adds a copy named "<name> (copy)" right after the original, with fresh
    /// ids for it, its links and evidence. The copy's id, or empty when refused.
    [[nodiscard]] QString duplicateInterpretation(const QString &interpretationId);
    bool removeInterpretation(const QString &interpretationId);
    /// Replaces name, author, stance, summary and ruled-out lists of the
    /// interpretation `fields.id` (placements and links of `fields` are ignored).
    bool editInterpretation(const Interpretation &fields, const QString &field,
                            const QString &text);
    bool moveInterpretation(const QString &interpretationId, int newIndex);
    /// Puts the interpretations in the order `ids` (a permutation of all of
    /// them) as one undo step; a single moved interpretation is one plain move.
    bool reorderInterpretations(const QStringList &ids, const QString &text);

    // ---- incident ----
    /// The incident's title, summary, tags, custom kinds and checklist extensions.
    IncidentFields incidentFields() const;
    bool editIncidentFields(const IncidentFields &after, const QString &field, const QString &text);
    bool editDiscussion(const Discussion &after, const QString &field, const QString &text);

    // ---- merge conflicts (model/versioning) ----
    /// Resolves conflict `index` by taking ours (or theirs): one undo step.
    bool resolveConflict(int index, bool takeOurs);
    /// Resolves conflict `index` with a value of one's own (JSON text, empty
    /// for absent): one undo step. False (nothing changed) when it does not apply.
    bool resolveConflictWith(int index, const QString &json);

    // ---- layout and import ----
    /// Applies a layout to one interpretation as one undo step. False when the
    /// interpretation is unknown or the layout changes nothing.
    bool applyLayout(const QString &interpretationId, const LayoutResult &result,
                     const QString &text);
    /// Imports additions whose ids are unused in the document. False when empty.
    bool importInterpretations(const MergeAdditions &additions, const QString &text);
    /// Imports `plan` (rebased on the current document; clashing ids get
    /// fresh ones). The additions made; empty when nothing was imported.
    [[nodiscard]] MergeAdditions importInterpretations(const InterpretationMerge &plan);

    // ---- paste ----
    struct PasteResult
    {
        QStringList factorIds; ///< placed or created, in the target
        QStringList linkIds;   ///< created
    };
    /// Plans (planPaste() with the document's fresh ids) and applies a paste
    /// of `fragment` into the interpretation as one undo step named `text`.
    [[nodiscard]] PasteResult paste(const QString &interpretationId, const Incident &fragment,
                                    bool forceCopies, const QPointF &copyOffset,
                                    const QString &text);
    /// Applies a plan made by planPaste() against the current document.
    [[nodiscard]] PasteResult paste(const QString &interpretationId, const PastePlan &plan,
                                    const QString &text);

private:
    bool hasInterpretation(const QString &interpretationId, const char *caller) const;
    bool hasLink(const QString &interpretationId, const QString &linkId, const char *caller) const;

    Document &m_document;
};

} // namespace faultline
