#pragma once

#include <QStringList>
#include <QTextStream>

namespace faultline {

/// `faultline diff OLD NEW [--json] [--ignore-layout]`: the changes between two
/// versions of an incident, matched by id. Exit 0 when equal, 1 when
/// different, 2 on an error (as diff(1)).
int runDiff(const QStringList &args, QTextStream &out, QTextStream &err);

/// `faultline outline FILE`: one line per element, for git's textconv.
int runOutline(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace faultline
