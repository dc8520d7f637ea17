#include "canvasgestures.h"

#include "canvasconnector.h"
#include "canvascontroller.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "factoritem.h"

#include <QApplication>
#include <QMouseEvent>

namespace faultline {

CanvasGestures::CanvasGestures(CanvasView *view, CanvasScene *scene, CanvasController *controller,
                               CanvasConnector *connector)
    : m_view(view), m_scene(scene), m_controller(controller), m_connector(connector)
{
}

CanvasGestures::PressResult CanvasGestures::press(QMouseEvent *event)
{
    m_pressViewPos = event->pos();
    m_pressScenePos = m_view->mapToScene(event->pos());
    if (event->button() != Qt::LeftButton) {
        // A right click acts on what is under it, so a context menu's actions apply there.
        if (QGraphicsItem *item = elementAt(event->pos()); item && !item->isSelected())
            m_scene->selectOnly(item);
        return PressResult::ToView;
    }
    const bool toggle = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    if (FactorItem *owner = handleOwnerAt(event->pos()); owner && !toggle) {
        m_gesture = Gesture::DrawLink;
        m_connector->begin(owner, false);
        m_connector->update(m_pressScenePos, nullptr);
        event->accept();
        return PressResult::Handled;
    }
    QGraphicsItem *item = elementAt(event->pos());
    if (!item) {
        if (!m_view->placementKind().isEmpty()) {
            const QString kind = m_view->placementKind();
            m_view->setPlacementKind(QString());
            m_view->addFactorAt(kind, m_pressScenePos);
            event->accept();
            return PressResult::Handled;
        }
        return PressResult::RubberBand; // empty canvas
    }
    event->accept();
    if (toggle) {
        item->setSelected(!item->isSelected());
        m_gesture = Gesture::None;
        return PressResult::Handled;
    }
    m_selectOnlyOnRelease = item->isSelected();
    if (!item->isSelected())
        m_scene->selectOnly(item);
    else if (item->type() == FactorItem::Type)
        m_scene->setFocusItem(item);
    m_pressedFactorId = FactorItem::factorIdOf(item);
    m_gesture = Gesture::Select;
    m_dragStart.clear();
    if (!m_pressedFactorId.isEmpty())
        for (FactorItem *factor : m_scene->factorItems())
            if (factor->isSelected())
                m_dragStart.insert(factor->factorId(), factor->pos());
    return PressResult::Handled;
}

bool CanvasGestures::move(QMouseEvent *event)
{
    const QPointF scenePos = m_view->mapToScene(event->pos());
    switch (m_gesture) {
    case Gesture::DrawLink: {
        FactorItem *source = m_scene->factorItem(m_connector->sourceId());
        m_connector->update(scenePos, factorAt(event->pos(), source));
        return true;
    }
    case Gesture::Select:
        if (m_dragStart.isEmpty() ||
            (event->pos() - m_pressViewPos).manhattanLength() < QApplication::startDragDistance())
            return true;
        m_gesture = Gesture::MoveFactors;
        [[fallthrough]];
    case Gesture::MoveFactors: {
        // Items move on screen only; the model changes once, on release.
        QPointF delta = scenePos - m_pressScenePos;
        if (m_controller->snapToGrid() && m_dragStart.contains(m_pressedFactorId)) {
            const QPointF start = m_dragStart.value(m_pressedFactorId);
            delta = m_controller->snapped(start + delta) - start;
        }
        for (auto it = m_dragStart.cbegin(); it != m_dragStart.cend(); ++it)
            if (FactorItem *item = m_scene->factorItem(it.key()))
                item->setPos(it.value() + delta);
        return true;
    }
    case Gesture::None:
        break;
    }
    return false;
}

void CanvasGestures::finishMove(bool commit)
{
    QHash<QString, QPointF> positions;
    for (auto it = m_dragStart.cbegin(); it != m_dragStart.cend(); ++it)
        if (FactorItem *item = m_scene->factorItem(it.key())) {
            positions.insert(it.key(), item->pos());
            if (!commit)
                item->setPos(it.value());
        }
    m_dragStart.clear();
    m_gesture = Gesture::None;
    if (commit)
        m_controller->moveFactors(positions);
}

bool CanvasGestures::release(QMouseEvent *event)
{
    switch (m_gesture) {
    case Gesture::DrawLink: {
        // The target is what is under the pointer now, not the last move's.
        m_connector->update(m_view->mapToScene(event->pos()),
                            factorAt(event->pos(), m_scene->factorItem(m_connector->sourceId())));
        m_gesture = Gesture::None;
        if (const QString linkId = m_connector->finish(true); !linkId.isEmpty())
            m_scene->selectElements({}, {linkId});
        return true;
    }
    case Gesture::MoveFactors:
        finishMove(true);
        return true;
    case Gesture::Select:
        m_gesture = Gesture::None;
        if (m_selectOnlyOnRelease) // a plain click inside a multi-selection picks that one
            if (QGraphicsItem *item = elementAt(event->pos()))
                m_scene->selectOnly(item);
        return true;
    case Gesture::None:
        break;
    }
    return false;
}

bool CanvasGestures::cancel()
{
    switch (m_gesture) {
    case Gesture::MoveFactors:
        finishMove(false);
        return true;
    case Gesture::DrawLink:
        m_connector->finish(false);
        m_gesture = Gesture::None;
        return true;
    case Gesture::Select:
    case Gesture::None:
        break;
    }
    return false;
}

void CanvasGestures::linkEndRemoved()
{
    if (m_gesture == Gesture::DrawLink)
        m_gesture = Gesture::None;
}

FactorItem *CanvasGestures::handleOwnerAt(const QPoint &viewPos) const
{
    return m_scene->handleOwnerAt(m_view->mapToScene(viewPos),
                                  10.0 /
                                      qMax(m_view->transform().m11(), 1e-6)); // 10 px at any zoom
}

FactorItem *CanvasGestures::factorAt(const QPoint &viewPos, const FactorItem *ignore) const
{
    return m_scene->factorAt(m_view->mapToScene(viewPos), m_view->viewportTransform(), ignore);
}

QGraphicsItem *CanvasGestures::elementAt(const QPoint &viewPos) const
{
    return m_scene->elementAt(m_view->mapToScene(viewPos), m_view->viewportTransform());
}

} // namespace faultline
