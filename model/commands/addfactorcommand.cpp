#include "addfactorcommand.h"

#include "model/modelcheck.h"

#include <QCoreApplication>

namespace faultline {

AddFactorCommand::AddFactorCommand(Document *document, Factor factor, QString interpretationId,
                                   Placement placement, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_factor(std::move(factor)),
      m_interpretationId(std::move(interpretationId)), m_placement(std::move(placement))
{
    m_placement.factorId = m_factor.id;
    setText(
        QCoreApplication::translate("faultline::Command", "Add factor \"%1\"").arg(m_factor.label));
    FAULTLINE_CHECK_OR_DROP_COMMAND(
        m_interpretationId.isEmpty() || document->incident().findInterpretation(m_interpretationId),
        unknownIdMessage("AddFactorCommand", "interpretation", m_interpretationId));
}

void AddFactorCommand::redo()
{
    m_document->insertFactor(int(m_document->incident().factors.size()), m_factor);
    if (!m_interpretationId.isEmpty()) {
        const int n =
            int(m_document->incident().findInterpretation(m_interpretationId)->placements.size());
        m_document->insertPlacement(m_interpretationId, n, m_placement);
    }
}

void AddFactorCommand::undo()
{
    if (!m_interpretationId.isEmpty())
        m_document->removePlacement(m_interpretationId, m_factor.id);
    m_document->removeFactor(m_factor.id);
}

} // namespace faultline
