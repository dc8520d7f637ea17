#include "app/cli/checklistcommand.h"

#include "model/analysis/checklisttable.h"
#include "model/format/atomicwrite.h"
#include "model/format/faultlinereader.h"
#include "model/interchange/interchangeconverter.h"

#include <QCoreApplication>

namespace faultline {

namespace {
int usage(QTextStream &stream)
{
    stream << QCoreApplication::translate("faultline::Cli",
                                          "usage: faultline checklist FILE [--interpretation "
                                          "ID|NAME] [--format md|csv] [-o OUT]")
           << '\n'
           << QCoreApplication::translate(
                  "faultline::Cli",
                  "  prints the failure-mode checklist with each entry's status for one "
                  "interpretation (default: the first; format: md)")
           << '\n';
    return 2;
}

int usageError(QTextStream &err, const QString &message)
{
    err << QCoreApplication::translate("faultline::Cli", "faultline checklist: %1").arg(message)
        << '\n';
    return usage(err);
}

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
} // namespace

int runChecklist(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString file;
    QString interpretation;
    QString format = QStringLiteral("md");
    QString output;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        bool missing = false;
        if (takeOption(args, i, QStringLiteral("--interpretation"), QStringLiteral("-i"),
                       &interpretation, &missing) ||
            takeOption(args, i, QStringLiteral("--format"), QStringLiteral("-f"), &format,
                       &missing) ||
            takeOption(args, i, QStringLiteral("--output"), QStringLiteral("-o"), &output,
                       &missing)) {
            if (missing)
                return usageError(
                    err, QCoreApplication::translate("faultline::Cli", "option %1 needs a value")
                             .arg(arg));
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            usage(out);
            return 0;
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            return usageError(
                err, QCoreApplication::translate("faultline::Cli", "unknown option %1").arg(arg));
        } else if (!file.isEmpty()) {
            return usageError(
                err, QCoreApplication::translate("faultline::Cli", "one FILE only, got %1 and %2")
                         .arg(file, arg));
        } else {
            file = arg;
        }
    }
    if (file.isEmpty())
        return usage(err);
    if (format != QLatin1String("md") && format != QLatin1String("csv"))
        return usageError(err, QCoreApplication::translate("faultline::Cli",
                                                           "unknown format \"%1\" (use md or csv)")
                                   .arg(format));

    const LoadResult loaded = readFaultlineFile(file);
    if (!loaded.ok()) {
        for (const QString &error : loaded.errors)
            err << file << ": " << error << '\n';
        return 1;
    }
    const Incident &incident = *loaded.incident;
    QString error;
    const QString interpretationId = chooseInterpretation(incident, interpretation, &error);
    if (interpretationId.isEmpty()) {
        err << QCoreApplication::translate("faultline::Cli", "faultline checklist: %1: %2")
                   .arg(file, error)
            << '\n';
        return 2;
    }

    const ChecklistTable table(incident, *incident.findInterpretation(interpretationId));
    const QString text = format == QLatin1String("csv") ? table.toCsv() : table.toMarkdown();
    if (output.isEmpty()) {
        out << text;
        out.flush();
        return 0;
    }
    if (!writeFileAtomically(output, text.toUtf8(), &error)) {
        err << QCoreApplication::translate("faultline::Cli", "faultline checklist: %1").arg(error)
            << '\n';
        return 1;
    }
    out << QCoreApplication::translate("faultline::Cli", "wrote %1 (interpretation \"%2\")")
               .arg(output, interpretationId)
        << '\n';
    return 0;
}

} // namespace faultline
