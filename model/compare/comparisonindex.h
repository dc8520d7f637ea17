#pragma once

#include "checklistcoverage.h"

#include "model/checklist.h"
#include "model/incident.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

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
    int factorIndex(const QString &id) const { return m_factorIndex.value(id, -1); }
    /// The placement of factor `f` in reading `v`, or nullptr when the reading does not use it.
    const Placement *placement(int v, int f) const { return m_placed[v][f]; }
    bool uses(int v, int f) const { return m_placed[v][f] != nullptr; }
    int users(int f) const { return m_users[f]; }

    const QList<PairRow> &pairs() const { return m_pairs; }
    /// The links of reading `v` that touch factor `f`, in the reading's order.
    const std::vector<const Link *> &linksTouching(int v, int f) const { return m_touching[v][f]; }
    /// True when factor `f` is a behaviour or reaches one along reading `v`'s links.
    bool reachesBehaviour(int v, int f) const { return m_reachesBehaviour[v][f]; }

    const Checklist &checklist() const { return m_checklist; }
    const ChecklistCoverage &coverage(int v) const { return m_coverage[v]; }

private:
    void indexLinks();
    void markBehaviourReach(int v);

    const Incident &m_incident;
    QList<const Interpretation *> m_views;
    QStringList m_ids;
    QHash<QString, int> m_factorIndex;
    QList<QList<const Placement *>> m_placed; ///< [view][factor]
    std::vector<int> m_users;                 ///< [factor]
    QList<PairRow> m_pairs;
    std::vector<std::vector<std::vector<const Link *>>> m_touching; ///< [view][factor]
    std::vector<std::vector<bool>> m_reachesBehaviour;              ///< [view][factor]
    Checklist m_checklist;
    QList<ChecklistCoverage> m_coverage;
};

} // namespace faultline
