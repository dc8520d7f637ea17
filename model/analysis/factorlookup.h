#pragma once

#include "model/incident.h"

#include <QHash>
#include <QString>

namespace faultline {

/// Constant-time factor lookup for analyses that visit every placement:
/// Incident::findFactor() scans, and a generated diagram may hold tens of
/// thousands of factors. Also caches whether a kind is a root-cause area.
class FactorLookup
{
public:
    explicit FactorLookup(const Incident &incident);

    const Factor *factor(const QString &factorId) const { return m_factors.value(factorId); }
    /// True when the factor exists and its kind is reward, environment or algorithm
    /// (KindStyle::rootCauseArea).
    bool inRootCauseArea(const QString &factorId) const;

private:
    const Incident &m_incident;
    QHash<QString, const Factor *> m_factors;
    mutable QHash<QString, bool> m_areaKinds;
};

} // namespace faultline
