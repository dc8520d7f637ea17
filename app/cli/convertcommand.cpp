#include "app/cli/convertcommand.h"

#include "app/cli/terminalprogress.h"
#include "model/interchange/interchangeconverter.h"

#include <QCoreApplication>

namespace faultline {

namespace {
int usage(QTextStream &err)
{
    err << QCoreApplication::translate("faultline::Cli",
                                       "usage: faultline convert IN OUT [--interpretation ID|NAME]")
        << '\n'
        << QCoreApplication::translate("faultline::Cli",
                                       "  formats by extension: .faultline, .dot/.gv (read and "
                                       "write), .graphml, .mmd (write)")
        << '\n';
    return 2;
}
} // namespace

int runConvert(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QStringList files;
    QString interpretation;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--interpretation") || arg == QLatin1String("-i")) {
            if (i + 1 == args.size())
                return usage(err);
            interpretation = args[++i];
        } else if (arg.startsWith(QLatin1String("--interpretation="))) {
            interpretation = arg.section(QLatin1Char('='), 1);
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            usage(out);
            return 0;
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            err << QCoreApplication::translate("faultline::Cli",
                                               "faultline convert: unknown option %1")
                       .arg(arg)
                << '\n';
            return usage(err);
        } else {
            files.append(arg);
        }
    }
    if (files.size() != 2)
        return usage(err);

    // Large graphs are laid out with the editor's effort bounds and engine
    // fallback (LayoutEngine); on a terminal a job over a second says so.
    QStringList warnings;
    const Result<QString> result = runWithProgress(
        err,
        QCoreApplication::translate("faultline::Cli",
                                    "faultline convert: converting %1 (laying out)")
            .arg(files[0]),
        [&] { return convertGraphFile(files[0], files[1], interpretation, &warnings); });
    for (const QString &warning : std::as_const(warnings))
        err << QCoreApplication::translate("faultline::Cli", "faultline convert: warning: %1")
                   .arg(warning)
            << '\n';
    if (!result.ok()) {
        err << QCoreApplication::translate("faultline::Cli", "faultline convert: %1")
                   .arg(result.firstMessage())
            << '\n';
        return 1;
    }
    if (result.value().isEmpty())
        out << QCoreApplication::translate("faultline::Cli", "wrote %1").arg(files[1]) << '\n';
    else
        out << QCoreApplication::translate("faultline::Cli", "wrote %1 (interpretation \"%2\")")
                   .arg(files[1], result.value())
            << '\n';
    return 0;
}

} // namespace faultline
