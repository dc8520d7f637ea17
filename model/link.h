#pragma once

#include "enums.h"
#include "evidence.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace faultline {

/// A directed causal claim inside one interpretation.
struct Link
{
    QString id;
    QString from; ///< factor id
    QString to;   ///< factor id
    Relation relation = Relation::Causes;
    int strength = 3; ///< 1..5
    QString label;
    QList<Evidence> evidence;
    /// Routed path from the last automatic layout: cubic Bézier control points
    /// (1 + 3k points, scene coordinates). Empty means "draw a default curve";
    /// moving an endpoint clears it.
    QList<QPointF> route;

    const Evidence *findEvidence(const QString &evidenceId) const;
    int evidenceIndex(const QString &evidenceId) const;

    bool operator==(const Link &) const = default;
};

} // namespace faultline
