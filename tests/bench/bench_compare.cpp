// Section "compare": the compare view and crux slides of three generated
// readings (a reading group projecting a big incident). Goals at 1,000
// factors: the compare view opens in ≤ 500 ms, selecting a crux frames it in
// ≤ 50 ms, stepping to the next crux slide takes ≤ 50 ms.

#include "bench.h"
#include "generatedincident.h"
#include "model/document.h"
#include "widgets/compare/comparecolumnview.h"
#include "widgets/compare/comparescenes.h"
#include "widgets/compare/compareview.h"
#include "widgets/discussion/presentationwindow.h"

#include <QCoreApplication>

#include <cmath>

namespace faultline::bench {

namespace {

/// The generated reading and two variants of it: other link ids, about one
/// link in twenty dropped and one placement in twenty a root cause.
Incident threeReadings(int factorCount)
{
    Incident incident = test::generatedIncident(factorCount);
    // The generator leaves every factor at the origin; spread them on a grid
    // as a laid-out file has them. Stacked at one point, any crux's frame
    // holds all ~2,500 items of a column and a slide paints every one of
    // them (about 1.5 s at 1,000 factors): a picture no projected file gives.
    Interpretation &first = incident.interpretations.first();
    const int columns = std::max(1, int(std::ceil(std::sqrt(double(factorCount)))));
    for (int i = 0; i < first.placements.size(); ++i)
        first.placements[i].pos = QPointF((i % columns) * 230.0, (i / columns) * 140.0);
    test::GeneratorRandom random(11);
    for (const QString &id : {QStringLiteral("second"), QStringLiteral("third")}) {
        Interpretation other = incident.interpretations.first();
        other.id = id;
        other.name = id;
        for (Link &link : other.links)
            link.id = id + link.id;
        for (qsizetype i = other.links.size() - 1; i >= 0; --i)
            if (random.below(20) == 0)
                other.links.removeAt(i);
        for (Placement &placement : other.placements)
            if (random.below(20) == 0)
                placement.rootCause = !placement.rootCause;
        incident.interpretations.append(other);
    }
    return incident;
}

QStringList idsOf(const Incident &incident)
{
    QStringList ids;
    for (const Interpretation &interp : incident.interpretations)
        ids.append(interp.id);
    return ids;
}

// Paints every column now, as the first frame would.
void paintColumns(CompareView &view)
{
    for (int i = 0; i < view.columnCount(); ++i)
        view.columnView(i)->viewport()->repaint();
}

void runCompareSection(const BenchOptions &options, QList<BenchTable> &tables)
{
    BenchTable table(QStringLiteral("Compare view and crux slides, three readings (ms, median)"),
                     {QStringLiteral("factors"), QStringLiteral("cruxes"),
                      QStringLiteral("open view"), QStringLiteral("select crux"),
                      QStringLiteral("next crux slide"), QStringLiteral("goals"),
                      QStringLiteral("met")});
    for (const int size : options.sizes) {
        if (size > 1000)
            continue; // three 3,000-factor readings do not fit one projector
        const Incident incident = threeReadings(size);
        const QStringList ids = idsOf(incident);
        const int runs = options.runsFor(size);

        CompareView view;
        view.resize(1600, 900);
        view.show();
        const double open = medianMs(runs, [&] {
            view.setComparison(incident, ids.mid(0, 2)); // other columns first: a real open
            view.setComparison(incident, ids);
            view.fitAll();
            paintColumns(view);
        });
        const int cruxes = int(view.scenes()->diff().cruxes.size());
        int next = 0;
        const double select = cruxes == 0 ? 0 : medianMs(std::max(runs, 9), [&] {
            view.setCurrentCrux(next++ % cruxes);
            paintColumns(view);
        });

        Document document;
        document.resetIncident(incident);
        PresentationWindow presentation(&document, ids);
        presentation.resize(1280, 720);
        presentation.show();
        int firstCrux = -1;
        for (int i = 0; i < presentation.steps().size() && firstCrux < 0; ++i)
            if (presentation.steps()[i].kind == PresentationStep::Kind::Crux)
                firstCrux = i;
        double slide = 0;
        if (firstCrux >= 0) {
            presentation.goTo(firstCrux);
            QCoreApplication::processEvents();
            slide = medianMs(std::max(runs, 9), [&] {
                if (presentation.currentStep().kind != PresentationStep::Kind::Crux)
                    presentation.goTo(firstCrux);
                presentation.next();
                presentation.currentSlide()->repaint();
            });
        }
        const bool goal = size == 1000;
        table.addRow(
            {QString::number(size), QString::number(cruxes), formatMs(open), formatMs(select),
             formatMs(slide), goal ? QStringLiteral("≤ 500 / 50 / 50") : QStringLiteral("–"),
             goal ? metCell(open <= 500 && select <= 50 && slide <= 50) : QStringLiteral("–")});
    }
    table.addNote(QStringLiteral(
        "open view: setComparison of the three readings, fit and a paint of every column "
        "(1600×900); select crux: highlight, number, frame and paint; next crux slide: "
        "the presentation at 1280×720 stepping to the next crux and painting it."));
    tables.append(table);
}

} // namespace

FAULTLINE_BENCH_SECTION(compare, "compare view and crux slides of three readings",
                        runCompareSection);

} // namespace faultline::bench
