#include "factorlookup.h"

#include "model/kindstyle.h"

namespace faultline {

FactorLookup::FactorLookup(const Incident &incident) : m_incident(incident)
{
    m_factors.reserve(incident.factors.size());
    for (const Factor &factor : incident.factors)
        m_factors.insert(factor.id, &factor);
}

bool FactorLookup::inRootCauseArea(const QString &factorId) const
{
    const Factor *f = factor(factorId);
    if (!f)
        return false;
    auto it = m_areaKinds.constFind(f->kind);
    if (it == m_areaKinds.constEnd())
        it = m_areaKinds.insert(f->kind, kindStyle(m_incident, f->kind).rootCauseArea);
    return it.value();
}

} // namespace faultline
