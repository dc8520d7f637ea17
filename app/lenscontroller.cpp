#include "lenscontroller.h"

#include "mainwindow.h"

namespace faultline {

LensController::LensController(MainWindow *window) : QObject(window), m_window(window) {}

} // namespace faultline
