#pragma once

#include "model/incident.h"

#include <QString>
#include <QStringList>

namespace faultline {

/// The interpretations a command-line user named, by id or by name (ids win,
/// names match case-insensitively), appended to `ids` in the order typed.
/// Returns an error message (unknown, ambiguous or repeated name) or an empty
/// string. Shared by the sub-commands that take --interpretation(s).
QString resolveInterpretations(const Incident &incident, const QStringList &typed, QStringList &ids);

/// "i1 \"Reward only\", i2 \"Both\"" (or "none"): what the file offers, for error messages.
QString availableInterpretations(const Incident &incident);

} // namespace faultline
