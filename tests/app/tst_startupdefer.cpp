// Start-up builds only what the first frame needs: panels that start hidden
// behind another dock tab are built the first time they are shown or asked
// for, and everything deferred still works from the first moment (actions,
// shortcuts, saved dock layout, language changes). Counts and object
// presence, never time.

#include "../common/mainwindowfixture.h"
#include "mainwindowtestdata.h"

#include "app/controllers/documentcontroller.h"
#include "app/controllers/languagecontroller.h"
#include "app/controllers/lenscontroller.h"
#include "app/controllers/recoverycontroller.h"
#include "app/window/diskwatcher.h"
#include "app/window/mainwindow.h"
#include "app/window/recentfiles.h"
#include "app/window/windowactions.h"
#include "model/document.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/kindshapes.h"
#include "widgets/common/deferreddock.h"
#include "widgets/common/findbar.h"
#include "widgets/common/interpretationtabs.h"
#include "widgets/panels/checklistpanel.h"
#include "widgets/panels/diagnosticspanel.h"
#include "widgets/panels/dragtreewidget.h"
#include "widgets/panels/factorinspector.h"
#include "widgets/panels/factorlistwidget.h"
#include "widgets/panels/gaplistpanel.h"
#include "widgets/panels/inspectorwidget.h"
#include "widgets/panels/linkinspector.h"
#include "widgets/panels/overviewinspector.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUndoView>

#include <memory>

using namespace faultline;
using namespace faultline::test;

class TestStartupDefer : public QObject
{
    Q_OBJECT

private:
    test::MainWindowFixture m_window;
    QTemporaryDir m_files;

    static QStringList savedRecentFiles()
    {
        return QSettings().value(QStringLiteral("recentFiles")).toStringList();
    }

    static DeferredDock *dock(MainWindow *window, const char *objectName)
    {
        return window->findChild<DeferredDock *>(QLatin1String(objectName));
    }

    static void closeDiscarding(MainWindow *window)
    {
        window->document()->undoStack()->setClean();
        window->close();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::MainWindowFixture::initTestCase(QStringLiteral("FaultlineTest"),
                                              QStringLiteral("tst_startupdefer"));
        QVERIFY(m_files.isValid());
        LanguageController::applyLanguage(QStringLiteral("en"));
    }

    void cleanup() { m_window.cleanup(); }

    void hiddenLensPanelsAreNotBuiltAtStart()
    {
        MainWindow *window = m_window.createShown();
        QVERIFY(m_window.settle()); // queued start-up work has run
        auto *lenses = window->lensController();
        QVERIFY(lenses);
        // The docks exist (View > Panels lists them) ...
        for (const char *name : {"checklistDock", "diagnosticsDock", "gapListDock"}) {
            QVERIFY2(dock(window, name), name);
            QVERIFY2(!dock(window, name)->isBuilt(), name);
            QVERIFY2(dock(window, name)->toggleViewAction()->isChecked(), name);
        }
        // ... but none of their panels.
        QVERIFY(!lenses->arePanelsBuilt());
        QVERIFY(!window->findChild<ChecklistPanel *>());
        QVERIFY(!window->findChild<DiagnosticsPanel *>());
        QVERIFY(!window->findChild<GapListPanel *>());

        // Raising the checklist's tab builds that panel, and only that one.
        DeferredDock *checklist = dock(window, "checklistDock");
        checklist->raise();
        QTRY_VERIFY(checklist->isBuilt());
        auto *panel = window->findChild<ChecklistPanel *>();
        QVERIFY(panel);
        QCOMPARE(checklist->widget(), panel);
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(panel->interpretationId(), window->tabs()->currentInterpretationId());
        QVERIFY(!window->findChild<GapListPanel *>());
        // Asking for a panel builds it too.
        QVERIFY(lenses->diagnosticsPanel());
        QVERIFY(dock(window, "diagnosticsDock")->isBuilt());
        QVERIFY(!dock(window, "gapListDock")->isBuilt());
        closeDiscarding(window);
    }

    void historyIsBuiltWhenFirstShown()
    {
        MainWindow *window = m_window.createShown();
        QVERIFY(m_window.settle());
        DeferredDock *history = dock(window, "historyDock");
        QVERIFY(history);
        QVERIFY(!history->isBuilt());
        QVERIFY(!window->findChild<QUndoView *>());
        history->raise();
        QTRY_VERIFY(history->isBuilt());
        QVERIFY(window->findChild<QUndoView *>());
        QCOMPARE(window->historyView(), window->findChild<QUndoView *>());
        closeDiscarding(window);
    }

