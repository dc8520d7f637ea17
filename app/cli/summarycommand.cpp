#include "app/cli/summarycommand.h"

#include "app/cli/clitext.h"
#include "app/cli/commandprologue.h"
#include "app/cli/interpretationarguments.h"

#include "model/compare/discussionsummary.h"
#include "widgets/discussion/summarywriter.h"

#include <QFileInfo>

namespace faultline {

namespace {
const char *const kUsage = QT_TRANSLATE_NOOP(
    "faultline::Cli",
    "usage: faultline summary FILE [--interpretations A,B,...] -o OUT.md|OUT.pdf\n"
    "  Without --interpretations the summary covers the comparison the discussion\n"
    "  recorded most about, or the first two interpretations when nothing is recorded.");

struct Options
{
    QString file;
    QString output;
    QStringList interpretations;
    bool named = false;
    QStringList writtenInterpretations; ///< the option values as typed, for messages
    bool help = false;
};

QString parse(const QStringList &args, Options &options)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        QString error;
        if (readInterpretationList(args, i, options.named, options.interpretations,
                                   options.writtenInterpretations, error)) {
            if (!error.isEmpty())
                return error;
        } else if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            if (i + 1 >= args.size())
                return CliText::tr("%1 needs a file name ending in .md or .pdf").arg(arg);
            if (!options.output.isEmpty())
                return CliText::tr("-o given twice");
            options.output = args[++i];
        } else {
            error = CommandPrologue::readCommonArgument(
                arg, options.file, options.help,
                CliText::tr("unexpected argument \"%1\" (only one FILE)"));
            if (!error.isEmpty())
                return error;
        }
    }
    if (const QString error =
            tooFewInterpretations(options.interpretations, options.writtenInterpretations);
        !error.isEmpty())
        return error;
    if (options.help)
        return {};
    if (options.file.isEmpty())
        return CliText::tr("missing FILE");
    if (options.output.isEmpty())
        return CliText::tr("missing -o OUT.md or -o OUT.pdf");
    const QString suffix = QFileInfo(options.output).suffix().toLower();
    if (suffix != QLatin1String("md") && suffix != QLatin1String("pdf"))
        return CliText::tr(
                   "cannot tell the output format from \"%1\": use a name ending in .md or .pdf")
            .arg(options.output);
    return {};
}

} // namespace

int runSummary(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandPrologue prologue(QStringLiteral("summary"), {kUsage}, out, err);
    Options options;
    const QString usageError = parse(args, options); // before options.help is read
    CommandPrologue::Opened opened =
        prologue.open(options.help, usageError, options.file, options.interpretations);
    if (opened.exitCode)
        return *opened.exitCode;
    const Incident &incident = opened.incident;
    QStringList &ids = opened.ids;
    if (ids.isEmpty()) // none named
        ids = DiscussionSummary::defaultComparison(incident);

    const Status written = SummaryWriter::write(DiscussionSummary::markdown(incident, ids),
                                                incident.title, options.output);
    if (!written)
        return prologue.fail(written.firstMessage(), 1);
    return 0;
}

} // namespace faultline
