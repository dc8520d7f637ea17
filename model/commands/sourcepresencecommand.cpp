#include "sourcepresencecommand.h"

#include "model/modelcheck.h"

#include <QCoreApplication>

namespace faultline {

SourcePresenceCommand::SourcePresenceCommand(Document *document, Mode mode, Source source,
                                             QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_mode(mode), m_source(std::move(source))
{
    const Incident &incident = document->incident();
    if (mode == Remove) {
        m_index = incident.sourceIndex(m_source.id);
        FAULTLINE_CHECK_OR_DROP_COMMAND(
            m_index >= 0, unknownIdMessage("SourcePresenceCommand", "source", m_source.id));
        m_source = incident.sources.at(m_index);
        for (const Interpretation &interp : incident.interpretations)
            for (const Link &link : interp.links)
                for (const Evidence &e : link.evidence)
                    if (e.sourceId == m_source.id)
                        m_citations.append({interp.id, link.id, e.id});
    } else {
        m_index = int(incident.sources.size());
    }
    const QString title = m_source.title.isEmpty() ? m_source.id : m_source.title;
    setText(
        mode == Add
            ? QCoreApplication::translate("faultline::Command", "Add source \"%1\"").arg(title)
            : QCoreApplication::translate("faultline::Command", "Delete source \"%1\"").arg(title));
}

QStringList SourcePresenceCommand::citations(const Incident &incident, const QString &sourceId)
{
    QStringList where;
    for (const Interpretation &interp : incident.interpretations)
        for (const Link &link : interp.links)
            for (const Evidence &e : link.evidence)
                if (e.sourceId == sourceId) {
                    const Factor *from = incident.findFactor(link.from);
                    const Factor *to = incident.findFactor(link.to);
                    where.append(QStringLiteral("%1: %2 → %3")
                                     .arg(interp.name, from ? from->label : link.from,
                                          to ? to->label : link.to));
                }
    return where;
}

void SourcePresenceCommand::insert()
{
    m_document->insertSource(m_index, m_source);
    for (const Citation &c : std::as_const(m_citations)) {
        Link link =
            *m_document->incident().findInterpretation(c.interpretationId)->findLink(c.linkId);
        link.evidence[link.evidenceIndex(c.evidenceId)].sourceId = m_source.id;
        m_document->replaceLink(c.interpretationId, link);
    }
}

void SourcePresenceCommand::remove()
{
    for (const Citation &c : std::as_const(m_citations)) {
        Link link =
            *m_document->incident().findInterpretation(c.interpretationId)->findLink(c.linkId);
        link.evidence[link.evidenceIndex(c.evidenceId)].sourceId.clear();
        m_document->replaceLink(c.interpretationId, link);
    }
    m_document->removeSource(m_source.id);
}

void SourcePresenceCommand::redo()
{
    m_mode == Add ? insert() : remove();
}
void SourcePresenceCommand::undo()
{
    m_mode == Add ? remove() : insert();
}

} // namespace faultline
