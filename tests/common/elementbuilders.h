#pragma once

// Short builders for the factors and placements test incidents are made of.

#include "model/incident.h"

#include <QPointF>
#include <QString>

namespace faultline::test {

inline Factor factor(const QString &id, const QString &kind, const QString &label)
{
    Factor f;
    f.id = id;
    f.kind = kind;
    f.label = label;
    return f;
}

inline Placement placement(const QString &id, QPointF pos, bool rootCause = false)
{
    Placement p;
    p.factorId = id;
    p.pos = pos;
    p.rootCause = rootCause;
    return p;
}

} // namespace faultline::test
