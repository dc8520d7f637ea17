#include "app/window/mainwindow.h"

#include "app/controllers/comparecontroller.h"
#include "app/controllers/controllercontext.h"
#include "app/controllers/documentcontroller.h"
#include "app/controllers/exportcontroller.h"
#include "app/controllers/gallerycontroller.h"
#include "app/controllers/helpcontroller.h"
#include "app/controllers/importcontroller.h"
#include "app/controllers/layoutcontroller.h"
#include "app/controllers/lenscontroller.h"
#include "app/controllers/presentationcontroller.h"
#include "app/controllers/recoverycontroller.h"
#include "app/controllers/versioncomparecontroller.h"
#include "app/controllers/versioncontroller.h"
#include "app/window/afterfirstframe.h"
#include "app/window/filedropopener.h"
#include "app/window/panefocus.h"
#include "app/window/recentfiles.h"
#include "app/window/windowactions.h"
#include "app/window/windowlayout.h"
#include "app/window/windowmenus.h"
#include "widgets/common/deferreddock.h"
#include "widgets/common/findbar.h"
#include "widgets/common/interpretationtabs.h"
#include "widgets/common/lensswitch.h"
#include "widgets/common/toolicons.h"

#include "model/document.h"
#include "model/kindstyle.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/panels/factorlistwidget.h"
#include "widgets/panels/inspectorwidget.h"
#include "widgets/panels/palettewidget.h"
#include "widgets/panels/plaintext.h"
#include "widgets/panels/sourceswidget.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QResizeEvent>
#include <QSettings>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoView>
#include <QVBoxLayout>

namespace faultline {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSnapKey = QStringLiteral("canvas/snapToGrid");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new Document(this)),
      m_controller(new DocumentController(m_document, this, this)),
      m_actions(new WindowActions(m_document->undoStack(), this)), m_menus(new WindowMenus(this)),
      m_tabs(new InterpretationTabs(m_document)), m_afterFirstFrame(new AfterFirstFrame(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    new FileDropOpener(this, [this](const QString &path) { openFile(path); });
    setDockNestingEnabled(true);
    setDocumentMode(true);
    m_document->resetIncident(DocumentController::untitledIncident());

    m_editorPage = new QWidget;
    auto *centralLayout = new QVBoxLayout(m_editorPage);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_tabs, 1);
    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("centralStack"));
    m_central->addWidget(m_editorPage);
    setCentralWidget(m_central);
    // Canvas edit shortcuts only while the canvas area has focus (see canvasScopedActions()).
    for (QAction *action : m_actions->canvasScopedActions()) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_tabs->addAction(action);
    }

    // In the menu bar's free corner: always visible, costs the canvas no height,
    // and never goes behind the tool bar's overflow.
    m_lensSwitch = new LensSwitch(m_actions->lensGroup);
    menuBar()->setCornerWidget(m_lensSwitch, Qt::TopRightCorner);
    m_windowLayout = new WindowLayout(this);
    createDocks();
    m_menus->create();
    connectActions();
    m_paneFocus = new PaneFocus(this);
    createControllers();

    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setMinimumWidth(60);
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_zoomLabel);
    m_zoomLabel->setVisible(!m_panelsAwayForStart);

    connect(m_tabs, &InterpretationTabs::viewCreated, this, &MainWindow::onViewCreated);
    connect(m_tabs, &InterpretationTabs::currentViewChanged, this,
            &MainWindow::onCurrentViewChanged);
    for (int i = 0; i < m_tabs->count(); ++i)
        onViewCreated(m_tabs->view(i));
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::reset, this, &MainWindow::updateTitle);
    connect(m_controller, &DocumentController::documentReplaced, this, [this] {
        updateTitle();
        if (CanvasView *view = currentView())
            view->zoomToFit();
    });

    // Opening a file at start-up adds it to the recent files; the disk write
    // (QSettings syncs) waits until the first frame is on screen.
    m_controller->recentFiles()->holdWrites();
    whenFirstFrameDrawn([this] { m_controller->recentFiles()->writeHeld(); });

    resize(1440, 900);
    m_windowLayout->applyDefault();
    restoreSettings();
    onCurrentViewChanged(currentView());
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Views, panels and docks go first, while the Document they read is still
    // there, and without telling this half-destroyed window about it.
    m_document->disconnect(this);
    m_document->undoStack()->disconnect(this);
    m_tabs->disconnect(this);
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->view(i)->disconnect(this);
    delete takeCentralWidget();
    m_panels.clear();
    qDeleteAll(findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly));
}

