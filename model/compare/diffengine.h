#pragma once

#include "diffresult.h"

#include "model/incident.h"

#include <QStringList>

namespace faultline {

/// Compares two or more interpretations of one incident and lists their
/// cruxes (see CruxType). Factors are the incident's, so a factor is "the
/// same" in two interpretations when it has the same id; a link is the same
/// when it joins the same from → to factor pair (link ids differ).
///
/// Every crux is a real difference between the compared interpretations:
/// - AreaVerdict: one interpretation places a factor of the area as a root
///   cause or rules the area out, and another does not do the same (see
///   RootCauseMatrix; "involved" and "not considered" count as neither).
/// - RootCause: a factor used by several, a root cause in some and not in others.
/// - FailureMode: a checklist entry whose ChecklistStatus differs.
/// - LinkPresence: a factor pair linked in some and not in others.
/// - LinkRelation, LinkStrength: a pair linked in several, with different values.
/// - EvidenceSource: a source cited on a pair's link by some holders and not by others.
/// - EvidenceStance: on a pair linked in several, the evidence of one holder
///   supports it and another's contradicts it (or is mixed); holders without
///   evidence are listed as a side but do not make a crux.
/// - FactorPresence: a factor used by some and not by others.
/// - LeverNote: a factor used by several whose (trimmed) lever notes differ.
///
/// Runs in time linear in the size of the compared interpretations (hashes by
/// factor id and by factor pair).
class DiffEngine
{
public:
    /// Compare `interpretationIds` of `incident`, in that order (which is the
    /// order of sides and names in descriptions). Unknown ids and repeats are
    /// dropped; with fewer than two interpretations left there are no cruxes.
    static DiffResult compare(const Incident &incident, const QStringList &interpretationIds);
};

} // namespace faultline
