#include "interchangeconverter.h"

#include "dotexporter.h"
#include "dotimporter.h"
#include "graphmlexporter.h"
#include "mermaidexporter.h"
#include "model/format/atomicwrite.h"
#include "model/format/boundedread.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/interpretationresolver.h"
#include "model/layout/causallayout.h"
#include "model/layout/layoutengine.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace faultline {

namespace {
Failure failureAt(const QString &path, const QString &message)
{
    return Failure(ResultError{message, path});
}

Result<Incident> readInput(const QString &path, GraphFileFormat format, QStringList &warnings)
{
    if (format == GraphFileFormat::Faultline) {
        LoadResult loaded = readFaultlineFile(path);
        if (!loaded.ok())
            return failureAt(path, path + QLatin1String(": ") + loaded.firstMessage());
        return loaded;
    }
    if (format != GraphFileFormat::Dot)
        return failureAt(path,
                         QCoreApplication::translate("faultline::Convert",
                                                     "%1: Faultline can write this format but not "
                                                     "read it; convert from .faultline or .dot")
                             .arg(path));
    const Result<QByteArray> dot = readFileBounded(path, kMaxDotBytes);
    if (!dot)
        return failureAt(path, path + QLatin1String(": ") + dot.firstMessage());
    const DotImportResult imported = importDot(dot.value(), QFileInfo(path).completeBaseName());
    if (!imported.ok)
        return failureAt(path, path + QLatin1String(": ") + imported.error);
    warnings += imported.warnings;
    Incident incident = imported.incident;
    if (!imported.positioned) {
        // No positions in the file: lay it out as the editor would.
        const LayoutResult layout = LayoutEngine::run(
            CausalLayout::interpretationRequest(incident, imported.interpretationId));
        if (layout.ok) {
            Interpretation &interp = incident.interpretations.last();
            for (Placement &p : interp.placements)
                p.pos = layout.positions.value(p.factorId, p.pos);
            for (Link &l : interp.links)
                l.route = layout.routes.value(l.id);
        } else {
            warnings.append(
                QCoreApplication::translate("faultline::Convert", "Automatic layout failed: %1")
                    .arg(layout.error));
        }
    }
    return incident;
}
} // namespace

std::optional<GraphFileFormat> graphFileFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("faultline"))
        return GraphFileFormat::Faultline;
    if (suffix == QLatin1String("dot") || suffix == QLatin1String("gv"))
        return GraphFileFormat::Dot;
    if (suffix == QLatin1String("graphml"))
        return GraphFileFormat::GraphMl;
    if (suffix == QLatin1String("mmd"))
        return GraphFileFormat::Mermaid;
    return std::nullopt;
}

Result<QString> chooseInterpretation(const Incident &incident, const QString &wanted)
{
    if (incident.interpretations.isEmpty())
        return Failure(ResultError{QCoreApplication::translate(
            "faultline::Convert", "the incident has no interpretation to export")});
    if (wanted.isEmpty())
        return incident.interpretations.first().id;
    const InterpretationMatch match = resolveInterpretation(incident, wanted, Qt::CaseSensitive);
    if (match.found())
        return match.id;
    if (match.outcome == InterpretationMatch::Outcome::Ambiguous)
        return Failure(ResultError{
            QCoreApplication::translate("faultline::Convert",
                                        "several interpretations are named \"%1\"; give its id")
                .arg(wanted)});
    QStringList known;
    for (const Interpretation &interp : incident.interpretations)
        known.append(interp.id);
    return Failure(ResultError{
        QCoreApplication::translate("faultline::Convert", "no interpretation \"%1\" (ids: %2)")
            .arg(wanted, known.join(QLatin1String(", ")))});
}

Result<QString> convertGraphFile(const QString &inputPath, const QString &outputPath,
                                 const QString &interpretation, QStringList *warnings)
{
    const std::optional<GraphFileFormat> inFormat = graphFileFormatForPath(inputPath);
    const std::optional<GraphFileFormat> outFormat = graphFileFormatForPath(outputPath);
    if (!inFormat || !outFormat) {
        const QString path = inFormat ? outputPath : inputPath;
        return failureAt(path,
                         QCoreApplication::translate(
                             "faultline::Convert",
                             "%1: unknown file type (use .faultline, .dot, .gv, .graphml or .mmd)")
                             .arg(path));
    }
    QStringList noted;
    const Result<Incident> incident = readInput(inputPath, *inFormat, warnings ? *warnings : noted);
    if (!incident.ok())
        return Failure(incident.errors());

    QByteArray bytes;
    QString interpretationId;
    if (*outFormat == GraphFileFormat::Faultline) {
        bytes = writeFaultline(incident.value());
        // convert never writes a file that validate would refuse.
        if (const LoadResult again = readFaultline(bytes); !again.ok()) {
            QList<ResultError> errors;
            for (const ResultError &e : again.errors())
                errors.append(ResultError(outputPath + QLatin1String(": ") + e.message, e.place));
            return Failure(errors);
        }
    } else {
        const Result<QString> chosen = chooseInterpretation(incident.value(), interpretation);
        if (!chosen.ok())
            return chosen;
        interpretationId = chosen.value();
        switch (*outFormat) {
        case GraphFileFormat::Dot:
            bytes = exportDot(incident.value(), interpretationId);
            break;
        case GraphFileFormat::GraphMl:
            bytes = exportGraphml(incident.value(), interpretationId);
            break;
        case GraphFileFormat::Mermaid:
            bytes = exportMermaid(incident.value(), interpretationId);
            break;
        case GraphFileFormat::Faultline:
            break;
        }
    }
    if (const Status written = writeFileAtomically(outputPath, bytes); !written.ok())
        return Failure(written.errors());
    return interpretationId;
}

} // namespace faultline
