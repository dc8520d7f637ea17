#include "app/controllers/lenscontroller.h"

#include "app/window/windowactions.h"
#include "widgets/common/deferreddock.h"
#include "widgets/common/interpretationtabs.h"

#include "model/analysis/diagnostics.h"
#include "model/document.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/lens/diagnosticmarkers.h"
#include "widgets/lens/interventionmenufilter.h"
#include "widgets/lens/lensstyler.h"
#include "widgets/lens/lenssummary.h"
#include "widgets/panels/checklistpanel.h"
#include "widgets/panels/diagnosticspanel.h"
#include "widgets/panels/gaplistpanel.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace faultline {

LensController::LensController(const ControllerContext &context, QDockWidget *tabbedWith)
    : QObject(context.window), m_context(context)
{
    m_applyTimer.setSingleShot(true);
    // Coalesces the signals of one command (and of a burst of commands) into one re-style.
    m_applyTimer.setInterval(40);
    connect(&m_applyTimer, &QTimer::timeout, this, &LensController::applyNow);

    // The window puts it in its status bar (statusLabel()).
    m_status = new QLabel(context.window);
    m_status->setObjectName(QStringLiteral("lensStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    createActions();
    createDocks(tabbedWith);
    connect(context.window->statusBar(), &QStatusBar::messageChanged, this,
            [this](const QString &message) {
                if (message.isEmpty())
                    m_status->setVisible(!m_status->text().isEmpty());
            });
    context.window->installEventFilter(this); // its LanguageChange retranslates our texts

    Document *document = context.document;
    // Not on reset: it recreates every view, each styled as it is created
    // (onViewCreated), and clearInterventions() re-styles if there were
    // interventions to drop. A second pass 40 ms later diagnosed the whole
    // interpretation again, often just before the window's first frame.
    connect(document, &Document::incidentChanged, this, &LensController::scheduleApply);
    connect(document, &Document::reset, this, &LensController::clearInterventions);
    for (auto signal : {&Document::factorAdded, &Document::factorChanged, &Document::factorRemoved,
                        &Document::sourceAdded, &Document::sourceChanged, &Document::sourceRemoved,
                        &Document::interpretationAdded, &Document::interpretationChanged,
                        &Document::interpretationRemoved})
        connect(document, signal, this, &LensController::scheduleApply);
    for (auto signal :
         {&Document::placementAdded, &Document::placementChanged, &Document::placementRemoved,
          &Document::linkAdded, &Document::linkChanged, &Document::linkRemoved})
        connect(document, signal, this, &LensController::scheduleApply);

    InterpretationTabs *tabs = context.tabs;
    connect(tabs, &InterpretationTabs::viewCreated, this, &LensController::onViewCreated);
    connect(tabs, &InterpretationTabs::currentViewChanged, this,
            &LensController::onCurrentViewChanged);
    for (int i = 0; i < tabs->count(); ++i)
        onViewCreated(tabs->view(i));
    onCurrentViewChanged();
}

void LensController::createActions()
{
    WindowActions *actions = m_context.actions;
    connect(actions->lensGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (const auto lens = lensFromId(action->data().toString()))
            setLens(*lens);
    });

    m_intervene = new QAction(this);
    m_intervene->setObjectName(QStringLiteral("lensIntervene"));
    m_intervene->setShortcut(QKeySequence(Qt::Key_I));
    // Only while the canvas area has focus: "I" typed into a text field stays a letter.
    m_intervene->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_context.tabs->addAction(m_intervene);
    connect(m_intervene, &QAction::triggered, this, &LensController::interveneOnSelection);

    m_clearInterventions = new QAction(this);
    m_clearInterventions->setObjectName(QStringLiteral("lensClearInterventions"));
    connect(m_clearInterventions, &QAction::triggered, this, &LensController::clearInterventions);

    // The View > Lens menu holds the lens actions; the what-if belongs next to them.
    const QList<QObject *> owners = actions->lensLevers->associatedObjects();
    for (QObject *owner : owners)
        if (auto *menu = qobject_cast<QMenu *>(owner)) {
            menu->addSeparator();
            menu->addAction(m_intervene);
            menu->addAction(m_clearInterventions);
            break;
        }
    retranslate(); // sets the texts
}

void LensController::retranslate()
{
    WindowActions *actions = m_context.actions;
    // Short words on the toolbar; the menu keeps the full names.
    actions->lensPlain->setIconText(tr("Plain"));
    actions->lensRootCause->setIconText(tr("Root cause"));
    actions->lensLevers->setIconText(tr("Levers"));
    actions->lensGaps->setIconText(tr("Gaps"));
    m_intervene->setText(tr("&Intervene on Selected Factors"));
    m_intervene->setToolTip(
        tr("Levers what-if: treat the selected factors as fixed and see which paths to "
           "the behaviour remain (press again to undo; never changes the document)"));
    m_clearInterventions->setText(tr("&Clear Interventions"));
    if (m_checklistDock) {
        m_checklistDock->setWindowTitle(tr("Checklist"));
        m_diagnosticsDock->setWindowTitle(tr("Diagnostics"));
        m_gapDock->setWindowTitle(tr("Gaps"));
    }
}

bool LensController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_context.window && event->type() == QEvent::LanguageChange) {
        retranslate();
        // The lens overlays, marker tooltips and the lens status line are
        // worded when the lens is applied: apply it again in the new language.
        scheduleApply();
    }
    return QObject::eventFilter(watched, event);
}

