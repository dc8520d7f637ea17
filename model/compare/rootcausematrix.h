#pragma once

#include "model/incident.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace faultline {

/// What one interpretation says about one area (kind). When several apply the
/// strongest claim wins, in this order: a root-cause placement, an explicit
/// ruling-out, a factor that is present but not a root cause, nothing.
enum class AreaState
{
    Implicated,   ///< a factor of this kind is placed as a root cause
    RuledOut,     ///< the interpretation's ruled-out areas name it
    Involved,     ///< a factor of this kind is used, none as a root cause
    NotConsidered ///< none of the above
};

/// Stable spelling for JSON output ("implicated", "ruled-out", "involved", "not-considered").
QString toString(AreaState state);
/// Translated, user-visible name.
QString displayName(AreaState state);

/// One cell of the root-cause matrix.
struct AreaCell
{
    AreaState state = AreaState::NotConsidered;
    QStringList rootCauseFactorIds; ///< factors of the area placed as root causes, document order
    QStringList
        involvedFactorIds; ///< other factors of the area the interpretation uses, document order
    bool ruledOut =
        false; ///< listed in ruledOutAreas (also true when contradicted by a root cause)
    QString ruledOutReason;

    bool operator==(const AreaCell &) const = default;
};

/// Rows = areas, columns = interpretations: who blames which area.
/// Rows are reward, environment and algorithm always, then every other kind
/// that a compared interpretation uses or rules out, in kind order (built-in
/// kinds, then the document's custom kinds).
class RootCauseMatrix
{
public:
    /// Build the matrix for `interpretationIds` of `incident` (unknown ids and
    /// repeats are skipped; columns keep the given order).
    static RootCauseMatrix build(const Incident &incident, const QStringList &interpretationIds);
    /// The same from placements looked up already: `placedTables[c][f]` is the
    /// placement of incident.factors[f] in interpretation `interpretationIds[c]`
    /// (known, distinct ids), or nullptr (used by DiffEngine, which has them).
    static RootCauseMatrix build(const Incident &incident, const QStringList &interpretationIds,
                                 const QList<QList<const Placement *>> &placedTables);

    /// `present` kind ids in display order: the three root-cause areas first
    /// (always, when `withCoreAreas`), then built-in kinds, then the incident's
    /// custom kinds, then any unknown id in sorted order.
    static QStringList areaOrder(const Incident &incident, const QSet<QString> &present,
                                 bool withCoreAreas);

    const QStringList &areas() const { return m_areas; }
    const QStringList &interpretationIds() const { return m_interpretationIds; }
    int rowOf(const QString &area) const { return int(m_areas.indexOf(area)); }
    int columnOf(const QString &interpretationId) const
    {
        return int(m_interpretationIds.indexOf(interpretationId));
    }
    /// The cell for row `row`, column `column` (both in range).
    const AreaCell &cell(int row, int column) const { return m_cells[row][column]; }
    /// The cell for an area and an interpretation; a NotConsidered cell when either is unknown.
    AreaCell cell(const QString &area, const QString &interpretationId) const;

private:
    QStringList m_areas;
    QStringList m_interpretationIds;
    QList<QList<AreaCell>> m_cells; ///< [row][column]
};

} // namespace faultline
