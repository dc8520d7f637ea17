#include "canvascontroller.h"

#include "canvasstyle.h"
#include "model/editing/documenteditor.h"
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
    return interpretation() &&
           (isBuiltInKind(kindId) || m_document->incident().findCustomKind(kindId));
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
    return m_document->editor().addFactor(factor, m_interpretationId, placement) ? factor.id
                                                                                 : QString();
}

bool CanvasController::placeFactor(const QString &factorId, const QPointF &pos)
{
    if (!canPlace(factorId))
        return false;
    Placement placement;
    placement.factorId = factorId;
    placement.pos = pos;
    return m_document->editor().placeFactor(m_interpretationId, placement);
}

void CanvasController::deleteElements(const QStringList &factorIds, const QStringList &linkIds,
                                      const QString &text)
{
    if (!interpretation() || (factorIds.isEmpty() && linkIds.isEmpty()))
        return;
    m_document->editor().deleteElements(m_interpretationId, factorIds, linkIds,
                                        text.isEmpty() ? tr("Delete") : text);
}

void CanvasController::moveFactors(const QHash<QString, QPointF> &positions)
{
    const Interpretation *interp = interpretation();
    if (!interp)
        return;
    // Factors gone meanwhile (an undo during the drag) are dropped, not refused.
    QHash<QString, QPointF> placed;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        if (interp->findPlacement(it.key()))
            placed.insert(it.key(), it.value());
    m_document->editor().moveFactors(m_interpretationId, placed);
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
    return m_document->editor().addLink(m_interpretationId, link) ? link.id : QString();
}

bool CanvasController::renameFactor(const QString &factorId, const QString &label)
{
    const Factor *factor = m_document->incident().findFactor(factorId);
    if (!factor || factor->label == label)
        return false;
    Factor after = *factor;
    after.label = label;
    // An empty field name: two separate renames stay two undo steps.
    return m_document->editor().editFactor(after, QString(),
                                           tr("Rename \"%1\"").arg(factor->label));
}

} // namespace faultline