void LensController::createDocks(QDockWidget *tabbedWith)
{
    // The docks exist from the start (View > Panels, restoreState()); their
    // panels are built when first shown.
    m_checklistDock = new DeferredDock(
        QStringLiteral("checklistDock"), tr("Checklist"), [this] { return buildChecklist(); },
        m_context.window);
    m_diagnosticsDock = new DeferredDock(
        QStringLiteral("diagnosticsDock"), tr("Diagnostics"), [this] { return buildDiagnostics(); },
        m_context.window);
    m_gapDock = new DeferredDock(
        QStringLiteral("gapListDock"), tr("Gaps"), [this] { return buildGapList(); },
        m_context.window);
    for (DeferredDock *dock : {m_checklistDock, m_diagnosticsDock, m_gapDock})
        m_context.addPanel(dock, Qt::RightDockWidgetArea);
    // Share the tabbed group under the inspector rather than squeezing it.
    if (tabbedWith) {
        for (DeferredDock *dock : {m_checklistDock, m_diagnosticsDock, m_gapDock})
            m_context.window->tabifyDockWidget(tabbedWith, dock);
        tabbedWith->raise();
    }
}

ChecklistPanel *LensController::buildChecklist()
{
    m_checklist = new ChecklistPanel(m_context.document);
    m_checklist->setObjectName(QStringLiteral("checklistPanel"));
    m_checklist->setInterpretation(m_context.tabs->currentInterpretationId());
    connect(m_checklist, &ChecklistPanel::selectFactorsRequested, this,
            [this](const QStringList &ids) { selectInCurrentView(ids, {}); });
    return m_checklist;
}

DiagnosticsPanel *LensController::buildDiagnostics()
{
    m_diagnostics = new DiagnosticsPanel(m_context.document);
    m_diagnostics->setObjectName(QStringLiteral("diagnosticsPanel"));
    m_diagnostics->setInterpretation(m_context.tabs->currentInterpretationId());
    connect(m_diagnostics, &DiagnosticsPanel::selectElementsRequested, this,
            &LensController::selectInCurrentView);
    connect(m_diagnostics, &DiagnosticsPanel::markersToggled, this, &LensController::applyNow);
    return m_diagnostics;
}

GapListPanel *LensController::buildGapList()
{
    m_gaps = new GapListPanel(m_context.document);
    m_gaps->setObjectName(QStringLiteral("gapListPanel"));
    m_gaps->setInterpretation(m_context.tabs->currentInterpretationId());
    connect(m_gaps, &GapListPanel::selectFactorsRequested, this,
            [this](const QStringList &ids) { selectInCurrentView(ids, {}); });
    return m_gaps;
}

ChecklistPanel *LensController::checklistPanel()
{
    m_checklistDock->content();
    return m_checklist;
}

DiagnosticsPanel *LensController::diagnosticsPanel()
{
    m_diagnosticsDock->content();
    return m_diagnostics;
}

GapListPanel *LensController::gapListPanel()
{
    m_gapDock->content();
    return m_gaps;
}

