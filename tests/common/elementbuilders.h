#pragma once

// Short builders for the factors, placements and links test incidents are
// made of: one copy for every test (header-only so each stays one executable).

#include "model/incident.h"

#include <QPointF>
#include <QString>
#include <QStringList>

namespace faultline::test {

inline Factor factor(const QString &id, const QString &kind, const QString &label,
                     const QStringList &failureModes = {})
{
    Factor f;
    f.id = id;
    f.kind = kind;
    f.label = label;
    f.failureModes = failureModes;
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

/// A link; each of `citedSources` becomes one piece of evidence citing it
/// (ids "<link>-e1", "<link>-e2", …).
inline Link link(const QString &id, const QString &from, const QString &to,
                 Relation relation = Relation::Causes, const QStringList &citedSources = {})
{
    Link l;
    l.id = id;
    l.from = from;
    l.to = to;
    l.relation = relation;
    int n = 0;
    for (const QString &source : citedSources) {
        Evidence e;
        e.id = QStringLiteral("%1-e%2").arg(id).arg(++n);
        e.sourceId = source;
        l.evidence.append(e);
    }
    return l;
}

} // namespace faultline::test
