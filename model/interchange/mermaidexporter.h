#pragma once

#include "model/incident.h"

#include <QByteArray>
#include <QString>

namespace faultline {

/// One interpretation of `incident` as a Mermaid flowchart (top to bottom)
/// for Markdown documents: node shapes and colours by kind, thick borders on
/// root causes, edge style by relation (causes -->, enables -.->, prevents
/// --x, amplifies ==>). Node ids are generated (f1, f2, …) so no factor id
/// can collide with Mermaid keywords such as `end`; every label character
/// outside letters, digits, space and .,-_'!?/ is written as a Mermaid
/// entity code (#34; …), so labels can neither break the syntax nor inject
/// HTML. Empty when the interpretation does not exist.
[[nodiscard]] QByteArray exportMermaid(const Incident &incident, const QString &interpretationId);

/// `text` with every character Mermaid could interpret replaced by its entity code.
QString mermaidEscaped(const QString &text);

} // namespace faultline