    void lensActionsWorkBeforeAnyPanelExists()
    {
        // Straight after construction, before the window is shown.
        MainWindow window;
        auto *lenses = window.lensController();
        QVERIFY(!lenses->arePanelsBuilt());
        window.windowActions()->lensGaps->trigger();
        QCOMPARE(lenses->lens(), Lens::Gaps);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The gaps lens shows its list, which is built for it.
        QTRY_VERIFY(dock(&window, "gapListDock")->isBuilt());
        QTRY_VERIFY(lenses->gapListPanel()->isVisible());
        QCOMPARE(lenses->gapListPanel()->interpretationId(),
                 window.document()->incident().interpretations.first().id);
        closeDiscarding(&window);
    }

    void savedLayoutRestoresDeferredDocks()
    {
        {
            MainWindow *window = m_window.createShown();
            DeferredDock *diagnostics = dock(window, "diagnosticsDock");
            diagnostics->setFloating(true);
            QTRY_VERIFY(diagnostics->isBuilt()); // floating made it visible
            dock(window, "checklistDock")->close();
            closeDiscarding(window); // saves the window state
        }
        MainWindow *window = m_window.createShown();
        DeferredDock *diagnostics = dock(window, "diagnosticsDock");
        QVERIFY(diagnostics->isFloating());
        QVERIFY(diagnostics->isVisible());
        QVERIFY(diagnostics->isBuilt());
        DeferredDock *checklist = dock(window, "checklistDock");
        QVERIFY(!checklist->isVisible());
        QVERIFY(!checklist->toggleViewAction()->isChecked());
        QVERIFY(!checklist->isBuilt());
        // View > Panels brings it back into its tab group; raised, it is built.
        checklist->toggleViewAction()->trigger();
        QVERIFY(checklist->toggleViewAction()->isChecked());
        checklist->raise();
        QTRY_VERIFY(checklist->isBuilt());
        QVERIFY(window->findChild<ChecklistPanel *>());
        closeDiscarding(window);
    }

    void findBarIsBuiltOnFirstUse()
    {
        const QString path =
            writeIncident(m_files, QStringLiteral("find.faultline"), sampleIncident());
        MainWindow *window = m_window.createShown();
        QVERIFY(window->openFile(path));
        QVERIFY(m_window.settle());
        QVERIFY(!window->isFindBarBuilt());
        QVERIFY(!window->findChild<FindBar *>());

        // Ctrl+F on the first press: built, shown, focused, and it finds.
        QApplication::setActiveWindow(window);
        window->currentView()->setFocus();
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(window->isFindBarBuilt());
        FindBar *bar = window->findChild<FindBar *>();
        QVERIFY(bar);
        QCOMPARE(window->findBar(), bar);
        QVERIFY(bar->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(bar->lineEdit()));
        QTest::keyClicks(bar->lineEdit(), QStringLiteral("runs"));
        QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
        QCOMPARE(window->currentView()->selectedFactorIds(), QStringList{QStringLiteral("run")});
        // Below the canvas, as before.
        QVERIFY(bar->geometry().top() >= window->tabs()->geometry().bottom());
        QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        closeDiscarding(window);
    }

    void findNextBuildsTheFindBarToo()
    {
        MainWindow *window = m_window.createShown();
        QApplication::setActiveWindow(window);
        window->currentView()->setFocus();
        QVERIFY(!window->isFindBarBuilt());
        // F3 with nothing searched yet opens the bar, as before.
        QTest::keyClick(window, Qt::Key_F3);
        QVERIFY(window->isFindBarBuilt());
        QVERIFY(window->findBar()->isVisible());
        closeDiscarding(window);
    }

