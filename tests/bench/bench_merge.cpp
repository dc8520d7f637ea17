// Section "merge": the version diff and the three-way merge (model/versioning)
// of two edited copies of a generated incident, as git's merge driver runs it.
// Goal: the merge of two 1,000-factor versions in at most 100 ms.

#include "bench.h"
#include "generatedincident.h"
#include "model/versioning/documentdiff.h"
#include "model/versioning/threewaymerge.h"

namespace faultline::bench {

namespace {

/// `base` edited as one person would between two commits: about one factor
/// in ten relabelled (`side` in the text, so the two sides conflict where
/// they meet), one placement in ten moved, a few factors added.
Incident editedCopy(const Incident &base, int seed, const QString &side)
{
    Incident copy = base;
    test::GeneratorRandom random(seed);
    for (Factor &factor : copy.factors)
        if (random.below(10) == 0)
            factor.label = side + QStringLiteral(": ") + factor.label;
    for (Interpretation &reading : copy.interpretations)
        for (Placement &placement : reading.placements)
            if (random.below(10) == 0)
                placement.pos += QPointF(20, 10);
    for (int i = 0; i < base.factors.size() / 50; ++i) {
        const QString id = side + QString::number(i);
        copy.factors.append({id, QStringLiteral("behaviour"), id, {}, {}, {}, {}});
        copy.interpretations.first().placements.append({id, QPointF(i, -100), false, false, {}});
    }
    return copy;
}

void runMergeSection(const BenchOptions &options, QList<BenchTable> &tables)
{
    BenchTable table(
        QStringLiteral("Versions: diff and three-way merge of a generated incident (ms, median)"),
        {QStringLiteral("factors"), QStringLiteral("changes (ours)"), QStringLiteral("conflicts"),
         QStringLiteral("diff"), QStringLiteral("merge"), QStringLiteral("goal (merge)"),
         QStringLiteral("met")});
    for (const int size : options.sizes) {
        const Incident base = test::generatedIncident(size);
        const Incident ours = editedCopy(base, 11, QStringLiteral("ours"));
        const Incident theirs = editedCopy(base, 23, QStringLiteral("theirs"));
        const int runs = options.runsFor(size);
        qsizetype changes = 0;
        const double diff = medianMs(runs, [&] { changes = diffIncidents(base, ours).size(); });
        qsizetype conflicts = 0;
        const double merge = medianMs(runs, [&] {
            const Result<MergeOutcome> merged = mergeIncidents(base, ours, theirs);
            conflicts = merged.ok() ? merged->incident.conflicts.size() : -1;
        });
        table.addRow({QString::number(size), QString::number(changes), QString::number(conflicts),
                      formatMs(diff), formatMs(merge),
                      size == 1000 ? QStringLiteral("≤ 100 ms") : QStringLiteral("–"),
                      size == 1000 ? metCell(merge <= 100.0) : QStringLiteral("–")});
    }
    table.addNote(QStringLiteral("Goal: merge of two 1,000-factor versions ≤ 100 ms (the merge "
                                 "includes loading the merged document to check it)."));
    tables.append(table);
}

} // namespace

FAULTLINE_BENCH_SECTION(merge, "version diff and three-way merge of two edited copies",
                        runMergeSection);

} // namespace faultline::bench
