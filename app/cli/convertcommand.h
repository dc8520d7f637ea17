#pragma once

#include <QStringList>
#include <QTextStream>

namespace faultline {

/// `faultline convert IN OUT [--interpretation ID|NAME]`: converts between
/// .faultline, .dot/.gv (read and write), .graphml and .mmd (write), chosen
/// by extension. Writing a graph format exports one interpretation, the first
/// unless --interpretation names another. Returns 0 on success, 1 when the
/// conversion fails, 2 on a usage error. Needs no display.
int runConvert(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace faultline
