#include "checklisttable.h"

#include "model/format/textescape.h"

#include "model/incident.h"
#include "model/kindstyle.h"

#include <QCoreApplication>

namespace faultline {

namespace {
const char *const kContext = "faultline::ChecklistTable";

QString factorLabel(const Incident &incident, const QString &id)
{
    const Factor *factor = incident.findFactor(id);
    return factor && !factor->label.isEmpty() ? factor->label : id;
}
} // namespace

ChecklistTable::ChecklistTable(const Incident &incident, const Interpretation &interpretation)
    : m_incidentTitle(incident.title), m_interpretationName(interpretation.name)
{
    const Checklist checklist = Checklist::forIncident(incident);
    const ChecklistCoverage coverage =
        ChecklistCoverage::compute(incident, checklist, interpretation);
    for (const AreaCoverage &areaCoverage : coverage.areas()) {
        Area area;
        area.area = areaCoverage.area;
        area.areaName = kindStyle(incident, areaCoverage.area).name;
        area.coverage = areaCoverage;
        m_areas.append(area);
    }
    for (const EntryCoverage &entry : coverage.entries()) {
        Row row;
        row.area = entry.area;
        row.entryId = entry.entryId;
        const ChecklistEntry *checklistEntry = checklist.find(entry.entryId);
        row.name = checklistEntry ? Checklist::displayName(*checklistEntry) : entry.entryId;
        row.status = entry.status;
        row.statusName = displayName(entry.status);
        for (const QString &id : entry.factorIds)
            row.factorLabels.append(factorLabel(incident, id));
        // A rule-out wins over tags (ChecklistCoverage), so its reason is the row's reason.
        if (entry.ruledOut)
            row.reason = entry.ruledOutReason;
        for (Area &area : m_areas) {
            if (area.area == entry.area) {
                row.areaName = area.areaName;
                area.rows.append(row);
                break;
            }
        }
    }
}

QString ChecklistTable::Area::summary() const
{
    return QCoreApplication::translate(kContext,
                                       "%1: %2 of %3 considered (%4 implicated, %5 ruled out)")
        .arg(areaName)
        .arg(coverage.considered())
        .arg(coverage.entries)
        .arg(coverage.implicated)
        .arg(coverage.ruledOut);
}

QString ChecklistTable::displayName(ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::Implicated:
        return QCoreApplication::translate(kContext, "Implicated");
    case ChecklistStatus::RuledOut:
        return QCoreApplication::translate(kContext, "Ruled out");
    case ChecklistStatus::NotConsidered:
        break;
    }
    return QCoreApplication::translate(kContext, "Not considered");
}

QString ChecklistTable::toMarkdown() const
{
    QString md;
    md += QStringLiteral("# ") +
          TextEscape::markdownCell(
              QCoreApplication::translate(kContext, "Checklist: %1").arg(m_interpretationName)) +
          QStringLiteral("\n\n");
    md += TextEscape::markdownCell(
              QCoreApplication::translate(kContext, "Incident: %1").arg(m_incidentTitle)) +
          QStringLiteral("\n");
    const QString header = QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                               .arg(QCoreApplication::translate(kContext, "Id"),
                                    QCoreApplication::translate(kContext, "Failure point"),
                                    QCoreApplication::translate(kContext, "Status"),
                                    QCoreApplication::translate(kContext, "Factors"),
                                    QCoreApplication::translate(kContext, "Reason"));
    for (const Area &area : m_areas) {
        md += QStringLiteral("\n## ") + TextEscape::markdownCell(area.areaName) +
              QStringLiteral("\n\n");
        md += header;
        md += QStringLiteral("|---|---|---|---|---|\n");
        for (const Row &row : area.rows) {
            QStringList cells{TextEscape::markdownCell(row.entryId),
                              TextEscape::markdownCell(row.name),
                              TextEscape::markdownCell(row.statusName),
                              TextEscape::markdownCell(row.factorLabels.join(QStringLiteral("; "))),
                              TextEscape::markdownCell(row.reason)};
            md += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        }
    }
    md += QStringLiteral("\n## ") +
          TextEscape::markdownCell(QCoreApplication::translate(kContext, "Coverage")) +
          QStringLiteral("\n\n");
    for (const Area &area : m_areas)
        md +=
            QStringLiteral("- ") + TextEscape::markdownCell(area.summary()) + QStringLiteral("\n");
    return md;
}

QString ChecklistTable::toCsv() const
{
    const QString crlf = QStringLiteral("\r\n");
    // The header is a fixed schema for spreadsheets and scripts, so it is not translated.
    QString csv = QStringLiteral("area,entry id,name,status,factors,reason") + crlf;
    for (const Area &area : m_areas) {
        for (const Row &row : area.rows) {
            const QStringList fields{
                TextEscape::csvField(row.areaName),
                TextEscape::csvField(row.entryId),
                TextEscape::csvField(row.name),
                TextEscape::csvField(row.statusName),
                TextEscape::csvField(row.factorLabels.join(QStringLiteral("; "))),
                TextEscape::csvField(row.reason)};
            csv += fields.join(QLatin1Char(',')) + crlf;
        }
    }
    return csv;
}

} // namespace faultline
