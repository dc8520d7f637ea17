#pragma once

#include "app/controllers/controllercontext.h"
#include "model/layout/layoutrequest.h"
#include "model/layout/layoutresult.h"
#include "widgets/layout/layoutprogressoverlay.h" // complete type for the QPointer in moc code

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace faultline {

class CanvasView;
class InterpretationTabs;
class LayoutRunner;

/// Automatic layout in the editor: Arrange > Lay Out Interpretation / Lay Out
/// Selection, Pin in Place, and the progress overlay with Cancel. Runs one
/// LayoutRunner job at a time off the GUI thread and applies a finished
/// result as one ApplyLayoutCommand ("Lay out"), so one undo restores every
/// position.
class LayoutController : public QObject
{
    Q_OBJECT
public:
    explicit LayoutController(const ControllerContext &context);
    ~LayoutController() override;

    /// The faultline executable when this process is it (it answers
    /// `--layout-worker`), else "" (tests and other hosts: run in a thread).
    static QString defaultWorkerProgram();

    /// Tests choose the worker program or the thread mode here.
    LayoutRunner *runner() const { return m_runner; }
    /// Options of every request (engine, thresholds); tests force slow engines.
    void setLayoutOptions(const LayoutOptions &options) { m_options = options; }
    LayoutOptions layoutOptions() const { return m_options; }
    /// How long a job runs before the progress overlay appears (default 300 ms).
    void setProgressDelay(int milliseconds) { m_progressTimer.setInterval(milliseconds); }

    bool isRunning() const;
    /// The interpretation the running job lays out ("" when idle).
    QString runningInterpretationId() const { return m_jobInterpretation; }
    /// The overlay of the running job, or nullptr before it appeared / after the job.
    LayoutProgressOverlay *progressOverlay() const { return m_overlay; }

public Q_SLOTS:
    /// Lays out the current tab's interpretation (pinned factors stay).
    void layOutCurrentInterpretation();
    /// Lays out the current tab's selected factors; the rest stays.
    void layOutSelection();
    /// Lays out every factor of `interpretationId`; false when nothing to do.
    bool layOutInterpretation(const QString &interpretationId);
    /// Stops the running job; positions stay as they are.
    void cancel();
    /// Pins (or unpins) the selected factors of the current tab, one undo step.
    void setSelectionPinned(bool pinned);

Q_SIGNALS:
    /// A layout was applied to `interpretationId` (one undo step pushed).
    void layoutApplied(const QString &interpretationId);
    /// The job ended without changing anything (cancelled, failed, dropped or no-op).
    void layoutAbandoned(const QString &interpretationId, const QString &reason);

private:
    bool start(const QString &interpretationId, const LayoutRequest &request);
    void onFinished(const LayoutResult &result);
    void onFailed(const QString &message);
    void onCancelled();
    void onDocumentChanged();
    void showProgress();
    void endJob();
    void abandon(const QString &interpretationId, const QString &reason);
    void watchView(CanvasView *view);
    void onViewsChanged();
    bool windowAlive() const;
    void updateActions();
    CanvasView *viewFor(const QString &interpretationId) const;
    QString interpretationName(const QString &interpretationId) const;

    ControllerContext m_context;
    LayoutRunner *m_runner;
    QPointer<InterpretationTabs> m_tabsAlive; ///< null once the window deleted its tabs
    LayoutOptions m_options;
    QTimer m_progressTimer;
    QPointer<LayoutProgressOverlay> m_overlay;
    QString m_jobInterpretation;
    int m_jobFactorCount = 0;
    QString m_cancelReason; ///< why the running job is being cancelled (shown to the user)
};

} // namespace faultline
