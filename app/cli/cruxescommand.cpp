#include "app/cli/cruxescommand.h"

#include "app/cli/interpretationarguments.h"

#include "model/compare/cruxreport.h"
#include "model/compare/diffengine.h"
#include "model/format/faultlinereader.h"

#include <QCoreApplication>

namespace faultline {

namespace {
// lupdate files a free tr() call under the class or namespace around the call,
// not under a helper's context: calls name this context class instead.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(faultline::Cli)
};

const char *const kUsage = QT_TRANSLATE_NOOP(
    "faultline::Cli",
    "usage: faultline cruxes FILE [--interpretations A,B,...] [--matrix] [--json]");

struct Options
{
    QString file;
    QStringList interpretations; ///< as typed; empty = all
    bool namedInterpretations = false;
    bool matrix = false;
    bool json = false;
    bool help = false;
};

// Returns an error message, or an empty string when the arguments are fine.
QString parse(const QStringList &args, Options &options)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        QString error;
        if (readInterpretationList(args, i, options.namedInterpretations, options.interpretations,
                                   CliText::tr("--interpretations needs at least two interpretations to compare, "
                                               "found \"%1\""),
                                   error)) {
            if (!error.isEmpty())
                return error;
        } else if (arg == QLatin1String("--matrix")) {
            options.matrix = true;
        } else if (arg == QLatin1String("--json")) {
            options.json = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            options.help = true;
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            return CliText::tr("unknown option \"%1\"").arg(arg);
        } else if (options.file.isEmpty()) {
            options.file = arg;
        } else {
            return CliText::tr("unexpected argument \"%1\" (only one FILE can be compared)").arg(arg);
        }
    }
    if (options.file.isEmpty() && !options.help)
        return CliText::tr("missing FILE");
    return {};
}


} // namespace

int runCruxes(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Options options;
    const QString usageError = parse(args, options);
    if (options.help && usageError.isEmpty()) {
        out << CliText::tr(kUsage) << '\n';
        return 0;
    }
    if (!usageError.isEmpty()) {
        err << "faultline cruxes: " << usageError << '\n' << CliText::tr(kUsage) << '\n';
        return 2;
    }

    const LoadResult loaded = readFaultlineFile(options.file);
    if (!loaded.ok()) {
        for (const QString &error : loaded.errors)
            err << options.file << ": " << error << '\n';
        return 1;
    }
    const Incident &incident = *loaded.incident;

    QStringList ids;
    if (options.namedInterpretations) {
        const QString error = resolveInterpretations(incident, options.interpretations, ids);
        if (!error.isEmpty()) {
            err << "faultline cruxes: " << error << '\n';
            return 2;
        }
    } else {
        for (const Interpretation &interp : incident.interpretations)
            ids.append(interp.id);
    }

    const DiffResult diff = DiffEngine::compare(incident, ids);
    if (options.json)
        out << QString::fromUtf8(cruxReportJson(incident, diff, options.matrix));
    else
        out << cruxReportText(incident, diff, options.matrix);
    out.flush();
    return 0;
}

} // namespace faultline
