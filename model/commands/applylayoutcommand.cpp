#include "applylayoutcommand.h"

#include <QCoreApplication>

namespace faultline {

ApplyLayoutCommand::ApplyLayoutCommand(Document *document,
                                       const QHash<QString, LayoutResult> &results,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document)
{
    for (auto it = results.cbegin(); it != results.cend(); ++it)
        capture(it.key(), it.value());
    setText(QCoreApplication::translate("faultline::Command", "Automatic layout"));
}

ApplyLayoutCommand::ApplyLayoutCommand(Document *document, const QString &interpretationId,
                                       const LayoutResult &result, QUndoCommand *parent)
    : ApplyLayoutCommand(document, QHash<QString, LayoutResult>{{interpretationId, result}}, parent)
{
}

void ApplyLayoutCommand::capture(const QString &interpretationId, const LayoutResult &result)
{
    const Interpretation *interp = m_document->incident().findInterpretation(interpretationId);
    if (!interp)
        return;
    State before;
    State after;
    QSet<QString> moved;
    for (const Placement &placement : interp->placements) {
        const auto it = result.positions.constFind(placement.factorId);
        if (it == result.positions.cend() || *it == placement.pos)
            continue;
        before.positions.insert(placement.factorId, placement.pos);
        after.positions.insert(placement.factorId, *it);
        moved.insert(placement.factorId);
    }
    for (const Link &link : interp->links) {
        const auto it = result.routes.constFind(link.id);
        QList<QPointF> route;
        if (it != result.routes.cend())
            route = *it;
        else if (!moved.contains(link.from) && !moved.contains(link.to))
            continue; // untouched by this layout
        if (route == link.route)
            continue;
        before.routes.insert(link.id, link.route);
        after.routes.insert(link.id, route);
    }
    m_before.insert(interpretationId, before);
    m_after.insert(interpretationId, after);
}

void ApplyLayoutCommand::apply(const QHash<QString, State> &states)
{
    // Look the interpretation up again after every change: a mutation may
    // detach the incident's lists and move them in memory.
    const auto interpretation = [this](const QString &id) {
        return m_document->incident().findInterpretation(id);
    };
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        const QString &interpretationId = it.key();
        if (!interpretation(interpretationId))
            continue;
        for (auto p = it->positions.cbegin(); p != it->positions.cend(); ++p) {
            const Placement *current = interpretation(interpretationId)->findPlacement(p.key());
            if (!current || current->pos == p.value())
                continue;
            Placement placement = *current;
            placement.pos = p.value();
            m_document->replacePlacement(interpretationId, placement);
        }
        for (auto r = it->routes.cbegin(); r != it->routes.cend(); ++r) {
            const Link *current = interpretation(interpretationId)->findLink(r.key());
            if (!current || current->route == r.value())
                continue;
            Link link = *current;
            link.route = r.value();
            m_document->replaceLink(interpretationId, link);
        }
    }
}

void ApplyLayoutCommand::redo()
{
    apply(m_after);
}
void ApplyLayoutCommand::undo()
{
    apply(m_before);
}

} // namespace faultline
