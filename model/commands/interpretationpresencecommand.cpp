#include "interpretationpresencecommand.h"

#include "model/modelcheck.h"

#include <QCoreApplication>

namespace faultline {

InterpretationPresenceCommand::InterpretationPresenceCommand(Document *document, Mode mode,
                                                             Interpretation interpretation,
                                                             int index, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_mode(mode), m_index(index),
      m_interpretation(std::move(interpretation))
{
    const Incident &incident = document->incident();
    if (mode == Remove) {
        m_index = incident.interpretationIndex(m_interpretation.id);
        FAULTLINE_CHECK_OR_DROP_COMMAND(m_index >= 0,
                                        unknownIdMessage("InterpretationPresenceCommand",
                                                         "interpretation", m_interpretation.id));
        m_interpretation = incident.interpretations.at(m_index);
        m_discussionBefore = incident.discussion;
        m_discussionAfter = withoutInterpretation(incident.discussion, m_interpretation.id);
    } else if (m_index < 0) {
        m_index = int(incident.interpretations.size());
    }
    setText(mode == Add
                ? QCoreApplication::translate("faultline::Command", "Add interpretation \"%1\"")
                      .arg(m_interpretation.name)
                : QCoreApplication::translate("faultline::Command", "Delete interpretation \"%1\"")
                      .arg(m_interpretation.name));
}

Interpretation InterpretationPresenceCommand::duplicate(Document *document,
                                                        const QString &interpretationId)
{
    Interpretation copy = *document->incident().findInterpretation(interpretationId);
    copy.id = document->newId(QStringLiteral("i"));
    copy.name = QCoreApplication::translate("faultline::Command", "%1 (copy)").arg(copy.name);
    for (Link &link : copy.links) {
        link.id = document->newId(QStringLiteral("l"));
        for (Evidence &e : link.evidence)
            e.id = document->newId(QStringLiteral("e"));
    }
    return copy;
}

void InterpretationPresenceCommand::insert()
{
    m_document->insertInterpretation(m_index, m_interpretation);
    if (m_mode == Remove && m_discussionBefore != m_discussionAfter)
        m_document->setDiscussion(m_discussionBefore);
}

void InterpretationPresenceCommand::remove()
{
    // Records of comparisons that include this reading go with it (and come back on undo).
    if (m_mode == Remove && m_discussionBefore != m_discussionAfter)
        m_document->setDiscussion(m_discussionAfter);
    m_document->removeInterpretation(m_interpretation.id);
}

void InterpretationPresenceCommand::redo()
{
    m_mode == Add ? insert() : remove();
}
void InterpretationPresenceCommand::undo()
{
    m_mode == Add ? remove() : insert();
}

} // namespace faultline
