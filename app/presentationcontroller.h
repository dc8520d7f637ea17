#pragma once

#include <QObject>

namespace faultline {

class MainWindow;

/// View > Present (F5): shows the incident full screen for a discussion
/// session and steps through summary, readings, compare view and cruxes.
class PresentationController : public QObject
{
    Q_OBJECT
public:
    explicit PresentationController(MainWindow *window);

    void present();

private:
    MainWindow *m_window;
};

} // namespace faultline
