#include "app/controllers/presentationcontroller.h"

#include "app/controllers/comparecontroller.h"
#include "app/window/windowactions.h"
#include "widgets/common/interpretationtabs.h"

#include "model/document.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/discussion/presentationwindow.h"

#include <QAction>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>

namespace faultline {

namespace {
/// The presentation setting: how readings are revealed (stages, links, all).
const QString kRevealKey = QStringLiteral("presentation/reveal");

QString revealName(RevealMode mode)
{
    switch (mode) {
    case RevealMode::All:
        return QStringLiteral("all");
    case RevealMode::Links:
        return QStringLiteral("links");
    case RevealMode::Stages:
        break;
    }
    return QStringLiteral("stages");
}
} // namespace

RevealMode PresentationController::revealSetting()
{
    const QString name = QSettings().value(kRevealKey).toString();
    for (const RevealMode mode : {RevealMode::All, RevealMode::Links})
        if (name == revealName(mode))
            return mode;
    return RevealMode::Stages; // unset or unknown: a few steps per reading
}

void PresentationController::setRevealSetting(RevealMode mode)
{
    QSettings().setValue(kRevealKey, revealName(mode));
}

PresentationController::PresentationController(const ControllerContext &context,
                                               CompareController *compare)
    : QObject(context.window), m_context(context), m_compare(compare)
{
    connect(context.actions->present, &QAction::triggered, this, &PresentationController::present);
}

PresentationController::~PresentationController()
{
    delete m_presentation; // a top-level window: not deleted with the editor otherwise
}

QStringList PresentationController::comparison() const
{
    const Incident &incident = m_context.document->incident();
    QStringList ids;
    if (m_compare)
        for (const QString &id : m_compare->lastComparison())
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
    m_presentation = new PresentationWindow(m_context.document, comparison());
    m_presentation->setAttribute(Qt::WA_DeleteOnClose);
    m_presentation->setRevealMode(revealSetting());
    connect(m_presentation, &PresentationWindow::revealModeChanged, this,
            &PresentationController::setRevealSetting);
    connect(m_presentation, &PresentationWindow::closed, this, &PresentationController::onClosed);
    // What the discussion panel's "Save Summary…" does, for the readings on
    // the slides, with the dialog over the presentation (the editor may be
    // on another screen, behind it).
    connect(m_presentation, &PresentationWindow::saveSummaryRequested, this, [this] {
        if (m_compare)
            m_compare->saveSummaryInteractively(m_presentation, m_presentation->comparedIds());
    });
    // A second screen is usually the projector: present there, keep the editor here.
    QScreen *screen = m_context.window->screen();
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
    m_context.window->raise();
    m_context.window->activateWindow();
    if (QWidget *overlay = m_context.centralOverlay(); overlay && overlay->isVisible())
        overlay->setFocus();
    else if (CanvasView *view = m_context.tabs->currentView())
        view->setFocus();
}

} // namespace faultline
