#pragma once

#include "model/incident.h"

#include <QString>
#include <QStringList>

namespace faultline {

/// The interpretations a command-line user named, by id or by name (ids win,
/// names match case-insensitively), appended to `ids` in the order typed.
/// Returns an error message (unknown, ambiguous or repeated name) or an empty
/// string. Shared by the sub-commands that take --interpretation(s).
QString resolveInterpretations(const Incident &incident, const QStringList &typed,
                               QStringList &ids);

/// Reads the option at args[i] when it is `--interpretations A,B,...` or
/// `--interpretations=A,B,...` (stepping `i` past a separate value) into
/// `typed`, trimmed, empty items dropped. Returns true when args[i] was that
/// option; `error` is then set for a missing value, a second use (`given`
/// tracks the first) or fewer than two items (`tooFew`, with %1 for the value).
bool readInterpretationList(const QStringList &args, int &i, bool &given, QStringList &typed,
                            const QString &tooFew, QString &error);

/// "i1 \"Reward only\", i2 \"Both\"" (or "none"): what the file offers, for error messages.
QString availableInterpretations(const Incident &incident);

} // namespace faultline
