// Start-up builds only what the first frame needs: panels that start hidden
// behind another dock tab are built the first time they are shown or asked
// for, and everything deferred still works from the first moment (actions,
// shortcuts, saved dock layout, language changes). Counts and object
// presence, never time.

#include "app/deferreddock.h"
#include "app/interpretationtabs.h"
#include "app/languagecontroller.h"
#include "app/lenscontroller.h"
#include "app/mainwindow.h"
#include "app/windowactions.h"
#include "model/document.h"
#include "widgets/panels/checklistpanel.h"
#include "widgets/panels/diagnosticspanel.h"
#include "widgets/panels/gaplistpanel.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDockWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

#include <memory>

using namespace faultline;

class TestStartupDefer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_recovery;

    static std::unique_ptr<MainWindow> shownWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->resize(1400, 900);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("main window not exposed");
        return window;
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
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FaultlineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_startupdefer"));
        QSettings().clear();
        QVERIFY(m_recovery.isValid());
        qputenv("FAULTLINE_RECOVERY_DIR", m_recovery.path().toLocal8Bit());
        LanguageController::applyLanguage(QStringLiteral("en"));
    }

    void cleanup() { QSettings().clear(); }

    void hiddenLensPanelsAreNotBuiltAtStart()
    {
        auto window = shownWindow();
        QTest::qWait(50); // let queued start-up work run
        auto *lenses = window->findChild<LensController *>();
        QVERIFY(lenses);
        // The docks exist (View > Panels lists them) ...
        for (const char *name : {"checklistDock", "diagnosticsDock", "gapListDock"}) {
            QVERIFY2(dock(window.get(), name), name);
            QVERIFY2(!dock(window.get(), name)->isBuilt(), name);
            QVERIFY2(dock(window.get(), name)->toggleViewAction()->isChecked(), name);
        }
        // ... but none of their panels.
        QVERIFY(!lenses->arePanelsBuilt());
        QVERIFY(!window->findChild<ChecklistPanel *>());
        QVERIFY(!window->findChild<DiagnosticsPanel *>());
        QVERIFY(!window->findChild<GapListPanel *>());

        // Raising the checklist's tab builds that panel, and only that one.
        DeferredDock *checklist = dock(window.get(), "checklistDock");
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
        QVERIFY(dock(window.get(), "diagnosticsDock")->isBuilt());
        QVERIFY(!dock(window.get(), "gapListDock")->isBuilt());
        closeDiscarding(window.get());
    }

    void historyIsBuiltWhenFirstShown()
    {
        auto window = shownWindow();
        QTest::qWait(50);
        DeferredDock *history = dock(window.get(), "historyDock");
        QVERIFY(history);
        QVERIFY(!history->isBuilt());
        QVERIFY(!window->findChild<QUndoView *>());
        history->raise();
        QTRY_VERIFY(history->isBuilt());
        QVERIFY(window->findChild<QUndoView *>());
        QCOMPARE(window->historyView(), window->findChild<QUndoView *>());
        closeDiscarding(window.get());
    }

    void lensActionsWorkBeforeAnyPanelExists()
    {
        // Straight after construction, before the window is shown.
        MainWindow window;
        auto *lenses = window.findChild<LensController *>();
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
            auto window = shownWindow();
            DeferredDock *diagnostics = dock(window.get(), "diagnosticsDock");
            diagnostics->setFloating(true);
            QTRY_VERIFY(diagnostics->isBuilt()); // floating made it visible
            dock(window.get(), "checklistDock")->close();
            closeDiscarding(window.get()); // saves the window state
        }
        auto window = shownWindow();
        DeferredDock *diagnostics = dock(window.get(), "diagnosticsDock");
        QVERIFY(diagnostics->isFloating());
        QVERIFY(diagnostics->isVisible());
        QVERIFY(diagnostics->isBuilt());
        DeferredDock *checklist = dock(window.get(), "checklistDock");
        QVERIFY(!checklist->isVisible());
        QVERIFY(!checklist->toggleViewAction()->isChecked());
        QVERIFY(!checklist->isBuilt());
        // View > Panels brings it back into its tab group; raised, it is built.
        checklist->toggleViewAction()->trigger();
        QVERIFY(checklist->toggleViewAction()->isChecked());
        checklist->raise();
        QTRY_VERIFY(checklist->isBuilt());
        QVERIFY(window->findChild<ChecklistPanel *>());
        closeDiscarding(window.get());
    }

    void lensControllerRetranslatesItsOwnTexts()
    {
        auto window = shownWindow();
        WindowActions *actions = window->windowActions();
        auto *intervene = window->findChild<QAction *>(QStringLiteral("lensIntervene"));
        QVERIFY(intervene);
        QCOMPARE(dock(window.get(), "checklistDock")->windowTitle(), QStringLiteral("Checklist"));
        QCOMPARE(actions->lensRootCause->iconText(), QStringLiteral("Root cause"));

        QVERIFY(LanguageController::applyLanguage(QStringLiteral("de")));
        const auto lensText = [](const char *source) {
            return QCoreApplication::translate("faultline::LensController", source);
        };
        // The German catalogue has all of these; each differs from its English source.
        for (const char *source : {"Checklist", "Diagnostics", "Gaps", "Root cause",
                                   "&Intervene on Selected Factors", "&Clear Interventions"})
            QVERIFY2(lensText(source) != QLatin1String(source), source);
        QCOMPARE(dock(window.get(), "checklistDock")->windowTitle(), lensText("Checklist"));
        QCOMPARE(dock(window.get(), "diagnosticsDock")->windowTitle(), lensText("Diagnostics"));
        QCOMPARE(dock(window.get(), "gapListDock")->windowTitle(), lensText("Gaps"));
        QCOMPARE(actions->lensRootCause->iconText(), lensText("Root cause"));
        QCOMPARE(actions->lensGaps->iconText(), lensText("Gaps"));
        QCOMPARE(intervene->text(), lensText("&Intervene on Selected Factors"));
        QCOMPARE(window->findChild<QAction *>(QStringLiteral("lensClearInterventions"))->text(),
                 lensText("&Clear Interventions"));
        // Still not built: a language change is no reason to build a panel.
        QVERIFY(!dock(window.get(), "checklistDock")->isBuilt());

        QVERIFY(LanguageController::applyLanguage(QStringLiteral("en")));
        QCOMPARE(dock(window.get(), "checklistDock")->windowTitle(), QStringLiteral("Checklist"));
        QCOMPARE(intervene->text(), QStringLiteral("&Intervene on Selected Factors"));
        closeDiscarding(window.get());
    }
};

QTEST_MAIN(TestStartupDefer)
#include "tst_startupdefer.moc"
