#include "placementtable.h"

namespace faultline {

SortedIdIndex factorIndexOf(const Incident &incident)
{
    return SortedIdIndex(incident.factors,
                         [](const Factor &factor) -> const QString & { return factor.id; });
}

QList<const Placement *> placementsByFactor(const Incident &incident,
                                            const SortedIdIndex &factorIndex,
                                            const Interpretation &interpretation)
{
    QList<const Placement *> placed(incident.factors.size(), nullptr);
    for (const Placement &placement : interpretation.placements) {
        const int f = factorIndex.indexOf(placement.factorId);
        if (f >= 0 && !placed[f])
            placed[f] = &placement;
    }
    return placed;
}

} // namespace faultline