void LensController::setLens(Lens lens)
{
    WindowActions *actions = m_context.actions;
    for (QAction *action : actions->lensGroup->actions())
        if (action->data().toString() == lensId(lens) && !action->isChecked())
            action->setChecked(true);
    if (lens == m_lens)
        return;
    m_lens = lens;
    applyNow();
    if (lens == Lens::Gaps) {
        m_gapDock->show();
        m_gapDock->raise();
    }
}

void LensController::toggleIntervention(const QString &interpretationId,
                                        const QStringList &factorIds)
{
    if (factorIds.isEmpty())
        return;
    QSet<QString> &set = m_intervened[interpretationId];
    bool allOn = true;
    for (const QString &id : factorIds)
        allOn = allOn && set.contains(id);
    for (const QString &id : factorIds) {
        if (allOn)
            set.remove(id);
        else
            set.insert(id);
    }
    applyNow();
}

void LensController::clearInterventions()
{
    if (m_intervened.isEmpty())
        return;
    m_intervened.clear();
    scheduleApply();
}

void LensController::interveneOnSelection()
{
    CanvasView *view = m_context.tabs->currentView();
    if (!view)
        return;
    const QStringList selected = view->selectedFactorIds();
    if (selected.isEmpty()) {
        m_context.showStatus(tr("Select a factor first, then press I to intervene on it."), 4000);
        return;
    }
    // The what-if only shows in the levers lens, so asking for it switches there.
    if (m_lens != Lens::Levers)
        setLens(Lens::Levers);
    toggleIntervention(view->interpretationId(), selected);
}

void LensController::scheduleApply()
{
    m_applyTimer.start();
}

void LensController::applyNow()
{
    m_applyTimer.stop();
    InterpretationTabs *tabs = m_context.tabs;
    for (int i = 0; i < tabs->count(); ++i)
        applyTo(tabs->view(i));
    updateStatus();
}

void LensController::applyTo(CanvasView *view)
{
    if (!view)
        return;
    CanvasScene *scene = view->canvasScene();
    LensStyler::apply(scene, m_lens, m_intervened.value(view->interpretationId()));
    const Interpretation *interpretation = scene->interpretation();
    // The diagnostics panel starts with its markers on; until it is built they stay on.
    const bool markersShown = !m_diagnostics || m_diagnostics->markersShown();
    if (markersShown && interpretation)
        DiagnosticMarkers::show(scene, diagnose(m_context.document->incident(), *interpretation));
    else
        DiagnosticMarkers::clear(scene);
}

void LensController::updateStatus()
{
    const Incident &incident = m_context.document->incident();
    const QString id = m_context.tabs->currentInterpretationId();
    const Interpretation *interpretation = incident.findInterpretation(id);
    const QString text = interpretation ? LensSummary::describe(incident, *interpretation, m_lens,
                                                                m_intervened.value(id))
                                        : QString();
    m_status->setText(text);
    m_status->setToolTip(text);
    // One message at a time: while the status bar shows a temporary message
    // (a hovered action's tip) the summary waits for it to go.
    const bool messageShown = !m_context.window->statusBar()->currentMessage().isEmpty();
    m_status->setVisible(!text.isEmpty() && !messageShown);
}

void LensController::onViewCreated(CanvasView *view)
{
    if (!view)
        return;
    // A reset recreates every item: style the new ones.
    connect(view->canvasScene(), &CanvasScene::rebuilt, this, &LensController::scheduleApply);
    // Right-click on a factor in the levers lens: intervene here / remove the intervention.
    QPointer<CanvasView> guarded(view);
    new InterventionMenuFilter(
        view, {[this] { return m_lens == Lens::Levers; },
               [this, guarded](const QString &factorId) {
                   return guarded &&
                          m_intervened.value(guarded->interpretationId()).contains(factorId);
               },
               [this, guarded](const QString &factorId) {
                   if (guarded)
                       toggleIntervention(guarded->interpretationId(), {factorId});
               }});
    applyTo(view);
}

void LensController::onCurrentViewChanged()
{
    const QString id = m_context.tabs->currentInterpretationId();
    if (m_checklist)
        m_checklist->setInterpretation(id);
    if (m_diagnostics)
        m_diagnostics->setInterpretation(id);
    if (m_gaps)
        m_gaps->setInterpretation(id);
    updateStatus();
}

void LensController::selectInCurrentView(const QStringList &factorIds, const QStringList &linkIds)
{
    if (CanvasView *view = m_context.tabs->currentView())
        view->selectElements(factorIds, linkIds);
}

} // namespace faultline
