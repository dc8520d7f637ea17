#pragma once

#include <QObject>

namespace faultline {

class MainWindow;

/// View > Lens: applies the chosen lens to every canvas, and the checklist and diagnostics panels.
class LensController : public QObject
{
    Q_OBJECT
public:
    explicit LensController(MainWindow *window);

private:
    MainWindow *m_window;
};

} // namespace faultline
