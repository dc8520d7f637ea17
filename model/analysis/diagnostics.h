#pragma once

#include "diagnostic.h"

#include <QList>
#include <QString>

namespace faultline {

struct Incident;
struct Interpretation;

/// Diagnostics of one interpretation of `incident`, in a deterministic order:
/// by DiagnosticType, then by placement order (behaviours, root causes),
/// cycle order (CausalGraph::cycles()) or link and evidence order.
///
/// - UnexplainedBehaviour (warning): a behaviour factor with no causal path
///   (causes / enables / amplifies links) from any factor of kind reward,
///   environment or algorithm. Root-cause flags do not count here: the point
///   is whether the reading traces the behaviour back to the three areas.
/// - RootCauseWithoutEffect (warning): a factor marked as root cause with no
///   causal path to any behaviour factor.
/// - Cycle (info): each elementary loop once, over links of every relation;
///   at most CausalGraph::kDefaultMaxPaths loops are listed.
/// - LinkWithoutEvidence (info): a link with an empty evidence list.
/// - EvidenceWithoutSource (info): an evidence item whose source is empty or
///   not a source of the incident; one diagnostic per evidence item.
QList<Diagnostic> diagnose(const Incident &incident, const Interpretation &interpretation);

/// Diagnostics of every interpretation, interpretations in document order.
QList<Diagnostic> diagnose(const Incident &incident);

} // namespace faultline
