#include "app/cli/cruxescommand.h"

#include "app/cli/clitext.h"
#include "app/cli/commandprologue.h"
#include "app/cli/interpretationarguments.h"

#include "model/compare/cruxreport.h"
#include "model/compare/diffengine.h"

namespace faultline {

namespace {
const char *const kUsage = QT_TRANSLATE_NOOP(
    "faultline::Cli",
    "usage: faultline cruxes FILE [--interpretation ID|NAME]... [--interpretations ID,ID,...] "
    "[--matrix] [--json]");

struct Options
{
    QString file;
    QStringList interpretations; ///< as typed; empty = all
    bool namedInterpretations = false;
    bool matrix = false;
    bool json = false;
    QStringList writtenInterpretations; ///< the option values as typed, for messages
    bool help = false;
};

// Returns an error message, or an empty string when the arguments are fine.
QString parse(const QStringList &args, Options &options)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        QString error;
        if (readInterpretationList(args, i, options.namedInterpretations, options.interpretations,
                                   options.writtenInterpretations, error)) {
            if (!error.isEmpty())
                return error;
        } else if (arg == QLatin1String("--matrix")) {
            options.matrix = true;
        } else if (arg == QLatin1String("--json")) {
            options.json = true;
        } else {
            error = CommandPrologue::readCommonArgument(
                arg, options.file, options.help,
                CliText::tr("unexpected argument \"%1\" (only one FILE can be compared)"));
            if (!error.isEmpty())
                return error;
        }
    }
    if (const QString error =
            tooFewInterpretations(options.interpretations, options.writtenInterpretations);
        !error.isEmpty())
        return error;
    if (options.file.isEmpty() && !options.help)
        return CliText::tr("missing FILE");
    return {};
}

} // namespace

int runCruxes(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandPrologue prologue(QStringLiteral("cruxes"), {kUsage}, out, err);
    Options options;
    const QString usageError = parse(args, options); // before options.help is read
    CommandPrologue::Opened opened =
        prologue.open(options.help, usageError, options.file, options.interpretations);
    if (opened.exitCode)
        return *opened.exitCode;
    const Incident &incident = opened.incident;
    QStringList &ids = opened.ids;
    if (ids.isEmpty()) // none named: compare them all
        for (const Interpretation &interp : incident.interpretations)
            ids.append(interp.id);

    const DiffResult diff = DiffEngine::compare(incident, ids);
    if (options.json)
        out << QString::fromUtf8(cruxReportJson(incident, diff, options.matrix));
    else
        out << cruxReportText(incident, diff, options.matrix);
    out.flush();
    return 0;
}

} // namespace faultline
