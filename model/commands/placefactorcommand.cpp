#include "placefactorcommand.h"

#include "model/modelcheck.h"

#include <QCoreApplication>

namespace faultline {

PlaceFactorCommand::PlaceFactorCommand(Document *document, Mode mode, QString interpretationId,
                                       Placement placement, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_mode(mode),
      m_interpretationId(std::move(interpretationId)), m_placement(std::move(placement))
{
    const Interpretation *interp = document->incident().findInterpretation(m_interpretationId);
    FAULTLINE_CHECK_OR_DROP_COMMAND(
        interp, unknownIdMessage("PlaceFactorCommand", "interpretation", m_interpretationId));
    const Factor *factor = document->incident().findFactor(m_placement.factorId);
    const QString label = factor ? factor->label : m_placement.factorId;
    if (mode == Unplace) {
        m_index = interp->placementIndex(m_placement.factorId);
        FAULTLINE_CHECK_OR_DROP_COMMAND(
            m_index >= 0,
            unknownIdMessage("PlaceFactorCommand", "placement", m_placement.factorId));
        m_placement = interp->placements.at(m_index);
        for (int i = 0; i < interp->links.size(); ++i)
            if (interp->links[i].from == m_placement.factorId ||
                interp->links[i].to == m_placement.factorId)
                m_links.append({i, interp->links[i]});
        setText(
            QCoreApplication::translate("faultline::Command", "Remove \"%1\" from interpretation")
                .arg(label));
    } else {
        m_index = int(interp->placements.size());
        setText(QCoreApplication::translate("faultline::Command", "Add \"%1\" to interpretation")
                    .arg(label));
    }
}

void PlaceFactorCommand::place()
{
    m_document->insertPlacement(m_interpretationId, m_index, m_placement);
    for (const auto &[index, link] : std::as_const(m_links))
        m_document->insertLink(m_interpretationId, index, link);
}

void PlaceFactorCommand::unplace()
{
    for (const auto &[index, link] : std::as_const(m_links))
        m_document->removeLink(m_interpretationId, link.id);
    m_document->removePlacement(m_interpretationId, m_placement.factorId);
}

void PlaceFactorCommand::redo()
{
    m_mode == Place ? place() : unplace();
}
void PlaceFactorCommand::undo()
{
    m_mode == Place ? unplace() : place();
}

} // namespace faultline
