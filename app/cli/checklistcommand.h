#pragma once

#include <QStringList>
#include <QTextStream>

namespace faultline {

/// `faultline checklist FILE [--interpretation ID|NAME] [--format md|csv] [-o OUT]`:
/// prints the whole failure-mode checklist as one interpretation sees it
/// (ChecklistTable) as Markdown (the default) or CSV, to standard output or,
/// with -o, atomically to OUT. The interpretation is the first one unless
/// --interpretation names another by id or by (unique) name.
/// Returns 0 on success; 1 when FILE fails to load (its errors are printed
/// as "FILE: json.path: message") or OUT cannot be written; 2 on a usage
/// error (unknown option or format, missing value, unknown interpretation,
/// a file without interpretations). Needs no display.
int runChecklist(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace faultline
