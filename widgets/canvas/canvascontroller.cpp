#include "canvascontroller.h"

#include "canvasstyle.h"
#include "model/commands/addfactorcommand.h"
#include "model/commands/editelementcommand.h"
#include "model/commands/linkpresencecommand.h"
#include "model/commands/movefactorscommand.h"
#include "model/commands/placefactorcommand.h"
#include "model/commands/removefactorcommand.h"
#include "model/kindstyle.h"

#include <QLineF>

#include <cmath>

namespace faultline {

CanvasController::CanvasController(Document *document, QString interpretationId)
    : m_document(document), m_interpretationId(std::move(interpretationId))
{
}

const Interpretation *CanvasController::interpretation() const
{
    return m_document->incident().findInterpretation(m_interpretationId);
}

QPointF CanvasController::snapped(const QPointF &pos) const
{
    if (!m_snap)
        return pos;
    const qreal step = canvasstyle::kGridStep;
    return {std::round(pos.x() / step) * step, std::round(pos.y() / step) * step};
}

QPointF CanvasController::freeSpotNear(QPointF pos) const
{
    const Interpretation *interp = interpretation();
    for (int i = 0; interp && i < 30; ++i) {
        bool taken = false;
        for (const Placement &p : interp->placements)
            taken = taken || QLineF(p.pos, pos).length() < 10;
        if (!taken)
            break;
        pos += QPointF(canvasstyle::kGridStep, canvasstyle::kGridStep);
    }
    return pos;
}

bool CanvasController::canAddKind(const QString &kindId) const
{
    return interpretation() && (isBuiltInKind(kindId) || m_document->incident().findCustomKind(kindId));
}

bool CanvasController::canPlace(const QString &factorId) const
{
    const Interpretation *interp = interpretation();
    return interp && m_document->incident().findFactor(factorId) && !interp->usesFactor(factorId);
}

QString CanvasController::addFactor(const QString &kindId, const QPointF &pos)
{
    if (!interpretation())
        return {};
    Factor factor;
    factor.id = m_document->newId(QStringLiteral("f"));
    factor.kind = kindId;
    // The kind name as translated, not lower-cased: German capitalises nouns.
    factor.label = tr("New %1").arg(kindStyle(m_document->incident(), kindId).name);
    Placement placement;
    placement.factorId = factor.id;
    placement.pos = pos;
    m_document->push(new AddFactorCommand(m_document, factor, m_interpretationId, placement));
    return factor.id;
}

bool CanvasController::placeFactor(const QString &factorId, const QPointF &pos)
{
    if (!canPlace(factorId))
        return false;
    Placement placement;
    placement.factorId = factorId;
    placement.pos = pos;
    m_document->push(new PlaceFactorCommand(m_document, PlaceFactorCommand::Place, m_interpretationId, placement));
    return true;
}

void CanvasController::deleteElements(const QStringList &factorIds, const QStringList &linkIds, const QString &text)
{
    const Interpretation *interp = interpretation();
    if (!interp || (factorIds.isEmpty() && linkIds.isEmpty()))
        return;
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(text.isEmpty() ? tr("Delete") : text);
    // Links first: unplacing a factor takes its links along, so a selected
    // link touching a deleted factor must not be removed twice.
    for (const QString &linkId : linkIds) {
        if (!interpretation()->findLink(linkId))
            continue;
        Link link;
        link.id = linkId;
        m_document->push(new LinkPresenceCommand(m_document, LinkPresenceCommand::Remove, m_interpretationId, link));
    }
    for (const QString &factorId : factorIds) {
        if (!interpretation()->usesFactor(factorId))
            continue;
        bool usedElsewhere = false;
        for (const Interpretation &other : m_document->incident().interpretations)
            if (other.id != m_interpretationId && other.usesFactor(factorId))
                usedElsewhere = true;
        // A factor other interpretations still use stays in the incident;
        // one used nowhere else would be an orphan, so it goes entirely.
        if (usedElsewhere) {
            Placement placement;
            placement.factorId = factorId;
            m_document->push(
                new PlaceFactorCommand(m_document, PlaceFactorCommand::Unplace, m_interpretationId, placement));
        } else {
            m_document->push(new RemoveFactorCommand(m_document, factorId));
        }
    }
    stack->endMacro();
}

void CanvasController::moveFactors(const QHash<QString, QPointF> &positions)
{
    const Interpretation *interp = interpretation();
    if (!interp)
        return;
    QHash<QString, QPointF> changed;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        if (const Placement *p = interp->findPlacement(it.key()); p && p->pos != it.value())
            changed.insert(it.key(), it.value());
    if (!changed.isEmpty())
        m_document->push(new MoveFactorsCommand(m_document, m_interpretationId, changed));
}

QString CanvasController::connectFactors(const QString &fromId, const QString &toId)
{
    const Interpretation *interp = interpretation();
    if (!interp || fromId == toId || !interp->usesFactor(fromId) || !interp->usesFactor(toId))
        return {};
    for (const Link &existing : interp->links)
        if (existing.from == fromId && existing.to == toId)
            return existing.id;
    Link link;
    link.id = m_document->newId(QStringLiteral("l"));
    link.from = fromId;
    link.to = toId;
    link.relation = Relation::Causes;
    link.strength = 3;
    m_document->push(new LinkPresenceCommand(m_document, LinkPresenceCommand::Add, m_interpretationId, link));
    return link.id;
}

bool CanvasController::renameFactor(const QString &factorId, const QString &label)
{
    const Factor *factor = m_document->incident().findFactor(factorId);
    if (!factor || factor->label == label)
        return false;
    Factor after = *factor;
    after.label = label;
    // An empty field name: two separate renames stay two undo steps.
    m_document->push(new EditFactorCommand(m_document, FactorAccess{factorId}, after, QString(),
                                           tr("Rename \"%1\"").arg(factor->label)));
    return true;
}

} // namespace faultline
