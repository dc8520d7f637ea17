// faultline_bench [--sizes 30,100,...] [--runs N] [--section NAME]...
// Prints one Markdown table per section. Also answers --layout-worker, so
// the layout section can time the editor's worker-process path without the
// faultline executable.

#include "bench.h"
#include "tests/common/layoutworker.h"

#include <QApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <cstring>

using namespace faultline::bench;

int main(int argc, char **argv)
{
    if (const int worker = faultline::test::runAsLayoutWorker(argc, argv); worker >= 0)
        return worker;
    if (const int child = runBenchChild(argc, argv); child >= 0)
        return child;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // widgets sections need one
    QTextStream out(stdout);
    QTextStream err(stderr);

    BenchOptions options;
    options.program = QCoreApplication::applicationFilePath();
    QStringList wanted;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const QString value = args.value(i + 1);
        if (arg == QLatin1String("--sizes")) {
            options.sizes.clear();
            for (const QString &s : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                options.sizes.append(s.toInt());
            ++i;
        } else if (arg == QLatin1String("--runs")) {
            options.runs = options.runsAbove1000 = std::max(1, value.toInt());
            ++i;
        } else if (arg == QLatin1String("--section")) {
            wanted.append(value);
            ++i;
        } else {
            err << "usage: faultline_bench [--sizes 30,100,300,1000,3000,5000] [--runs N] "
                   "[--section "
                   "NAME]...\n"
                << "sections:";
            for (const Section &s : std::as_const(sections()))
                err << ' ' << s.name;
            err << '\n';
            return 2;
        }
    }
    for (const Section &section : std::as_const(sections())) {
        if (!wanted.isEmpty() && !wanted.contains(section.name))
            continue;
        err << "running " << section.name << ": " << section.description << '\n';
        err.flush();
        QList<BenchTable> tables;
        section.run(options, tables);
        for (const BenchTable &table : std::as_const(tables))
            out << table.render() << '\n';
        out.flush();
    }
    return 0;
}
