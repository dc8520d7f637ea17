#include "summarycommand.h"

namespace faultline {

// Skeleton: filled in by the discussion-mode work (issue #12).
int runSummary(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "faultline summary: not implemented yet\n";
    return 2;
}

} // namespace faultline