CanvasView *MainWindow::currentView() const
{
    return m_tabs->currentView();
}

bool MainWindow::openFile(const QString &path)
{
    return m_controller->openFile(path);
}

bool MainWindow::saveTo(const QString &path)
{
    return m_controller->saveTo(path);
}

// ---------------------------------------------------------------- set-up

void MainWindow::whenFirstFrameDrawn(std::function<void()> work)
{
    m_afterFirstFrame->add(std::move(work));
}

bool MainWindow::isFirstFrameDrawn() const
{
    return m_afterFirstFrame->hasRun();
}

ControllerContext MainWindow::controllerContext()
{
    ControllerContext context;
    context.window = this;
    context.document = m_document;
    context.files = m_controller;
    context.tabs = m_tabs;
    context.actions = m_actions;
    context.statusSink = [this](const QString &message, int timeoutMs) {
        statusBar()->showMessage(message, timeoutMs);
    };
    context.panelAdder = [this](QDockWidget *dock, Qt::DockWidgetArea area) {
        addPanel(dock, area);
    };
    context.panelList = [this] { return panels(); };
    context.overlaySetter = [this](QWidget *widget) { setCentralOverlay(widget); };
    context.overlayGetter = [this] { return centralOverlay(); };
    context.firstFrameScheduler = [this](std::function<void()> work) {
        whenFirstFrameDrawn(std::move(work));
    };
    return context;
}

void MainWindow::createControllers()
{
    // Features beyond basic editing, each wired to its actions by its own
    // controller; one that needs another is handed it here.
    const ControllerContext context = controllerContext();
    m_layout = new LayoutController(context);
    m_import = new ImportController(context);
    m_compare = new CompareController(context);
    m_lenses = new LensController(context, m_sourcesDock);
    statusBar()->addWidget(m_lenses->statusLabel(), 1);
    m_export = new ExportController(context, m_lenses);
    m_recovery = new RecoveryController(context);
    m_gallery = new GalleryController(context);
    m_help = new HelpController(context);
    m_presentation = new PresentationController(context, m_compare);
    // Owned by the window; tests reach them through their docks and actions.
    new VersionController(context);
    new VersionCompareController(context);
}

void MainWindow::addPanel(QDockWidget *dock, Qt::DockWidgetArea area)
{
    m_panels.append(dock);
    addDockWidget(area, dock);
    m_menus->panelsMenu()->addAction(dock->toggleViewAction());
}

void MainWindow::setCentralOverlay(QWidget *widget)
{
    m_lensSwitch->setVisible(!widget); // lenses style the editor's canvases only
    // The start screen stands alone: no panels of a document nobody sees.
    const bool startScreen = widget && m_gallery && widget == m_gallery->startPage();
    if (startScreen != m_panelsAwayForStart) {
        m_panelsAwayForStart = startScreen;
        m_windowLayout->setPanelsAway(startScreen);
        m_menus->setEditingToolsShown(!startScreen);
        if (m_zoomLabel) // the zoom of a canvas nobody sees
            m_zoomLabel->setVisible(!startScreen);
    }
    if (!widget) {
        m_central->setCurrentWidget(m_editorPage);
        return;
    }
    if (m_central->indexOf(widget) < 0)
        m_central->addWidget(widget);
    m_central->setCurrentWidget(widget);
}

QWidget *MainWindow::centralOverlay() const
{
    return m_central->currentWidget() == m_editorPage ? nullptr : m_central->currentWidget();
}

