#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace faultline {

class PathAnalysis;

/// Levers lens: which factors and links lie on a causal path from a levers
/// source (PathAnalysis::leverSourceIds()) to a behaviour, before and after
/// the what-if intervention. Exact and linear (reachability, as in
/// PathAnalysis::rootCauseLens()), so a diagram of any size styles at once,
/// while the bounded path lists of PathAnalysis::whatIf() give the counts.
struct LeverEmphasis
{
    QSet<QString> intervenedFactorIds; ///< intervened factors the interpretation uses
    QSet<QString> pathFactorIds;       ///< on a path with nothing fixed
    QSet<QString> pathLinkIds;
    QSet<QString> remainingFactorIds; ///< on a path that avoids every intervened factor
    QSet<QString> remainingLinkIds;

    /// Factors and links the intervention cuts off: on a path before, on none after.
    bool isCutFactor(const QString &id) const
    {
        return pathFactorIds.contains(id) && !remainingFactorIds.contains(id);
    }
    bool isCutLink(const QString &id) const
    {
        return pathLinkIds.contains(id) && !remainingLinkIds.contains(id);
    }

    static LeverEmphasis compute(const PathAnalysis &analysis,
                                 const QStringList &intervenedFactorIds);
};

} // namespace faultline
