#pragma once

#include "graphvizadapter.h"

namespace faultline {

/// A cheap forecast of how hard a graph is for dot: its nodes plus the
/// virtual nodes dot inserts where an edge spans several ranks, with ranks
/// approximated by longest path from the sources (back edges of cycles
/// ignored), sources without a Top hint pulled down next to their first
/// successor, and Bottom nodes on the last rank. dot's crossing minimisation
/// and coordinate passes grow with this number far more than with the node
/// count alone (a 3,000-factor graph with long links has 40 times as many
/// virtual nodes as factors), so LayoutEngine uses it to pick sfdp before
/// starting a dot run that would take minutes. Linear in nodes plus edges.
qint64 estimatedDotWork(const GvLayoutIn &in);

} // namespace faultline
