#pragma once

#include "app/controllers/controllercontext.h"
#include "model/analysis/lens.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

class QAction;
class QDockWidget;
class QLabel;

namespace faultline {

class CanvasView;
class ChecklistPanel;
class DeferredDock;
class DiagnosticsPanel;
class GapListPanel;

/// View > Lens: applies the chosen lens to every canvas of the window (again
/// after document changes, a moment later, and on new tabs), holds the levers
/// what-if (factors intervened on, per interpretation — never part of the
/// document), shows a one-line lens summary in the status bar, and runs the
/// checklist, gap list and diagnostics panels for the current interpretation.
/// The panels start tabbed behind the sources, so each is built the first
/// time its dock is shown or its accessor is called, not at start-up.
class LensController : public QObject
{
    Q_OBJECT
public:
    /// The panels' docks go into the window's right area, tabbed with
    /// `tabbedWith` (the sources dock in the editor) when given.
    explicit LensController(const ControllerContext &context, QDockWidget *tabbedWith = nullptr);

    Lens lens() const { return m_lens; }
    void setLens(Lens lens);

    /// Factors intervened on in the levers what-if of `interpretationId`.
    QSet<QString> intervened(const QString &interpretationId) const
    {
        return m_intervened.value(interpretationId);
    }
    /// Toggles the intervention on `factorIds` (all on if any is off, else all off).
    void toggleIntervention(const QString &interpretationId, const QStringList &factorIds);
    void clearInterventions();

    QAction *interveneAction() const { return m_intervene; }
    QAction *clearInterventionsAction() const { return m_clearInterventions; }
    /// The one-line lens summary, for the window's status bar.
    QLabel *statusLabel() const { return m_status; }
    /// The panels, built now if their docks have not been shown yet.
    ChecklistPanel *checklistPanel();
    DiagnosticsPanel *diagnosticsPanel();
    GapListPanel *gapListPanel();
    /// Whether a panel exists yet (start-up leaves them for later).
    bool arePanelsBuilt() const { return m_checklist || m_diagnostics || m_gaps; }

    /// Applies the lens and the diagnostic markers to every canvas now
    /// (normally done a moment after each change).
    void applyNow();

protected:
    /// The window's QEvent::LanguageChange: dock titles and action texts.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createDocks(QDockWidget *tabbedWith);
    ChecklistPanel *buildChecklist();
    DiagnosticsPanel *buildDiagnostics();
    GapListPanel *buildGapList();
    void retranslate();
    void scheduleApply();
    void applyTo(CanvasView *view);
    void updateStatus();
    void onViewCreated(CanvasView *view);
    void onCurrentViewChanged();
    void interveneOnSelection();
    void selectInCurrentView(const QStringList &factorIds, const QStringList &linkIds);

    ControllerContext m_context;
    Lens m_lens = Lens::Plain;
    QHash<QString, QSet<QString>> m_intervened;
    QAction *m_intervene = nullptr;
    QAction *m_clearInterventions = nullptr;
    QLabel *m_status = nullptr;
    ChecklistPanel *m_checklist = nullptr;
    DiagnosticsPanel *m_diagnostics = nullptr;
    GapListPanel *m_gaps = nullptr;
    DeferredDock *m_checklistDock = nullptr;
    DeferredDock *m_diagnosticsDock = nullptr;
    DeferredDock *m_gapDock = nullptr;
    QTimer m_applyTimer;
};

} // namespace faultline
