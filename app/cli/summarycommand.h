#pragma once

#include <QStringList>
#include <QTextStream>

namespace faultline {

/// `faultline summary FILE [--interpretations A,B,...] -o OUT.md|OUT.pdf`:
/// the session summary of a discussion (incident, readings with their
/// authors and stances, each crux with the recorded positions, note,
/// resolution and cited evidence), as Markdown or PDF chosen by OUT's
/// suffix. Returns 0 on success, 1 when FILE fails to load or OUT cannot be
/// written, 2 on a usage error. Needs no display.
int runSummary(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace faultline
