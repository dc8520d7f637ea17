#pragma once

// Benchmark framework of faultline_bench: sections register themselves with
// FAULTLINE_BENCH_SECTION and fill a table; main() runs the selected sections
// and prints each table. Times are medians of several runs, in milliseconds.

#include "model/incident.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace faultline::bench {

/// Settings from the command line, shared by every section.
struct BenchOptions
{
    QList<int> sizes{30, 100, 300, 1000, 3000, 5000}; ///< factor counts of generated incidents
    int runs = 5;          ///< repetitions per measurement (median reported)
    int runsAbove1000 = 3; ///< repetitions for incidents above 1,000 factors
    QString program;       ///< this executable, usable as a layout worker
    int runsFor(int size) const { return size > 1000 ? runsAbove1000 : runs; }
};

/// One printed table: a header row and rows of cells (already formatted).
class BenchTable
{
public:
    BenchTable(QString title, QStringList columns)
        : m_title(std::move(title)), m_columns(std::move(columns))
    {
    }
    void addRow(const QStringList &cells) { m_rows.append(cells); }
    void addNote(const QString &note) { m_notes.append(note); }
    /// Right-aligned columns, Markdown-compatible (pipes), with the notes below.
    QString render() const;

private:
    QString m_title;
    QStringList m_columns;
    QList<QStringList> m_rows;
    QStringList m_notes;
};

/// Median wall time in milliseconds of `runs` calls of `job`.
double medianMs(int runs, const std::function<void()> &job);
QString formatMs(double ms);
QString formatRatio(double ratio);
/// "met" or "NOT MET" for a goal column.
QString metCell(bool met);
/// The p-th percentile (0..100, nearest rank) of `values`; NaN when empty.
double percentile(QList<double> values, double p);

/// Optional stage hooks, set by other sections' files (e.g. a widgets
/// section timing the scene build), so the layout table can include them in
/// its end-to-end column. Returns milliseconds for one run.
using StageHook = std::function<double(const Incident &incident)>;
StageHook &sceneBuildHook();

using SectionFunction = std::function<void(const BenchOptions &, QList<BenchTable> &)>;

struct Section
{
    QString name;
    QString description;
    SectionFunction run;
};

QList<Section> &sections();

/// Child processes of the first-frame section (bench_firstframe.cpp): runs
/// one and returns its exit code, or -1 when argv is not a child invocation.
int runBenchChild(int argc, char **argv);

struct SectionRegistration
{
    SectionRegistration(const char *name, const char *description, SectionFunction run)
    {
        sections().append(
            {QString::fromLatin1(name), QString::fromLatin1(description), std::move(run)});
    }
};

} // namespace faultline::bench

#define FAULTLINE_BENCH_SECTION(id, description, function)                                         \
    static const faultline::bench::SectionRegistration faultlineBenchSection_##id(                 \
        #id, description, function)
