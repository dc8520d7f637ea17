#pragma once

#include "model/incident.h"

#include <QByteArray>
#include <QString>

namespace faultline {

/// One interpretation of `incident` as a Graphviz DOT digraph, ready for
/// `dot -Tsvg`: factors become boxes shaped and coloured by kind, with
/// attributes `kind`, `label`, `rootCause`, `description` and `pos` (points,
/// Graphviz's upward y); links become edges with `id`, `relation`,
/// `strength`, `evidence` (count) and `label`. Uncaused root-cause areas go
/// to the top rank and final behaviour to the bottom, as in the editor.
/// Returns an empty array when the interpretation does not exist.
[[nodiscard]] QByteArray exportDot(const Incident &incident, const QString &interpretationId);

/// `text` as a DOT double-quoted string (quotes, backslashes and line breaks escaped).
QByteArray dotQuoted(const QString &text);

} // namespace faultline