void MainWindow::createDocks()
{
    m_palette = new PaletteWidget(m_document);
    m_factorList = new FactorListWidget(m_document);
    m_inspector = new InspectorWidget(m_document);
    m_sources = new SourcesWidget(m_document);

    QHash<QString, QKeySequence> hints;
    for (auto it = m_actions->addFactor.cbegin(); it != m_actions->addFactor.cend(); ++it)
        hints.insert(it.key(), it.value()->shortcut());
    m_palette->setShortcutHints(hints);

    QDockWidget *palette =
        m_menus->createDock(QStringLiteral("paletteDock"), QT_TR_NOOP("Factor Palette"), m_palette);
    QDockWidget *factors = m_menus->createDock(QStringLiteral("factorListDock"),
                                               QT_TR_NOOP("Incident Factors"), m_factorList);
    QDockWidget *inspector =
        m_menus->createDock(QStringLiteral("inspectorDock"), QT_TR_NOOP("Inspector"), m_inspector);
    QDockWidget *sources =
        m_menus->createDock(QStringLiteral("sourcesDock"), QT_TR_NOOP("Sources"), m_sources);
    m_sourcesDock = sources;
    // Starts behind the Sources tab: its list is built when first shown.
    m_historyDock =
        m_menus->createDeferredDock(QStringLiteral("historyDock"), QT_TR_NOOP("History"),
                                    [this] { return buildHistoryView(); });
    QDockWidget *history = m_historyDock;
    m_panels = {palette, factors, inspector, sources, history};
    // Placed and sized by WindowLayout once every feature has added its panels.
    for (QDockWidget *dock : std::as_const(m_panels))
        addDockWidget(dock == palette || dock == factors ? Qt::LeftDockWidgetArea
                                                         : Qt::RightDockWidgetArea,
                      dock);

    connect(m_palette, &PaletteWidget::placementRequested, this, [this](const QString &kind) {
        if (CanvasView *view = currentView()) {
            view->setPlacementKind(kind);
            view->setFocus(Qt::OtherFocusReason);
        }
    });
    connect(m_palette, &PaletteWidget::kindActivated, this, [this](const QString &kind) {
        if (CanvasView *view = currentView()) {
            view->setPlacementKind(QString());
            view->addFactorAtCenter(kind);
        }
    });
    connect(m_factorList, &FactorListWidget::placeRequested, this, &MainWindow::placeFromList);
    connect(m_factorList, &FactorListWidget::factorSelected, this, [this](const QString &factorId) {
        CanvasView *view = currentView();
        const Interpretation *interp =
            m_document->incident().findInterpretation(m_tabs->currentInterpretationId());
        if (view && interp && interp->usesFactor(factorId))
            view->selectElements({factorId}, {});
    });
}

FindBar *MainWindow::findBar()
{
    // Built when Find is first used: the bar starts hidden, and its line edit
    // and icons were about 5 ms of every start-up.
    if (m_findBar)
        return m_findBar;
    m_findBar = new FindBar;
    m_findBar->hide();
    m_editorPage->layout()->addWidget(m_findBar);
    connect(m_findBar, &FindBar::findNextRequested, this, &MainWindow::findNext);
    connect(m_findBar, &FindBar::closed, this, [this] {
        if (CanvasView *view = currentView())
            view->setFocus(Qt::OtherFocusReason);
    });
    return m_findBar;
}

QUndoView *MainWindow::buildHistoryView()
{
    m_history = new QUndoView(m_document->undoStack());
    m_history->setObjectName(QStringLiteral("historyView"));
    m_history->setEmptyLabel(tr("<Opened>"));
    m_history->setAccessibleName(tr("Undo history"));
    m_history->setCleanIcon(toolIcon(ToolIcon::Save));
    return m_history;
}

QUndoView *MainWindow::historyView()
{
    m_historyDock->content();
    return m_history;
}

