// "Room to work" (issue 21): the editor window at laptop and projector sizes,
// driven through real events under the offscreen platform: the lens switch
// and the main actions stay out of the tool bar's overflow in every language,
// the canvas gets most of the window and grows with it, the panels' layout
// is reset when it no longer fits.

#include "app/controllers/gallerycontroller.h"
#include "app/controllers/languagecontroller.h"
#include "app/controllers/lenscontroller.h"
#include "app/window/mainwindow.h"
#include "app/window/windowactions.h"
#include "app/window/windowlayout.h"
#include "app/window/windowmenus.h"
#include "examplewindowtest.h"
#include "testpaths.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/common/interpretationtabs.h"
#include "widgets/common/lensswitch.h"
#include "widgets/common/panelstrip.h"
#include "widgets/gallery/examplelistwidget.h"
#include "widgets/gallery/startpage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace faultline;

namespace {

/// Whether `widget` is shown and lies inside `container` (not cut off, not
/// moved into an overflow menu).
bool shownInside(const QWidget *widget, const QWidget *container)
{
    if (!widget || !widget->isVisible())
        return false;
    const QRect rect(widget->mapTo(container, QPoint(0, 0)), widget->size());
    return container->rect().contains(rect);
}

double canvasShare(MainWindow *window)
{
    const QWidget *viewport = window->currentView()->viewport();
    const QSize size = viewport->size();
    return double(size.width()) * size.height() / (double(window->width()) * window->height());
}
} // namespace

