#include "recoverycontroller.h"

#include "mainwindow.h"

namespace faultline {

RecoveryController::RecoveryController(MainWindow *window) : QObject(window), m_window(window) {}

} // namespace faultline
