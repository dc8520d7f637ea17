#include "comparisonindex.h"

#include <utility>

namespace faultline {

ComparisonIndex::ComparisonIndex(const Incident &incident, const QStringList &interpretationIds)
    : m_incident(incident), m_checklist(Checklist::forIncident(incident))
{
    const int factors = int(incident.factors.size());
    m_factorIndex.reserve(factors);
    for (int i = 0; i < factors; ++i)
        m_factorIndex.insert(incident.factors[i].id, i);
    m_users.assign(factors, 0);
    for (const QString &id : interpretationIds) {
        const Interpretation *interp = incident.findInterpretation(id);
        if (!interp || m_ids.contains(id))
            continue;
        QList<const Placement *> placed(factors, nullptr);
        for (const Placement &placement : interp->placements) {
            const int f = factorIndex(placement.factorId);
            if (f >= 0 && !placed[f]) {
                placed[f] = &placement;
                ++m_users[f];
            }
        }
        m_views.append(interp);
        m_placed.append(placed);
        m_ids.append(id);
    }
    indexLinks();
    for (int v = 0; v < viewCount(); ++v) {
        markBehaviourReach(v);
        m_coverage.append(ChecklistCoverage::compute(incident, m_checklist, *m_views[v]));
    }
}

void ComparisonIndex::indexLinks()
{
    const int factors = factorCount();
    qsizetype linkCount = 0;
    for (const Interpretation *view : std::as_const(m_views))
        linkCount += view->links.size();
    QHash<std::pair<int, int>, int> pairIndex;
    pairIndex.reserve(linkCount);
    m_pairs.reserve(linkCount);
    m_touching.assign(viewCount(), std::vector<std::vector<const Link *>>(factors));
    for (int v = 0; v < viewCount(); ++v) {
        for (const Link &link : m_views[v]->links) {
            const int from = factorIndex(link.from);
            const int to = factorIndex(link.to);
            if (from < 0 || to < 0)
                continue; // not in a valid document
            m_touching[v][from].push_back(&link);
            if (to != from)
                m_touching[v][to].push_back(&link);
            const std::pair<int, int> key{std::min(from, to), std::max(from, to)};
            auto it = pairIndex.constFind(key);
            if (it == pairIndex.constEnd()) {
                it = pairIndex.insert(key, int(m_pairs.size()));
                PairRow row;
                row.a = key.first;
                row.b = key.second;
                row.forward.resize(viewCount());
                row.backward.resize(viewCount());
                std::fill(row.forward.begin(), row.forward.end(), nullptr);
                std::fill(row.backward.begin(), row.backward.end(), nullptr);
                m_pairs.append(row);
            }
            PairRow &row = m_pairs[*it];
            const bool holdsAlready = row.forward[v] || row.backward[v];
            // A second link of the same direction in one reading stands behind the first.
            const Link *&slot = from == row.a ? row.forward[v] : row.backward[v];
            if (!slot)
                slot = &link;
            if (!holdsAlready)
                ++row.holders;
        }
    }
}

void ComparisonIndex::markBehaviourReach(int v)
{
    // Backwards from every behaviour the reading uses, over its own links.
    const int factors = factorCount();
    std::vector<std::vector<int>> predecessors(factors);
    for (const Link &link : m_views[v]->links) {
        const int from = factorIndex(link.from);
        const int to = factorIndex(link.to);
        if (from >= 0 && to >= 0)
            predecessors[to].push_back(from);
    }
    std::vector<bool> reach(factors, false);
    std::vector<int> stack;
    for (int f = 0; f < factors; ++f) {
        if (uses(v, f) && m_incident.factors[f].kind == QLatin1String("behaviour")) {
            reach[f] = true;
            stack.push_back(f);
        }
    }
    while (!stack.empty()) {
        const int f = stack.back();
        stack.pop_back();
        for (const int p : predecessors[f]) {
            if (!reach[p]) {
                reach[p] = true;
                stack.push_back(p);
            }
        }
    }
    m_reachesBehaviour.push_back(std::move(reach));
}

} // namespace faultline
