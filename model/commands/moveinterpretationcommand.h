#pragma once

#include "model/document.h"

#include <QUndoCommand>

namespace faultline {

/// Moves an interpretation to another position in the list (tab order).
class MoveInterpretationCommand : public QUndoCommand
{
public:
    MoveInterpretationCommand(Document *document, QString interpretationId, int newIndex,
                              QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    QString m_interpretationId;
    int m_oldIndex;
    int m_newIndex;
};

} // namespace faultline
