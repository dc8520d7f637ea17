// The compare view inside the editor window, driven by real key presses and
// clicks (offscreen): open with the picker answered, cruxes by mouse and F8,
// Esc back to editing with the selection kept, refresh after edits.

#include "../common/mainwindowfixture.h"
#include "../common/threereadings.h"
#include "app/controllers/comparecontroller.h"
#include "app/window/mainwindow.h"
#include "app/window/windowactions.h"
#include "model/document.h"
#include "testpaths.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/canvas/linkitem.h"
#include "widgets/common/interpretationtabs.h"
#include "widgets/compare/comparecolumnview.h"
#include "widgets/compare/comparescenes.h"
#include "widgets/compare/compareview.h"
#include "widgets/compare/coveragewidget.h"
#include "widgets/compare/cruxlistwidget.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace faultline;
using faultline::test::threeReadings;

class TestCompareGui : public QObject
{
    Q_OBJECT

private:
    test::MainWindowFixture m_window;
    QList<QStringList> m_pickCalls; ///< the preselection of every picker call
    QStringList m_pickAnswer;

    MainWindow *openWindow(const Incident &incident)
    {
        m_window.create();
        m_window->document()->resetIncident(incident);
        m_pickCalls.clear();
        controller()->setPickFunction([this](const Incident &, const QStringList &preselected) {
            m_pickCalls.append(preselected);
            return m_pickAnswer;
        });
        m_window.show({1500, 900});
        return m_window.get();
    }

    CompareController *controller() const { return m_window->compareController(); }

