#pragma once

#include <QList>
#include <QString>

namespace faultline {

/// One unresolved difference left by a three-way merge (format v3, the
/// `conflicts` section): the same field changed differently on both sides, or
/// an element deleted on one side and changed (or used) on the other.
///
/// The merged document holds one of the two versions so that it always loads:
/// ours for a field, the changed (kept) element for a deletion conflict.
struct MergeConflict
{
    /// The element's key, e.g. "factor:physics" or "interpretation:both/link:l1"
    /// (see ElementRecords).
    QString element;
    /// The field in conflict; empty when the whole element is (deleted on one side).
    QString field;
    /// Each version as compact JSON (a field's value, or a whole element's own
    /// fields as an object); an empty string means "absent" (deleted, or never there).
    QString base;
    QString ours;
    QString theirs;

    bool isWholeElement() const { return field.isEmpty(); }
    bool operator==(const MergeConflict &) const = default;
};

} // namespace faultline
