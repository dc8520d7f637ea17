#pragma once

#include "model/incident.h"

#include <QUndoCommand>

namespace faultline {

class Document;

/// One merge conflict resolved: the whole incident before and after, since a
/// resolution can delete an element with what refers to it. Built only by
/// DocumentEditor.
class ResolveConflictCommand : public QUndoCommand
{
public:
    ResolveConflictCommand(Document *document, Incident after);

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    Incident m_before;
    Incident m_after;
};

} // namespace faultline
