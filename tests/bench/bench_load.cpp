// Section "load": reading a .faultline file (parse, build the model,
// validate) against nlohmann::json::parse of the same bytes, the floor any
// JSON-based loader pays. Goal: at most 2x at 5,000 factors / 10,000 links.

#include "bench.h"
#include "generatedincident.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"

#include <nlohmann/json.hpp>

namespace faultline::bench {

namespace {

constexpr double kLoadGoalRatio = 2.0;
constexpr int kLoadGoalSize = 5000;

/// The generated incident with two more readings, as a workshop file holds
/// them: "other" links the first half of the factors again under its own
/// link ids, "sketch" places every factor without links. About 2 links per
/// factor in all (10,000 at 5,000 factors).
Incident severalReadings(int factorCount)
{
    Incident incident = test::generatedIncident(factorCount);
    Interpretation other = incident.interpretations.first();
    other.id = QStringLiteral("other");
    other.name = QStringLiteral("Other reading");
    other.links.resize(other.links.size() / 3);
    for (Link &link : other.links)
        link.id = QLatin1Char('o') + link.id;
    Interpretation sketch = incident.interpretations.first();
    sketch.id = QStringLiteral("sketch");
    sketch.name = QStringLiteral("Sketch");
    sketch.links.clear();
    incident.interpretations.append(other);
    incident.interpretations.append(sketch);
    return incident;
}

void runLoadSection(const BenchOptions &options, QList<BenchTable> &tables)
{
    BenchTable table(QStringLiteral("Load: readFaultline vs raw nlohmann::json::parse (ms, median)"),
                     {QStringLiteral("factors"), QStringLiteral("links (all readings)"),
                      QStringLiteral("file KiB"), QStringLiteral("load + validate"),
                      QStringLiteral("raw json parse"), QStringLiteral("ratio"),
                      QStringLiteral("goal"), QStringLiteral("met")});
    QList<int> sizes = options.sizes;
    if (!sizes.contains(kLoadGoalSize))
        sizes.append(kLoadGoalSize); // the goal's size is always measured
    for (const int size : std::as_const(sizes)) {
        const Incident incident = severalReadings(size);
        qsizetype links = 0;
        for (const Interpretation &interp : incident.interpretations)
            links += interp.links.size();
        const QByteArray bytes = writeFaultline(incident);
        const int runs = std::max(options.runsFor(size), size <= 1000 ? 11 : 5);
        const bool goalRow = size == kLoadGoalSize;
        if (const LoadResult first = readFaultline(bytes); !first.ok()) {
            // The reader's limits refuse the file: report it, it is a finding.
            table.addRow({QString::number(size), QString::number(links),
                          QString::number(bytes.size() / 1024),
                          QStringLiteral("refused: ") + first.errors.value(0), QStringLiteral("–"),
                          QStringLiteral("–"),
                          goalRow ? QStringLiteral("≤ 2.00x") : QStringLiteral("–"),
                          goalRow ? metCell(false) : QStringLiteral("–")});
            continue;
        }
        const double load = medianMs(runs, [&] {
            const LoadResult loaded = readFaultline(bytes);
            if (!loaded.ok())
                qFatal("generated incident does not load: %s", qPrintable(loaded.errors.value(0)));
        });
        std::size_t keys = 0;
        const double raw = medianMs(runs, [&] {
            const nlohmann::json json =
                nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
            keys = json.size(); // used, so the parse cannot be dropped
        });
        if (keys == 0)
            qFatal("raw parse found nothing");
        const double ratio = load / raw;
        table.addRow({QString::number(size), QString::number(links),
                      QString::number(bytes.size() / 1024), formatMs(load), formatMs(raw),
                      formatRatio(ratio),
                      goalRow ? QStringLiteral("≤ 2.00x") : QStringLiteral("–"),
                      goalRow ? metCell(ratio <= kLoadGoalRatio) : QStringLiteral("–")});
    }
    table.addNote(QStringLiteral(
        "Three readings per incident (the generated one, a second with a third of its links under "
        "other ids, a sketch without links). load = readFaultline(): JSON parse, model build, "
        "validation; raw = nlohmann::json::parse of the same bytes into a json value."));
    tables.append(table);
}

} // namespace

FAULTLINE_BENCH_SECTION(load, "readFaultline vs raw JSON parse", runLoadSection);

} // namespace faultline::bench
