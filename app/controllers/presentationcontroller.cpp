#include "app/controllers/presentationcontroller.h"

#include "app/controllers/comparecontroller.h"
#include "widgets/common/interpretationtabs.h"
#include "app/window/mainwindow.h"
#include "app/window/windowactions.h"

#include "model/document.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/discussion/presentationwindow.h"

#include <QAction>
#include <QGuiApplication>
#include <QScreen>

namespace faultline {

PresentationController::PresentationController(MainWindow *window) : QObject(window), m_window(window)
{
    connect(window->windowActions()->present, &QAction::triggered, this, &PresentationController::present);
}

PresentationController::~PresentationController()
{
    delete m_presentation; // a top-level window: not deleted with the editor otherwise
}

QStringList PresentationController::comparison() const
{
    const Incident &incident = m_window->document()->incident();
    QStringList ids;
    if (auto *compare = m_window->findChild<CompareController *>())
        for (const QString &id : compare->lastComparison())
            if (incident.findInterpretation(id))
                ids.append(id);
    if (ids.size() >= 2)
        return ids;
    ids.clear();
    for (int i = 0; i < std::min<qsizetype>(2, incident.interpretations.size()); ++i)
        ids.append(incident.interpretations[i].id);
    return ids;
}

void PresentationController::present()
{
    // A window closed a moment ago waits for its deferred delete: a new one then.
    if (m_presentation && m_presentation->isVisible()) {
        m_presentation->raise();
        m_presentation->activateWindow();
        return;
    }
    m_presentation = new PresentationWindow(m_window->document(), comparison());
    m_presentation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_presentation, &PresentationWindow::closed, this, &PresentationController::onClosed);
    // What the discussion panel's "Save Summary…" does, for the readings on
    // the slides, with the dialog over the presentation (the editor may be
    // on another screen, behind it).
    connect(m_presentation, &PresentationWindow::saveSummaryRequested, this, [this] {
        if (auto *compare = m_window->findChild<CompareController *>())
            compare->saveSummaryInteractively(m_presentation, m_presentation->comparedIds());
    });
    // A second screen is usually the projector: present there, keep the editor here.
    QScreen *screen = m_window->screen();
    for (QScreen *other : QGuiApplication::screens())
        if (other != screen) {
            screen = other;
            break;
        }
    if (screen) {
        m_presentation->setScreen(screen);
        // Also the size, for window managers (or none) that ignore full-screen requests.
        m_presentation->setGeometry(screen->geometry());
    }
    m_presentation->showFullScreen();
    m_presentation->raise();
    m_presentation->activateWindow();
    m_presentation->setFocus();
}

void PresentationController::onClosed()
{
    // The editor was never touched: bring it back with the focus where it was.
    m_window->raise();
    m_window->activateWindow();
    if (QWidget *overlay = m_window->centralOverlay(); overlay && overlay->isVisible())
        overlay->setFocus();
    else if (CanvasView *view = m_window->tabs()->currentView())
        view->setFocus();
}

} // namespace faultline
