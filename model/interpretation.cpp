#include "interpretation.h"

#include "idlookup.h"

namespace faultline {

const Placement *Interpretation::findPlacement(const QString &factorId) const
{
    return findByKey(placements, factorId, &Placement::factorId);
}
int Interpretation::placementIndex(const QString &factorId) const
{
    return indexByKey(placements, factorId, &Placement::factorId);
}
const Link *Interpretation::findLink(const QString &linkId) const
{
    return findByKey(links, linkId);
}
int Interpretation::linkIndex(const QString &linkId) const
{
    return indexByKey(links, linkId);
}

} // namespace faultline
