#pragma once

#include "widgets/discussion/presentationwindow.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace faultline {

class MainWindow;

/// View > Present (F5): shows the incident full screen for a discussion
/// session and steps through summary, readings, compare view and cruxes.
/// The editor is left as it is (tabs, selection, zoom, an open compare
/// view), so Esc returns to exactly where the session started.
class PresentationController : public QObject
{
    Q_OBJECT
public:
    explicit PresentationController(MainWindow *window);
    ~PresentationController() override;

    /// Opens the presentation (or raises the open one).
    void present();
    /// The open presentation window, or nullptr.
    PresentationWindow *presentationWindow() const { return m_presentation; }
    /// What the compare and crux slides show: the last compared set when
    /// those readings still exist, else the first two interpretations.
    QStringList comparison() const;

private:
    void onClosed();

    MainWindow *m_window;
    QPointer<PresentationWindow> m_presentation;
};

} // namespace faultline
