#pragma once

#include <QObject>

namespace faultline {

class MainWindow;

/// File > New from Example… (the example gallery) and the start screen.
class GalleryController : public QObject
{
    Q_OBJECT
public:
    explicit GalleryController(MainWindow *window);

private:
    MainWindow *m_window;
};

} // namespace faultline
