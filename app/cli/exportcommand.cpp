#include "app/cli/exportcommand.h"

#include "app/cli/clitext.h"
#include "app/cli/commandprologue.h"

#include "model/analysis/lens.h"
#include "widgets/export/exportjob.h"
#include "widgets/export/exportwriter.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <memory>

namespace faultline {

namespace {
const char *const kUsage = QT_TRANSLATE_NOOP(
    "faultline::Cli",
    "usage: faultline export FILE [--interpretation ID|NAME]... [--all] [--compare A,B[,C]]\n"
    "         --format png|svg|pdf [--dpi N | --size WxH] [--page slide|a4|a4-portrait|fit]\n"
    "         [--theme light|dark|print|contrast] [--transparent] [--no-legend] [--legend "
    "right|bottom]\n"
    "         [--no-title] [--title TEXT] [--references] [--lens plain|root-cause|levers|gaps]\n"
    "         [--margin N] [--cruxes] [--annotations] -o OUT");

struct Arguments
{
    QString file;
    QString output;
    QStringList interpretations; ///< as typed
    QStringList compare;         ///< as typed
    bool all = false;
    bool help = false;
    bool formatGiven = false;
    ExportOptions options;
};

// Formats are matched case-insensitively; the output suffix decides when --format is missing.
std::optional<ExportFormat> formatFromId(const QString &id)
{
    for (const ExportFormat f : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf})
        if (exportFormatId(f) == id.toLower())
            return f;
    return std::nullopt;
}

// Returns an error message, or an empty string when the arguments are fine.
QString parse(const QStringList &args, Arguments &a)
{
    bool dpiGiven = false;
    for (int i = 0; i < args.size(); ++i) {
        QString arg = args[i];
        QString value;
        bool hasInlineValue = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            value = arg.section(QLatin1Char('='), 1);
            arg = arg.section(QLatin1Char('='), 0, 0);
            hasInlineValue = true;
        }
        static const QStringList valued{
            QStringLiteral("--interpretation"), QStringLiteral("--compare"),
            QStringLiteral("--format"),         QStringLiteral("--dpi"),
            QStringLiteral("--size"),           QStringLiteral("--theme"),
            QStringLiteral("--lens"),           QStringLiteral("-o"),
            QStringLiteral("--output"),         QStringLiteral("--page"),
            QStringLiteral("--legend"),         QStringLiteral("--title"),
            QStringLiteral("--margin")};
        if (valued.contains(arg) && !hasInlineValue) {
            if (i + 1 >= args.size())
                return CliText::tr("%1 needs a value").arg(arg);
            value = args[++i];
        } else if (!valued.contains(arg) && hasInlineValue) {
            return CliText::tr("unknown option \"%1\"").arg(args[i]);
        }

        if (arg == QLatin1String("--interpretation")) {
            a.interpretations.append(value.trimmed());
        } else if (arg == QLatin1String("--compare")) {
            if (!a.compare.isEmpty())
                return CliText::tr("--compare given twice");
            for (const QString &item : value.split(QLatin1Char(',')))
                if (!item.trimmed().isEmpty())
                    a.compare.append(item.trimmed());
            if (a.compare.size() < 2 || a.compare.size() > 3)
                return CliText::tr("--compare needs two or three interpretations separated by "
                                   "commas, found \"%1\"")
                    .arg(value);
        } else if (arg == QLatin1String("--all")) {
            a.all = true;
        } else if (arg == QLatin1String("--format")) {
            const auto format = formatFromId(value);
            if (!format)
                return CliText::tr("unknown format \"%1\" (use png, svg or pdf)").arg(value);
            a.options.format = *format;
            a.formatGiven = true;
        } else if (arg == QLatin1String("--dpi")) {
            bool ok = false;
            const double dpi = value.toDouble(&ok);
            if (!ok || dpi < 24 || dpi > 2400)
                return CliText::tr("--dpi needs a number from 24 to 2400, found \"%1\"").arg(value);
            a.options.dpi = dpi;
            dpiGiven = true;
        } else if (arg == QLatin1String("--size")) {
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$")).match(value);
            const QSize size =
                m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
            if (!size.isValid() || size.width() < 16 || size.height() < 16 ||
                size.width() > 16384 || size.height() > 16384)
                return CliText::tr("--size needs WIDTHxHEIGHT in pixels (16 to 16384 each), e.g. "
                                   "1920x1080; found \"%1\"")
                    .arg(value);
            a.options.pixelSize = size;
        } else if (arg == QLatin1String("--page")) {
            bool found = false;
            for (const PageFormat page : {PageFormat::Slide, PageFormat::A4Landscape,
                                          PageFormat::A4Portrait, PageFormat::FitContent})
                if (pageFormatId(page) == value) {
                    a.options.page = page;
                    found = true;
                }
            if (!found)
                return CliText::tr("unknown page \"%1\" (use slide, a4, a4-portrait or fit)")
                    .arg(value);
        } else if (arg == QLatin1String("--theme")) {
            const auto theme = canvasThemeFromId(value);
            if (!theme)
                return CliText::tr("unknown theme \"%1\" (use light, dark, print or contrast)")
                    .arg(value);
            a.options.theme = *theme;
        } else if (arg == QLatin1String("--lens")) {
            if (!lensFromId(value))
                return CliText::tr("unknown lens \"%1\" (use plain, root-cause, levers or gaps)")
                    .arg(value);
            a.options.lens = value;
        } else if (arg == QLatin1String("--legend")) {
            if (value == QLatin1String("right"))
                a.options.legendPosition = LegendPosition::Right;
            else if (value == QLatin1String("bottom"))
                a.options.legendPosition = LegendPosition::Bottom;
            else
                return CliText::tr("unknown legend position \"%1\" (use right or bottom)")
                    .arg(value);
        } else if (arg == QLatin1String("--title")) {
            a.options.titleText = value;
        } else if (arg == QLatin1String("--margin")) {
            bool ok = false;
            const double margin = value.toDouble(&ok);
            if (!ok || margin < 0 || margin > 400)
                return CliText::tr("--margin needs a number from 0 to 400, found \"%1\"")
                    .arg(value);
            a.options.margin = margin;
        } else if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            a.output = value;
        } else if (arg == QLatin1String("--transparent")) {
            a.options.transparent = true;
        } else if (arg == QLatin1String("--no-legend")) {
            a.options.legend = false;
        } else if (arg == QLatin1String("--no-title")) {
            a.options.title = false;
        } else if (arg == QLatin1String("--references")) {
            a.options.references = true;
        } else if (arg == QLatin1String("--cruxes")) {
            a.options.cruxes = true;
        } else if (arg == QLatin1String("--annotations")) {
            a.options.annotations = true;
        } else {
            const QString error = CommandPrologue::readCommonArgument(
                arg, a.file, a.help,
                CliText::tr("unexpected argument \"%1\" (only one FILE can be exported)"));
            if (!error.isEmpty())
                return error;
        }
    }
    if (a.help)
        return {};
    if (a.file.isEmpty())
        return CliText::tr("missing FILE");
    if (a.output.isEmpty())
        return CliText::tr("missing -o OUT");
    if (!a.formatGiven) {
        const auto fromSuffix = formatFromId(QFileInfo(a.output).suffix());
        if (!fromSuffix)
            return CliText::tr("missing --format png|svg|pdf");
        a.options.format = *fromSuffix;
    }
    const int scopes = int(a.all) + int(!a.compare.isEmpty()) + int(!a.interpretations.isEmpty());
    if (scopes > 1)
        return CliText::tr("choose one of --interpretation, --all and --compare");
    if (a.options.cruxes && a.compare.isEmpty())
        return CliText::tr("--cruxes applies to --compare only");
    if (dpiGiven && a.options.pixelSize.isValid())
        return CliText::tr("choose one of --dpi and --size");
    if (a.options.format != ExportFormat::Png &&
        (dpiGiven || a.options.pixelSize.isValid() || a.options.transparent))
        return CliText::tr("--dpi, --size and --transparent apply to PNG only");
    return {};
}

} // namespace

