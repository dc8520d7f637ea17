#pragma once

#include "checklistcoverage.h"

#include "model/checklist.h"
#include "model/incident.h"
#include "model/sortedidindex.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <span>
#include <utility>
#include <vector>

namespace faultline {

/// The compared readings of one incident, indexed once so that every pass of
/// DiffEngine is linear: factor id → index, dense per-reading placement tables,
/// links by unordered factor pair, per-reading adjacency, checklist coverage and
/// which factors reach a behaviour. Internal to the compare engine.
class ComparisonIndex
{
public:
    /// The links of one unordered factor pair {a, b} (a before b in document order),
    /// per reading: the first link a → b and the first link b → a (nullptr when absent).
    struct PairRow
    {
        int a = -1; ///< indexes in incident.factors
        int b = -1;
        QVarLengthArray<const Link *, 4> forward;
        QVarLengthArray<const Link *, 4> backward;
        int holders = 0; ///< readings with a link of the pair in either direction
    };

    ComparisonIndex(const Incident &incident, const QStringList &interpretationIds);

    const Incident &incident() const { return m_incident; }
    int viewCount() const { return int(m_views.size()); }
    const Interpretation &view(int v) const { return *m_views[v]; }
    const QStringList &interpretationIds() const { return m_ids; }

    int factorCount() const { return int(m_incident.factors.size()); }
    const Factor &factor(int f) const { return m_incident.factors[f]; }
    int factorIndex(const QString &id) const { return m_factorIndex.indexOf(id); }
    /// The placement of factor `f` in reading `v`, or nullptr when the reading does not use it.
    const Placement *placement(int v, int f) const { return m_placed[v][f]; }
    bool uses(int v, int f) const { return m_placed[v][f] != nullptr; }
    /// Every reading's placements by factor index ([view][factor]).
    const QList<QList<const Placement *>> &placements() const { return m_placed; }
    int users(int f) const { return m_users[f]; }

    const QList<PairRow> &pairs() const { return m_pairs; }
    /// The links of reading `v` that touch factor `f`, in the reading's order.
    std::span<const Link *const> linksTouching(int v, int f) const
    {
        const Adjacency &touching = m_touching[v];
        return {touching.items.data() + touching.offsets[f],
                touching.items.data() + touching.offsets[f + 1]};
    }
    /// True when factor `f` is a behaviour or reaches one along reading `v`'s links.
    bool reachesBehaviour(int v, int f) const { return m_reachesBehaviour[v][f]; }

    const Checklist &checklist() const { return m_checklist; }
    const ChecklistCoverage &coverage(int v) const { return m_coverage[v]; }

private:
    /// Per factor, a run of items in one flat array (compressed rows: two
    /// allocations per reading instead of one per factor).
    template <typename T> struct Rows
    {
        std::vector<int> offsets; ///< factorCount() + 1
        std::vector<T> items;
    };
    using Adjacency = Rows<const Link *>;

    void indexLinks();
    void markBehaviourReach(int v);

    const Incident &m_incident;
    QList<const Interpretation *> m_views;
    QStringList m_ids;
    SortedIdIndex m_factorIndex;
    QList<QList<const Placement *>> m_placed; ///< [view][factor]
    std::vector<int> m_users;                 ///< [factor]
    QList<PairRow> m_pairs;
    std::vector<std::vector<std::pair<int, int>>> m_linkEnds; ///< [view][link] factor indexes
    std::vector<Adjacency> m_touching;                        ///< [view]
    std::vector<std::vector<bool>> m_reachesBehaviour;        ///< [view][factor]
    Checklist m_checklist;
    QList<ChecklistCoverage> m_coverage;
};

} // namespace faultline
