#include "app/window/windowmenus.h"

#include "app/controllers/documentcontroller.h"
#include "app/controllers/languagecontroller.h"
#include "app/window/mainwindow.h"
#include "app/window/recentfiles.h"
#include "app/window/windowactions.h"
#include "app/window/windowlayout.h"
#include "widgets/common/deferreddock.h"

#include "model/document.h"
#include "model/kindstyle.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/kindshapes.h"
#include "widgets/panels/plaintext.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QToolBar>

namespace faultline {

namespace {
// Menu and dock titles keep the context they had when MainWindow set them, so
// the translations made for them stay valid.
constexpr const char *kContext = "faultline::MainWindow";

QString translated(const char *sourceText)
{
    return QCoreApplication::translate(kContext, sourceText);
}
} // namespace

WindowMenus::WindowMenus(MainWindow *window)
    : QObject(window), m_window(window), m_language(new LanguageController(window))
{
}

QDockWidget *WindowMenus::createDock(const QString &objectName, const char *sourceTitle,
                                     QWidget *content)
{
    auto *dock = new QDockWidget(translated(sourceTitle), m_window);
    dock->setObjectName(objectName); // saveState() needs it
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    m_titled.append({dock, sourceTitle});
    return dock;
}

DeferredDock *WindowMenus::createDeferredDock(const QString &objectName, const char *sourceTitle,
                                              std::function<QWidget *()> build)
{
    auto *dock = new DeferredDock(objectName, translated(sourceTitle), std::move(build), m_window);
    m_titled.append({dock, sourceTitle});
    return dock;
}

QMenu *WindowMenus::addMenu(QMenu *parent, const char *sourceTitle)
{
    QMenu *menu = parent ? parent->addMenu(translated(sourceTitle))
                         : m_window->menuBar()->addMenu(translated(sourceTitle));
    m_titled.append({menu, sourceTitle});
    return menu;
}

void WindowMenus::create()
{
    WindowActions *a = m_window->windowActions();
    QMenu *file = addMenu(nullptr, QT_TRANSLATE_NOOP("faultline::MainWindow", "&File"));
    file->addAction(a->newFile);
    file->addAction(a->open);
    QMenu *recent = addMenu(file, QT_TRANSLATE_NOOP("faultline::MainWindow", "Open &Recent"));
    m_window->controller()->recentFiles()->attachMenu(recent);
    QMenu *examples = addMenu(file, QT_TRANSLATE_NOOP("faultline::MainWindow", "Open E&xample"));
    fillExamplesMenu(examples);
    file->addAction(a->newFromExample);
    file->addSeparator();
    file->addAction(a->save);
    file->addAction(a->saveAs);
    file->addSeparator();
    file->addAction(a->importInterpretations);
    file->addAction(a->importDot);
    file->addAction(a->exportDiagram);
    file->addSeparator();
    file->addAction(a->close);
    file->addAction(a->quit);

    QMenu *edit = addMenu(nullptr, QT_TRANSLATE_NOOP("faultline::MainWindow", "&Edit"));
    edit->addAction(a->undo);
    edit->addAction(a->redo);
    edit->addSeparator();
    edit->addAction(a->cut);
    edit->addAction(a->copy);
    edit->addAction(a->copyAsImage);
    edit->addAction(a->paste);
    edit->addAction(a->duplicate);
    edit->addAction(a->deleteSelection);
    edit->addSeparator();
    edit->addAction(a->selectAll);
    edit->addAction(a->rename);
    edit->addAction(a->connectFactors);
    edit->addSeparator();
    edit->addAction(a->find);
    edit->addAction(a->findNext);

    QMenu *insert = addMenu(nullptr, QT_TRANSLATE_NOOP("faultline::MainWindow", "&Insert"));
    QMenu *addFactor = addMenu(insert, QT_TRANSLATE_NOOP("faultline::MainWindow", "Add &Factor"));
    connect(addFactor, &QMenu::aboutToShow, this,
            [this, addFactor] { fillAddFactorMenu(addFactor); });
    fillAddFactorMenu(addFactor);
    insert->addAction(a->newCustomKind);

    QMenu *interp = addMenu(nullptr, QT_TRANSLATE_NOOP("faultline::MainWindow", "I&nterpretation"));
    interp->addAction(a->newInterpretation);
    interp->addAction(a->renameInterpretation);
    interp->addAction(a->duplicateInterpretation);
    interp->addAction(a->deleteInterpretation);
    interp->addSeparator();
    interp->addAction(a->compare);

    QMenu *arrange = addMenu(nullptr, QT_TRANSLATE_NOOP("faultline::MainWindow", "&Arrange"));
    arrange->addAction(a->layoutInterpretation);
    arrange->addAction(a->layoutSelection);
    arrange->addSeparator();
    arrange->addAction(a->pinSelection);

    m_viewMenu = addMenu(nullptr, QT_TRANSLATE_NOOP("faultline::MainWindow", "&View"));
    m_viewMenu->addAction(a->zoomIn);
    m_viewMenu->addAction(a->zoomOut);
    m_viewMenu->addAction(a->zoomFit);
    m_viewMenu->addAction(a->zoomReset);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(a->snapToGrid);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(a->present);
    QMenu *lenses = addMenu(m_viewMenu, QT_TRANSLATE_NOOP("faultline::MainWindow", "&Lens"));
    lenses->addActions(a->lensGroup->actions());
    m_viewMenu->addAction(m_window->windowLayout()->presentationLayoutAction());
    m_panelsMenu = addMenu(m_viewMenu, QT_TRANSLATE_NOOP("faultline::MainWindow", "&Panels"));
    m_panelsMenu->addAction(m_window->windowLayout()->collapseLowerAction());
    m_panelsMenu->addSeparator();
    for (QDockWidget *dock : m_window->panels())
        m_panelsMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addAction(a->nextPane);
    m_viewMenu->addAction(a->previousPane);
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(m_language->menu());

    QMenu *help = addMenu(nullptr, QT_TRANSLATE_NOOP("faultline::MainWindow", "&Help"));
    help->addAction(a->quickGuide);
    help->addAction(a->keyboardShortcuts);
    help->addSeparator();
    help->addAction(a->about);

    createToolBar();
}

void WindowMenus::fillAddFactorMenu(QMenu *menu)
{
    menu->clear();
    for (QAction *action : std::as_const(m_window->windowActions()->addFactorOrder))
        menu->addAction(action);
    const Incident &incident = m_window->document()->incident();
    if (!incident.customKinds.isEmpty())
        menu->addSeparator();
    for (const CustomKind &custom : incident.customKinds) {
        const KindStyle style = kindStyle(incident, custom.id);
        QAction *action = menu->addAction(kindIcon(style), plaintext::noMnemonic(style.name));
        const QString id = custom.id;
        connect(action, &QAction::triggered, this, [this, id] {
            if (CanvasView *view = m_window->currentView())
                view->addFactorAtCenter(id);
        });
    }
}

void WindowMenus::fillExamplesMenu(QMenu *menu)
{
    const QDir dir(QStringLiteral(":/faultline/examples"));
    const QStringList files =
        dir.entryList({QStringLiteral("*.faultline")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QString title = QFileInfo(name).completeBaseName();
        title.replace(QLatin1Char('-'), QLatin1Char(' '));
        if (!title.isEmpty())
            title[0] = title[0].toUpper();
        const QString path = dir.filePath(name);
        connect(menu->addAction(plaintext::noMnemonic(title)), &QAction::triggered, this,
                [this, path] { m_window->controller()->openExample(path); });
    }
    if (files.isEmpty())
        menu->addAction(translated(QT_TRANSLATE_NOOP("faultline::MainWindow", "No Examples")))
            ->setEnabled(false);
}

void WindowMenus::createToolBar()
{
    WindowActions *a = m_window->windowActions();
    m_toolBar = m_window->addToolBar(
        translated(QT_TRANSLATE_NOOP("faultline::MainWindow", "Main Toolbar")));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Most used first: when the window is narrow the tool bar overflows from
    // the end, so what goes behind » is what the menus and shortcuts cover
    // well. The lens switch is not here: it sits by the tabs, always visible.
    m_toolBar->addAction(a->save);
    m_toolBar->addAction(a->undo);
    m_toolBar->addAction(a->redo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(a->compare);
    m_toolBar->addAction(a->present);
    m_toolBar->addAction(a->newInterpretation);
    m_toolBar->addSeparator();
    m_toolBar->addAction(a->connectFactors);
    m_toolBar->addAction(a->deleteSelection);
    m_toolBar->addSeparator();
    m_toolBar->addAction(a->zoomOut);
    m_toolBar->addAction(a->zoomIn);
    m_toolBar->addAction(a->zoomFit);
    m_toolBar->addAction(a->layoutInterpretation);
    m_toolBar->addAction(a->snapToGrid);
    m_toolBar->addAction(a->find);
    m_toolBar->addSeparator();
    m_toolBar->addAction(a->newFile);
    m_toolBar->addAction(a->open);
    m_panelsMenu->addAction(m_toolBar->toggleViewAction());
}

void WindowMenus::setEditingToolsShown(bool shown)
{
    if (!m_toolBar || shown == m_allTools.isEmpty())
        return;
    if (!shown) {
        m_allTools = m_toolBar->actions();
        const WindowActions *a = m_window->windowActions();
        for (QAction *action : std::as_const(m_allTools))
            if (action != a->newFile && action != a->open)
                m_toolBar->removeAction(action);
        return;
    }
    // Removed and added again in the original order (separators included).
    for (QAction *action : m_toolBar->actions())
        m_toolBar->removeAction(action);
    m_toolBar->addActions(m_allTools);
    m_allTools.clear();
}

void WindowMenus::retranslate()
{
    for (const Titled &titled : std::as_const(m_titled)) {
        if (auto *menu = qobject_cast<QMenu *>(titled.object))
            menu->setTitle(translated(titled.sourceText));
        else if (auto *dock = qobject_cast<QDockWidget *>(titled.object))
            dock->setWindowTitle(translated(titled.sourceText));
    }
    if (m_toolBar)
        m_toolBar->setWindowTitle(
            translated(QT_TRANSLATE_NOOP("faultline::MainWindow", "Main Toolbar")));
    m_language->retranslate();
}

} // namespace faultline
