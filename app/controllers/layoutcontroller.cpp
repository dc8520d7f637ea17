#include "app/controllers/layoutcontroller.h"

#include "app/window/windowactions.h"
#include "widgets/common/interpretationtabs.h"

#include "model/document.h"
#include "model/editing/documenteditor.h"
#include "model/layout/causallayout.h"
#include "model/layout/layoutrunner.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/layout/layoutprogressoverlay.h"
#include "widgets/panels/plaintext.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMainWindow>
#include <QSet>

namespace faultline {

namespace {
constexpr int kProgressDelayMs = 300;
constexpr int kMessageMs = 10000;
} // namespace

LayoutController::LayoutController(const ControllerContext &context)
    : QObject(context.window), m_context(context), m_runner(new LayoutRunner(this)),
      m_tabsAlive(context.tabs)
{
    m_runner->setWorkerProgram(defaultWorkerProgram());
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(kProgressDelayMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &LayoutController::showProgress);
    connect(m_runner, &LayoutRunner::finished, this, &LayoutController::onFinished);
    connect(m_runner, &LayoutRunner::failed, this, &LayoutController::onFailed);
    connect(m_runner, &LayoutRunner::cancelled, this, &LayoutController::onCancelled);

    WindowActions *a = context.actions;
    connect(a->layoutInterpretation, &QAction::triggered, this,
            &LayoutController::layOutCurrentInterpretation);
    connect(a->layoutSelection, &QAction::triggered, this, &LayoutController::layOutSelection);
    connect(a->pinSelection, &QAction::triggered, this, &LayoutController::setSelectionPinned);

    Document *document = context.document;
    // A running job was computed from the document as it was when it started.
    // Any edit (including undo/redo and closing the tab, which are commands
    // too) cancels it rather than letting its result land later: applying it
    // would move factors the user has just placed or refer to removed ones,
    // and cancelling frees the CPU at once. The user can simply lay out again.
    connect(document->undoStack(), &QUndoStack::indexChanged, this,
            &LayoutController::onDocumentChanged);
    connect(document, &Document::reset, this, &LayoutController::onDocumentChanged);
    // Only selected factors' pins show in the actions ("Pin in Place" is
    // checked when all of them are pinned); applying a layout changes every
    // placement, and each update reads the whole selection.
    connect(document, &Document::placementChanged, this,
            [this](const QString &, const QString &factorId) {
                CanvasView *view = windowAlive() ? m_context.tabs->currentView() : nullptr;
                const FactorItem *item = view ? view->canvasScene()->factorItem(factorId) : nullptr;
                if (item && item->isSelected())
                    updateActions();
            });
    connect(document, &Document::reset, this, &LayoutController::updateActions);

    InterpretationTabs *tabs = context.tabs;
    connect(tabs, &InterpretationTabs::viewCreated, this, &LayoutController::watchView);
    connect(tabs, &InterpretationTabs::currentViewChanged, this, &LayoutController::onViewsChanged);
    for (int i = 0; i < tabs->count(); ++i)
        watchView(tabs->view(i));
    updateActions();
}

LayoutController::~LayoutController()
{
    // The runner is a child and goes with us; it kills a worker process or
    // abandons a thread, whose result is then dropped.
    m_runner->disconnect(this);
}

QString LayoutController::defaultWorkerProgram()
{
    const QString program = QCoreApplication::applicationFilePath();
    const QString name = QFileInfo(program).completeBaseName();
    return name == QLatin1String("faultline") ? program : QString();
}

bool LayoutController::isRunning() const
{
    return m_runner->isRunning();
}

void LayoutController::layOutCurrentInterpretation()
{
    if (CanvasView *view = m_context.tabs->currentView())
        layOutInterpretation(view->interpretationId());
}

bool LayoutController::layOutInterpretation(const QString &interpretationId)
{
    const Incident &incident = m_context.document->incident();
    if (!incident.findInterpretation(interpretationId))
        return false;
    return start(interpretationId,
                 CausalLayout::interpretationRequest(incident, interpretationId, m_options));
}

void LayoutController::layOutSelection()
{
    CanvasView *view = m_context.tabs->currentView();
    if (!view)
        return;
    const QStringList selected = view->selectedFactorIds();
    if (selected.isEmpty())
        return;
    start(view->interpretationId(),
          CausalLayout::selectionRequest(m_context.document->incident(), view->interpretationId(),
                                         QSet<QString>(selected.cbegin(), selected.cend()),
                                         m_options));
}

bool LayoutController::start(const QString &interpretationId, const LayoutRequest &request)
{
    if (m_runner->isRunning()) {
        m_cancelReason = tr("Layout restarted.");
        m_runner->cancel();
    }
    // Pinned (fixed) nodes still count as arranged for the engine; the user
    // only cares whether anything can move.
    int arranged = 0;
    for (const LayoutNode &node : request.nodes)
        arranged += node.arranged && !node.fixed ? 1 : 0;
    if (arranged == 0) {
        m_context.showStatus(
            tr("Nothing to lay out: every factor is pinned or the diagram is empty."), kMessageMs);
        return false;
    }
    m_jobInterpretation = interpretationId;
    m_jobFactorCount = arranged;
    m_context.showStatus(tr("Laying out %n factor(s)…", nullptr, arranged));
    m_progressTimer.start();
    m_runner->start(request);
    return m_runner->isRunning();
}

void LayoutController::cancel()
{
    if (!m_runner->isRunning())
        return;
    m_cancelReason = tr("Layout cancelled; nothing was moved.");
    m_runner->cancel();
}

void LayoutController::onDocumentChanged()
{
    if (!m_runner->isRunning())
        return;
    if (!windowAlive()) { // the document is clearing its history on the way out
        m_runner->disconnect(this);
        m_runner->cancel();
        return;
    }
    m_cancelReason = tr("Layout cancelled because the diagram changed; nothing was moved.");
    m_runner->cancel();
}

void LayoutController::onFinished(const LayoutResult &result)
{
    const QString interpretationId = m_jobInterpretation;
    endJob();
    Document *document = m_context.document;
    // Belt and braces: edits cancel the job, but a result must never land on
    // an interpretation (tab) that no longer exists.
    if (!document->incident().findInterpretation(interpretationId)) {
        abandon(interpretationId,
                tr("The layout finished for an interpretation that was closed; it was dropped."));
        return;
    }
    if (!document->editor().applyLayout(interpretationId, result, tr("Lay out"))) {
        abandon(interpretationId, tr("The diagram is already laid out."));
        return;
    }
    if (CanvasView *view = viewFor(interpretationId))
        view->zoomToFit();
    QString message = tr("Laid out %n factor(s).", nullptr, int(result.positions.size()));
    if (!result.warnings.isEmpty())
        message +=
            QLatin1Char(' ') + plaintext::oneLine(result.warnings.join(QStringLiteral("; ")), 200);
    m_context.showStatus(message, kMessageMs);
    Q_EMIT layoutApplied(interpretationId);
}

void LayoutController::onFailed(const QString &message)
{
    const QString interpretationId = m_jobInterpretation;
    endJob();
    abandon(interpretationId,
            tr("Layout failed: %1 Nothing was moved.").arg(plaintext::oneLine(message, 200)));
}

void LayoutController::onCancelled()
{
    const QString reason =
        m_cancelReason.isEmpty() ? tr("Layout cancelled; nothing was moved.") : m_cancelReason;
    m_cancelReason.clear();
    const QString interpretationId = m_jobInterpretation;
    endJob();
    abandon(interpretationId, reason);
}

void LayoutController::abandon(const QString &interpretationId, const QString &reason)
{
    if (!windowAlive())
        return;
    m_context.showStatus(reason, kMessageMs);
    Q_EMIT layoutAbandoned(interpretationId, reason);
}

void LayoutController::endJob()
{
    m_progressTimer.stop();
    if (m_overlay)
        m_overlay->hide();
    m_jobInterpretation.clear();
    m_jobFactorCount = 0;
}

void LayoutController::showProgress()
{
    CanvasView *view = viewFor(m_jobInterpretation);
    if (!m_runner->isRunning() || !view)
        return;
    if (!m_overlay) {
        m_overlay = new LayoutProgressOverlay(view);
        connect(m_overlay, &LayoutProgressOverlay::cancelRequested, this,
                &LayoutController::cancel);
    }
    m_overlay->showOver(view,
                        tr("Laying out “%1” (%n factor(s))…", nullptr, m_jobFactorCount)
                            .arg(plaintext::oneLine(interpretationName(m_jobInterpretation), 60)));
}

void LayoutController::setSelectionPinned(bool pinned)
{
    CanvasView *view = m_context.tabs->currentView();
    Document *document = m_context.document;
    const Interpretation *interp =
        view ? document->incident().findInterpretation(view->interpretationId()) : nullptr;
    QStringList changing;
    if (interp) {
        for (const QString &id : view->selectedFactorIds()) {
            const Placement *placement = interp->findPlacement(id);
            if (placement && placement->pinned != pinned)
                changing.append(id);
        }
    }
    if (changing.isEmpty()) {
        updateActions();
        return;
    }
    const QString interpretationId = interp->id;
    const QString text = pinned ? tr("Pin in place") : tr("Unpin");
    DocumentEditor &editor = document->editor();
    if (changing.size() > 1)
        editor.beginMacro(text);
    for (const QString &id : std::as_const(changing)) {
        Placement placement =
            *document->incident().findInterpretation(interpretationId)->findPlacement(id);
        placement.pinned = pinned;
        // No merge field: each pin gesture is its own undo step.
        editor.editPlacement(interpretationId, placement, QString(), text);
    }
    if (changing.size() > 1)
        editor.endMacro();
    updateActions();
}

void LayoutController::watchView(CanvasView *view)
{
    if (view)
        connect(view, &CanvasView::selectionChanged, this, &LayoutController::onViewsChanged);
}

void LayoutController::onViewsChanged()
{
    // While the window is destroyed, its tabs and views still emit (scenes
    // drop their selection, tabs go away) but are half torn down: by then
    // their dynamic type is plain QWidget, so the casts fail and we keep out.
    QObject *from = sender();
    if (from && !qobject_cast<CanvasView *>(from) && !qobject_cast<InterpretationTabs *>(from))
        return;
    updateActions();
}

bool LayoutController::windowAlive() const
{
    // The window's children (the document, the tabs) go before us: the tabs
    // while the window's own destructor runs, the rest once its dynamic type
    // is plain QWidget.
    return m_tabsAlive && qobject_cast<const QMainWindow *>(m_context.window) != nullptr;
}

void LayoutController::updateActions()
{
    if (!windowAlive())
        return;
    WindowActions *a = m_context.actions;
    CanvasView *view = m_context.tabs->currentView();
    const QStringList selected = view ? view->selectedFactorIds() : QStringList();
    const Interpretation *interp =
        view ? m_context.document->incident().findInterpretation(view->interpretationId())
             : nullptr;
    bool allPinned = interp && !selected.isEmpty();
    if (allPinned) {
        QSet<QString> pinned; // one pass, not a list search per selected factor
        for (const Placement &placement : interp->placements)
            if (placement.pinned)
                pinned.insert(placement.factorId);
        for (const QString &id : selected)
            allPinned = allPinned && pinned.contains(id);
    }
    a->layoutInterpretation->setEnabled(interp != nullptr);
    a->layoutSelection->setEnabled(interp && !selected.isEmpty());
    a->pinSelection->setEnabled(interp && !selected.isEmpty());
    a->pinSelection->setChecked(allPinned);
}

CanvasView *LayoutController::viewFor(const QString &interpretationId) const
{
    InterpretationTabs *tabs = m_context.tabs;
    const int index = interpretationId.isEmpty() ? -1 : tabs->indexOf(interpretationId);
    return index < 0 ? nullptr : tabs->view(index);
}

QString LayoutController::interpretationName(const QString &interpretationId) const
{
    const Interpretation *interp =
        m_context.document->incident().findInterpretation(interpretationId);
    return interp ? interp->name : QString();
}

} // namespace faultline
