// Section "import": DOT import time against the number of nodes, for names
// that are all distinct and for names that all sanitise to one id (a shared
// 64-character prefix; one-character CJK names, which ids cannot hold). The
// id de-duplication must stay linear: the shared-id rows grow like the
// distinct ones (was 98 s for 25,000 shared-prefix names, quadratic).

#include "bench.h"
#include "model/interchange/dotimporter.h"

#include <QElapsedTimer>

namespace faultline::bench {

namespace {

enum class Names
{
    Distinct,
    SharedPrefix,
    Cjk
};

QByteArray graphOf(int nodes, Names names)
{
    QByteArray dot = "digraph {\n";
    const QByteArray prefix(64, 'p');
    for (int i = 0; i < nodes; ++i) {
        switch (names) {
        case Names::Distinct:
            dot += "n" + QByteArray::number(i) + ";\n";
            break;
        case Names::SharedPrefix:
            dot += '"' + prefix + QByteArray::number(i) + "\";\n";
            break;
        case Names::Cjk:
            dot += '"' + QString(QChar(0x4E00 + i % 20000)).toUtf8() +
                   QByteArray::number(i / 20000) + "\";\n";
            break;
        }
    }
    return dot + "}\n";
}

void runImportSection(const BenchOptions &options, QList<BenchTable> &tables)
{
    BenchTable table(QStringLiteral("DOT import: nodes without edges (ms, median)"),
                     {QStringLiteral("nodes"), QStringLiteral("distinct names"),
                      QStringLiteral("shared 64-char prefix"), QStringLiteral("CJK names"),
                      QStringLiteral("shared / distinct")});
    for (const int nodes : {5000, 25000}) {
        double ms[3] = {};
        for (const Names names : {Names::Distinct, Names::SharedPrefix, Names::Cjk}) {
            const QByteArray dot = graphOf(nodes, names);
            ms[int(names)] = medianMs(options.runsFor(nodes / 10), [&dot] {
                const DotImportResult r = importDot(dot);
                if (!r.ok)
                    qFatal("import failed: %s", qPrintable(r.error));
            });
        }
        table.addRow({QString::number(nodes), formatMs(ms[0]), formatMs(ms[1]), formatMs(ms[2]),
                      formatRatio(ms[1] / ms[0])});
    }
    table.addNote(QStringLiteral("Linear means the ratio stays flat from 5,000 to 25,000 nodes."));
    tables.append(table);
}

} // namespace

FAULTLINE_BENCH_SECTION(import, "DOT import with distinct and colliding node names",
                        runImportSection);

} // namespace faultline::bench
