#pragma once

#include "model/incident.h"
#include "model/result.h"

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

/// Which interpretation `wanted` names: an interpretation id, else a unique
/// interpretation name (exact case); empty `wanted` means the first one.
/// Fails with a message when there is none.
[[nodiscard]] Result<QString> chooseInterpretation(const Incident &incident, const QString &wanted);

/// Convert `inputPath` to `outputPath`, formats by extension. Reading DOT
/// makes a new incident with the graph as its one interpretation, laid out
/// automatically when the file carries no positions. Writing DOT, GraphML or
/// Mermaid writes one interpretation: `interpretation` (id or name), else
/// the first. Output is written atomically. Needs no display. Gives the id of
/// the interpretation written to a graph format (empty for .faultline);
/// `warnings` (when given) collects what the input's import noted, also when
/// the conversion then fails.
[[nodiscard]] Result<QString> convertGraphFile(const QString &inputPath, const QString &outputPath,
                                               const QString &interpretation = {},
                                               QStringList *warnings = nullptr);

} // namespace faultline
