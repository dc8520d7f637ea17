#include "revealorder.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace faultline {

namespace {
bool above(const QPointF &a, const QPointF &b)
{
    return a.y() != b.y() ? a.y() < b.y() : a.x() < b.x();
}
} // namespace

QStringList RevealOrder::linkIds(const Interpretation &interpretation)
{
    const QList<Link> &links = interpretation.links;
    QHash<QString, QPointF> position;
    QSet<QString> roots;
    for (const Placement &p : interpretation.placements) {
        position.insert(p.factorId, p.pos);
        if (p.rootCause)
            roots.insert(p.factorId);
    }
    // Incoming links still to be processed, per factor (a root cause ignores its own).
    QHash<QString, int> pending;
    QHash<QString, QList<int>> outgoing;
    QStringList factors;
    const auto addFactor = [&](const QString &id) {
        if (!pending.contains(id)) {
            pending.insert(id, 0);
            factors.append(id);
        }
    };
    for (int i = 0; i < links.size(); ++i) {
        addFactor(links[i].from);
        addFactor(links[i].to);
        outgoing[links[i].from].append(i);
        if (!roots.contains(links[i].to) && links[i].from != links[i].to)
            ++pending[links[i].to];
    }
    // Longest-path depths in topological order (Kahn); a cycle is entered at
    // its topmost factor.
    QHash<QString, int> depth;
    QSet<QString> done;
    QStringList ready;
    for (const QString &id : std::as_const(factors))
        if (pending.value(id) == 0)
            ready.append(id);
    while (done.size() < factors.size()) {
        if (ready.isEmpty()) {
            QString topmost;
            for (const QString &id : std::as_const(factors))
                if (!done.contains(id) &&
                    (topmost.isEmpty() || above(position.value(id), position.value(topmost))))
                    topmost = id;
            ready.append(topmost);
        }
        const QString id = ready.takeFirst();
        if (done.contains(id))
            continue;
        done.insert(id);
        const int d = roots.contains(id) ? 0 : depth.value(id, 0);
        depth[id] = d;
        for (int i : outgoing.value(id)) {
            const QString &to = links[i].to;
            if (done.contains(to) || roots.contains(to) || to == id)
                continue;
            depth[to] = std::max(depth.value(to, 0), d + 1);
            if (--pending[to] == 0)
                ready.append(to);
        }
    }

    QList<int> order(links.size());
    for (int i = 0; i < links.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Link &la = links[a];
        const Link &lb = links[b];
        const int da = depth.value(la.from);
        const int db = depth.value(lb.from);
        if (da != db)
            return da < db;
        const bool ra = roots.contains(la.from);
        const bool rb = roots.contains(lb.from);
        if (ra != rb)
            return ra;
        const QPointF fa = position.value(la.from);
        const QPointF fb = position.value(lb.from);
        if (fa != fb)
            return above(fa, fb);
        const QPointF ta = position.value(la.to);
        const QPointF tb = position.value(lb.to);
        if (ta != tb)
            return above(ta, tb);
        return a < b;
    });
    QStringList ids;
    for (int i : order)
        ids.append(links[i].id);
    return ids;
}

QStringList RevealOrder::behaviourFactorIds(const Incident &incident,
                                            const Interpretation &interpretation)
{
    QStringList byKind;
    QStringList ends;
    QSet<QString> from;
    QSet<QString> to;
    for (const Link &link : interpretation.links) {
        from.insert(link.from);
        to.insert(link.to);
    }
    for (const Placement &p : interpretation.placements) {
        if (p.rootCause)
            continue;
        const Factor *factor = incident.findFactor(p.factorId);
        if (factor && factor->kind == QLatin1String("behaviour"))
            byKind.append(p.factorId);
        if (to.contains(p.factorId) && !from.contains(p.factorId))
            ends.append(p.factorId);
    }
    return byKind.isEmpty() ? ends : byKind;
}

} // namespace faultline
