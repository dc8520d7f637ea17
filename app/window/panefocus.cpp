#include "app/window/panefocus.h"

#include "app/window/mainwindow.h"
#include "app/window/windowactions.h"

#include "widgets/canvas/canvasview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>

namespace faultline {

PaneFocus::PaneFocus(MainWindow *window) : QObject(window), m_window(window)
{
    WindowActions *actions = window->windowActions();
    window->addAction(actions->nextPane); // also with the menu bar hidden
    window->addAction(actions->previousPane);
    connect(actions->nextPane, &QAction::triggered, this, [this] { cycle(1); });
    connect(actions->previousPane, &QAction::triggered, this, [this] { cycle(-1); });
}

QList<QWidget *> PaneFocus::panes() const
{
    QList<QWidget *> result{m_window->centralWidget()};
    // Creation order: palette, factors, inspector, sources, history, feature panels.
    for (QDockWidget *dock : m_window->panels())
        if (dock->isVisible() && dock->widget() && focusTarget(dock))
            result.append(dock);
    return result;
}

void PaneFocus::cycle(int step)
{
    const QList<QWidget *> list = panes();
    QWidget *focus = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < list.size() && focus; ++i)
        if (list[i] == focus || list[i]->isAncestorOf(focus))
            current = i;
    const qsizetype count = list.size();
    for (qsizetype n = 1; n <= count; ++n) {
        const qsizetype index =
            ((current < 0 ? (step > 0 ? -1 : 0) : current) + n * step % count + count) % count;
        if (QWidget *target = focusTarget(list[index])) {
            target->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

QWidget *PaneFocus::focusTarget(QWidget *pane) const
{
    if (pane == m_window->centralWidget() && !m_window->centralOverlay()) {
        if (CanvasView *view = m_window->currentView())
            return view;
    }
    QWidget *root = pane;
    if (auto *dock = qobject_cast<QDockWidget *>(pane))
        root = dock->widget();
    const auto focusable = [root](QWidget *w) {
        return (w->focusPolicy() & Qt::TabFocus) && w->isEnabled() &&
               w->isVisibleTo(root->window());
    };
    if (focusable(root))
        return root;
    // The first widget of the pane that Tab would reach.
    for (QWidget *w = root->nextInFocusChain(); w && w != root; w = w->nextInFocusChain())
        if (root->isAncestorOf(w) && focusable(w))
            return w;
    return nullptr;
}

} // namespace faultline