    /// Checks that in every column the elements of `crux` are emphasised (a
    /// ghost where the column lacks them) and an unrelated factor is faded.
    void verifyFocused(CompareView *view, const Crux &crux)
    {
        CompareScenes *scenes = view->scenes();
        for (int column = 0; column < view->columnCount(); ++column) {
            for (const QString &id : crux.factorIds) {
                FactorItem *item = scenes->scene(column)->factorItem(id);
                QVERIFY(item);
                const Emphasis expected = scenes->ghostFactorIds(column).contains(id)
                                              ? Emphasis::Ghost
                                              : Emphasis::Highlighted;
                QCOMPARE(item->emphasis(), expected);
            }
            for (FactorItem *item : scenes->scene(column)->factorItems())
                if (!crux.factorIds.contains(item->factorId()) &&
                    !scenes->ghostFactorIds(column).contains(item->factorId()))
                    QCOMPARE(item->emphasis(), Emphasis::Faded);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::MainWindowFixture::initTestCase(QStringLiteral("FaultlineTest"),
                                              QStringLiteral("tst_comparegui"));
    }

    void cleanup() { m_window.cleanup(); }

    void compareCruxesAndBackToEditing()
    {
        MainWindow *w = openWindow(threeReadings());
        w->tabs()->setCurrentInterpretation("B");
        CanvasView *canvas = w->tabs()->currentView();
        QVERIFY(canvas);
        canvas->setFocus();
        static_cast<CanvasScene *>(canvas->scene())->selectElements({"env"}, {});
        QCOMPARE(canvas->selectedFactorIds(), QStringList{"env"});

        // Ctrl+K: the picker suggests the current reading and the next; answer all three.
        m_pickAnswer = {"A", "B", "C"};
        QTest::keyClick(w, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(m_pickCalls.size(), 1);
        QCOMPARE(m_pickCalls.first(), (QStringList{"B", "C"}));
        auto *view = qobject_cast<CompareView *>(w->centralOverlay());
        QVERIFY(view);
        QVERIFY(view->isVisible());
        QCOMPARE(view->columnCount(), 3);
        QCOMPARE(view->columnHeader(0)->text(), QStringLiteral("Reward reading"));
        QCOMPARE(view->columnHeader(2)->text(), QStringLiteral("Minimal reading"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(view->columnView(i)->isVisible());

        // A real click on the link presence crux about ppo → run.
        CruxListWidget *list = view->cruxList();
        int target = -1;
        for (int i = 0; i < list->cruxCount() && target < 0; ++i)
            if (list->crux(i)->key == QLatin1String("factor|ppo"))
                target = i;
        QVERIFY(target >= 0);
        QVERIFY(target >= 1);
        const int next = (target + 1) % list->cruxCount(); // F8 wraps after the last
        list->scrollToItem(list->item(target));
        const QRect rect = list->visualItemRect(list->item(target));
        QVERIFY(list->viewport()->rect().contains(rect.center()));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(view->currentCrux(), target);
        verifyFocused(view, *list->crux(target));
        CompareScenes *scenes = view->scenes();
        QCOMPARE(scenes->linkItemForPair(1, "ppo", "run")->emphasis(), Emphasis::Highlighted);
        QCOMPARE(scenes->linkItemForPair(0, "ppo", "run")->emphasis(), Emphasis::Ghost);
        QCOMPARE(scenes->linkItemForPair(2, "ppo", "run")->emphasis(), Emphasis::Ghost);
        QCOMPARE(scenes->linkItemForPair(0, "rew", "run")->emphasis(), Emphasis::Faded);
        // The crux's elements are in view in every column.
        for (int i = 0; i < 3; ++i) {
            CompareColumnView *column = view->columnView(i);
            const QRectF visible = column->mapToScene(column->viewport()->rect()).boundingRect();
            QVERIFY(visible.contains(
                scenes->scene(i)->factorItem("ppo")->sceneBoundingRect().center()));
        }

        // F8: the next crux, highlighted in every column.
        QTest::keyClick(list, Qt::Key_F8);
        QCOMPARE(view->currentCrux(), next);
        verifyFocused(view, *list->crux(next));
        QTest::keyClick(view->columnView(2)->viewport(), Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(view->currentCrux(), target);
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(view->currentCrux(), target - 1);

        // Esc: back to the editor, on the same reading with the same selection.
        QTest::keyClick(list, Qt::Key_Escape);
        QCOMPARE(w->centralOverlay(), nullptr);
        QVERIFY(!view->isVisible());
        QCOMPARE(w->tabs()->currentInterpretationId(), QStringLiteral("B"));
        QCOMPARE(w->tabs()->currentView(), canvas);
        QVERIFY(canvas->isVisible());
        QCOMPARE(canvas->selectedFactorIds(), QStringList{"env"});
        // Nothing was edited by comparing.
        QCOMPARE(w->document()->incident(), threeReadings());
    }

    void backButtonAndRefreshAfterEdits()
    {
        MainWindow *w = openWindow(threeReadings());
        m_pickAnswer = {"A", "C"};
        w->windowActions()->compare->trigger();
        auto *view = qobject_cast<CompareView *>(w->centralOverlay());
        QVERIFY(view);
        QCOMPARE(view->columnCount(), 2);
        // An edit while comparing (here through the model; e.g. undo or an import) shows up.
        w->tabs()->renameInterpretation("C", "Renamed reading");
        QTRY_COMPARE(view->columnHeader(1)->text(), QStringLiteral("Renamed reading"));
        w->document()->undoStack()->undo();
        QTRY_COMPARE(view->columnHeader(1)->text(), QStringLiteral("Minimal reading"));
        QTest::mouseClick(view->backButton(), Qt::LeftButton);
        QCOMPARE(w->centralOverlay(), nullptr);
    }

    void commonLayoutPlacesEveryColumnAlike()
    {
        MainWindow *w = openWindow(threeReadings());
        QVERIFY(controller()->open({"A", "B", "C"}));
        auto *view = qobject_cast<CompareView *>(w->centralOverlay());
        QVERIFY(view);
        QVERIFY(!view->scenes()->usesUnionLayout());
        QTest::mouseClick(view->commonLayoutButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(view->scenes()->usesUnionLayout(), 30000);
        QVERIFY(view->commonLayoutButton()->isEnabled());
        for (const QString &id : {QStringLiteral("rew"), QStringLiteral("env"),
                                  QStringLiteral("run"), QStringLiteral("ppo")})
            for (int column = 1; column < 3; ++column)
                QCOMPARE(view->scenes()->scene(column)->factorItem(id)->scenePos(),
                         view->scenes()->scene(0)->factorItem(id)->scenePos());
        // The readings themselves keep their drawn positions.
        QCOMPARE(w->document()->incident(), threeReadings());
    }

    void twoReadingsOpenWithoutAsking()
    {
        Incident incident = threeReadings();
        incident.interpretations.removeLast();
        MainWindow *w = openWindow(incident);
        QTest::keyClick(w, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(m_pickCalls.isEmpty());
        auto *view = qobject_cast<CompareView *>(w->centralOverlay());
        QVERIFY(view);
        QCOMPARE(view->interpretationIds(), (QStringList{"A", "B"}));
    }

    void compareModeGivesTheColumnsTheWindowAndGivesTheDocksBack()
    {
        Incident incident = threeReadings();
        incident.interpretations.removeLast();
        MainWindow *w = openWindow(incident);
        const auto shownDocks = [w] {
            QStringList names;
            for (QDockWidget *dock :
                 w->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly))
                if (dock->isVisible())
                    names.append(dock->objectName());
            names.sort();
            return names;
        };
        const QStringList editorDocks = shownDocks();
        QVERIFY(editorDocks.contains(QStringLiteral("inspectorDock")));

        QTest::keyClick(w, Qt::Key_K, Qt::ControlModifier);
        auto *view = qobject_cast<CompareView *>(w->centralOverlay());
        QVERIFY(view && view->isVisible());
        QVERIFY2(shownDocks().isEmpty(), qPrintable(shownDocks().join(QLatin1Char(','))));
        QTRY_VERIFY(view->width() > w->width() * 9 / 10);

        QTest::keyClick(view->columnView(0), Qt::Key_Escape);
        QVERIFY(!view->isVisible());
        QTRY_COMPARE(shownDocks(), editorDocks);

        // Closing the window while comparing saves the editor's docks, not compare mode's.
        QTest::keyClick(w, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(view->isVisible());
        w->document()->undoStack()->setClean();
        QVERIFY(w->close());
        m_window.reset();
        MainWindow *again = openWindow(incident);
        QTRY_VERIFY(again->findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->isVisible());
    }

    void bundledExampleLooksRight()
    {
        MainWindow *w = openWindow(Incident{});
        QVERIFY(w->openFile(
            QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples/coinrun.faultline")));
        QStringList all;
        for (const Interpretation &interp : w->document()->incident().interpretations)
            all.append(interp.id);
        QVERIFY(controller()->open(all));
        auto *view = qobject_cast<CompareView *>(w->centralOverlay());
        QVERIFY(view);
        QVERIFY(view->cruxList()->cruxCount() > 0);
        QCOMPARE(view->currentCrux(), -1); // opens on the overview
        QCoreApplication::processEvents(); // the deferred fit to the columns' final size
        w->grab().save(
            QDir::temp().filePath(QStringLiteral("faultline-compare-coinrun-overview.png")));
        QTest::keyClick(view->columnView(0)->viewport(), Qt::Key_F8);
        QCOMPARE(view->currentCrux(), 0);
        // For a human look at the result (not compared against anything).
        w->grab().save(QDir::temp().filePath(QStringLiteral("faultline-compare-coinrun.png")));
        auto *sideTabs = view->findChild<QTabWidget *>();
        QVERIFY(sideTabs);
        sideTabs->setCurrentWidget(view->coverage());
        QVERIFY(view->coverage()->isVisible());
        view->grab().save(QDir::temp().filePath(QStringLiteral("faultline-compare-coverage.png")));
        QTest::keyClick(view->cruxList(), Qt::Key_Escape);
        QCOMPARE(w->centralOverlay(), nullptr);
    }

    void cancelledPickerKeepsEditing()
    {
        MainWindow *w = openWindow(threeReadings());
        m_pickAnswer = {};
        QTest::keyClick(w, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(m_pickCalls.size(), 1);
        QCOMPARE(w->centralOverlay(), nullptr);
    }
};

QTEST_MAIN(TestCompareGui)
#include "tst_comparegui.moc"
