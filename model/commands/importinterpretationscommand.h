#pragma once

#include "model/compare/interpretationmerge.h"
#include "model/document.h"

#include <QUndoCommand>

namespace faultline {

/// Imports a colleague's interpretations (with the sources, factors, kinds and
/// checklist entries they need) as one undo step. Everything is appended after
/// the document's own elements; undo removes exactly what was added.
class ImportInterpretationsCommand : public QUndoCommand
{
public:
    /// Apply `plan`; clashing ids come from Document::newId. A plan made
    /// against an older state of the document is rebased on the current one first.
    ImportInterpretationsCommand(Document *document, const InterpretationMerge &plan,
                                 QUndoCommand *parent = nullptr);
    /// Apply additions computed by the caller; their ids must be unused in the document.
    ImportInterpretationsCommand(Document *document, MergeAdditions additions,
                                 QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const MergeAdditions &additions() const { return m_additions; }

private:
    void init();

    Document *m_document;
    MergeAdditions m_additions;
    QList<CustomKind> m_kindsBefore;
    QList<ChecklistEntry> m_checklistBefore;
};

} // namespace faultline