    void inspectorSelectionPagesAreBuiltOnFirstSelection()
    {
        const QString path =
            writeIncident(m_files, QStringLiteral("inspect.faultline"), sampleIncident());
        MainWindow *window = m_window.createShown();
        QVERIFY(window->openFile(path));
        QVERIFY(m_window.settle());
        InspectorWidget *inspector = window->inspector();
        QVERIFY(!inspector->areSelectionPagesBuilt());
        QVERIFY(!inspector->findChild<FactorInspector *>());
        QVERIFY(!inspector->findChild<LinkInspector *>());
        QCOMPARE(inspector->currentPage(), static_cast<QWidget *>(inspector->overviewPage()));

        // Selecting a factor on the canvas shows it at once.
        window->currentView()->selectElements({QStringLiteral("env")}, {});
        auto *factorPage = inspector->findChild<FactorInspector *>();
        QVERIFY(factorPage);
        QCOMPARE(inspector->currentPage(), static_cast<QWidget *>(factorPage));
        QVERIFY(factorPage->isVisible());
        QCOMPARE(factorPage->labelEdit()->text(), QStringLiteral("Coin at the end"));
        QVERIFY(!inspector->findChild<LinkInspector *>()); // only what was needed

        window->currentView()->selectElements({}, {QStringLiteral("l1")});
        auto *linkPage = inspector->findChild<LinkInspector *>();
        QVERIFY(linkPage);
        QCOMPARE(inspector->currentPage(), static_cast<QWidget *>(linkPage));
        QVERIFY(linkPage->isVisible());
        QVERIFY(!factorPage->isVisible());
        closeDiscarding(window);
    }

