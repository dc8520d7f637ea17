#pragma once

#include <QString>
#include <QStringList>

namespace faultline {

/// A cause or effect in the incident, shared by every interpretation that uses it.
struct Factor
{
    QString id;
    QString kind; ///< core kind id ("reward", ...) or a custom kind's id
    QString label;
    QString description;
    QStringList failureModes; ///< checklist entry ids
    QString actual;           ///< gaps lens: how it is
    QString ideal;            ///< gaps lens: how it should be

    bool hasGap() const { return !actual.isEmpty() || !ideal.isEmpty(); }
    bool operator==(const Factor &) const = default;
};

} // namespace faultline
