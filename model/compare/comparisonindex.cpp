#include "comparisonindex.h"

#include "placementtable.h"

#include <utility>

namespace faultline {

ComparisonIndex::ComparisonIndex(const Incident &incident, const QStringList &interpretationIds)
    : m_incident(incident), m_factorIndex(factorIndexOf(incident)),
      m_checklist(Checklist::forIncident(incident))
{
    const int factors = int(incident.factors.size());
    m_users.assign(factors, 0);
    for (const QString &id : interpretationIds) {
        const Interpretation *interp = incident.findInterpretation(id);
        if (!interp || m_ids.contains(id))
            continue;
        m_views.append(interp);
        m_placed.append(placementsByFactor(incident, m_factorIndex, *interp));
        for (int f = 0; f < factors; ++f)
            m_users[f] += m_placed.last()[f] ? 1 : 0;
        m_ids.append(id);
    }
    indexLinks();
    for (int v = 0; v < viewCount(); ++v) {
        markBehaviourReach(v);
        m_coverage.append(
            ChecklistCoverage::compute(incident, m_checklist, *m_views[v], m_placed[v]));
    }
}

namespace {
// Compressed rows from (row, item) pairs, keeping the pairs' order within a row.
template <typename T>
void fillRows(std::vector<int> &offsets, std::vector<T> &items, int rows,
              const std::vector<std::pair<int, T>> &pairs)
{
    offsets.assign(rows + 1, 0);
    for (const auto &[row, item] : pairs)
        ++offsets[row + 1];
    for (int r = 0; r < rows; ++r)
        offsets[r + 1] += offsets[r];
    items.resize(pairs.size());
    std::vector<int> next(offsets.begin(), offsets.end() - 1);
    for (const auto &[row, item] : pairs)
        items[next[row]++] = item;
}
} // namespace

void ComparisonIndex::indexLinks()
{
    const int factors = factorCount();
    qsizetype linkCount = 0;
    for (const Interpretation *view : std::as_const(m_views))
        linkCount += view->links.size();
    // Pairs by one 64-bit key: cheaper to hash than two ids.
    QHash<qint64, int> pairIndex;
    pairIndex.reserve(linkCount);
    m_pairs.reserve(linkCount);
    m_linkEnds.resize(viewCount());
    m_touching.resize(viewCount());
    for (int v = 0; v < viewCount(); ++v) {
        std::vector<std::pair<int, const Link *>> touching;
        touching.reserve(2 * m_views[v]->links.size());
        m_linkEnds[v].reserve(m_views[v]->links.size());
        for (const Link &link : m_views[v]->links) {
            const int from = factorIndex(link.from);
            const int to = factorIndex(link.to);
            m_linkEnds[v].push_back({from, to});
            if (from < 0 || to < 0)
                continue; // not in a valid document
            touching.push_back({from, &link});
            if (to != from)
                touching.push_back({to, &link});
            const int a = std::min(from, to);
            const int b = std::max(from, to);
            auto it = pairIndex.constFind(qint64(a) * factors + b);
            if (it == pairIndex.constEnd()) {
                it = pairIndex.insert(qint64(a) * factors + b, int(m_pairs.size()));
                PairRow row;
                row.a = a;
                row.b = b;
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
        fillRows(m_touching[v].offsets, m_touching[v].items, factors, touching);
    }
}

void ComparisonIndex::markBehaviourReach(int v)
{
    // Backwards from every behaviour the reading uses, over its own links.
    const int factors = factorCount();
    std::vector<std::pair<int, int>> edges; // (to, from)
    edges.reserve(m_linkEnds[v].size());
    for (const auto &[from, to] : m_linkEnds[v])
        if (from >= 0 && to >= 0)
            edges.push_back({to, from});
    Rows<int> predecessors;
    fillRows(predecessors.offsets, predecessors.items, factors, edges);
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
        for (int i = predecessors.offsets[f]; i < predecessors.offsets[f + 1]; ++i) {
            const int p = predecessors.items[i];
            if (!reach[p]) {
                reach[p] = true;
                stack.push_back(p);
            }
        }
    }
    m_reachesBehaviour.push_back(std::move(reach));
}

} // namespace faultline
