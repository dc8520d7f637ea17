#include "moveinterpretationcommand.h"

#include <QCoreApplication>

namespace faultline {

MoveInterpretationCommand::MoveInterpretationCommand(Document *document, QString interpretationId,
                                                     int newIndex, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("faultline::Command", "Reorder interpretations"),
                   parent),
      m_document(document), m_interpretationId(std::move(interpretationId)),
      m_oldIndex(document->incident().interpretationIndex(m_interpretationId)), m_newIndex(newIndex)
{
}

void MoveInterpretationCommand::redo()
{
    m_document->moveInterpretation(m_interpretationId, m_newIndex);
}
void MoveInterpretationCommand::undo()
{
    m_document->moveInterpretation(m_interpretationId, m_oldIndex);
}

} // namespace faultline
