#pragma once

#include "model/incident.h"
#include "model/result.h"

#include <QStringList>

namespace faultline {

/// What mergeIncidents() gives: the merged document (its `conflicts` hold
/// what needs a person) and notes on what was decided on its own.
struct MergeOutcome
{
    Incident incident;
    /// Ids added on both sides for different elements: theirs was renamed,
    /// e.g. "factor f12 → f12-2".
    QStringList renamed;
    /// Elements both sides moved or re-routed: ours was kept (not a conflict).
    QStringList layoutKeptOurs;
};

/// Three-way merge of two versions of an incident, element by element and
/// matched by id (see docs/FORMAT.md, "Merging"):
/// additions on either side are kept; a deletion on one side of an element the
/// other left unchanged is taken; edits to different fields merge; the same
/// field changed differently, a deletion against a change, and an element
/// still used by the other side after a deletion (a link to a deleted factor)
/// are conflicts. Both sides' moves of one factor keep ours. The result loads:
/// references resolve, ids are unique (a clash of new ids is renamed on
/// theirs' side), order is ours' with theirs' additions after their neighbours
/// (theirs' order when ours kept the base order). Fails only when a version
/// itself does not load.
/// With `renameClashes` false, an id both sides added names one element on
/// both (its differing fields conflict): for versions added on two branches
/// without a common one (git's add/add, an empty base).
[[nodiscard]] Result<MergeOutcome> mergeIncidents(const Incident &base, const Incident &ours,
                                                  const Incident &theirs,
                                                  bool renameClashes = true);

} // namespace faultline
