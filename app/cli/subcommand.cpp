#include "app/cli/subcommand.h"

#include "app/cli/checklistcommand.h"
#include "app/cli/convertcommand.h"
#include "app/cli/cruxescommand.h"
#include "app/cli/diffcommand.h"
#include "app/cli/exportcommand.h"
#include "app/cli/mergecommand.h"
#include "app/cli/summarycommand.h"
#include "app/cli/validatecommand.h"

#include <QCoreApplication>

namespace faultline {

const QList<SubCommand> &subCommands()
{
    static const QList<SubCommand> table{
        {"validate", runValidate, false,
         QT_TRANSLATE_NOOP(
             "faultline::Cli",
             "validate FILE...        check files, print errors with their JSON path")},
        {"convert", runConvert, false,
         QT_TRANSLATE_NOOP("faultline::Cli",
                           "convert IN OUT [--interpretation ID|NAME]   .faultline/.dot/.gv to "
                           ".faultline/.dot/.gv/.graphml/.mmd")},
        {"cruxes", runCruxes, false,
         QT_TRANSLATE_NOOP("faultline::Cli", "cruxes FILE [--interpretations A,B,...] [--matrix] "
                                             "[--json]   where readings disagree")},
        // Diagrams are drawn with the editor's scene items.
        {"export", runExport, true,
         QT_TRANSLATE_NOOP("faultline::Cli",
                           "export FILE [--interpretation ID|NAME]... [--all] [--compare A,B[,C]] "
                           "--format png|svg|pdf -o OUT   diagrams for slides and papers (see "
                           "export --help)")},
        {"checklist", runChecklist, false,
         QT_TRANSLATE_NOOP("faultline::Cli",
                           "checklist FILE [--interpretation ID|NAME] [--format md|csv] [-o OUT]   "
                           "checklist status table")},
        // The PDF summary lays out text with fonts.
        {"summary", runSummary, true,
         QT_TRANSLATE_NOOP("faultline::Cli", "summary FILE [--interpretations A,B,...] -o "
                                             "OUT.md|OUT.pdf   discussion session summary")},
        {"diff", runDiff, false,
         QT_TRANSLATE_NOOP("faultline::Cli", "diff OLD NEW [--json] [--ignore-layout]   changes "
                                             "between two versions, matched by id")},
        {"outline", runOutline, false,
         QT_TRANSLATE_NOOP("faultline::Cli",
                           "outline FILE            one line per element (git diff textconv)")},
        {"merge", runMerge, false,
         QT_TRANSLATE_NOOP("faultline::Cli", "merge BASE OURS THEIRS -o OUT   three-way merge "
                                             "(git merge driver); exit 1 with conflicts")},
        {"git-setup", runGitSetup, false,
         QT_TRANSLATE_NOOP("faultline::Cli", "git-setup [--global]    set up git's diff and "
                                             "merge drivers for .faultline files")},
    };
    return table;
}

const SubCommand *findSubCommand(const QString &name)
{
    for (const SubCommand &command : subCommands())
        if (name == QLatin1String(command.name))
            return &command;
    return nullptr;
}

} // namespace faultline
