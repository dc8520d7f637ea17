#include "comparecontroller.h"

#include "mainwindow.h"

namespace faultline {

CompareController::CompareController(MainWindow *window) : QObject(window), m_window(window) {}

} // namespace faultline
