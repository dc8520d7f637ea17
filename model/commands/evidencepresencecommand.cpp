#include "evidencepresencecommand.h"

#include "model/modelcheck.h"

#include <QCoreApplication>

namespace faultline {

EvidencePresenceCommand::EvidencePresenceCommand(Document *document, Mode mode,
                                                 QString interpretationId, QString linkId,
                                                 Evidence evidence, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_mode(mode),
      m_interpretationId(std::move(interpretationId)), m_linkId(std::move(linkId)),
      m_evidence(std::move(evidence))
{
    const Interpretation *interp = document->incident().findInterpretation(m_interpretationId);
    const Link *link = interp ? interp->findLink(m_linkId) : nullptr;
    FAULTLINE_CHECK_OR_DROP_COMMAND(link, unknownIdMessage("EvidencePresenceCommand", "link",
                                                           m_interpretationId + u'/' + m_linkId));
    if (mode == Remove) {
        m_index = link->evidenceIndex(m_evidence.id);
        FAULTLINE_CHECK_OR_DROP_COMMAND(
            m_index >= 0, unknownIdMessage("EvidencePresenceCommand", "evidence", m_evidence.id));
        m_evidence = link->evidence.at(m_index);
    } else {
        m_index = int(link->evidence.size());
    }
    setText(mode == Add ? QCoreApplication::translate("faultline::Command", "Add evidence")
                        : QCoreApplication::translate("faultline::Command", "Delete evidence"));
}

void EvidencePresenceCommand::insert()
{
    Link link = *m_document->incident().findInterpretation(m_interpretationId)->findLink(m_linkId);
    link.evidence.insert(qBound(0, m_index, int(link.evidence.size())), m_evidence);
    m_document->replaceLink(m_interpretationId, link);
}

void EvidencePresenceCommand::remove()
{
    Link link = *m_document->incident().findInterpretation(m_interpretationId)->findLink(m_linkId);
    link.evidence.removeAt(link.evidenceIndex(m_evidence.id));
    m_document->replaceLink(m_interpretationId, link);
}

void EvidencePresenceCommand::redo()
{
    m_mode == Add ? insert() : remove();
}
void EvidencePresenceCommand::undo()
{
    m_mode == Add ? remove() : insert();
}

} // namespace faultline
