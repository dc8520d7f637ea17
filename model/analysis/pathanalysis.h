#pragma once

#include "causalgraph.h"
#include "causalpath.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace faultline {

struct Incident;
struct Interpretation;

/// Causal paths into one observed behaviour.
struct BehaviourPaths
{
    QString behaviourId;
    QList<CausalPath> paths; ///< bounded enumeration (see `truncated`)
    bool truncated = false;  ///< the enumeration stopped at its bound; more paths exist
    bool reachable = false;  ///< exact (breadth-first): at least one path exists
};

/// What the root-cause lens emphasises in one interpretation.
struct RootCauseEmphasis
{
    QStringList factorIds; ///< factors on a path from a root cause to a behaviour, placement order
    QStringList linkIds;   ///< links on such a path, link order
    QList<BehaviourPaths> behaviours; ///< one per behaviour factor, placement order
};

/// Levers lens: the effect of an intervention on the paths into one behaviour.
struct LeverOutcome
{
    QString behaviourId;
    bool reachableBefore = false;     ///< exact: a path existed without the intervention
    bool reachable = false;           ///< exact: a path remains after the intervention
    QList<CausalPath> remainingPaths; ///< bounded enumeration
    bool remainingTruncated = false;
    QList<CausalPath>
        cutPaths; ///< paths of the unfixed diagram that pass an intervened factor (bounded)
    bool cutTruncated = false;
};

/// Levers lens: the effect of one intervention on every behaviour.
struct LeverAnalysis
{
    QStringList intervenedFactorIds; ///< as given, restricted to factors the interpretation uses
    QList<LeverOutcome> behaviours;  ///< one per behaviour factor, placement order
    /// True when no behaviour can be reached any more.
    bool allCut() const
    {
        for (const LeverOutcome &outcome : behaviours)
            if (outcome.reachable)
                return false;
        return true;
    }
};

/// Path analysis of one interpretation for the root-cause and levers lenses.
///
/// **Paths.** A causal path is a chain of `causes`, `enables` or `amplifies`
/// links with no factor twice and at least one link. Paths may pass other
/// behaviours and other source factors on the way.
///
/// **Behaviours** are the factors of kind `behaviour` the interpretation uses.
///
/// **Sources.** The root-cause lens starts paths at the factors the
/// interpretation marks as root causes (Placement::rootCause). The levers lens
/// starts them at any root cause and at any factor of a root-cause area
/// (reward, environment, algorithm; KindStyle::rootCauseArea). Because every
/// such factor is a source, a path that starts further upstream is listed
/// together with its suffix that starts at a later source (reward → policy →
/// behaviour and policy → behaviour): fixing the reward alone leaves the
/// broken policy in place.
///
/// **Interventions (levers what-if).** Fixing a factor removes it from the
/// diagram: every path that passes it (its ends included) is cut. The what-if
/// is purely subtractive, so it never creates a path.
///
/// **`prevents` links.** A `prevents` link is an inhibiting claim, not a
/// cause: it never lies on a path, so it neither explains a behaviour nor is a
/// way to cut one. Fixing the source of a `prevents` link (say, removing the
/// oversight that prevents a hack) does not release its target either: we do
/// not infer new causation from the removal of an inhibitor, because the
/// diagram does not say what the target would do unprevented. Draw that
/// claim as its own `causes`/`enables` link instead.
///
/// **Cycles** cannot hang any query: enumeration follows simple paths only,
/// reachability is breadth-first, and cycles() lists each loop once.
///
/// **Emphasis** (rootCauseLens()) is exact and linear: a link is emphasised
/// when a root cause reaches its start and its end reaches a behaviour. In a
/// diagram with loops this also emphasises a loop attached to such a path —
/// a feedback loop that feeds the chain, which the lens should show.
class PathAnalysis
{
public:
    /// Analyses `interpretation`, which must belong to `incident` (for factor kinds).
    /// Both are copied where needed; the analysis stays valid after they change.
    PathAnalysis(const Incident &incident, const Interpretation &interpretation);

    const CausalGraph &graph() const { return m_graph; }
    /// Behaviour factors the interpretation uses, placement order.
    const QStringList &behaviourIds() const { return m_behaviourIds; }
    /// Factors marked as root causes, placement order.
    const QStringList &rootCauseIds() const { return m_rootCauseIds; }
    /// Root causes and factors of a root-cause area (levers sources), placement order.
    const QStringList &leverSourceIds() const { return m_leverSourceIds; }

    /// Paths from root causes to each behaviour, and the factors and links on them.
    RootCauseEmphasis rootCauseLens(int maxPaths = CausalGraph::kDefaultMaxPaths) const;

    /// Paths from any levers source into each behaviour, with nothing fixed.
    QList<BehaviourPaths> leverPaths(int maxPaths = CausalGraph::kDefaultMaxPaths) const;

    /// What-if: the factors in `intervenedFactorIds` are fixed. Unknown ids
    /// and factors the interpretation does not use are ignored.
    LeverAnalysis whatIf(const QStringList &intervenedFactorIds,
                         int maxPaths = CausalGraph::kDefaultMaxPaths) const;

    /// Minimal sets of factors (at most `maxSize` each) whose fixing leaves no
    /// path from any levers source to `behaviourId`. The behaviour itself is
    /// never part of a set (fixing the symptom is always a trivial cut).
    /// Sets list factor ids in placement order and come by size, then
    /// placement order. Meant for small diagrams: when more than
    /// `maxCandidates` factors lie on such paths, returns nothing and sets
    /// `*truncated`. Returns nothing when the behaviour has no path at all.
    QList<QStringList> minimalCutSets(const QString &behaviourId, int maxSize = 3,
                                      int maxCandidates = 24, bool *truncated = nullptr) const;

    /// Each elementary loop of the diagram once (see CausalGraph::cycles()).
    QList<QStringList> cycles(bool *truncated = nullptr) const
    {
        return m_graph.cycles(CausalGraph::kDefaultMaxPaths, truncated);
    }

private:
    QList<int> nodes(const QStringList &factorIds) const;

    CausalGraph m_graph;
    QStringList m_behaviourIds;
    QStringList m_rootCauseIds;
    QStringList m_leverSourceIds;
};

} // namespace faultline
