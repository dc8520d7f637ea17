#pragma once

#include <QPointF>
#include <QString>

namespace faultline {

/// How one interpretation uses one factor of the incident.
struct Placement
{
    QString factorId;
    QPointF pos;         ///< centre of the factor's box, scene coordinates (points)
    bool pinned = false; ///< automatic layout keeps it in place
    bool rootCause = false;
    QString leverNote; ///< levers lens: what change to this factor would fix the failure

    bool operator==(const Placement &) const = default;
};

} // namespace faultline
