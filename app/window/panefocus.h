#pragma once

#include <QList>
#include <QObject>

class QWidget;

namespace faultline {

class MainWindow;

/// F6 / Shift+F6: moves the keyboard focus between the window's panes — the
/// central area (canvas, compare view), then every visible dock (palette,
/// incident factors, inspector, sources, …). Tab cannot do it: on the canvas
/// Tab cycles the factors.
class PaneFocus : public QObject
{
    Q_OBJECT
public:
    explicit PaneFocus(MainWindow *window);

    /// The panes in cycling order, visible ones only.
    QList<QWidget *> panes() const;
    /// Focuses the pane `step` places after (or before) the one holding the focus.
    void cycle(int step);

private:
    QWidget *focusTarget(QWidget *pane) const;

    MainWindow *m_window;
};

} // namespace faultline
