// Scene-build stage for the "layout" section: installs sceneBuildHook(), which
// times constructing the editor's CanvasScene (one FactorItem per placement,
// one LinkItem per link, routes applied) over an already laid-out incident.
// Lives beside bench_layout.cpp so that file needs no widgets header.

#include "bench.h"

#include "model/document.h"
#include "widgets/canvas/canvasscene.h"

#include <QElapsedTimer>

namespace faultline::bench {

namespace {

double timeSceneBuild(const Incident &incident)
{
    if (incident.interpretations.isEmpty())
        return 0;
    Document document;
    document.resetIncident(incident); // not timed: loading is the "load" column
    QElapsedTimer timer;
    timer.start();
    {
        CanvasScene scene(&document, incident.interpretations.first().id);
        // Touch the result so the construction cannot be skipped, and make the
        // scene compute its item index and bounds as a first paint would.
        if (scene.factorItems().size() != incident.interpretations.first().placements.size())
            qFatal("scene build lost factors");
        (void)scene.itemsBoundingRect();
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

const bool installed = [] {
    sceneBuildHook() = timeSceneBuild;
    return true;
}();

} // namespace

} // namespace faultline::bench
