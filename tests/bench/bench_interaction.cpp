// Sections "drag" and "stall": the editor's canvas under a 1,000-factor
// diagram. drag: frame time of a factor drag driven by real mouse events on
// the view's viewport, each move timed with its repaint. stall: the longest
// gap of a 5 ms timer while a layout runs in the worker process (as the
// editor runs it), and the time from Cancel until the event loop is idle.

#include "bench.h"
#include "generatedincident.h"
#include "model/commands/applylayoutcommand.h"
#include "model/document.h"
#include "model/layout/causallayout.h"
#include "model/layout/layoutengine.h"
#include "model/layout/layoutrunner.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/factoritem.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScrollBar>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace faultline::bench {

namespace {

constexpr int kInteractionSize = 1000;
constexpr double kDragGoalP95Ms = 33;
constexpr double kStallGoalMs = 50;
constexpr double kCancelGoalMs = 200;

/// The generated incident laid out by our engine (positions and routes).
Incident laidOutIncident(int size)
{
    Incident incident = test::generatedIncident(size);
    const QString interp = incident.interpretations.first().id;
    const LayoutResult result =
        LayoutEngine::run(CausalLayout::interpretationRequest(incident, interp));
    if (!result.ok)
        qFatal("layout failed: %s", qPrintable(result.error));
    Document document;
    document.resetIncident(incident);
    ApplyLayoutCommand apply(&document, interp, result);
    apply.redo();
    return document.incident();
}

/// Counts paint events of the widget it filters.
struct PaintCounter : QObject
{
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

void runDragSection(const BenchOptions &options, QList<BenchTable> &tables)
{
    BenchTable table(
        QStringLiteral("Drag: frame time moving one factor of a 1,000-factor diagram (ms)"),
        {QStringLiteral("zoom"), QStringLiteral("repaint"), QStringLiteral("frames"),
         QStringLiteral("median"), QStringLiteral("p95"), QStringLiteral("max"),
         QStringLiteral("goal (p95)"), QStringLiteral("met")});
    Document document;
    document.resetIncident(laidOutIncident(kInteractionSize));
    CanvasView view(&document, document.incident().interpretations.first().id);
    view.resize(1280, 800);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        qFatal("canvas view not exposed");
    // 1.0: every label drawn (the expensive case); the fit zoom shows the
    // whole diagram below the level of detail.
    PaintCounter paints;
    view.viewport()->installEventFilter(&paints);
    for (const auto &[zoom, fullRepaint] : {std::pair{1.0, true}, std::pair{1.0, false},
                                            std::pair{-1.0, true}, std::pair{-1.0, false}}) {
        if (zoom > 0)
            view.setZoom(zoom);
        else
            view.zoomToFit();
        // A factor in the middle of the diagram, centred in the view.
        FactorItem *item = view.canvasScene()->factorItems().at(kInteractionSize / 2);
        view.centerOn(item);
        QApplication::processEvents();
        view.viewport()->repaint();
        // A point of the box no link crosses (links are drawn above boxes).
        QPoint at = view.mapFromScene(item->scenePos());
        for (const QPointF &offset : {QPointF(0, 0), QPointF(-30, 0), QPointF(30, 0),
                                      QPointF(0, -15), QPointF(0, 15), QPointF(-50, 10)}) {
            const QPointF scenePoint = item->scenePos() + offset;
            if (view.canvasScene()->elementAt(scenePoint, view.transform()) == item) {
                at = view.mapFromScene(scenePoint);
                break;
            }
        }
        QTest::mouseMove(view.viewport(), at);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, at);
        QList<double> frames;
        const int moves = std::max(60, options.runs * 12);
        for (int i = 0; i < moves; ++i) {
            // Back and forth, so the box stays in view.
            at += QPoint((i / 10) % 2 ? -4 : 4, (i / 10) % 2 ? -2 : 2);
            QElapsedTimer clock;
            clock.start();
            QTest::mouseMove(view.viewport(), at);
            if (fullRepaint) {
                view.viewport()->repaint(); // the whole viewport, painted now
            } else {
                // What the view itself repaints: its queued update of the
                // changed area, processed until that paint has happened.
                const int before = paints.count;
                QElapsedTimer wait;
                wait.start();
                while (paints.count == before && wait.elapsed() < 500)
                    QCoreApplication::processEvents();
                if (paints.count == before)
                    continue; // the move snapped to the same grid spot: no frame
            }
            frames.append(clock.nsecsElapsed() / 1e6);
        }
        at += QPoint(24, 12); // end away from the start, so the release commits a move
        QTest::mouseMove(view.viewport(), at);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, at);
        if (document.undoStack()->count() == 0)
            qFatal("the drag did not move the factor");
        document.undoStack()->undo();
        const double p95 = percentile(frames, 95);
        table.addRow(
            {zoom > 0 ? QStringLiteral("100%")
                      : QStringLiteral("fit (%1%)").arg(qRound(view.zoom() * 100)),
             fullRepaint ? QStringLiteral("whole viewport") : QStringLiteral("view's own update"),
             QString::number(frames.size()), formatMs(percentile(frames, 50)), formatMs(p95),
             formatMs(percentile(frames, 100)), QStringLiteral("≤ 33 ms"),
             metCell(p95 <= kDragGoalP95Ms)});
    }
    table.addNote(
        QStringLiteral(
            "CanvasView 1280x800 on the QPA platform \"%1\"; QTest press on the factor, then "
            "mouse moves of a few pixels on the viewport, each timed until painted: either "
            "viewport()->repaint() of the whole viewport, or the view's own queued update of the "
            "changed area (events processed until its paint event ran); release commits one "
            "undoable move.")
            .arg(QGuiApplication::platformName()));
    tables.append(table);
}

