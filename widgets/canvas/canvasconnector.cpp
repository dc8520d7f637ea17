#include "canvasconnector.h"

#include "canvascontroller.h"
#include "canvasnavigator.h"
#include "canvasscene.h"
#include "factoritem.h"
#include "linkpreviewitem.h"

#include <QLineF>

namespace faultline {

CanvasConnector::CanvasConnector(CanvasScene *scene, CanvasController *controller)
    : m_scene(scene), m_controller(controller)
{
}

CanvasConnector::~CanvasConnector()
{
    finish(false);
}

void CanvasConnector::begin(FactorItem *source, bool keyboard)
{
    finish(false);
    m_sourceId = source->factorId();
    m_keyboard = keyboard;
    m_preview = new LinkPreviewItem;
    m_scene->addItem(m_preview);
    if (!keyboard) {
        update(source->pos(), nullptr);
        return;
    }
    // Start at the nearest other box: the most likely target.
    FactorItem *nearest = nullptr;
    const auto distance = [source](const FactorItem *item) {
        return QLineF(item->pos(), source->pos()).length();
    };
    for (FactorItem *item : m_scene->factorItems())
        if (item != source && (!nearest || distance(item) < distance(nearest)))
            nearest = item;
    update(source->pos() + QPointF(0, 60), nearest);
}

void CanvasConnector::update(const QPointF &scenePos, FactorItem *target)
{
    FactorItem *source = m_scene->factorItem(m_sourceId);
    if (!source || !m_preview) { // the source went away (undo, reset)
        finish(false);
        return;
    }
    setTarget(target);
    m_preview->setEnds(source, scenePos, target);
}

FactorItem *CanvasConnector::chooseTarget(int key, bool shift)
{
    FactorItem *source = m_scene->factorItem(m_sourceId);
    if (!source)
        return nullptr;
    FactorItem *target = m_scene->factorItem(m_targetId);
    QList<FactorItem *> others = m_scene->factorItems();
    others.removeAll(source);
    FactorItem *next = nullptr;
    if (key == Qt::Key_Tab || key == Qt::Key_Backtab) {
        const bool forward = key == Qt::Key_Tab && !shift;
        next = CanvasNavigator::neighbour(CanvasNavigator::readingOrder(others), target, forward);
    } else if (key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up ||
               key == Qt::Key_Down) {
        const QPointF direction = key == Qt::Key_Left    ? QPointF(-1, 0)
                                  : key == Qt::Key_Right ? QPointF(1, 0)
                                  : key == Qt::Key_Up    ? QPointF(0, -1)
                                                         : QPointF(0, 1);
        const QPointF from = target ? target->pos() : source->pos();
        next = CanvasNavigator::nearestInDirection(others, from, direction, {target, source});
    }
    if (next)
        update(next->pos(), next);
    return next;
}

QString CanvasConnector::finish(bool commit)
{
    const QString from = m_sourceId, to = m_targetId;
    setTarget(nullptr);
    delete m_preview;
    m_preview = nullptr;
    m_sourceId.clear();
    m_keyboard = false;
    if (!commit || to.isEmpty())
        return {};
    return m_controller->connectFactors(from, to);
}

void CanvasConnector::setTarget(FactorItem *target)
{
    if (FactorItem *old = m_scene->factorItem(m_targetId))
        old->setLinkTarget(false);
    m_targetId = target ? target->factorId() : QString();
    if (target)
        target->setLinkTarget(true);
}

} // namespace faultline
