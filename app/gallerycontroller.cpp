#include "gallerycontroller.h"

#include "mainwindow.h"

namespace faultline {

GalleryController::GalleryController(MainWindow *window) : QObject(window), m_window(window) {}

} // namespace faultline
