#include "checklistcoverage.h"

#include "rootcausematrix.h"

#include "placementtable.h"

#include "model/sortedidindex.h"

#include <QHash>
#include <QSet>

namespace faultline {

QString toString(ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::Implicated:
        return QStringLiteral("implicated");
    case ChecklistStatus::RuledOut:
        return QStringLiteral("ruled-out");
    case ChecklistStatus::NotConsidered:
        break;
    }
    return QStringLiteral("not-considered");
}

ChecklistCoverage ChecklistCoverage::compute(const Incident &incident,
                                             const QString &interpretationId)
{
    const Interpretation *interp = incident.findInterpretation(interpretationId);
    if (!interp)
        return {};
    return compute(incident, Checklist::forIncident(incident), *interp);
}

ChecklistCoverage ChecklistCoverage::compute(const Incident &incident, const Checklist &checklist,
                                             const Interpretation &interpretation)
{
    return compute(incident, checklist, interpretation,
                   placementsByFactor(incident, factorIndexOf(incident), interpretation));
}

ChecklistCoverage ChecklistCoverage::compute(const Incident &incident, const Checklist &checklist,
                                             const Interpretation &interpretation,
                                             const QList<const Placement *> &placedByFactor)
{
    ChecklistCoverage coverage;
    coverage.m_interpretationId = interpretation.id;

    // Walk factors in document order (not placement order) so the
    // implicating factor lists come out in document order without sorting.
    const SortedIdIndex entryIndex(
        checklist.entries(),
        [](const ChecklistEntry &entry) -> const QString & { return entry.id; });
    QList<QStringList> tagged(checklist.entries().size()); // [entry] used factors tagged with it
    for (int f = 0; f < incident.factors.size(); ++f)
        if (placedByFactor[f])
            for (const QString &mode : incident.factors[f].failureModes)
                if (const int e = entryIndex.indexOf(mode); e >= 0)
                    tagged[e].append(incident.factors[f].id);
    QHash<QString, QString> ruledOut; // entry id → reason (first listing wins)
    for (const RuledOut &ruled : interpretation.ruledOutFailureModes)
        if (!ruledOut.contains(ruled.target))
            ruledOut.insert(ruled.target, ruled.reason);

    QHash<QString, AreaCoverage> areas;
    QSet<QString> areaIds;
    coverage.m_entries.reserve(checklist.entries().size());
    for (int e = 0; e < checklist.entries().size(); ++e) {
        const ChecklistEntry &checklistEntry = checklist.entries()[e];
        EntryCoverage entry;
        entry.entryId = checklistEntry.id;
        entry.area = checklistEntry.area;
        entry.factorIds = tagged[e];
        const auto reason = ruledOut.constFind(checklistEntry.id);
        entry.ruledOut = reason != ruledOut.constEnd();
        if (entry.ruledOut)
            entry.ruledOutReason = *reason;
        // Tags belong to the factor, so every reading that uses it carries them;
        // an explicit rule-out is the reading's own voice and wins.
        if (entry.ruledOut)
            entry.status = ChecklistStatus::RuledOut;
        else if (!entry.factorIds.isEmpty())
            entry.status = ChecklistStatus::Implicated;

        AreaCoverage &area = areas[entry.area];
        area.area = entry.area;
        ++area.entries;
        if (entry.status == ChecklistStatus::Implicated)
            ++area.implicated;
        else if (entry.status == ChecklistStatus::RuledOut)
            ++area.ruledOut;
        areaIds.insert(entry.area);
        coverage.m_entries.append(entry);
    }
    for (const QString &area : RootCauseMatrix::areaOrder(incident, areaIds, false))
        coverage.m_areas.append(areas.value(area));
    return coverage;
}

const EntryCoverage *ChecklistCoverage::entry(const QString &entryId) const
{
    for (const EntryCoverage &e : m_entries)
        if (e.entryId == entryId)
            return &e;
    return nullptr;
}

QStringList ChecklistCoverage::entryIds(ChecklistStatus status) const
{
    QStringList ids;
    for (const EntryCoverage &e : m_entries)
        if (e.status == status)
            ids.append(e.entryId);
    return ids;
}

} // namespace faultline
