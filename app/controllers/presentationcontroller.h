#pragma once

#include "app/controllers/controllercontext.h"
#include "widgets/discussion/presentationwindow.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace faultline {

class CompareController;

/// View > Present (F5): shows the incident full screen for a discussion
/// session and steps through summary, readings, compare view and cruxes.
/// The editor is left as it is (tabs, selection, zoom, an open compare
/// view), so Esc returns to exactly where the session started.
class PresentationController : public QObject
{
    Q_OBJECT
public:
    /// `compare` (may be nullptr) gives the comparison the slides show and
    /// saves the session summary.
    PresentationController(const ControllerContext &context, CompareController *compare);
    ~PresentationController() override;

    /// Opens the presentation (or raises the open one).
    void present();
    /// The open presentation window, or nullptr.
    PresentationWindow *presentationWindow() const { return m_presentation; }
    /// What the compare and crux slides show: the last compared set when
    /// those readings still exist, else the first two interpretations.
    QStringList comparison() const;
    /// The presentation setting for revealing readings (QSettings
    /// "presentation/reveal": "stages", the default, "links" or "all"); R in
    /// the presentation changes it.
    static RevealMode revealSetting();
    static void setRevealSetting(RevealMode mode);

private:
    void onClosed();

    ControllerContext m_context;
    QPointer<CompareController> m_compare;
    QPointer<PresentationWindow> m_presentation;
};

} // namespace faultline
