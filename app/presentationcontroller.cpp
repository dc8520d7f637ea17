#include "presentationcontroller.h"

#include "mainwindow.h"
#include "windowactions.h"

#include <QAction>

namespace faultline {

// Skeleton: filled in by the discussion-mode work (issue #12).
PresentationController::PresentationController(MainWindow *window) : QObject(window), m_window(window)
{
    connect(window->windowActions()->present, &QAction::triggered, this, &PresentationController::present);
}

void PresentationController::present() {}

} // namespace faultline
