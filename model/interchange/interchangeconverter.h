#pragma once

#include "model/incident.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace faultline {

/// File formats `faultline convert` reads or writes, chosen by extension.
enum class GraphFileFormat
{
    Faultline, ///< .faultline: read and write, the whole incident
    Dot,       ///< .dot, .gv: read (as a new interpretation) and write (one interpretation)
    GraphMl,   ///< .graphml: write only
    Mermaid,   ///< .mmd: write only
};

/// The format named by `path`'s extension (case-insensitive), if any.
std::optional<GraphFileFormat> graphFileFormatForPath(const QString &path);

/// Outcome of convertGraphFile().
struct ConversionResult
{
    bool ok = false;
    QString error;
    QStringList warnings;
    QString interpretationId; ///< the interpretation written to a graph format
};

/// Which interpretation `wanted` names: an interpretation id, else a unique
/// interpretation name; empty `wanted` means the first one. Sets `error`
/// and returns an empty string when there is none.
QString chooseInterpretation(const Incident &incident, const QString &wanted, QString *error);

/// Convert `inputPath` to `outputPath`, formats by extension. Reading DOT
/// makes a new incident with the graph as its one interpretation, laid out
/// automatically when the file carries no positions. Writing DOT, GraphML or
/// Mermaid writes one interpretation: `interpretation` (id or name), else
/// the first. Output is written atomically. Needs no display.
ConversionResult convertGraphFile(const QString &inputPath, const QString &outputPath,
                                  const QString &interpretation = {});

} // namespace faultline
