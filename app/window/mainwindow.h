#pragma once

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoView;

namespace faultline {

class AfterFirstFrame;
class CanvasView;
class CompareController;
class DeferredDock;
class Document;
class DocumentController;
class ExportController;
class FactorListWidget;
class FindBar;
class GalleryController;
class HelpController;
class ImportController;
class InspectorWidget;
class InterpretationTabs;
class LayoutController;
class LensController;
class LensSwitch;
class PaletteWidget;
class PaneFocus;
class PresentationController;
class RecoveryController;
class SourcesWidget;
class WindowActions;
class WindowLayout;
class WindowMenus;
struct ControllerContext;

/// The editor window: one document, its interpretations as canvas tabs,
/// and docks for the palette, the incident's factors, the inspector, the
/// sources and the undo history.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens `path`, replacing the document after the unsaved-changes prompt;
    /// false when the file has errors (shown) or the user cancelled.
    bool openFile(const QString &path);
    /// Saves the document to `path`; false (error shown, still modified) on failure.
    bool saveTo(const QString &path);

    Document *document() const { return m_document; }
    DocumentController *controller() const { return m_controller; }
    WindowActions *windowActions() const { return m_actions; }
    InterpretationTabs *tabs() const { return m_tabs; }
    CanvasView *currentView() const;
    PaletteWidget *palette() const { return m_palette; }
    FactorListWidget *factorList() const { return m_factorList; }
    InspectorWidget *inspector() const { return m_inspector; }
    SourcesWidget *sources() const { return m_sources; }
    /// The find bar under the canvas, built now if Find was not used yet.
    FindBar *findBar();
    bool isFindBarBuilt() const { return m_findBar != nullptr; }
    /// The History panel's view, built now if its dock has not been shown yet.
    QUndoView *historyView();

    /// Adds a feature's dock (its object name set, for saveState()) in `area`,
    /// with its toggle in View > Panels, and restores its place from the saved
    /// window state. Feature controllers add their panels through this.
    void addPanel(QDockWidget *dock, Qt::DockWidgetArea area);
    /// Shows `widget` in the central area instead of the interpretation tabs
    /// (e.g. the compare view, the start screen); nullptr returns to the tabs.
    void setCentralOverlay(QWidget *widget);
    QWidget *centralOverlay() const;

    WindowMenus *menus() const { return m_menus; }
    /// Where the panels go and how wide they are.
    WindowLayout *windowLayout() const { return m_windowLayout; }
    /// The lens as segmented buttons in the menu bar's corner.
    LensSwitch *lensSwitch() const { return m_lensSwitch; }
    /// The window's docks (its own, then the panels added by features), in
    /// creation order: what View > Panels, F6 and compare mode go through.
    QList<QDockWidget *> panels() const { return m_panels; }

    /// The feature controllers, created and wired by the window.
    LayoutController *layoutController() const { return m_layout; }
    ImportController *importController() const { return m_import; }
    CompareController *compareController() const { return m_compare; }
    LensController *lensController() const { return m_lenses; }
    ExportController *exportController() const { return m_export; }
    RecoveryController *recoveryController() const { return m_recovery; }
    GalleryController *galleryController() const { return m_gallery; }
    HelpController *helpController() const { return m_help; }
    PresentationController *presentationController() const { return m_presentation; }
    PaneFocus *paneFocus() const { return m_paneFocus; }

    /// Runs `work` once the window's first frame has been drawn (at once if it
    /// has been): start-up work the first frame does not show waits for it.
    void whenFirstFrameDrawn(std::function<void()> work);
    bool isFirstFrameDrawn() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    /// QEvent::LanguageChange: every text the window owns, in the new language.
    void changeEvent(QEvent *event) override;

private:
    void createDocks();
    /// What the feature controllers get of this window.
    ControllerContext controllerContext();
    void createControllers();
    QUndoView *buildHistoryView();
    void connectActions();
    void retranslate();

    void onViewCreated(CanvasView *view);
    void onCurrentViewChanged(CanvasView *view);
    void onSelectionChanged();
    void onPlacementModeChanged(const QString &kindId);
    void placeFromList(const QString &factorId);
    void findNext();
    void updateTitle();
    void updateActions();
    void updateZoomLabel();

    void restoreSettings();
    void saveSettings() const;

    Document *m_document;
    DocumentController *m_controller;
    WindowActions *m_actions;
    WindowMenus *m_menus;
    WindowLayout *m_windowLayout = nullptr;
    LensSwitch *m_lensSwitch = nullptr;
    bool m_panelsAwayForStart = false; ///< the start screen hid the panels
    InterpretationTabs *m_tabs;
    FindBar *m_findBar = nullptr; ///< built on first use (Find, Find Next)
    PaletteWidget *m_palette = nullptr;
    FactorListWidget *m_factorList = nullptr;
    InspectorWidget *m_inspector = nullptr;
    SourcesWidget *m_sources = nullptr;
    QDockWidget *m_sourcesDock = nullptr; ///< the lens panels are tabbed with it
    QList<QDockWidget *> m_panels;
    QUndoView *m_history = nullptr; ///< built when the History dock is first shown
    DeferredDock *m_historyDock = nullptr;
    AfterFirstFrame *m_afterFirstFrame;
    QStackedWidget *m_central = nullptr;
    QWidget *m_editorPage = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QPointer<CanvasView> m_view; ///< the current tab's canvas
    PaneFocus *m_paneFocus = nullptr;
    LayoutController *m_layout = nullptr;
    ImportController *m_import = nullptr;
    CompareController *m_compare = nullptr;
    LensController *m_lenses = nullptr;
    ExportController *m_export = nullptr;
    RecoveryController *m_recovery = nullptr;
    GalleryController *m_gallery = nullptr;
    HelpController *m_help = nullptr;
    PresentationController *m_presentation = nullptr;
};

} // namespace faultline
