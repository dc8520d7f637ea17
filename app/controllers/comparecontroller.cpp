#include "app/controllers/comparecontroller.h"

#include "app/window/windowactions.h"
#include "widgets/common/interpretationtabs.h"

#include "model/compare/discussionsummary.h"
#include "model/document.h"
#include "model/layout/causallayout.h"
#include "model/layout/layoutrunner.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/compare/comparecolumnview.h"
#include "widgets/compare/comparescenes.h"
#include "widgets/compare/compareview.h"
#include "widgets/compare/cruxlistwidget.h"
#include "widgets/compare/interpretationpickerdialog.h"
#include "widgets/discussion/discussionpanel.h"
#include "widgets/discussion/summarywriter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>

#include <QAction>
#include <QDockWidget>
#include <QEvent>

namespace faultline {

CompareController::CompareController(const ControllerContext &context)
    : QObject(context.window), m_context(context), m_runner(new LayoutRunner(this))
{
    connect(m_runner, &LayoutRunner::finished, this, [this](const LayoutResult &result) {
        if (m_view)
            m_view->setCommonLayoutRunning(false);
        if (!isOpen() || !result.ok)
            return;
        m_commonLayout = result;
        m_view->setComparison(m_context.document->incident(), m_ids, m_commonLayout);
        m_view->fitAll();
    });
    connect(m_runner, &LayoutRunner::failed, this, [this](const QString &message) {
        if (m_view)
            m_view->setCommonLayoutRunning(false);
        m_context.showStatus(tr("Common layout failed: %1").arg(message), 8000);
    });
    m_pick = [window = context.window](const Incident &incident, const QStringList &preselected) {
        return InterpretationPickerDialog::pick(window, incident, preselected);
    };
    m_askPath = [this](QWidget *parent, const QString &suggested) {
        return QFileDialog::getSaveFileName(parent, tr("Save Discussion Summary"), suggested,
                                            tr("Markdown (*.md);;PDF (*.pdf)"));
    };
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &CompareController::refresh);

    connect(context.actions->compare, &QAction::triggered, this, &CompareController::compare);
    context.window->installEventFilter(this);
    Document *document = context.document;
    // Every edit, undo and redo moves the undo index; a reset is a new document.
    connect(document->undoStack(), &QUndoStack::indexChanged, this,
            &CompareController::scheduleRefresh);
    // Positions and notes show at once in the crux list (no column rebuild).
    connect(document, &Document::discussionChanged, this, [this] {
        if (isOpen())
            m_view->updateDiscussion(m_context.document->incident());
    });
    connect(document, &Document::reset, this, [this] {
        if (isOpen())
            close(); // another incident: the compared readings are gone
    });
}

QStringList CompareController::suggestion() const
{
    const QList<Interpretation> &interps = m_context.document->incident().interpretations;
    if (interps.isEmpty())
        return {};
    const int current = std::max(0, m_context.document->incident().interpretationIndex(
                                        m_context.tabs->currentInterpretationId()));
    QStringList ids{interps[current].id};
    if (interps.size() > 1)
        ids.append(interps[(current + 1) % interps.size()].id);
    return ids;
}

void CompareController::compare()
{
    const Incident &incident = m_context.document->incident();
    if (incident.interpretations.size() < 2) {
        m_context.showStatus(
            tr("Comparing needs at least two interpretations: add or duplicate one first."), 5000);
        return;
    }
    QStringList ids;
    if (incident.interpretations.size() == 2) {
        for (const Interpretation &interp : incident.interpretations)
            ids.append(interp.id);
    } else {
        ids = m_pick(incident, suggestion());
    }
    if (!ids.isEmpty())
        open(ids);
}

