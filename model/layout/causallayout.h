#pragma once

#include "layoutrequest.h"
#include "layoutresult.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace faultline {

struct Incident;
struct Factor;

/// Builds causal-flow layout requests from an incident and maps results back.
///
/// Causal flow runs top to bottom: factors of a root-cause area (reward,
/// environment, algorithm) or flagged as a root cause go to the first rank
/// when nothing in the reading causes them; observed behaviour that causes
/// nothing further goes to the last rank. (Forcing a factor that has a cause
/// onto the first rank would make that link run sideways or upwards.)
class CausalLayout
{
public:
    /// Lay out every factor placed in the interpretation; pinned placements stay put.
    static LayoutRequest interpretationRequest(const Incident &incident,
                                               const QString &interpretationId,
                                               const LayoutOptions &options = {});

    /// Lay out only `factorIds` (pinned ones among them stay); every other
    /// factor of the interpretation stays where it is and is routed around.
    static LayoutRequest selectionRequest(const Incident &incident, const QString &interpretationId,
                                          const QSet<QString> &factorIds,
                                          const LayoutOptions &options = {});

    /// One layout for several interpretations (the compare view): every factor
    /// used by any of them appears once, links between the same two factors
    /// are merged into one weighted edge (see unionEdgeId()), pins are ignored.
    static LayoutRequest unionRequest(const Incident &incident,
                                      const QStringList &interpretationIds,
                                      const LayoutOptions &options = {});

    /// The part of a union layout result that concerns one interpretation:
    /// positions of its factors and, per link id, the route of its merged edge.
    static LayoutResult resultForInterpretation(const Incident &incident,
                                                const QString &interpretationId,
                                                const LayoutResult &unionResult);

    /// Id of the merged edge from → to in a union request.
    static QString unionEdgeId(const QString &from, const QString &to);

    /// Rank hint of a factor given how the reading links it.
    static RankHint rankHint(const Incident &incident, const Factor &factor, bool flaggedRootCause,
                             bool hasCause, bool hasEffect);
};

} // namespace faultline
