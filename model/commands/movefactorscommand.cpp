#include "movefactorscommand.h"

#include "elementaccess.h"
#include "model/modelcheck.h"

#include <QCoreApplication>

namespace faultline {

MoveFactorsCommand::MoveFactorsCommand(Document *document, QString interpretationId,
                                       QHash<QString, QPointF> newPositions, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_interpretationId(std::move(interpretationId)),
      m_after(std::move(newPositions))
{
    const Interpretation *interp = document->incident().findInterpretation(m_interpretationId);
    FAULTLINE_CHECK_OR_DROP_COMMAND(
        interp, unknownIdMessage("MoveFactorsCommand", "interpretation", m_interpretationId));
    for (auto it = m_after.cbegin(); it != m_after.cend(); ++it) {
        const Placement *placement = interp->findPlacement(it.key());
        FAULTLINE_CHECK_OR_DROP_COMMAND(
            placement, unknownIdMessage("MoveFactorsCommand", "placement", it.key()));
        m_before.insert(it.key(), placement->pos);
    }
    for (const Link &link : interp->links)
        if (!link.route.isEmpty() && (m_after.contains(link.from) || m_after.contains(link.to)))
            m_routes.insert(link.id, link.route);
    setText(m_after.size() == 1
                ? QCoreApplication::translate("faultline::Command", "Move factor")
                : QCoreApplication::translate("faultline::Command", "Move %n factors", nullptr,
                                              int(m_after.size())));
}

void MoveFactorsCommand::apply(const QHash<QString, QPointF> &positions, bool restoreRoutes)
{
    const Interpretation *interp = m_document->incident().findInterpretation(m_interpretationId);
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        Placement p = *interp->findPlacement(it.key());
        if (p.pos == it.value())
            continue;
        p.pos = it.value();
        m_document->replacePlacement(m_interpretationId, p);
    }
    for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it) {
        Link link = *interp->findLink(it.key());
        link.route = restoreRoutes ? it.value() : QList<QPointF>();
        if (!(link == *interp->findLink(it.key())))
            m_document->replaceLink(m_interpretationId, link);
    }
}

void MoveFactorsCommand::redo()
{
    apply(m_after, false);
}
void MoveFactorsCommand::undo()
{
    apply(m_before, true);
}
int MoveFactorsCommand::id() const
{
    return MoveFactorsId;
}

bool MoveFactorsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MoveFactorsCommand *>(other);
    if (next->isObsolete() || next->m_interpretationId != m_interpretationId ||
        next->m_after.size() != m_after.size())
        return false;
    // Compare as sets: QHash key order is not guaranteed to match between hashes.
    for (auto it = next->m_after.cbegin(); it != next->m_after.cend(); ++it)
        if (!m_after.contains(it.key()))
            return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace faultline
