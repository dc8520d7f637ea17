#include "interchangeconverter.h"

#include "dotexporter.h"
#include "dotimporter.h"
#include "graphmlexporter.h"
#include "mermaidexporter.h"
#include "model/format/atomicwrite.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/layout/causallayout.h"
#include "model/layout/layoutengine.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace faultline {

namespace {
std::optional<Incident> readInput(const QString &path, GraphFileFormat format,
                                  ConversionResult &result)
{
    if (format == GraphFileFormat::Faultline) {
        const LoadResult loaded = readFaultlineFile(path);
        if (!loaded.ok()) {
            result.error = path + QLatin1String(": ") + loaded.errors.value(0);
            return std::nullopt;
        }
        return loaded.incident;
    }
    if (format != GraphFileFormat::Dot) {
        result.error = QCoreApplication::translate("faultline::Convert",
                                                   "%1: Faultline can write this format but not "
                                                   "read it; convert from .faultline or .dot")
                           .arg(path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = path + QLatin1String(": ") + file.errorString();
        return std::nullopt;
    }
    if (file.size() > kMaxDotBytes) {
        result.error =
            QCoreApplication::translate("faultline::Convert", "%1: the file is larger than %2 MiB")
                .arg(path)
                .arg(kMaxDotBytes / (1024 * 1024));
        return std::nullopt;
    }
    const DotImportResult imported =
        importDot(file.read(kMaxDotBytes + 1), QFileInfo(path).completeBaseName());
    if (!imported.ok) {
        result.error = path + QLatin1String(": ") + imported.error;
        return std::nullopt;
    }
    result.warnings += imported.warnings;
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
            result.warnings.append(
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

QString chooseInterpretation(const Incident &incident, const QString &wanted, QString *error)
{
    if (incident.interpretations.isEmpty()) {
        *error = QCoreApplication::translate("faultline::Convert",
                                             "the incident has no interpretation to export");
        return {};
    }
    if (wanted.isEmpty())
        return incident.interpretations.first().id;
    if (incident.findInterpretation(wanted))
        return wanted;
    QString found;
    for (const Interpretation &interp : incident.interpretations) {
        if (interp.name != wanted)
            continue;
        if (!found.isEmpty()) {
            *error =
                QCoreApplication::translate("faultline::Convert",
                                            "several interpretations are named \"%1\"; give its id")
                    .arg(wanted);
            return {};
        }
        found = interp.id;
    }
    if (found.isEmpty()) {
        QStringList known;
        for (const Interpretation &interp : incident.interpretations)
            known.append(interp.id);
        *error =
            QCoreApplication::translate("faultline::Convert", "no interpretation \"%1\" (ids: %2)")
                .arg(wanted, known.join(QLatin1String(", ")));
    }
    return found;
}

ConversionResult convertGraphFile(const QString &inputPath, const QString &outputPath,
                                  const QString &interpretation)
{
    ConversionResult result;
    const std::optional<GraphFileFormat> inFormat = graphFileFormatForPath(inputPath);
    const std::optional<GraphFileFormat> outFormat = graphFileFormatForPath(outputPath);
    if (!inFormat || !outFormat) {
        result.error = QCoreApplication::translate(
                           "faultline::Convert",
                           "%1: unknown file type (use .faultline, .dot, .gv, .graphml or .mmd)")
                           .arg(inFormat ? outputPath : inputPath);
        return result;
    }
    const std::optional<Incident> incident = readInput(inputPath, *inFormat, result);
    if (!incident)
        return result;

    QByteArray bytes;
    if (*outFormat == GraphFileFormat::Faultline) {
        bytes = writeFaultline(*incident);
    } else {
        result.interpretationId = chooseInterpretation(*incident, interpretation, &result.error);
        if (result.interpretationId.isEmpty())
            return result;
        switch (*outFormat) {
        case GraphFileFormat::Dot:
            bytes = exportDot(*incident, result.interpretationId);
            break;
        case GraphFileFormat::GraphMl:
            bytes = exportGraphml(*incident, result.interpretationId);
            break;
        case GraphFileFormat::Mermaid:
            bytes = exportMermaid(*incident, result.interpretationId);
            break;
        case GraphFileFormat::Faultline:
            break;
        }
    }
    if (!writeFileAtomically(outputPath, bytes, &result.error))
        return result;
    result.ok = true;
    return result;
}

} // namespace faultline