void MainWindow::connectActions()
{
    WindowActions *a = m_actions;
    const auto onView = [this](void (CanvasView::*method)()) {
        return [this, method] {
            if (CanvasView *view = currentView())
                (view->*method)();
        };
    };
    connect(a->newFile, &QAction::triggered, m_controller, &DocumentController::newIncident);
    connect(a->open, &QAction::triggered, m_controller, &DocumentController::open);
    connect(a->save, &QAction::triggered, m_controller, &DocumentController::save);
    connect(a->saveAs, &QAction::triggered, m_controller, &DocumentController::saveAs);
    connect(a->close, &QAction::triggered, this, [this] {
        if (m_controller->closeIncident())
            m_gallery->showStartPage(); // where the next document is chosen
    });
    connect(a->quit, &QAction::triggered, this, &QWidget::close);

    connect(a->cut, &QAction::triggered, this, onView(&CanvasView::cutSelection));
    connect(a->copy, &QAction::triggered, this, onView(&CanvasView::copySelection));
    connect(a->paste, &QAction::triggered, this, onView(&CanvasView::paste));
    connect(a->duplicate, &QAction::triggered, this, onView(&CanvasView::duplicateSelection));
    connect(a->deleteSelection, &QAction::triggered, this, onView(&CanvasView::deleteSelection));
    connect(a->selectAll, &QAction::triggered, this, onView(&CanvasView::selectAll));
    connect(a->rename, &QAction::triggered, this, onView(&CanvasView::editSelectedLabel));
    connect(a->connectFactors, &QAction::triggered, this, [this] {
        if (CanvasView *view = currentView()) {
            view->setFocus(Qt::ShortcutFocusReason); // the keyboard now chooses the target
            view->startLinkFromSelection();
        }
    });
    connect(a->find, &QAction::triggered, this, [this] { findBar()->activate(); });
    connect(a->findNext, &QAction::triggered, this, [this] {
        if (findBar()->text().isEmpty())
            m_findBar->activate();
        else
            findNext();
    });

    connect(a->zoomIn, &QAction::triggered, this, onView(&CanvasView::zoomIn));
    connect(a->zoomOut, &QAction::triggered, this, onView(&CanvasView::zoomOut));
    connect(a->zoomFit, &QAction::triggered, this, onView(&CanvasView::zoomToFit));
    connect(a->zoomReset, &QAction::triggered, this, onView(&CanvasView::zoomReset));
    connect(a->snapToGrid, &QAction::toggled, m_tabs, &InterpretationTabs::setSnapToGrid);

    connect(a->newInterpretation, &QAction::triggered, m_tabs,
            &InterpretationTabs::newInterpretation);
    connect(a->renameInterpretation, &QAction::triggered, this, [this] { m_tabs->startRename(); });
    connect(a->duplicateInterpretation, &QAction::triggered, m_tabs,
            &InterpretationTabs::duplicateCurrent);
    connect(a->deleteInterpretation, &QAction::triggered, m_tabs,
            &InterpretationTabs::deleteCurrent);

    connect(a->newCustomKind, &QAction::triggered, m_palette, &PaletteWidget::newCustomKind);
    for (QAction *action : std::as_const(a->addFactorOrder)) {
        addAction(action); // shortcuts work even with the menu bar hidden
        connect(action, &QAction::triggered, this, [this, action] {
            if (CanvasView *view = currentView()) {
                view->setPlacementKind(QString());
                view->addFactorAtCenter(action->data().toString());
            }
        });
    }
}

// ---------------------------------------------------------------- canvas plumbing

void MainWindow::onViewCreated(CanvasView *view)
{
    connect(view, &CanvasView::selectionChanged, this, [this, view] {
        if (view == currentView())
            onSelectionChanged();
    });
    connect(view, &CanvasView::zoomChanged, this, [this, view] {
        if (view == currentView())
            updateZoomLabel();
    });
    connect(view, &CanvasView::placementModeChanged, this, [this, view](const QString &kind) {
        if (view == currentView())
            onPlacementModeChanged(kind);
    });
}

void MainWindow::onCurrentViewChanged(CanvasView *view)
{
    // Click-to-place belongs to the tab it was started in.
    if (m_view && m_view != view)
        m_view->setPlacementKind(QString());
    m_view = view;
    m_factorList->setInterpretation(m_tabs->currentInterpretationId());
    onPlacementModeChanged(view ? view->placementKind() : QString());
    onSelectionChanged();
    updateZoomLabel();
}

