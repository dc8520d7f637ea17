// Section "layout": our load + layout (+ scene build when a widgets section
// installs sceneBuildHook()) against bare Graphviz laying out and rendering
// the same graph to xdot, on generated incidents.

#include "bench.h"
#include "generatedincident.h"
#include "model/commands/applylayoutcommand.h"
#include "model/document.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/layout/causallayout.h"
#include "model/layout/graphvizadapter.h"
#include "model/layout/layoutengine.h"
#include "model/layout/layoutrunner.h"

#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace faultline::bench {

namespace {

constexpr double kLayoutGoalRatio = 1.3; ///< ours total / bare Graphviz
constexpr int kLayoutGoalMaxSize = 300;  ///< the goal holds up to this many factors

/// One layout through LayoutRunner's worker process, as the editor runs it.
LayoutResult runInWorker(const QString &program, const LayoutRequest &request, QString *error)
{
    LayoutRunner runner;
    runner.setWorkerProgram(program);
    LayoutResult result;
    QEventLoop loop;
    QObject::connect(&runner, &LayoutRunner::finished, &loop, [&](const LayoutResult &r) {
        result = r;
        loop.quit();
    });
    QObject::connect(&runner, &LayoutRunner::failed, &loop, [&](const QString &message) {
        *error = message;
        loop.quit();
    });
    runner.start(request);
    loop.exec();
    return result;
}

/// The incident with `result` applied to its first interpretation, as the
/// editor holds it after Lay Out (positions and routes).
Incident laidOut(const Incident &incident, const LayoutResult &result)
{
    Document document;
    document.resetIncident(incident);
    ApplyLayoutCommand apply(&document, incident.interpretations.first().id, result);
    apply.redo();
    return document.incident();
}

/// Median of the hook's own timings (it excludes its set-up from what it reports).
double medianOfHook(int runs, const StageHook &hook, const Incident &incident)
{
    QList<double> times;
    for (int i = 0; i < std::max(1, runs); ++i)
        times.append(hook(incident));
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void runLayoutSection(const BenchOptions &options, QList<BenchTable> &tables)
{
    BenchTable table(
        QStringLiteral("Layout: ours vs bare Graphviz (ms, median; generated incidents)"),
        {QStringLiteral("factors"), QStringLiteral("links"), QStringLiteral("engine"),
         QStringLiteral("load"), QStringLiteral("layout"), QStringLiteral("scene"),
         QStringLiteral("ours total"), QStringLiteral("bare gvLayout+xdot"),
         QStringLiteral("ratio"), QStringLiteral("goal"), QStringLiteral("met"),
         QStringLiteral("via worker process")});
    const StageHook &scene = sceneBuildHook();
    for (const int size : options.sizes) {
        const Incident incident = test::generatedIncident(size);
        const QString interpretation = incident.interpretations.first().id;
        const int runs = options.runsFor(size);

        const QByteArray file = writeFaultline(incident);
        const double load = medianMs(runs, [&] {
            const LoadResult loaded = readFaultline(file);
            if (!loaded.ok())
                qFatal("generated incident does not load: %s",
                       qPrintable(loaded.messages().value(0)));
        });

        LayoutResult ours;
        const double layout = medianMs(runs, [&] {
            ours = LayoutEngine::run(CausalLayout::interpretationRequest(incident, interpretation));
        });
        if (!ours.ok)
            qFatal("layout failed: %s", qPrintable(ours.error));

        double sceneMs = std::nan("");
        if (scene)
            sceneMs = medianOfHook(runs, scene, laidOut(incident, ours));

        // Bare Graphviz on exactly the graph our first pass hands it.
        const LayoutRequest request = CausalLayout::interpretationRequest(incident, interpretation);
        const GvLayoutIn input = LayoutEngine::arrangeInput(request);
        const QByteArray dot = GraphvizAdapter::graphSource(input);
        const QString engine =
            input.engine == GvEngine::Sfdp ? QStringLiteral("sfdp") : QStringLiteral("dot");
        QByteArray xdot;
        QString error;
        const double bare = medianMs(runs, [&] {
            if (!GraphvizAdapter::layoutAndRender(dot, engine, QStringLiteral("xdot"), &xdot,
                                                  &error))
                qFatal("bare Graphviz failed: %s", qPrintable(error));
        });

        LayoutResult viaWorker;
        const double worker =
            medianMs(runs, [&] { viaWorker = runInWorker(options.program, request, &error); });
        QString workerCell = viaWorker.ok ? formatMs(worker) : QStringLiteral("failed: ") + error;
        if (viaWorker.ok && viaWorker.engine != ours.engine)
            workerCell += QStringLiteral(" (") + viaWorker.engine + QLatin1Char(')');

        const double total = load + layout + (std::isnan(sceneMs) ? 0 : sceneMs);
        table.addRow({QString::number(size),
                      QString::number(incident.interpretations.first().links.size()), ours.engine,
                      formatMs(load), formatMs(layout),
                      std::isnan(sceneMs) ? QStringLiteral("–") : formatMs(sceneMs),
                      formatMs(total), formatMs(bare), formatRatio(total / bare),
                      size <= kLayoutGoalMaxSize ? QStringLiteral("≤ 1.30x") : QStringLiteral("–"),
                      size <= kLayoutGoalMaxSize ? metCell(total / bare <= kLayoutGoalRatio)
                                                 : QStringLiteral("–"),
                      workerCell});
    }
    table.addNote(
        QStringLiteral(
            "load = readFaultline() of the incident's .faultline bytes; layout = "
            "CausalLayout request + LayoutEngine::run (Graphviz, route assembly); scene = "
            "CanvasScene construction over the laid-out document (bench_scene.cpp); bare = "
            "agmemread + gvLayout + "
            "gvRenderData(xdot) of the same graph (GraphvizAdapter::graphSource); ratio = "
            "ours total / bare; via worker process = LayoutRunner end to end (process start, "
            "JSON both ways, layout). Graphviz ") +
        GraphvizAdapter::version() + QLatin1Char('.'));
    tables.append(table);
}

} // namespace

FAULTLINE_BENCH_SECTION(layout, "causal layout of generated incidents vs bare Graphviz",
                        runLayoutSection);

} // namespace faultline::bench
