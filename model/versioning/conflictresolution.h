#pragma once

#include "model/incident.h"
#include "model/result.h"

#include <QString>

namespace faultline {

/// Which version of a conflict to keep.
enum class ConflictChoice
{
    Ours,
    Theirs,
};

/// `incident` with conflict `index` resolved by taking `choice`'s version: a
/// field set (or cleared), a whole element kept or deleted (with what refers
/// to it: a deleted factor takes its placements and links along). Conflicts
/// about elements that no longer exist go too. Fails when the index is out of
/// range or the element cannot be found.
[[nodiscard]] Result<Incident> resolveConflict(const Incident &incident, int index,
                                               ConflictChoice choice);

/// As resolveConflict(), with a value of one's own: `json` is the field's new
/// value (or the element's fields) as JSON text, empty for "absent".
[[nodiscard]] Result<Incident> resolveConflictWith(const Incident &incident, int index,
                                                   const QString &json);

/// Where conflict `index` is in the file, e.g. "factors[2].label" (the
/// conflict's own path, "conflicts[0]", when its element is not found).
QString conflictPlace(const Incident &incident, int index);

/// One version of a conflict (compact JSON, empty for absent) in words:
/// a text in quotes, "(absent)" for a deletion, else the JSON.
QString describeConflictVersion(const QString &json);

/// A conflict in words: "factor physics, label: base "A", ours "B", theirs "C""
/// or "factor physics: deleted on our side, changed on theirs".
QString describeConflict(const MergeConflict &conflict);

} // namespace faultline
