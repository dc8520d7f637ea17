#pragma once

#include "model/incident.h"
#include "model/sortedidindex.h"

#include <QList>

namespace faultline {

/// The incident's factor ids → their index in incident.factors.
SortedIdIndex factorIndexOf(const Incident &incident);

/// The interpretation's placement of every factor of the incident, by index in
/// incident.factors; nullptr where it does not use the factor. Of two
/// placements of one factor (not in a valid document) the first counts.
QList<const Placement *> placementsByFactor(const Incident &incident,
                                            const SortedIdIndex &factorIndex,
                                            const Interpretation &interpretation);

} // namespace faultline