void MainWindow::onSelectionChanged()
{
    CanvasView *view = currentView();
    const QStringList factors = view ? view->selectedFactorIds() : QStringList();
    const QStringList links = view ? view->selectedLinkIds() : QStringList();
    m_inspector->setSelection(m_tabs->currentInterpretationId(), factors, links);
    if (factors.size() == 1 && links.isEmpty())
        m_factorList->showFactor(factors.first());
    updateActions();
}

void MainWindow::onPlacementModeChanged(const QString &kindId)
{
    m_palette->setActiveKind(kindId);
    if (kindId.isEmpty()) {
        statusBar()->clearMessage();
        return;
    }
    const KindStyle style = kindStyle(m_document->incident(), kindId);
    statusBar()->showMessage(tr("Click on the canvas to place a factor of kind “%1”. Esc cancels.")
                                 .arg(plaintext::oneLine(style.name, 60)));
}

void MainWindow::placeFromList(const QString &factorId)
{
    CanvasView *view = currentView();
    if (!view)
        return;
    view->placeExistingFactor(factorId, view->mapToScene(view->viewport()->rect().center()));
    view->setFocus(Qt::OtherFocusReason);
}

void MainWindow::findNext()
{
    CanvasView *view = currentView();
    const QString text = findBar()->text();
    m_findBar->setFound(view && view->findNext(text));
}

void MainWindow::updateActions()
{
    CanvasView *view = currentView();
    const bool hasView = view != nullptr;
    const bool factors = hasView && !view->selectedFactorIds().isEmpty();
    const bool any = factors || (hasView && !view->selectedLinkIds().isEmpty());
    m_actions->cut->setEnabled(factors);
    m_actions->copy->setEnabled(factors);
    m_actions->duplicate->setEnabled(factors);
    m_actions->deleteSelection->setEnabled(any);
    m_actions->rename->setEnabled(factors);
    m_actions->connectFactors->setEnabled(factors);
    for (QAction *action :
         {m_actions->paste, m_actions->selectAll, m_actions->find, m_actions->findNext,
          m_actions->zoomIn, m_actions->zoomOut, m_actions->zoomFit, m_actions->zoomReset,
          m_actions->renameInterpretation, m_actions->duplicateInterpretation,
          m_actions->deleteInterpretation})
        action->setEnabled(hasView);
    for (QAction *action : std::as_const(m_actions->addFactorOrder))
        action->setEnabled(hasView);
}

void MainWindow::updateZoomLabel()
{
    CanvasView *view = currentView();
    m_zoomLabel->setText(view ? tr("%1%").arg(qRound(view->zoom() * 100)) : QString());
}

void MainWindow::updateTitle()
{
    // "[*]" is where Qt shows the modified marker; it follows the undo stack's clean state.
    setWindowTitle(tr("%1[*] — Faultline").arg(m_controller->displayName()));
    setWindowModified(m_document->isModified());
    if (m_tabs->count() > 0)
        updateActions();
}

// ---------------------------------------------------------------- window events

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    if (!m_zoomLabel)
        return; // still being built: everything is created in the current language
    m_actions->retranslate();
    m_menus->retranslate();
    m_windowLayout->retranslate();
    if (m_history) {
        m_history->setEmptyLabel(tr("<Opened>"));
        m_history->setAccessibleName(tr("Undo history"));
    }
    updateTitle();
    updateZoomLabel();
    onPlacementModeChanged(m_view ? m_view->placementKind() : QString());
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    m_windowLayout->windowResized(event->oldSize(), event->size());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_windowLayout->windowShown();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_controller->maybeSave()) {
        event->ignore();
        return;
    }
    m_afterFirstFrame->runNow(); // closed before the first frame: still do what waited for it
    saveSettings();
    event->accept();
}

// ---------------------------------------------------------------- settings

void MainWindow::restoreSettings()
{
    QSettings settings;
    const bool restored =
        restoreGeometry(settings.value(kGeometryKey).toByteArray()) &&
        restoreState(settings.value(kStateKey).toByteArray(), WindowLayout::kStateVersion);
    m_windowLayout->afterRestore(restored);
    m_actions->snapToGrid->setChecked(settings.value(kSnapKey, false).toBool());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, m_windowLayout->editorState());
    settings.setValue(kSnapKey, m_actions->snapToGrid->isChecked());
}

} // namespace faultline
