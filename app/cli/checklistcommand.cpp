#include "app/cli/checklistcommand.h"

#include "app/cli/clitext.h"
#include "app/cli/commandprologue.h"

#include "model/analysis/checklisttable.h"
#include "model/format/atomicwrite.h"
#include "model/interchange/interchangeconverter.h"

namespace faultline {

namespace {
const char *const kUsage = QT_TRANSLATE_NOOP(
    "faultline::Cli",
    "usage: faultline checklist FILE [--interpretation ID|NAME] [--format md|csv] [-o OUT]");
const char *const kUsageDetail = QT_TRANSLATE_NOOP(
    "faultline::Cli", "  prints the failure-mode checklist with each entry's status for one "
                      "interpretation (default: the first; format: md)");

struct Options
{
    QString file;
    QString interpretation;
    QString format = QStringLiteral("md");
    QString output;
    bool help = false;
};

/// Takes the value of `--name VALUE` or `--name=VALUE` (also a short alias);
/// returns false when `args[i]` is not this option. A missing value sets `missing`.
bool takeOption(const QStringList &args, qsizetype &i, const QString &name, const QString &alias,
                QString *value, bool *missing)
{
    const QString &arg = args[i];
    if (arg == name || (!alias.isEmpty() && arg == alias)) {
        if (i + 1 >= args.size()) {
            *missing = true;
            return true;
        }
        *value = args[++i];
        return true;
    }
    if (arg.startsWith(name + QLatin1Char('='))) {
        *value = arg.mid(name.size() + 1);
        return true;
    }
    return false;
}

// Returns an error message, or an empty string when the arguments are fine.
QString parse(const QStringList &args, Options &options)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        bool missing = false;
        if (takeOption(args, i, QStringLiteral("--interpretation"), QStringLiteral("-i"),
                       &options.interpretation, &missing) ||
            takeOption(args, i, QStringLiteral("--format"), QStringLiteral("-f"), &options.format,
                       &missing) ||
            takeOption(args, i, QStringLiteral("--output"), QStringLiteral("-o"), &options.output,
                       &missing)) {
            if (missing)
                return CliText::tr("option %1 needs a value").arg(arg);
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            options.help = true; // help wins over what follows, as it always has
            return {};
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            return CliText::tr("unknown option %1").arg(arg);
        } else if (!options.file.isEmpty()) {
            return CliText::tr("one FILE only, got %1 and %2").arg(options.file, arg);
        } else {
            options.file = arg;
        }
    }
    if (!options.file.isEmpty() && options.format != QLatin1String("md") &&
        options.format != QLatin1String("csv"))
        return CliText::tr("unknown format \"%1\" (use md or csv)").arg(options.format);
    return {};
}
} // namespace

int runChecklist(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandPrologue prologue(QStringLiteral("checklist"), {kUsage, kUsageDetail}, out, err);
    Options options;
    const QString usageError = parse(args, options); // before options.help is read
    CommandPrologue::Opened opened = prologue.open(options.help, usageError, options.file, {});
    if (opened.exitCode)
        return *opened.exitCode;
    const Incident &incident = opened.incident;
    const Result<QString> chosen = chooseInterpretation(incident, options.interpretation);
    if (!chosen.ok())
        return prologue.fail(options.file + QLatin1String(": ") + chosen.firstMessage(), 2);
    const QString &interpretationId = chosen.value();

    const ChecklistTable table(incident, *incident.findInterpretation(interpretationId));
    const QString text =
        options.format == QLatin1String("csv") ? table.toCsv() : table.toMarkdown();
    if (options.output.isEmpty()) {
        out << text;
        out.flush();
        return 0;
    }
    if (const Status written = writeFileAtomically(options.output, text.toUtf8()); !written.ok())
        return prologue.fail(written.firstMessage(), 1);
    out << CliText::tr("wrote %1 (interpretation \"%2\")").arg(options.output, interpretationId)
        << '\n';
    return 0;
}

} // namespace faultline
