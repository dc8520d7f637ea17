#include "incident.h"

#include "idlookup.h"

namespace faultline {

const Factor *Incident::findFactor(const QString &id) const
{
    return findByKey(factors, id);
}
int Incident::factorIndex(const QString &id) const
{
    return indexByKey(factors, id);
}
const Source *Incident::findSource(const QString &id) const
{
    return findByKey(sources, id);
}
int Incident::sourceIndex(const QString &id) const
{
    return indexByKey(sources, id);
}
const Interpretation *Incident::findInterpretation(const QString &id) const
{
    return findByKey(interpretations, id);
}
int Incident::interpretationIndex(const QString &id) const
{
    return indexByKey(interpretations, id);
}
const CustomKind *Incident::findCustomKind(const QString &id) const
{
    return findByKey(customKinds, id);
}

} // namespace faultline