/// Largest gap between ticks of a 5 ms timer while `until` is false.
struct StallProbe
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    double largest = 0;
    void start()
    {
        timer.setInterval(5);
        timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer, &QTimer::timeout, [this] { tick(); });
        clock.start();
        last = 0;
        largest = 0;
        timer.start();
    }
    void tick()
    {
        const qint64 now = clock.nsecsElapsed();
        largest = std::max(largest, (now - last) / 1e6);
        last = now;
    }
};

void runStallSection(const BenchOptions &options, QList<BenchTable> &tables)
{
    BenchTable table(
        QStringLiteral("Layout in the editor: event-loop stall and Cancel (1,000 factors, ms)"),
        {QStringLiteral("measure"), QStringLiteral("median"), QStringLiteral("worst"),
         QStringLiteral("goal"), QStringLiteral("met")});
    const Incident incident = test::generatedIncident(kInteractionSize);
    const QString interp = incident.interpretations.first().id;
    const LayoutRequest request = CausalLayout::interpretationRequest(incident, interp);
    QList<double> stallsRunning, stallsApplying, cancels, jobs;
    const int runs = std::max(3, std::min(options.runs, 5));
    for (int run = 0; run < runs; ++run) {
        Document document;
        document.resetIncident(incident);
        CanvasView view(&document, interp);
        view.resize(1280, 800);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            qFatal("canvas view not exposed");
        LayoutRunner runner;
        runner.setWorkerProgram(options.program);
        LayoutResult result;
        QEventLoop loop;
        QObject::connect(&runner, &LayoutRunner::finished, &loop, [&](const LayoutResult &r) {
            result = r;
            loop.quit();
        });
        QObject::connect(&runner, &LayoutRunner::failed, &loop, [&](const QString &message) {
            qFatal("layout worker failed: %s", qPrintable(message));
        });
        StallProbe probe;
        probe.start();
        QElapsedTimer job;
        job.start();
        runner.start(request);
        loop.exec();
        jobs.append(job.nsecsElapsed() / 1e6);
        stallsRunning.append(probe.largest);
        // Applying the result as LayoutController::onFinished does: one
        // undoable command, then fit the view; the probe keeps ticking
        // through the repaint that follows.
        probe.largest = 0;
        auto *command = new ApplyLayoutCommand(&document, interp, result);
        document.push(command);
        view.zoomToFit();
        QTest::qWait(200);
        stallsApplying.append(probe.largest);

        // Cancel a second job part-way: from the click until the event loop
        // runs the next timer tick with the runner idle.
        runner.start(request);
        QTest::qWait(300);
        QElapsedTimer cancel;
        cancel.start();
        runner.cancel();
        const qint64 beforeTick = probe.last;
        while (probe.last == beforeTick || runner.isRunning())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        cancels.append(cancel.nsecsElapsed() / 1e6);
    }
    const auto row = [&](const QString &name, const QList<double> &values, double goal) {
        const double worst = percentile(values, 100);
        table.addRow({name, formatMs(percentile(values, 50)), formatMs(worst),
                      goal > 0 ? QStringLiteral("≤ %1 ms").arg(goal) : QStringLiteral("–"),
                      goal > 0 ? metCell(worst <= goal) : QStringLiteral("–")});
    };
    row(QStringLiteral("layout job (worker process, end to end)"), jobs, 0);
    row(QStringLiteral("longest stall while the layout runs"), stallsRunning, kStallGoalMs);
    row(QStringLiteral("longest stall applying the result (command, fit, repaint)"), stallsApplying,
        0);
    row(QStringLiteral("Cancel to idle"), cancels, kCancelGoalMs);
    table.addNote(
        QStringLiteral(
            "%1 runs. LayoutRunner with this executable as the worker process (--layout-worker), "
            "as LayoutController runs it; a shown CanvasView of the document; a 5 ms "
            "PreciseTimer records the largest gap between ticks. The goal is judged on the worst "
            "run. Applying the finished layout happens once, on the GUI thread, after the job.")
            .arg(runs));
    tables.append(table);
}

} // namespace

FAULTLINE_BENCH_SECTION(drag, "dragging a factor of a 1,000-factor diagram", runDragSection);
FAULTLINE_BENCH_SECTION(stall, "event-loop stall during a 1,000-factor layout, and Cancel",
                        runStallSection);

} // namespace faultline::bench
