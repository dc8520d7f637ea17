#include "link.h"

#include "idlookup.h"

namespace faultline {

const Evidence *Link::findEvidence(const QString &evidenceId) const
{
    return findByKey(evidence, evidenceId);
}
int Link::evidenceIndex(const QString &evidenceId) const
{
    return indexByKey(evidence, evidenceId);
}

} // namespace faultline