int runExport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandPrologue prologue(QStringLiteral("export"), {kUsage}, out, err);
    Arguments a;
    const QString usageError = parse(args, a); // before a.help is read
    // parse() allows one of --all, --compare and --interpretation.
    const QStringList &typed = a.compare.isEmpty() ? a.interpretations : a.compare;
    CommandPrologue::Opened opened = prologue.open(a.help, usageError, a.file, typed);
    if (opened.exitCode)
        return *opened.exitCode;
    const Incident &incident = opened.incident;
    QStringList &ids = opened.ids;

    ExportOptions &options = a.options;
    if (!a.compare.isEmpty()) {
        options.scope = ExportScope::Compare;
    } else if (a.all || a.interpretations.size() > 1) {
        // Several named readings: like --all, restricted to those.
        options.scope = ExportScope::All;
    } else {
        options.scope = ExportScope::Current;
        if (ids.isEmpty() && !incident.interpretations.isEmpty())
            ids.append(incident.interpretations.first().id);
    }
    if (incident.interpretations.isEmpty())
        return prologue.fail(CliText::tr("%1 has no interpretation to export").arg(a.file), 2);
    options.interpretationIds = ids;

    Incident exported = incident;
    if (options.scope == ExportScope::All && !ids.isEmpty()) {
        // Keep the chosen readings only, in the order given.
        exported.interpretations.clear();
        for (const QString &id : std::as_const(ids))
            exported.interpretations.append(*incident.findInterpretation(id));
    }
    const ExportJob job(exported, options);
    QString error;
    const QStringList written = ExportWriter::write(job, a.output, &error);
    if (written.isEmpty())
        return prologue.fail(error, 1);
    for (const QString &path : written)
        out << path << '\n';
    out.flush();
    return 0;
}

} // namespace faultline
