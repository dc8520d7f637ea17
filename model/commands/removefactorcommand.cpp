#include "removefactorcommand.h"

#include "model/modelcheck.h"

#include <QCoreApplication>

namespace faultline {

RemoveFactorCommand::RemoveFactorCommand(Document *document, const QString &factorId,
                                         QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document)
{
    const Incident &incident = document->incident();
    m_factorIndex = incident.factorIndex(factorId);
    FAULTLINE_CHECK_OR_DROP_COMMAND(m_factorIndex >= 0,
                                    unknownIdMessage("RemoveFactorCommand", "factor", factorId));
    m_factor = incident.factors.at(m_factorIndex);
    for (const Interpretation &interp : incident.interpretations) {
        Removed removed{interp.id, interp.placementIndex(factorId), {}, {}};
        if (removed.placementIndex >= 0)
            removed.placement = interp.placements[removed.placementIndex];
        for (int i = 0; i < interp.links.size(); ++i)
            if (interp.links[i].from == factorId || interp.links[i].to == factorId)
                removed.links.append({i, interp.links[i]});
        if (removed.placementIndex >= 0 || !removed.links.isEmpty())
            m_removed.append(removed);
    }
    setText(QCoreApplication::translate("faultline::Command", "Delete factor \"%1\"")
                .arg(m_factor.label));
}

void RemoveFactorCommand::redo()
{
    for (const Removed &r : std::as_const(m_removed)) {
        for (const auto &[index, link] : r.links)
            m_document->removeLink(r.interpretationId, link.id);
        if (r.placementIndex >= 0)
            m_document->removePlacement(r.interpretationId, m_factor.id);
    }
    m_document->removeFactor(m_factor.id);
}

void RemoveFactorCommand::undo()
{
    m_document->insertFactor(m_factorIndex, m_factor);
    for (const Removed &r : std::as_const(m_removed)) {
        if (r.placementIndex >= 0)
            m_document->insertPlacement(r.interpretationId, r.placementIndex, r.placement);
        for (const auto &[index, link] : r.links) // ascending indexes rebuild the original order
            m_document->insertLink(r.interpretationId, index, link);
    }
}

} // namespace faultline
