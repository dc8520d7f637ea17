#include "app/cli/commandline.h"

#include "app/cli/checklistcommand.h"
#include "app/cli/summarycommand.h"
#include "app/cli/convertcommand.h"
#include "app/cli/cruxescommand.h"
#include "app/cli/exportcommand.h"
#include "app/cli/validatecommand.h"

#include <QCoreApplication>
#include <QTextStream>
#include <functional>

#include <cstdio>

namespace faultline {

namespace {
using SubCommand = std::function<int(const QStringList &, QTextStream &, QTextStream &)>;

struct Entry
{
    const char *name;
    const char *usage;
    SubCommand run;
};

const QList<Entry> &subCommands()
{
    static const QList<Entry> entries{
        {"validate", QT_TRANSLATE_NOOP("faultline::Cli", "validate FILE...        check files, print errors with their JSON path"),
         runValidate},
        {"convert", QT_TRANSLATE_NOOP("faultline::Cli", "convert IN OUT [--interpretation ID|NAME]   .faultline/.dot/.gv to .faultline/.dot/.gv/.graphml/.mmd"),
         runConvert},
        {"cruxes", QT_TRANSLATE_NOOP("faultline::Cli", "cruxes FILE [--interpretations A,B,...] [--matrix] [--json]   where readings disagree"),
         runCruxes},
        {"export", QT_TRANSLATE_NOOP("faultline::Cli", "export FILE [--interpretation ID|NAME]... [--all] [--compare A,B[,C]] --format png|svg|pdf -o OUT   diagrams for slides and papers (see export --help)"),
         runExport},
        {"checklist", QT_TRANSLATE_NOOP("faultline::Cli", "checklist FILE [--interpretation ID|NAME] [--format md|csv] [-o OUT]   checklist status table"),
         runChecklist},
        {"summary", QT_TRANSLATE_NOOP("faultline::Cli", "summary FILE [--interpretations A,B,...] -o OUT.md|OUT.pdf   discussion session summary"),
         runSummary},
    };
    return entries;
}

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("faultline::Cli", "usage: faultline [FILE]                 open the editor") << '\n';
    for (const Entry &e : subCommands())
        out << "       faultline " << QCoreApplication::translate("faultline::Cli", e.usage) << '\n';
    out << "       faultline --version\n";
}
} // namespace

bool isCommandLineInvocation(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &first = args.first();
    if (first == QLatin1String("--version") || first == QLatin1String("--help") || first == QLatin1String("-h"))
        return true;
    for (const Entry &e : subCommands())
        if (first == QLatin1String(e.name))
            return true;
    return false;
}

std::optional<int> runCommandLine(const QStringList &args)
{
    if (!isCommandLineInvocation(args))
        return std::nullopt;
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString &first = args.first();
    if (first == QLatin1String("--version")) {
        out << "faultline " << FAULTLINE_VERSION << '\n';
        return 0;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        printHelp(out);
        return 0;
    }
    for (const Entry &e : subCommands())
        if (first == QLatin1String(e.name))
            return e.run(args.mid(1), out, err);
    return 2;
}

} // namespace faultline
