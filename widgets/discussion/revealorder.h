#pragma once

#include "model/incident.h"
#include "model/interpretation.h"

#include <QStringList>

namespace faultline {

/// The order in which the presentation reveals an interpretation's links:
/// causal order, root causes first. Each factor gets a depth, the longest
/// path to it from a root cause (or from a factor nothing points at); a
/// link comes at the depth of its "from" factor. Root causes start at depth
/// 0 whatever points at them. Links from root causes lead among equals;
/// further ties go by the from factor's position (top to bottom, left to
/// right), then the to factor's, then the link order. Cycles are broken at
/// the topmost remaining factor, so every link appears exactly once.
class RevealOrder
{
public:
    static QStringList linkIds(const Interpretation &interpretation);
    /// The behaviour, revealed last in staged reveal: the reading's factors
    /// of the "behaviour" kind that are not root causes; when it has none,
    /// the factors where its paths end (linked into, leading nowhere, not a
    /// root cause). In placement order.
    static QStringList behaviourFactorIds(const Incident &incident,
                                          const Interpretation &interpretation);
};

} // namespace faultline
