// Automatic layout in the editor window, driven by real key and mouse events
// (offscreen): Lay Out Interpretation / Selection, Pin in Place, the progress
// overlay, cancelling (button, Esc, an edit) and failures.

#include "../common/elementbuilders.h"
#include "../common/mainwindowfixture.h"
#include "app/controllers/layoutcontroller.h"
#include "app/window/mainwindow.h"
#include "app/window/windowactions.h"
#include "model/document.h"
#include "model/layout/layoutrunner.h"
#include "testpaths.h"
#include "tests/bench/generatedincident.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/common/interpretationtabs.h"
#include "widgets/layout/layoutprogressoverlay.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace faultline;
using faultline::test::factor;
using faultline::test::link;
using faultline::test::placement;

namespace {

constexpr int kLayoutTimeoutMs = 60000; // generous: two shared cores, sanitizer builds

// Drawn upside down on purpose: the behaviour sits above its causes, and
// "note" (an intent, linked to nothing) is far off to the side.
Incident upsideDownIncident()
{
    Incident incident;
    incident.title = QStringLiteral("Box surfing");
    incident.factors = {
        factor(QStringLiteral("rew"), QStringLiteral("reward"),
               QStringLiteral("Reward for hiding")),
        factor(QStringLiteral("env"), QStringLiteral("environment"),
               QStringLiteral("Boxes can be ridden")),
        factor(QStringLiteral("surf"), QStringLiteral("behaviour"),
               QStringLiteral("Seekers surf on boxes")),
        factor(QStringLiteral("note"), QStringLiteral("intent"), QStringLiteral("Play fair"))};
    Interpretation interp;
    interp.id = QStringLiteral("main");
    interp.name = QStringLiteral("Physics exploit");
    interp.placements = {placement(QStringLiteral("rew"), {-150, 300}),
                         placement(QStringLiteral("env"), {150, 300}),
                         placement(QStringLiteral("surf"), {0, -300}),
                         placement(QStringLiteral("note"), {900, 900})};
    interp.links = {link(QStringLiteral("l1"), QStringLiteral("rew"), QStringLiteral("surf")),
                    link(QStringLiteral("l2"), QStringLiteral("env"), QStringLiteral("surf"))};
    incident.interpretations = {interp};
    return incident;
}

} // namespace

class TestLayoutGui : public QObject
{
    Q_OBJECT

private:
    test::MainWindowFixture m_window;

    MainWindow *openWindow(const Incident &incident)
    {
        m_window.create();
        m_window->document()->resetIncident(incident);
        m_window.show();
        view()->zoomToFit();
        view()->setFocus(Qt::OtherFocusReason);
        return m_window.get();
    }

    Document *doc() const { return m_window->document(); }
    CanvasView *view() const { return m_window->currentView(); }
    WindowActions *actions() const { return m_window->windowActions(); }
    LayoutController *layout() const { return m_window->layoutController(); }
    int undoCount() const { return doc()->undoStack()->count(); }

    QPointF pos(const QString &factorId) const
    {
        const Interpretation &interp = doc()->incident().interpretations.first();
        return interp.findPlacement(factorId)->pos;
    }

