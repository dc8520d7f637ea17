#include "exportcontroller.h"

#include "mainwindow.h"

namespace faultline {

ExportController::ExportController(MainWindow *window) : QObject(window), m_window(window) {}

} // namespace faultline
