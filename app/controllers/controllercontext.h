#pragma once

#include <QList>
#include <QString>

#include <functional>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace faultline {

class Document;
class DocumentController;
class InterpretationTabs;
class WindowActions;

/// What a feature controller gets from the window that hosts it, instead of
/// the window itself: the document and its file handling, the interpretation
/// tabs, the window's actions, and small callbacks for the status line, the
/// panels and the central area. MainWindow fills one in and hands it to every
/// controller it creates; a test can fill one in by hand (a plain QMainWindow
/// as `window`, callbacks left empty) and drive a controller without the editor.
///
/// Controllers that need another controller get it from MainWindow explicitly
/// (a constructor argument), never by searching the window's children.
struct ControllerContext
{
    /// Parent of the controller and of its dialogs; the window whose events
    /// (close, language change), dock state and tool bars some controllers use.
    QMainWindow *window = nullptr;
    Document *document = nullptr;
    /// New, open, save and the recent files of `document`.
    DocumentController *files = nullptr;
    InterpretationTabs *tabs = nullptr;
    WindowActions *actions = nullptr;

    /// Shows a message in the status line for `timeoutMs` (0: until replaced).
    std::function<void(const QString &message, int timeoutMs)> statusSink;
    /// Adds a feature's dock in `area`, with its toggle in View > Panels, to
    /// the window's panels.
    std::function<void(QDockWidget *dock, Qt::DockWidgetArea area)> panelAdder;
    /// The window's docks (its own and the added panels), in creation order.
    std::function<QList<QDockWidget *>()> panelList;
    /// Shows a widget in the central area instead of the tabs; nullptr returns to them.
    std::function<void(QWidget *widget)> overlaySetter;
    /// The widget shown instead of the tabs, or nullptr.
    std::function<QWidget *()> overlayGetter;
    /// Runs work once the window's first frame is on screen.
    std::function<void(std::function<void()> work)> firstFrameScheduler;

    /// Null-safe wrappers over the callbacks above: an unset callback does
    /// nothing (no status line, no panels, no central area) or runs work now.
    void showStatus(const QString &message, int timeoutMs = 0) const
    {
        if (statusSink)
            statusSink(message, timeoutMs);
    }
    void addPanel(QDockWidget *dock, Qt::DockWidgetArea area) const
    {
        if (panelAdder)
            panelAdder(dock, area);
    }
    QList<QDockWidget *> panels() const { return panelList ? panelList() : QList<QDockWidget *>(); }
    void setCentralOverlay(QWidget *widget) const
    {
        if (overlaySetter)
            overlaySetter(widget);
    }
    QWidget *centralOverlay() const { return overlayGetter ? overlayGetter() : nullptr; }
    void whenFirstFrameDrawn(std::function<void()> work) const
    {
        if (firstFrameScheduler)
            firstFrameScheduler(std::move(work));
        else
            work();
    }
};

} // namespace faultline
