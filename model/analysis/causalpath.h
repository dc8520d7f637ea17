#pragma once

#include <QString>
#include <QStringList>

namespace faultline {

/// One causal path inside an interpretation: the factors from the first cause
/// to the effect, and the links between consecutive factors.
/// A path always has at least one link, so `linkIds.size() == factorIds.size() - 1`.
struct CausalPath
{
    QStringList factorIds;
    QStringList linkIds;

    /// True when the path passes any factor in `factorIds` (its ends included).
    bool passesAny(const QStringList &ids) const
    {
        for (const QString &id : ids)
            if (factorIds.contains(id))
                return true;
        return false;
    }

    bool operator==(const CausalPath &) const = default;
};

} // namespace faultline
