#pragma once

#include "model/document.h"

#include <QUndoCommand>

namespace faultline {

/// Adds an interpretation (new, or a duplicate of an existing one), or
/// removes one with everything in it.
class InterpretationPresenceCommand : public QUndoCommand
{
public:
    enum Mode
    {
        Add,
        Remove
    };
    /// Add: inserts `interpretation` at `index` (-1 = at the end).
    /// Remove: only `interpretation.id` is used.
    InterpretationPresenceCommand(Document *document, Mode mode, Interpretation interpretation,
                                  int index = -1, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    /// A copy of `interpretationId` named "<name> (copy)", with fresh ids for
    /// it, its links and their evidence; placements keep the shared factor ids.
    static Interpretation duplicate(Document *document, const QString &interpretationId);

private:
    void insert();
    void remove();

    Document *m_document;
    Mode m_mode;
    int m_index;
    Interpretation m_interpretation;
    Discussion
        m_discussionBefore; // Remove mode: records of comparisons with this reading go with it
    Discussion m_discussionAfter;
};

} // namespace faultline