    void clickFactor(const QString &factorId, Qt::KeyboardModifiers modifiers = {})
    {
        const QPoint at = view()->mapFromScene(pos(factorId));
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, modifiers, at);
    }

    void layOutByShortcut()
    {
        QTest::keyClick(view()->viewport(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    }

    /// A 1,000-factor incident laid out with full dot in the worker process:
    /// seconds of work, long enough to see the overlay and cancel.
    void startLongLayout()
    {
        layout()->runner()->setWorkerProgram(QStringLiteral(FAULTLINE_BINARY));
        LayoutOptions slow;
        slow.engine = LayoutEngineChoice::Dot;
        layout()->setLayoutOptions(slow);
        layOutByShortcut();
        QVERIFY(layout()->isRunning());
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::MainWindowFixture::initTestCase(QStringLiteral("FaultlineTest"),
                                              QStringLiteral("tst_layoutgui"));
    }

    void cleanup() { m_window.cleanup(); }

    void testsRunLayoutsInAThread()
    {
        // The test executable is not faultline, so it cannot be a worker.
        QVERIFY(LayoutController::defaultWorkerProgram().isEmpty());
        openWindow(upsideDownIncident());
        QVERIFY(layout()->runner()->workerProgram().isEmpty());
    }

    void layoutPutsBehaviourBelowItsCausesInOneUndoStep()
    {
        openWindow(upsideDownIncident());
        const Incident before = doc()->incident();
        QVERIFY(actions()->layoutInterpretation->isEnabled());
        QSignalSpy applied(layout(), &LayoutController::layoutApplied);
        layOutByShortcut();
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, kLayoutTimeoutMs);
        QCOMPARE(applied.first().first().toString(), QStringLiteral("main"));

        view()->grab().save(QDir::temp().filePath(QStringLiteral("faultline-laid-out.png")));
        QVERIFY2(pos(QStringLiteral("surf")).y() > pos(QStringLiteral("rew")).y(),
                 "behaviour must end below the reward that causes it");
        QVERIFY(pos(QStringLiteral("surf")).y() > pos(QStringLiteral("env")).y());
        QCOMPARE(undoCount(), 1);
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Lay out"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Laid out")));
        // The view follows the model.
        FactorItem *surf = view()->canvasScene()->factorItem(QStringLiteral("surf"));
        QCOMPARE(surf->pos(), pos(QStringLiteral("surf")));

        doc()->undoStack()->undo();
        QCOMPARE(doc()->incident(), before); // positions and routes exactly as they were
        doc()->undoStack()->redo();
        QVERIFY(pos(QStringLiteral("surf")).y() > pos(QStringLiteral("rew")).y());
    }

    void layoutInTheWorkerProcessApplies()
    {
        openWindow(upsideDownIncident());
        layout()->runner()->setWorkerProgram(QStringLiteral(FAULTLINE_BINARY));
        QSignalSpy applied(layout(), &LayoutController::layoutApplied);
        actions()->layoutInterpretation->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, kLayoutTimeoutMs);
        QVERIFY(pos(QStringLiteral("surf")).y() > pos(QStringLiteral("rew")).y());
        QCOMPARE(undoCount(), 1);
    }

    void pinnedFactorKeepsItsPosition()
    {
        openWindow(upsideDownIncident());
        QVERIFY(!actions()->pinSelection->isEnabled()); // nothing selected
        QVERIFY(!actions()->layoutSelection->isEnabled());
        clickFactor(QStringLiteral("env"));
        QCOMPARE(view()->selectedFactorIds(), QStringList{QStringLiteral("env")});
        QVERIFY(actions()->pinSelection->isEnabled());
        QVERIFY(!actions()->pinSelection->isChecked());

        QTest::keyClick(view()->viewport(), Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
        const Interpretation &interp = doc()->incident().interpretations.first();
        QVERIFY(interp.findPlacement(QStringLiteral("env"))->pinned);
        QVERIFY(view()->canvasScene()->factorItem(QStringLiteral("env"))->isPinned());
        QVERIFY(actions()->pinSelection->isChecked());
        QCOMPARE(undoCount(), 1);

        const QPointF pinnedAt = pos(QStringLiteral("env"));
        const QPointF rewBefore = pos(QStringLiteral("rew"));
        QSignalSpy applied(layout(), &LayoutController::layoutApplied);
        layOutByShortcut();
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, kLayoutTimeoutMs);
        QCOMPARE(pos(QStringLiteral("env")), pinnedAt);
        QVERIFY(pos(QStringLiteral("rew")) != rewBefore);
        QCOMPARE(undoCount(), 2);

        // Undoing the pin (not the layout) clears the flag and the action's check.
        doc()->undoStack()->undo();
        doc()->undoStack()->undo();
        QVERIFY(!doc()
                     ->incident()
                     .interpretations.first()
                     .findPlacement(QStringLiteral("env"))
                     ->pinned);
        QVERIFY(!actions()->pinSelection->isChecked());
    }

    void pinningSeveralFactorsIsOneUndoStep()
    {
        openWindow(upsideDownIncident());
        clickFactor(QStringLiteral("rew"));
        clickFactor(QStringLiteral("surf"), Qt::ControlModifier);
        QCOMPARE(view()->selectedFactorIds().size(), 2);
        actions()->pinSelection->trigger();
        QCOMPARE(undoCount(), 1);
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Pin in place"));
        const Interpretation &interp = doc()->incident().interpretations.first();
        QVERIFY(interp.findPlacement(QStringLiteral("rew"))->pinned);
        QVERIFY(interp.findPlacement(QStringLiteral("surf"))->pinned);
        QVERIFY(!interp.findPlacement(QStringLiteral("env"))->pinned);
        QVERIFY(actions()->pinSelection->isChecked());

        // A mixed selection shows unchecked; triggering pins the rest (one more step).
        clickFactor(QStringLiteral("env"), Qt::ControlModifier);
        QCOMPARE(view()->selectedFactorIds().size(), 3);
        QVERIFY(!actions()->pinSelection->isChecked());
        actions()->pinSelection->trigger();
        QCOMPARE(undoCount(), 2);
        QVERIFY(
            doc()->incident().interpretations.first().findPlacement(QStringLiteral("env"))->pinned);
        // Everything pinned: nothing to lay out, nothing pushed, and the status bar says so.
        clickFactor(QStringLiteral("note"), Qt::ControlModifier);
        actions()->pinSelection->trigger();
        QCOMPARE(undoCount(), 3);
        actions()->layoutInterpretation->trigger();
        QVERIFY(!layout()->isRunning());
        QCOMPARE(undoCount(), 3);
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(
            QStringLiteral("Nothing to lay out")));
    }

    void layoutSelectionMovesOnlyTheSelection()
    {
        openWindow(upsideDownIncident());
        clickFactor(QStringLiteral("rew"));
        clickFactor(QStringLiteral("surf"), Qt::ControlModifier);
        QVERIFY(actions()->layoutSelection->isEnabled());
        const QPointF envBefore = pos(QStringLiteral("env"));
        const QPointF noteBefore = pos(QStringLiteral("note"));
        QSignalSpy applied(layout(), &LayoutController::layoutApplied);
        QTest::keyClick(view()->viewport(), Qt::Key_L, Qt::ControlModifier | Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, kLayoutTimeoutMs);
        QCOMPARE(pos(QStringLiteral("env")), envBefore);
        QCOMPARE(pos(QStringLiteral("note")), noteBefore);
        QVERIFY(pos(QStringLiteral("surf")).y() > pos(QStringLiteral("rew")).y());
        QCOMPARE(undoCount(), 1);
    }

    void cancelButtonLeavesPositionsAndHistoryUnchanged()
    {
        openWindow(test::generatedIncident(1000));
        const Incident before = doc()->incident();
        QSignalSpy abandoned(layout(), &LayoutController::layoutAbandoned);
        startLongLayout();
        QTRY_VERIFY_WITH_TIMEOUT(
            layout()->progressOverlay() && layout()->progressOverlay()->isVisible(), 5000);
        LayoutProgressOverlay *overlay = layout()->progressOverlay();
        QVERIFY(overlay->textLabel()->text().contains(QStringLiteral("1000")) ||
                overlay->textLabel()->text().contains(QStringLiteral("1,000")));
        QVERIFY(overlay->cancelButton()->isVisible());
        // For a human look at the overlay in place (not asserted).
        m_window->grab().save(
            QDir::temp().filePath(QStringLiteral("faultline-layout-overlay.png")));

        QTest::mouseClick(overlay->cancelButton(), Qt::LeftButton);
        QVERIFY(!layout()->isRunning());
        QVERIFY(!overlay->isVisible());
        QCOMPARE(abandoned.count(), 1);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
        QCOMPARE(undoCount(), 0);
        QCOMPARE(doc()->incident(), before);
        // Nothing arrives later either: once the killed worker is gone, deliver
        // whatever it left queued.
        QTRY_VERIFY_WITH_TIMEOUT(!layout()->runner()->findChild<QProcess *>(), 30000);
        QCoreApplication::processEvents();
        QCOMPARE(undoCount(), 0);
        QCOMPARE(doc()->incident(), before);
    }

    void escapeCancelsTheRunningLayout()
    {
        openWindow(test::generatedIncident(1000));
        const Incident before = doc()->incident();
        startLongLayout();
        QTRY_VERIFY_WITH_TIMEOUT(
            layout()->progressOverlay() && layout()->progressOverlay()->isVisible(), 5000);
        QTest::keyClick(view()->viewport(), Qt::Key_Escape);
        QVERIFY(!layout()->isRunning());
        QCOMPARE(undoCount(), 0);
        QCOMPARE(doc()->incident(), before);
    }

    void anEditCancelsTheRunningLayout()
    {
        openWindow(test::generatedIncident(1000));
        startLongLayout();
        QSignalSpy abandoned(layout(), &LayoutController::layoutAbandoned);
        // Select one factor and nudge it: an edit the result would overwrite.
        view()->selectElements({QStringLiteral("f0")}, {});
        QCOMPARE(view()->selectedFactorIds(), QStringList{QStringLiteral("f0")});
        const Incident beforeEdit = doc()->incident();
        QTest::keyClick(view()->viewport(), Qt::Key_Right);
        QCOMPARE(undoCount(), 1);
        QVERIFY(!layout()->isRunning());
        QCOMPARE(abandoned.count(), 1);
        QVERIFY(abandoned.first().at(1).toString().contains(QStringLiteral("changed")));
        doc()->undoStack()->undo();
        QCOMPARE(doc()->incident(), beforeEdit);
    }

    void closingTheTabDropsTheLayout()
    {
        Incident incident = test::generatedIncident(1000);
        Interpretation other;
        other.id = QStringLiteral("other");
        other.name = QStringLiteral("Other");
        incident.interpretations.append(other);
        openWindow(incident);
        m_window->tabs()->setConfirmFunction(
            [](QWidget *, const QString &, const QString &, const QStringList &) { return true; });
        startLongLayout();
        QCOMPARE(layout()->runningInterpretationId(), QStringLiteral("main"));
        actions()->deleteInterpretation->trigger();
        QVERIFY(!doc()->incident().findInterpretation(QStringLiteral("main")));
        QVERIFY(!layout()->isRunning());
        QCOMPARE(undoCount(), 1);
    }

    void aFailedLayoutIsReportedAndChangesNothing()
    {
        openWindow(upsideDownIncident());
        const Incident before = doc()->incident();
        layout()->runner()->setWorkerProgram(QStringLiteral("/nonexistent/faultline-worker"));
        QSignalSpy abandoned(layout(), &LayoutController::layoutAbandoned);
        layOutByShortcut();
        QTRY_COMPARE_WITH_TIMEOUT(abandoned.count(), 1, kLayoutTimeoutMs);
        QVERIFY(
            m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Layout failed")));
        QCOMPARE(undoCount(), 0);
        QCOMPARE(doc()->incident(), before);
    }
};

QTEST_MAIN(TestLayoutGui)
#include "tst_layoutgui.moc"
