#include "model/versioning/resolveconflictcommand.h"

#include "model/document.h"

#include <QCoreApplication>

namespace faultline {

ResolveConflictCommand::ResolveConflictCommand(Document *document, Incident after)
    : m_document(document), m_before(document->incident()), m_after(std::move(after))
{
    setText(QCoreApplication::translate("faultline::Command", "Resolve merge conflict"));
}

void ResolveConflictCommand::undo()
{
    m_document->replaceIncident(m_before);
}

void ResolveConflictCommand::redo()
{
    m_document->replaceIncident(m_after);
}

} // namespace faultline