    void recentFileIsWrittenOnceTheFirstFrameIsDrawn()
    {
        const QString path =
            writeIncident(m_files, QStringLiteral("recent.faultline"), sampleIncident());
        const QString canonical = QFileInfo(path).canonicalFilePath();
        MainWindow window;
        QVERIFY(window.openFile(path));
        // The list knows it at once; the disk write waits for the first frame.
        QCOMPARE(window.controller()->recentFiles()->files().value(0), canonical);
        QVERIFY(!savedRecentFiles().contains(canonical));
        QVERIFY(!window.isFirstFrameDrawn());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.isFirstFrameDrawn());
        QCOMPARE(savedRecentFiles().value(0), canonical);
        // From then on, writes are immediate again.
        window.controller()->recentFiles()->clear();
        QVERIFY(savedRecentFiles().isEmpty());
        closeDiscarding(&window);
    }

    void recentFileIsWrittenWhenClosedBeforeTheFirstFrame()
    {
        const QString path =
            writeIncident(m_files, QStringLiteral("early.faultline"), sampleIncident());
        {
            MainWindow window;
            QVERIFY(window.openFile(path));
            QVERIFY(!savedRecentFiles().contains(QFileInfo(path).canonicalFilePath()));
            window.close(); // never shown
            QVERIFY(window.isFirstFrameDrawn());
            QCOMPARE(savedRecentFiles().value(0), QFileInfo(path).canonicalFilePath());
        }
        QSettings().remove(QStringLiteral("recentFiles"));
        QVERIFY(savedRecentFiles().isEmpty());
        {
            // Destroyed without closing: the held list is written too.
            MainWindow window;
            QVERIFY(window.openFile(path));
            QVERIFY(savedRecentFiles().isEmpty());
        }
        QCOMPARE(savedRecentFiles().value(0), QFileInfo(path).canonicalFilePath());
    }

    void diskWatchStartsAfterTheFirstFrameAndMissesNothing()
    {
        const QString path =
            writeIncident(m_files, QStringLiteral("watched.faultline"), sampleIncident());
        MainWindow window;
        QVERIFY(window.openFile(path));
        DiskWatcher *watcher = window.recoveryController()->diskWatcher();
        QCOMPARE(watcher->path(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!watcher->isArmed());
        QSignalSpy changed(watcher, &DiskWatcher::changedOnDisk);
        // Another program writes the file before the window is even shown.
        Incident other = sampleIncident();
        other.title = QStringLiteral("Changed elsewhere");
        writeIncident(m_files, QStringLiteral("watched.faultline"), other);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.isFirstFrameDrawn());
        QVERIFY(watcher->isArmed());
        QTRY_COMPARE(changed.count(), 1);
        closeDiscarding(&window);
    }

    void factorFilterClearButtonComesWithTheFirstText()
    {
        MainWindow *window = m_window.createShown();
        QLineEdit *filter = window->factorList()->filterEdit();
        QVERIFY(!filter->isClearButtonEnabled()); // nothing to clear yet
        QTest::keyClicks(filter, QStringLiteral("c"));
        QVERIFY(filter->isClearButtonEnabled());
        QTest::keyClick(filter, Qt::Key_Backspace);
        QVERIFY(filter->isClearButtonEnabled());
        closeDiscarding(window);
    }

    void factorListRowsShareOneHeight()
    {
        const QString path =
            writeIncident(m_files, QStringLiteral("rows.faultline"), sampleIncident());
        MainWindow *window = m_window.createShown();
        QVERIFY(window->openFile(path));
        FactorListWidget *list = window->factorList();
        // Laid out from the first row's height, not by measuring every label ...
        QVERIFY(list->list()->uniformRowHeights());
        // ... which is exact: bold (used here) and plain rows are equally tall.
        // In the reward reading, "rew" is bold and "run" is not.
        window->tabs()->setCurrentInterpretation(QStringLiteral("reward-reading"));
        QTreeWidgetItem *bold = list->itemForFactor(QStringLiteral("rew"));
        QTreeWidgetItem *plain = list->itemForFactor(QStringLiteral("run"));
        QVERIFY(bold && plain);
        QVERIFY(bold->font(0).bold());
        QVERIFY(!plain->font(0).bold());
        const int plainHeight = QFontMetrics(plain->font(0)).height();
        const int boldHeight = QFontMetrics(bold->font(0)).height();
        QCOMPARE(boldHeight, plainHeight);
        QCOMPARE(list->list()->visualItemRect(bold).height(),
                 list->list()->visualItemRect(plain).height());
        closeDiscarding(window);
    }

    void kindIconsArePaintedOncePerLook()
    {
        const KindStyle reward = builtInKinds().first();
        QCOMPARE(kindIcon(reward).cacheKey(), kindIcon(reward).cacheKey());
        KindStyle recoloured = reward;
        recoloured.color = QColor(0x12, 0x34, 0x56);
        QVERIFY(kindIcon(recoloured).cacheKey() != kindIcon(reward).cacheKey());
        KindStyle reshaped = reward;
        reshaped.shape = reward.shape == QLatin1String("document") ? QStringLiteral("rectangle")
                                                                   : QStringLiteral("document");
        QVERIFY(kindIcon(reshaped).cacheKey() != kindIcon(reward).cacheKey());
    }

    void lensControllerRetranslatesItsOwnTexts()
    {
        MainWindow *window = m_window.createShown();
        WindowActions *actions = window->windowActions();
        auto *intervene = window->findChild<QAction *>(QStringLiteral("lensIntervene"));
        QVERIFY(intervene);
        QCOMPARE(dock(window, "checklistDock")->windowTitle(), QStringLiteral("Checklist"));
        QCOMPARE(actions->lensRootCause->iconText(), QStringLiteral("Root cause"));

        QVERIFY(LanguageController::applyLanguage(QStringLiteral("de")));
        const auto lensText = [](const char *source) {
            return QCoreApplication::translate("faultline::LensController", source);
        };
        // The German catalogue has all of these; each differs from its English source.
        for (const char *source : {"Checklist", "Diagnostics", "Gaps", "Root cause",
                                   "&Intervene on Selected Factors", "&Clear Interventions"})
            QVERIFY2(lensText(source) != QLatin1String(source), source);
        QCOMPARE(dock(window, "checklistDock")->windowTitle(), lensText("Checklist"));
        QCOMPARE(dock(window, "diagnosticsDock")->windowTitle(), lensText("Diagnostics"));
        QCOMPARE(dock(window, "gapListDock")->windowTitle(), lensText("Gaps"));
        QCOMPARE(actions->lensRootCause->iconText(), lensText("Root cause"));
        QCOMPARE(actions->lensGaps->iconText(), lensText("Gaps"));
        QCOMPARE(intervene->text(), lensText("&Intervene on Selected Factors"));
        QCOMPARE(window->findChild<QAction *>(QStringLiteral("lensClearInterventions"))->text(),
                 lensText("&Clear Interventions"));
        // Still not built: a language change is no reason to build a panel.
        QVERIFY(!dock(window, "checklistDock")->isBuilt());

        QVERIFY(LanguageController::applyLanguage(QStringLiteral("en")));
        QCOMPARE(dock(window, "checklistDock")->windowTitle(), QStringLiteral("Checklist"));
        QCOMPARE(intervene->text(), QStringLiteral("&Intervene on Selected Factors"));
        closeDiscarding(window);
    }
};

QTEST_MAIN(TestStartupDefer)
#include "tst_startupdefer.moc"