class TestRoomToWork : public test::ExampleWindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpTestCase(); }
    void cleanup() { tearDown(); }

    void mainControlsVisibleAtLaptopSize_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void mainControlsVisibleAtLaptopSize()
    {
        QFETCH(QString, language);
        QVERIFY(LanguageController::applyLanguage(language));
        openExample(kSmall);
        WindowActions *a = m_window->windowActions();
        QToolBar *toolBar = m_window->menus()->toolBar();
        for (QAction *action : {a->save, a->undo, a->compare, a->present}) {
            QWidget *button = toolBar->widgetForAction(action);
            QVERIFY2(shownInside(button, toolBar), qPrintable(action->iconText()));
        }
        LensSwitch *lenses = m_window->lensSwitch();
        QVERIFY(shownInside(lenses, m_window.get()));
        // Every lens is one click away, and the switch shows which one is on.
        QCOMPARE(lenses->buttons().size(), a->lensGroup->actions().size());
        QToolButton *levers = lenses->findChild<QToolButton *>(QStringLiteral("lensButton_levers"));
        QVERIFY(levers);
        QTest::mouseClick(levers, Qt::LeftButton);
        QCOMPARE(m_window->lensController()->lens(), Lens::Levers);
        QVERIFY(levers->isChecked());
        QTest::keyClick(m_window->currentView(), Qt::Key_0, Qt::ControlModifier | Qt::AltModifier);
        QTRY_VERIFY(!levers->isChecked());
    }

    void canvasGetsMostOfTheWindow_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("minimumShare");
        QTest::newRow("laptop 1024x700") << kSmall << 0.5;
        QTest::newRow("default") << test::MainWindowFixture::kDefaultSize << 0.6;
        QTest::newRow("1440x900") << QSize(1440, 900) << 0.6;
    }

    void canvasGetsMostOfTheWindow()
    {
        QFETCH(QSize, size);
        QFETCH(double, minimumShare);
        openExample(size);
        const double share = canvasShare(m_window.get());

        QVERIFY2(share >= minimumShare, qPrintable(QString::number(share)));
    }

    void growingTheWindowGrowsTheCanvas()
    {
        openExample(kSmall);
        const QSize before = m_window->currentView()->size();
        QDockWidget *inspector =
            m_window->findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        const int inspectorBefore = inspector->width();
        m_window->resize(1600, 1000);
        QTRY_COMPARE(m_window->size(), QSize(1600, 1000));
        QTRY_VERIFY(m_window->currentView()->width() > before.width());
        QVERIFY(m_window->currentView()->height() > before.height());
        // The panels take their share of the new room too.
        QTRY_VERIFY(inspector->width() > inspectorBefore);
        QVERIFY(canvasShare(m_window.get()) >= 0.6);
    }

    void savedPanelsTooWideAreReset()
    {
        const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
        const QSize size = screen * 0.9;
        openExample(size);
        QDockWidget *inspector =
            m_window->findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        m_window->resizeDocks({inspector}, {int(size.width() * 0.7)}, Qt::Horizontal);
        QTRY_VERIFY(!m_window->windowLayout()->docksFit());
        m_window.closeDiscarding(); // saves the layout, as on quit
        m_window.reset();
        m_window.create();
        m_window.show(QSize()); // the saved size
        QVERIFY(m_window.settle());
        QTRY_VERIFY(m_window->windowLayout()->docksFit());
    }

    void savedWindowLargerThanTheScreenIsReset()
    {
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        openExample(screen.size() + QSize(300, 200));
        m_window.closeDiscarding();
        m_window.reset();
        m_window.create();
        m_window.show(QSize());
        QVERIFY(m_window.settle());
        QVERIFY(screen.contains(m_window->frameGeometry()));
        QVERIFY(m_window->windowLayout()->docksFit());
    }

    void presentationLayoutShowsTheCanvasOnly()
    {
        openExample(kSmall);
        QAction *presentation = m_window->windowLayout()->presentationLayoutAction();
        QVERIFY(m_window->menus()->viewMenu()->actions().contains(presentation));
        presentation->trigger();
        for (QDockWidget *dock : m_window->panels())
            QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
        QTRY_VERIFY(canvasShare(m_window.get()) >= 0.8);
        presentation->trigger();
        QDockWidget *inspector =
            m_window->findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        QTRY_VERIFY(inspector->isVisible());
    }

    void lowerPanelsCollapseToAStrip()
    {
        openExample(kSmall);
        QDockWidget *sources = m_window->findChild<QDockWidget *>(QStringLiteral("sourcesDock"));
        QDockWidget *checklist =
            m_window->findChild<QDockWidget *>(QStringLiteral("checklistDock"));
        QDockWidget *inspector =
            m_window->findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        QTRY_VERIFY(sources->isVisible());
        const int inspectorBefore = inspector->height();
        const double canvasBefore = canvasShare(m_window.get());
        QAction *collapse = m_window->windowLayout()->collapseLowerAction();
        QVERIFY(m_window->menus()->panelsMenu()->actions().contains(collapse));
        collapse->trigger();
        // A strip of the panels' titles stays in view; the panels go.
        PanelStrip *strip = m_window->windowLayout()->lowerStrip();
        QVERIFY(strip);
        QTRY_VERIFY(shownInside(strip, m_window.get()));
        QVERIFY(strip->height() < 60);
        QVERIFY(!sources->isVisible());
        QVERIFY(!checklist->isVisible());
        QTabBar *titles = strip->tabBar();
        QStringList texts;
        for (int i = 0; i < titles->count(); ++i)
            texts.append(titles->tabText(i));
        QVERIFY2(texts.contains(sources->windowTitle()), qPrintable(texts.join(u',')));
        QVERIFY2(texts.contains(checklist->windowTitle()), qPrintable(texts.join(u',')));
        // The titles can be read: the first tab lies whole inside the strip.
        QVERIFY(titles->isVisible());
        QVERIFY(QRect(QPoint(0, 0), titles->size()).contains(titles->tabRect(0)));
        // The room goes to the inspector above; the canvas loses none.
        QTRY_VERIFY(inspector->height() > inspectorBefore + 100);
        QVERIFY(canvasShare(m_window.get()) >= canvasBefore);
        QVERIFY(QSettings().value(QStringLiteral("window/lowerPanelsCollapsed")).toBool());

        // A click on the checklist's title brings the group back with it in front.
        const int index = int(texts.indexOf(checklist->windowTitle()));
        QTest::mouseClick(titles, Qt::LeftButton, {}, titles->tabRect(index).center());
        QTRY_VERIFY(checklist->isVisible());
        QTRY_VERIFY(shownInside(checklist, m_window.get()));
        QTRY_VERIFY(checklist->height() > 120);
        QVERIFY(!strip->isVisible());
        QVERIFY(!collapse->isChecked());
        QVERIFY(!QSettings().value(QStringLiteral("window/lowerPanelsCollapsed")).toBool());

        // Collapsed is remembered for the next start; the strip's expand
        // button brings the panels back too.
        collapse->trigger();
        QTRY_VERIFY(!checklist->isVisible());
        m_window.closeDiscarding();
        openExample(kSmall);
        strip = m_window->windowLayout()->lowerStrip();
        QVERIFY(strip);
        QTRY_VERIFY(shownInside(strip, m_window.get()));
        QVERIFY(m_window->windowLayout()->collapseLowerAction()->isChecked());
        sources = m_window->findChild<QDockWidget *>(QStringLiteral("sourcesDock"));
        QVERIFY(!sources->isVisible());
        QVERIFY(strip->tabBar()->count() >= 2);
        QTest::mouseClick(strip->expandButton(), Qt::LeftButton);
        QTRY_VERIFY(
            sources->isVisible() ||
            m_window->findChild<QDockWidget *>(QStringLiteral("checklistDock"))->isVisible());
        QVERIFY(!strip->isVisible());
        // Opening one of the group's panels from View > Panels ends the collapse.
        m_window->windowLayout()->collapseLowerAction()->trigger();
        QTRY_VERIFY(!sources->isVisible());
        sources->toggleViewAction()->trigger();
        QTRY_VERIFY(sources->isVisible());
        QVERIFY(!strip->isVisible());
        QVERIFY(!m_window->windowLayout()->collapseLowerAction()->isChecked());
    }

    void startScreenShowsNoEditingTools()
    {
        openExample(kSmall);
        WindowActions *a = m_window->windowActions();
        QToolBar *toolBar = m_window->menus()->toolBar();
        QLabel *zoom = nullptr;
        for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
            if (label->text().endsWith(u'%'))
                zoom = label;
        QVERIFY(zoom);
        QVERIFY(zoom->isVisible());
        const QList<QAction *> editorTools = toolBar->actions();
        const QList<QAction *> editing = {a->save, a->undo, a->compare, a->zoomIn,
                                          a->connectFactors};
        for (QAction *action : editing)
            QVERIFY(shownInside(toolBar->widgetForAction(action), toolBar));

        m_window->windowActions()->close->trigger();
        QVERIFY(m_window->galleryController()->isStartPageShown());
        for (QAction *action : editing) {
            QWidget *button = toolBar->widgetForAction(action);
            QVERIFY2(!button || !button->isVisible(), qPrintable(action->iconText()));
        }
        // What the start screen is for stays: a new document, or opening one.
        QTRY_VERIFY(shownInside(toolBar->widgetForAction(a->newFile), toolBar));
        QTRY_VERIFY(shownInside(toolBar->widgetForAction(a->open), toolBar));
        QVERIFY(!zoom->isVisible());

        // Back in the editor, every tool returns in its place.
        StartPage *start = m_window->galleryController()->startPage();
        ExampleListWidget *examples = start->examples();
        QTest::mouseClick(examples->viewport(), Qt::LeftButton, {},
                          examples->visualItemRect(examples->item(0)).center());
        QTest::mouseClick(start->openExampleButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_window->galleryController()->isStartPageShown());
        QCOMPARE(toolBar->actions(), editorTools);
        for (QAction *action : editing)
            QTRY_VERIFY(shownInside(toolBar->widgetForAction(action), toolBar));
        QVERIFY(zoom->isVisible());
    }

    void panelButtonsFitAtLaptopSize_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void panelButtonsFitAtLaptopSize()
    {
        QFETCH(QString, language);
        QVERIFY(LanguageController::applyLanguage(language));
        openExample(kSmall);
        QDockWidget *sources = m_window->findChild<QDockWidget *>(QStringLiteral("sourcesDock"));
        QDockWidget *factors = m_window->findChild<QDockWidget *>(QStringLiteral("factorListDock"));
        sources->raise();
        QTRY_VERIFY(shownInside(sources, m_window.get()));
        QList<QPushButton *> buttons;
        for (const char *name : {"addSource", "editSource", "removeSource"})
            buttons.append(sources->findChild<QPushButton *>(QLatin1String(name)));
        buttons.append(
            factors->findChild<QPushButton *>(QStringLiteral("addFactorToInterpretation")));
        for (QPushButton *button : std::as_const(buttons)) {
            QVERIFY(button);
            QWidget *panel = button == buttons.last() ? factors : sources;
            const QString what = button->objectName() + u' ' + button->text() + u' ' +
                                 QString::number(button->width()) + u'<' +
                                 QString::number(button->sizeHint().width());
            QVERIFY2(shownInside(button, panel), qPrintable(what));
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(what));
            // A button without words says what it does on hover and to a screen reader.
            if (button->text().isEmpty()) {
                QVERIFY2(!button->icon().isNull(), qPrintable(what));
                QVERIFY2(!button->toolTip().isEmpty(), qPrintable(what));
                QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(what));
            }
        }
    }

    void everyTabOpensFitted()
    {
        openExample(kSmall);
        InterpretationTabs *tabs = m_window->tabs();
        QVERIFY(tabs->count() >= 3);
        for (int i = 0; i < tabs->count(); ++i) {
            QTabBar *bar = tabs->tabWidget()->tabBar();
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
            QTRY_COMPARE(tabs->tabWidget()->currentIndex(), i);
            CanvasView *view = tabs->view(i);
            QTRY_VERIFY(view->isVisible());
            const QRect diagram =
                view->mapFromScene(view->canvasScene()->diagramRect()).boundingRect();
            QVERIFY2(view->viewport()->rect().contains(diagram),
                     qPrintable(QStringLiteral("tab %1").arg(i)));
        }
        // The zoom is the tab's own: zooming one leaves the others.
        tabs->tabWidget()->setCurrentIndex(0);
        const qreal other = tabs->view(1)->zoom();
        const qreal fitted = tabs->view(0)->zoom();
        m_window->windowActions()->zoomIn->trigger();
        QTRY_VERIFY(tabs->view(0)->zoom() > fitted);
        const qreal zoomed = tabs->view(0)->zoom();
        tabs->tabWidget()->setCurrentIndex(1);
        QCOMPARE(tabs->view(1)->zoom(), other);
        tabs->tabWidget()->setCurrentIndex(0);
        QCOMPARE(tabs->view(0)->zoom(), zoomed);
    }
};

QTEST_MAIN(TestRoomToWork)
#include "tst_roomtowork.moc"
