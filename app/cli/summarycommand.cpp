#include "app/cli/summarycommand.h"

#include "app/cli/interpretationarguments.h"

#include "model/compare/discussionsummary.h"
#include "model/format/faultlinereader.h"
#include "widgets/discussion/summarypdfwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

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
    "usage: faultline summary FILE [--interpretations A,B,...] -o OUT.md|OUT.pdf\n"
    "  Without --interpretations the summary covers the comparison the discussion\n"
    "  recorded most about, or the first two interpretations when nothing is recorded.");

struct Options
{
    QString file;
    QString output;
    QStringList interpretations;
    bool named = false;
    bool help = false;
};

QString parse(const QStringList &args, Options &options)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        QString error;
        if (readInterpretationList(args, i, options.named, options.interpretations,
                                   CliText::tr("--interpretations needs at least two interpretations, found \"%1\""),
                                   error)) {
            if (!error.isEmpty())
                return error;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            options.help = true;
        } else if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            if (i + 1 >= args.size())
                return CliText::tr("%1 needs a file name ending in .md or .pdf").arg(arg);
            if (!options.output.isEmpty())
                return CliText::tr("-o given twice");
            options.output = args[++i];
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            return CliText::tr("unknown option \"%1\"").arg(arg);
        } else if (options.file.isEmpty()) {
            options.file = arg;
        } else {
            return CliText::tr("unexpected argument \"%1\" (only one FILE)").arg(arg);
        }
    }
    if (options.help)
        return {};
    if (options.file.isEmpty())
        return CliText::tr("missing FILE");
    if (options.output.isEmpty())
        return CliText::tr("missing -o OUT.md or -o OUT.pdf");
    const QString suffix = QFileInfo(options.output).suffix().toLower();
    if (suffix != QLatin1String("md") && suffix != QLatin1String("pdf"))
        return CliText::tr("cannot tell the output format from \"%1\": use a name ending in .md or .pdf")
            .arg(options.output);
    return {};
}

} // namespace

int runSummary(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Options options;
    const QString usageError = parse(args, options);
    if (options.help && usageError.isEmpty()) {
        out << CliText::tr(kUsage) << '\n';
        return 0;
    }
    if (!usageError.isEmpty()) {
        err << "faultline summary: " << usageError << '\n' << CliText::tr(kUsage) << '\n';
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
    if (options.named) {
        const QString error = resolveInterpretations(incident, options.interpretations, ids);
        if (!error.isEmpty()) {
            err << "faultline summary: " << error << '\n';
            return 2;
        }
    } else {
        ids = DiscussionSummary::defaultComparison(incident);
    }

    const QString markdown = DiscussionSummary::markdown(incident, ids);
    if (QFileInfo(options.output).suffix().toLower() == QLatin1String("pdf")) {
        QString error;
        if (!SummaryPdfWriter::write(markdown, incident.title, options.output, &error)) {
            err << "faultline summary: " << options.output << ": " << error << '\n';
            return 1;
        }
        return 0;
    }
    QSaveFile file(options.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(markdown.toUtf8()) < 0 || !file.commit()) {
        err << "faultline summary: " << options.output << ": " << file.errorString() << '\n';
        return 1;
    }
    return 0;
}

} // namespace faultline
