#include "interventionmenufilter.h"

#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/factoritem.h"

#include <QContextMenuEvent>
#include <QMenu>

namespace faultline {

InterventionMenuFilter::InterventionMenuFilter(CanvasView *view, Hooks hooks)
    : QObject(view), m_view(view), m_hooks(std::move(hooks))
{
    view->viewport()->installEventFilter(this);
}

bool InterventionMenuFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu || watched != m_view->viewport() || !m_hooks.active ||
        !m_hooks.active())
        return QObject::eventFilter(watched, event);
    auto *menuEvent = static_cast<QContextMenuEvent *>(event);
    CanvasScene *scene = m_view->canvasScene();
    QGraphicsItem *item =
        scene->elementAt(m_view->mapToScene(menuEvent->pos()), m_view->viewportTransform());
    if (!item || item->type() != FactorItem::Type)
        return QObject::eventFilter(watched, event);
    const QString factorId = static_cast<FactorItem *>(item)->factorId();
    const bool intervened = m_hooks.isIntervened && m_hooks.isIntervened(factorId);

    if (m_menu)
        m_menu->close();
    auto *menu = new QMenu(m_view);
    menu->setObjectName(QStringLiteral("interventionMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *action =
        menu->addAction(intervened ? tr("Remove Intervention") : tr("Intervene Here"));
    action->setObjectName(intervened ? QStringLiteral("lensRemoveIntervention")
                                     : QStringLiteral("lensInterveneHere"));
    action->setToolTip(tr("A what-if of the levers lens: it never changes the document"));
    // Queued: the toggle re-styles the scene, which must not happen inside the menu's own event
    // handling.
    connect(
        action, &QAction::triggered, this,
        [this, factorId] {
            if (m_hooks.toggle)
                m_hooks.toggle(factorId);
        },
        Qt::QueuedConnection);
    m_menu = menu;
    // Not exec(): a non-blocking popup keeps the event loop (and tests) running.
    menu->popup(menuEvent->globalPos());
    event->accept();
    return true;
}

} // namespace faultline
