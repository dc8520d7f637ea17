#pragma once

#include <QStringList>
#include <QTextStream>

namespace faultline {

/// `faultline cruxes FILE [--interpretations A,B,...] [--matrix] [--json]`:
/// lists where the interpretations of FILE disagree (all of them unless
/// --interpretations names some, by id or by name), as numbered text or as
/// JSON; --matrix adds the root-cause matrix and checklist coverage.
/// Returns 0 on success, 1 when FILE does not load (its errors go to `err`),
/// 2 on a usage error (bad option, unknown or ambiguous interpretation).
int runCruxes(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace faultline
