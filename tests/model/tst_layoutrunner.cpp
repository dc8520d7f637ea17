// LayoutRunner: thread and worker-process runs, crashes, the large-graph
// fallback and cancelling.

#include "../bench/generatedincident.h"
#include "../common/layoutworker.h"
#include "layoutfixtures.h"
#include "model/commands/applylayoutcommand.h"
#include "model/document.h"
#include "model/layout/causallayout.h"
#include "model/layout/layoutengine.h"
#include "model/layout/layoutjson.h"
#include "model/layout/layoutrunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <cstdlib>
#include <cstring>

using namespace faultline;
using faultline::test::surfingIncident;

namespace {

/// Layout of `request` through the thread runner, as the editor would get it.
LayoutResult runThroughRunner(LayoutRunner &runner, const LayoutRequest &request)
{
    QSignalSpy finished(&runner, &LayoutRunner::finished);
    QSignalSpy failed(&runner, &LayoutRunner::failed);
    runner.start(request);
    if (!QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 60000))
        return {};
    if (finished.isEmpty()) {
        LayoutResult r;
        r.error = failed.first().first().toString();
        return r;
    }
    return finished.first().first().value<LayoutResult>();
}

/// A request dot needs seconds for: generated factors with long links,
/// without the large-graph bounds and fallbacks (700 factors: one to a few
/// seconds; 3,000: minutes).
LayoutRequest slowRequest(int factors)
{
    LayoutOptions options;
    options.engine = LayoutEngineChoice::Dot;
    options.largeGraphThreshold = 100000;
    const Incident incident = test::generatedIncident(factors);
    return CausalLayout::interpretationRequest(incident, QStringLiteral("main"), options);
}

/// Threads of this process (Linux): an abandoned layout thread holds one
/// until its Graphviz run ends.
int threadCount()
{
    return int(QDir(QStringLiteral("/proc/self/task"))
                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                   .size());
}

} // namespace

class TestLayoutRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threadRunnerFinishes()
    {
        LayoutRunner runner;
        const LayoutRequest request =
            CausalLayout::interpretationRequest(surfingIncident(), QStringLiteral("main"));
        const LayoutResult result = runThroughRunner(runner, request);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result, LayoutEngine::run(request));
        QVERIFY(!runner.isRunning());
    }

    void processRunnerGivesTheSameResult()
    {
        LayoutRunner runner;
        runner.setWorkerProgram(QCoreApplication::applicationFilePath());
        const LayoutRequest request =
            CausalLayout::interpretationRequest(surfingIncident(), QStringLiteral("main"));
        const LayoutResult result = runThroughRunner(runner, request);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result, LayoutEngine::run(request));
    }

    void workerCrashFailsTheJobOnly()
    {
        LayoutRunner runner;
        runner.setWorkerProgram(QCoreApplication::applicationFilePath(),
                                {QStringLiteral("--crash")});
        const LayoutResult crashed = runThroughRunner(
            runner, CausalLayout::interpretationRequest(surfingIncident(), QStringLiteral("main")));
        QVERIFY(!crashed.ok);
        QVERIFY(!crashed.error.isEmpty());

        runner.setWorkerProgram(QStringLiteral("/nonexistent/faultline"));
        const LayoutResult missing = runThroughRunner(
            runner, CausalLayout::interpretationRequest(surfingIncident(), QStringLiteral("main")));
        QVERIFY(!missing.ok);
        QVERIFY(missing.error.contains(QStringLiteral("layout worker")));
    }

    void slowLargeJobFallsBackToSfdp()
    {
        LayoutRunner runner;
        runner.setWorkerProgram(QCoreApplication::applicationFilePath());
        runner.setLargeGraphFallbackAfter(1);
        const Incident incident = test::generatedIncident(900);
        const LayoutRequest request =
            CausalLayout::interpretationRequest(incident, QStringLiteral("main"));
        QVERIFY(request.isLarge());
        QCOMPARE(LayoutEngine::run(request).engine,
                 QStringLiteral("dot-bounded")); // what ran without the fallback
        const LayoutResult result = runThroughRunner(runner, request);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.engine, QStringLiteral("sfdp"));
        QCOMPARE(result.positions.size(), 900);
        QVERIFY(!result.warnings.isEmpty());
    }

    void cancelEndsTheJobAndChangesNothing_data()
    {
        QTest::addColumn<bool>("process");
        QTest::newRow("worker process") << true;
        QTest::newRow("thread") << false;
    }
    // What cancel does, not how fast: the time from Cancel to an idle event
    // loop is a goal of faultline_bench (tests/bench/bench_interaction.cpp).
    void cancelEndsTheJobAndChangesNothing()
    {
        QFETCH(bool, process);
        // A killed process can be as slow as it likes; an abandoned thread
        // runs to its end, so it gets a job of seconds, not minutes.
        const int factors = process ? 3000 : 700;
        const Incident incident = test::generatedIncident(factors);
        Document document;
        document.resetIncident(incident);
        LayoutRunner runner;
        if (process)
            runner.setWorkerProgram(QCoreApplication::applicationFilePath());
        // As the editor does: a finished layout becomes one command.
        connect(&runner, &LayoutRunner::finished, &document, [&](const LayoutResult &r) {
            document.push(new ApplyLayoutCommand(&document, QStringLiteral("main"), r));
        });
        QSignalSpy finished(&runner, &LayoutRunner::finished);
        QSignalSpy failed(&runner, &LayoutRunner::failed);
        QSignalSpy cancelled(&runner, &LayoutRunner::cancelled);
        const int threadsBefore = threadCount();
        runner.start(slowRequest(factors));
        QVERIFY(runner.isRunning());
        if (process) {
            // Cancel a worker that runs, not one still being started.
            auto *worker = runner.findChild<QProcess *>();
            QVERIFY(worker);
            QTRY_COMPARE_WITH_TIMEOUT(worker->state(), QProcess::Running, 30000);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(threadCount() > threadsBefore, 30000);
        }
        QVERIFY2(runner.isRunning(), "the job finished before it could be cancelled");
        runner.cancel();
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!runner.isRunning());
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 0);
        runner.cancel(); // nothing running: no second signal
        QCOMPARE(cancelled.count(), 1);
        // Nothing arrives later either: wait until the cancelled job is gone
        // (the killed worker deleted, the abandoned thread ended), then
        // deliver whatever it left queued.
        QTRY_VERIFY_WITH_TIMEOUT(!runner.findChild<QProcess *>(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(threadCount() <= threadsBefore, 300000);
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(document.undoStack()->count(), 0);
        QCOMPARE(document.incident(), incident);
    }

    void startingAgainCancelsTheRunningJob()
    {
        LayoutRunner runner;
        runner.setWorkerProgram(QCoreApplication::applicationFilePath());
        QSignalSpy cancelled(&runner, &LayoutRunner::cancelled);
        QSignalSpy finished(&runner, &LayoutRunner::finished);
        runner.start(slowRequest(3000));
        const LayoutRequest small =
            CausalLayout::interpretationRequest(surfingIncident(), QStringLiteral("main"));
        runner.start(small);
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(QTest::qWaitFor([&] { return finished.count() > 0; }, 30000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<LayoutResult>().positions.size(), 8);
    }
};

// The test executable doubles as the layout worker, so the process runner is
// tested without the faultline executable (model tests link the model only).
int main(int argc, char **argv)
{
    if (const int worker = test::runAsLayoutWorker(argc, argv); worker >= 0)
        return worker;
    if (argc > 1 && std::strcmp(argv[1], "--crash") == 0)
        std::abort();
    QCoreApplication app(argc, argv);
    TestLayoutRunner test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_layoutrunner.moc"
