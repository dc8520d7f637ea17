#pragma once

#include <QStringList>
#include <QTextStream>

namespace faultline {

/// `faultline validate FILE…`: prints "FILE: ok" or each error as
/// "FILE: json.path: message". Returns 0 when every file is valid, 1 when any
/// is not, 2 on a usage error.
int runValidate(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace faultline
