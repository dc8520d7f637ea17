// Export section: SVG and PDF export of generated incidents through the
// real export code (ExportJob builds the export scenes, ExportComposer lays
// out the slide with legend and references, ExportWriter writes the file).
// Each timed run is a whole export as the dialog or `faultline export` does
// it, from the loaded incident to the bytes on disk.

#include "bench.h"
#include "generatedincident.h"

#include "widgets/export/exportcomposer.h"
#include "widgets/export/exportjob.h"
#include "widgets/export/exportwriter.h"

#include <QTemporaryDir>

#include <cmath>

namespace faultline::bench {

namespace {

constexpr double kGoalMs = 500;

// The generator leaves every factor at the origin; spread them on a grid so
// links have length and the page has something to fit (layout is timed by
// the layout section, not here).
Incident placedIncident(int size)
{
    Incident incident = test::generatedIncident(size);
    Interpretation &interp = incident.interpretations.first();
    const int columns = std::max(1, int(std::ceil(std::sqrt(double(size)))));
    for (int i = 0; i < interp.placements.size(); ++i)
        interp.placements[i].pos = QPointF((i % columns) * 230.0, (i / columns) * 140.0);
    return incident;
}

ExportOptions exportOptions(const Incident &incident, ExportFormat format)
{
    ExportOptions options;
    options.format = format;
    options.scope = ExportScope::Current;
    options.interpretationIds = {incident.interpretations.first().id};
    options.page = PageFormat::FitContent;
    options.references = true;
    return options;
}

double timeExport(const Incident &incident, ExportFormat format, int runs, const QString &path)
{
    const ExportOptions options = exportOptions(incident, format);
    return medianMs(runs, [&] {
        const ExportJob job(incident, options);
        QString error;
        if (ExportWriter::write(job, path, &error).isEmpty())
            qFatal("export failed: %s", qPrintable(error));
    });
}

void runExportSection(const BenchOptions &options, QList<BenchTable> &tables)
{
    BenchTable table(QStringLiteral("Export: one generated reading to a file (ms, median)"),
                     {QStringLiteral("factors"), QStringLiteral("links"), QStringLiteral("scenes"),
                      QStringLiteral("SVG"), QStringLiteral("PDF"), QStringLiteral("goal"),
                      QStringLiteral("met")});
    QTemporaryDir dir;
    for (const int size : {100, 300, 1000}) {
        const Incident incident = placedIncident(size);
        const int runs = std::max(options.runsFor(size), 5);
        // The share of every export spent building the export scenes (items, text layout, lens).
        const ExportOptions sceneOptions = exportOptions(incident, ExportFormat::Svg);
        const double scenes = medianMs(runs, [&] { const ExportJob job(incident, sceneOptions); });
        const double svg =
            timeExport(incident, ExportFormat::Svg, runs, dir.filePath(QStringLiteral("b.svg")));
        const double pdf =
            timeExport(incident, ExportFormat::Pdf, runs, dir.filePath(QStringLiteral("b.pdf")));
        const bool met = svg <= kGoalMs && pdf <= kGoalMs;
        table.addRow({QString::number(size),
                      QString::number(incident.interpretations.first().links.size()),
                      formatMs(scenes), formatMs(svg), formatMs(pdf),
                      QStringLiteral("≤ %1").arg(formatMs(kGoalMs)),
                      met ? QStringLiteral("yes") : QStringLiteral("NO")});
    }
    table.addNote(QStringLiteral(
        "Goal (issue #6): SVG and PDF export of 1,000 factors ≤ 0.5 s each. Each run "
        "builds the export scenes, composes a fit-to-content page with legend and "
        "references, and writes the file; \"scenes\" is the scene-building part of each."));
    tables.append(table);
}

} // namespace

FAULTLINE_BENCH_SECTION(export, "SVG and PDF export of generated readings", runExportSection);

} // namespace faultline::bench
