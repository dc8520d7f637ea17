#include "rootcausematrix.h"

#include "placementtable.h"

#include "model/kindstyle.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <vector>

namespace faultline {

QString toString(AreaState state)
{
    switch (state) {
    case AreaState::Implicated:
        return QStringLiteral("implicated");
    case AreaState::RuledOut:
        return QStringLiteral("ruled-out");
    case AreaState::Involved:
        return QStringLiteral("involved");
    case AreaState::NotConsidered:
        break;
    }
    return QStringLiteral("not-considered");
}

QString displayName(AreaState state)
{
    switch (state) {
    case AreaState::Implicated:
        return QCoreApplication::translate("faultline::RootCauseMatrix", "implicated");
    case AreaState::RuledOut:
        return QCoreApplication::translate("faultline::RootCauseMatrix", "ruled out");
    case AreaState::Involved:
        return QCoreApplication::translate("faultline::RootCauseMatrix", "involved");
    case AreaState::NotConsidered:
        break;
    }
    return QCoreApplication::translate("faultline::RootCauseMatrix", "not considered");
}

QStringList RootCauseMatrix::areaOrder(const Incident &incident, const QSet<QString> &present,
                                       bool withCoreAreas)
{
    QStringList order;
    QSet<QString> placed;
    const auto take = [&](const QString &kind, bool always) {
        if ((always || present.contains(kind)) && !placed.contains(kind)) {
            order.append(kind);
            placed.insert(kind);
        }
    };
    for (const KindStyle &style : builtInKinds())
        if (style.rootCauseArea)
            take(style.id, withCoreAreas);
    for (const KindStyle &style : builtInKinds())
        take(style.id, false);
    for (const CustomKind &custom : incident.customKinds)
        take(custom.id, false);
    QStringList unknown;
    for (const QString &kind : present)
        if (!placed.contains(kind))
            unknown.append(kind);
    std::sort(unknown.begin(), unknown.end()); // QSet order is not stable across runs
    return order + unknown;
}

RootCauseMatrix RootCauseMatrix::build(const Incident &incident,
                                       const QStringList &interpretationIds)
{
    QStringList ids;
    for (const QString &id : interpretationIds)
        if (incident.findInterpretation(id) && !ids.contains(id))
            ids.append(id);
    const SortedIdIndex factorIndex = factorIndexOf(incident);
    QList<QList<const Placement *>> placedTables;
    for (const QString &id : std::as_const(ids))
        placedTables.append(
            placementsByFactor(incident, factorIndex, *incident.findInterpretation(id)));
    return build(incident, ids, placedTables);
}

RootCauseMatrix RootCauseMatrix::build(const Incident &incident,
                                       const QStringList &interpretationIds,
                                       const QList<QList<const Placement *>> &placedTables)
{
    RootCauseMatrix matrix;
    matrix.m_interpretationIds = interpretationIds;
    QList<const Interpretation *> columns;
    for (const QString &id : interpretationIds)
        columns.append(incident.findInterpretation(id));

    // Factors of one kind share a number (the index of the first factor of that
    // kind), so the per-factor pass below gathers cells without hashing strings.
    const SortedIdIndex kindIndex(
        incident.factors, [](const Factor &factor) -> const QString & { return factor.kind; });
    std::vector<int> kindOf(incident.factors.size());
    for (int f = 0; f < incident.factors.size(); ++f)
        kindOf[f] = kindIndex.indexOf(incident.factors[f].kind);

    // One pass per interpretation fills a per-area cell; rows are laid out afterwards.
    QList<QHash<QString, AreaCell>> byArea(columns.size());
    QSet<QString> present;
    for (int c = 0; c < columns.size(); ++c) {
        const Interpretation &interp = *columns[c];
        QHash<QString, AreaCell> &cells = byArea[c];
        // Placements follow drawing order; walk the factors in document order
        // instead so cells do not change when someone reorders a diagram.
        const QList<const Placement *> &placed = placedTables[c];
        QHash<int, AreaCell> byKind;
        for (int f = 0; f < incident.factors.size(); ++f) {
            if (!placed[f])
                continue;
            AreaCell &cell = byKind[kindOf[f]];
            (placed[f]->rootCause ? cell.rootCauseFactorIds : cell.involvedFactorIds)
                .append(incident.factors[f].id);
        }
        for (auto it = byKind.begin(); it != byKind.end(); ++it) {
            const QString &kind = incident.factors[it.key()].kind;
            present.insert(kind);
            cells.insert(kind, std::move(it.value()));
        }
        for (const RuledOut &ruled : interp.ruledOutAreas) {
            present.insert(ruled.target);
            AreaCell &cell = cells[ruled.target];
            if (!cell.ruledOut) {
                cell.ruledOut = true;
                cell.ruledOutReason = ruled.reason;
            }
        }
        for (AreaCell &cell : cells) {
            if (!cell.rootCauseFactorIds.isEmpty())
                cell.state = AreaState::Implicated;
            else if (cell.ruledOut)
                cell.state = AreaState::RuledOut;
            else if (!cell.involvedFactorIds.isEmpty())
                cell.state = AreaState::Involved;
        }
    }

    matrix.m_areas = areaOrder(incident, present, true);
    for (const QString &area : std::as_const(matrix.m_areas)) {
        QList<AreaCell> row;
        row.reserve(columns.size());
        for (int c = 0; c < columns.size(); ++c)
            row.append(byArea[c].value(area));
        matrix.m_cells.append(row);
    }
    return matrix;
}

AreaCell RootCauseMatrix::cell(const QString &area, const QString &interpretationId) const
{
    const int row = rowOf(area);
    const int column = columnOf(interpretationId);
    if (row < 0 || column < 0)
        return {};
    return m_cells[row][column];
}

} // namespace faultline
