#pragma once

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
class DiagnosticsPanel;
class GapListPanel;
class MainWindow;

/// View > Lens: applies the chosen lens to every canvas of the window (again
/// after document changes, a moment later, and on new tabs), holds the levers
/// what-if (factors intervened on, per interpretation — never part of the
/// document), shows a one-line lens summary in the status bar, and runs the
/// checklist, gap list and diagnostics panels for the current interpretation.
class LensController : public QObject
{
    Q_OBJECT
public:
    explicit LensController(MainWindow *window);

    Lens lens() const { return m_lens; }
    void setLens(Lens lens);

    /// Factors intervened on in the levers what-if of `interpretationId`.
    QSet<QString> intervened(const QString &interpretationId) const { return m_intervened.value(interpretationId); }
    /// Toggles the intervention on `factorIds` (all on if any is off, else all off).
    void toggleIntervention(const QString &interpretationId, const QStringList &factorIds);
    void clearInterventions();

    QAction *interveneAction() const { return m_intervene; }
    QAction *clearInterventionsAction() const { return m_clearInterventions; }
    QLabel *statusLabel() const { return m_status; }
    ChecklistPanel *checklistPanel() const { return m_checklist; }
    DiagnosticsPanel *diagnosticsPanel() const { return m_diagnostics; }
    GapListPanel *gapListPanel() const { return m_gaps; }

    /// Applies the lens and the diagnostic markers to every canvas now
    /// (normally done a moment after each change).
    void applyNow();

private:
    void createActions();
    void createPanels();
    void scheduleApply();
    void applyTo(CanvasView *view);
    void updateStatus();
    void onViewCreated(CanvasView *view);
    void onCurrentViewChanged();
    void interveneOnSelection();
    void selectInCurrentView(const QStringList &factorIds, const QStringList &linkIds);

    MainWindow *m_window;
    Lens m_lens = Lens::Plain;
    QHash<QString, QSet<QString>> m_intervened;
    QAction *m_intervene = nullptr;
    QAction *m_clearInterventions = nullptr;
    QLabel *m_status = nullptr;
    ChecklistPanel *m_checklist = nullptr;
    DiagnosticsPanel *m_diagnostics = nullptr;
    GapListPanel *m_gaps = nullptr;
    QPointer<QDockWidget> m_gapDock;
    QTimer m_applyTimer;
};

} // namespace faultline
