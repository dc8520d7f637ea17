#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QDockWidget;
class QMenu;
class QToolBar;

namespace faultline {

class DeferredDock;
class LanguageController;
class MainWindow;

/// The main window's menu bar, toolbar and dock titles, and their
/// retranslation when the UI language changes. Kept out of MainWindow so that
/// the window stays about wiring, and every menu title is named in one place.
class WindowMenus : public QObject
{
    Q_OBJECT
public:
    explicit WindowMenus(MainWindow *window);

    /// Builds the menu bar and the toolbar; the window's own docks exist by then.
    void create();
    /// A dock whose title is `sourceTitle` in the "faultline::MainWindow"
    /// context; its title follows the language from now on.
    QDockWidget *createDock(const QString &objectName, const char *sourceTitle, QWidget *content);
    /// As createDock(), for a dock whose content `build` makes when first shown.
    DeferredDock *createDeferredDock(const QString &objectName, const char *sourceTitle,
                                     std::function<QWidget *()> build);

    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *panelsMenu() const { return m_panelsMenu; }
    QToolBar *toolBar() const { return m_toolBar; }
    LanguageController *languageController() const { return m_language; }

    /// Menu titles, the window's own dock titles and the toolbar title
    /// (feature controllers retranslate their own docks and actions).
    void retranslate();

    /// The start screen shows only the tool bar's New and Open: the editing
    /// actions act on a document nobody sees. Back in the editor, all return.
    void setEditingToolsShown(bool shown);

private:
    QMenu *addMenu(QMenu *parent, const char *sourceTitle);
    void fillAddFactorMenu(QMenu *menu);
    void fillExamplesMenu(QMenu *menu);
    void createToolBar();

    struct Titled
    {
        QPointer<QObject> object; ///< a QMenu or a QDockWidget
        const char *sourceText;
    };

    MainWindow *m_window;
    LanguageController *m_language;
    QList<Titled> m_titled;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QList<QAction *> m_allTools; ///< the tool bar's actions while the editing ones are away
};

} // namespace faultline