bool CompareController::open(const QStringList &interpretationIds)
{
    const Incident &incident = m_context.document->incident();
    QStringList ids;
    for (const QString &id : interpretationIds)
        if (incident.findInterpretation(id) && !ids.contains(id))
            ids.append(id);
    if (ids.size() < InterpretationPickerDialog::kMinimum ||
        ids.size() > InterpretationPickerDialog::kMaximum)
        return false;
    if (!m_view) {
        m_view = new CompareView(m_context.window);
        connect(m_view, &CompareView::backRequested, this, &CompareController::close);
        connect(m_view, &CompareView::commonLayoutRequested, this,
                &CompareController::startCommonLayout);
        auto *panel = new DiscussionPanel(m_context.document);
        connect(panel, &DiscussionPanel::saveSummaryRequested, this,
                [this] { saveSummaryInteractively(); });
        m_view->setDiscussionPanel(panel);
    }
    if (ids != m_ids)
        m_commonLayout = {}; // laid out for other readings
    m_ids = ids;
    m_refreshTimer.stop();
    m_view->setComparison(incident, ids, m_commonLayout);
    m_shown = incident;
    m_shown.discussion = {};
    if (!isOpen())
        putDocksAway();
    m_context.setCentralOverlay(m_view);
    // Focus on a column, not the crux list: a list taking the focus makes its
    // first row current, and the view should open on the calm overview.
    // F8 / Shift+F8 step through the cruxes from the columns too.
    if (QWidget *column = m_view->columnView(0))
        column->setFocus();
    return true;
}

void CompareController::close()
{
    m_refreshTimer.stop();
    if (!isOpen())
        return;
    m_context.setCentralOverlay(nullptr);
    bringDocksBack();
    // The canvas was only hidden, so its selection is as the user left it.
    if (CanvasView *view = m_context.tabs->currentView())
        view->setFocus();
}

void CompareController::putDocksAway()
{
    m_editorDockState = m_context.window->saveState();
    for (QDockWidget *dock : m_context.panels())
        dock->hide();
}

void CompareController::bringDocksBack()
{
    if (m_editorDockState.isEmpty())
        return;
    // The saved state has every dock's place, tab order and visibility.
    m_context.window->restoreState(m_editorDockState);
    m_editorDockState.clear();
}

bool CompareController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_context.window && event->type() == QEvent::Close && isOpen())
        close();
    return QObject::eventFilter(watched, event);
}

bool CompareController::isOpen() const
{
    // Asked during the window's destruction too (the undo stack is cleared
    // then), so only the view itself is consulted: the stack shows one page.
    return m_view && m_view->isVisibleTo(m_context.window);
}

void CompareController::scheduleRefresh()
{
    if (isOpen())
        m_refreshTimer.start(); // restarts: a burst of edits refreshes once
}

void CompareController::refresh()
{
    if (!isOpen())
        return;
    const Incident &incident = m_context.document->incident();
    QStringList ids;
    for (const QString &id : std::as_const(m_ids))
        if (incident.findInterpretation(id))
            ids.append(id);
    if (ids.size() < InterpretationPickerDialog::kMinimum) {
        close(); // a compared interpretation was deleted (e.g. by undo)
        return;
    }
    Incident shown = incident;
    shown.discussion = {};
    if (ids == m_ids && shown == m_shown)
        return; // only the discussion changed: updateDiscussion has shown it
    if (ids != m_ids)
        m_commonLayout = {};
    m_ids = ids;
    m_shown = shown;
    // A factor added since the common layout keeps its drawn position.
    m_view->setComparison(incident, ids, m_commonLayout);
}

bool CompareController::saveSummary(const QString &path, QString *error,
                                    const QStringList &interpretationIds) const
{
    const Incident &incident = m_context.document->incident();
    const QStringList ids = !interpretationIds.isEmpty() ? interpretationIds
                            : m_ids.isEmpty() ? DiscussionSummary::defaultComparison(incident)
                                              : m_ids;
    return SummaryWriter::write(DiscussionSummary::markdown(incident, ids), incident.title, path)
        .succeeded(error);
}

void CompareController::saveSummaryInteractively(QWidget *dialogParent,
                                                 const QStringList &interpretationIds)
{
    QWidget *parent = dialogParent ? dialogParent : m_context.window;
    const QString base = QFileInfo(m_context.document->filePath()).completeBaseName();
    const QString suggested =
        (base.isEmpty() ? tr("summary") : base + tr("-summary")) + QStringLiteral(".md");
    QString path = m_askPath(parent, suggested);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("md") && suffix != QLatin1String("pdf"))
        path += QStringLiteral(".md");
    QString error;
    if (saveSummary(path, &error, interpretationIds))
        m_context.showStatus(tr("Summary saved to %1").arg(path), 5000);
    else
        QMessageBox::warning(parent, tr("Save Summary"),
                             tr("Could not save the summary to %1:\n%2").arg(path, error));
}

void CompareController::startCommonLayout()
{
    if (!isOpen())
        return;
    m_view->setCommonLayoutRunning(true);
    m_runner->start(CompareScenes::unionLayoutRequest(m_context.document->incident(), m_ids));
}

} // namespace faultline
