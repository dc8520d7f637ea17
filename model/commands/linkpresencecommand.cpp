#include "linkpresencecommand.h"

#include "model/modelcheck.h"

#include <QCoreApplication>

namespace faultline {

LinkPresenceCommand::LinkPresenceCommand(Document *document, Mode mode, QString interpretationId,
                                         Link link, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_mode(mode),
      m_interpretationId(std::move(interpretationId)), m_link(std::move(link))
{
    const Interpretation *interp = document->incident().findInterpretation(m_interpretationId);
    FAULTLINE_CHECK_OR_DROP_COMMAND(
        interp, unknownIdMessage("LinkPresenceCommand", "interpretation", m_interpretationId));
    if (mode == Remove) {
        m_index = interp->linkIndex(m_link.id);
        FAULTLINE_CHECK_OR_DROP_COMMAND(m_index >= 0,
                                        unknownIdMessage("LinkPresenceCommand", "link", m_link.id));
        m_link = interp->links.at(m_index);
    } else {
        m_index = int(interp->links.size());
    }
    const Factor *from = document->incident().findFactor(m_link.from);
    const Factor *to = document->incident().findFactor(m_link.to);
    const QString description =
        QStringLiteral("%1 → %2").arg(from ? from->label : m_link.from, to ? to->label : m_link.to);
    setText(
        mode == Add
            ? QCoreApplication::translate("faultline::Command", "Link %1").arg(description)
            : QCoreApplication::translate("faultline::Command", "Delete link %1").arg(description));
}

void LinkPresenceCommand::insert()
{
    m_document->insertLink(m_interpretationId, m_index, m_link);
}
void LinkPresenceCommand::remove()
{
    m_document->removeLink(m_interpretationId, m_link.id);
}
void LinkPresenceCommand::redo()
{
    m_mode == Add ? insert() : remove();
}
void LinkPresenceCommand::undo()
{
    m_mode == Add ? remove() : insert();
}

} // namespace faultline
