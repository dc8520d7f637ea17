#pragma once

#include "diffresult.h"

#include "model/incident.h"

#include <QStringList>

namespace faultline {

/// Compares two or more interpretations of one incident and lists their
/// cruxes: one per subject the readings disagree about, with every way they
/// differ about it as a point (see CruxType, CruxPointKind). Factors are the
/// incident's, so a factor is "the same" in two readings when it has the same
/// id; a link is the same when it joins the same two factors, in either direction.
///
/// What counts, as a moderator would list it:
/// - Factor: used by some readings only (the links and failure points that come
///   with it are points of this crux, not cruxes), a root cause in some only, or
///   lever notes that differ after ignoring case, spacing and final punctuation.
/// - Area: blamed (a root-cause factor of that kind) by some and not by others;
///   a point of the factor's crux instead when its only blamed factor is one whose
///   own crux already says who blames it.
/// - FailurePoint: implicated by some and ruled out by others; a reading's
///   rule-out wins over a tag on a factor it uses, since tags are shared.
/// - Link: among the readings that use both factors, present in some only, drawn
///   the other way, or with a different relation or strength.
/// - Evidence: one source on one link cited with a different stance, or with
///   confidences 0.3 or more apart.
/// Ruled out against not considered, one lever note against none, and a source
/// cited by one reading only are coverage differences, not cruxes.
///
/// Runs in time linear in the size of the compared interpretations.
class DiffEngine
{
public:
    /// Compare `interpretationIds` of `incident`, in that order (which is the
    /// order of sides and names in descriptions). Unknown ids and repeats are
    /// dropped; with fewer than two interpretations left there are no cruxes.
    static DiffResult compare(const Incident &incident, const QStringList &interpretationIds);
};

} // namespace faultline
