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

/// Reads the option at args[i] when it is `--interpretations A,B,...` (ids or
/// names without commas, once; `listGiven` tracks it) or `--interpretation X` /
/// `-i X` (one id or name, may repeat, so names with commas work), each also as
/// `OPTION=VALUE`. Appends the trimmed items to `typed` in the order typed and the
/// values as written to `written`. Returns true when args[i] was such an option;
/// `error` is then set for a missing value or a second `--interpretations`.
bool readInterpretationList(const QStringList &args, int &i, bool &listGiven, QStringList &typed,
                            QStringList &written, QString &error);

/// The usage error when interpretations were named but fewer than two, else empty.
QString tooFewInterpretations(const QStringList &typed, const QStringList &written);

/// "i1 \"Reward only\", i2 \"Both\"" (or "none"): what the file offers, for error messages.
QString availableInterpretations(const Incident &incident);

} // namespace faultline
