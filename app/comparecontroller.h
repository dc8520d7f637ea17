#pragma once

#include <QObject>

namespace faultline {

class MainWindow;

/// Interpretation > Compare Interpretations…: switches the central area between editing and the compare view, keeping the selection.
class CompareController : public QObject
{
    Q_OBJECT
public:
    explicit CompareController(MainWindow *window);

private:
    MainWindow *m_window;
};

} // namespace faultline
