#include "checklisttable.h"

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
        if (entry.ruledOut && entry.status == ChecklistStatus::Implicated)
            // The diagram and the ruled-out list disagree; say so instead of hiding either.
            row.reason = entry.ruledOutReason.isEmpty()
                             ? QCoreApplication::translate(kContext, "also ruled out")
                             : QCoreApplication::translate(kContext, "also ruled out: %1")
                                   .arg(entry.ruledOutReason);
        else if (entry.ruledOut)
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

QString ChecklistTable::csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString ChecklistTable::markdownCell(const QString &text)
{
    // CommonMark lets a backslash escape any ASCII punctuation, so escaping the
    // characters that start markup (and the pipe that ends a cell) keeps a
    // label plain text, whatever it contains.
    static const QString special = QStringLiteral("\\`*_[]<>|~&");
    QString cell;
    cell.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !cell.isEmpty() && !cell.endsWith(QLatin1Char(' ')))
            cell += QLatin1Char(' ');
        pendingSpace = false;
        if (special.contains(c))
            cell += QLatin1Char('\\');
        cell += c;
    }
    return cell.trimmed();
}

QString ChecklistTable::toMarkdown() const
{
    QString md;
    md += QStringLiteral("# ") +
          markdownCell(
              QCoreApplication::translate(kContext, "Checklist: %1").arg(m_interpretationName)) +
          QStringLiteral("\n\n");
    md += markdownCell(QCoreApplication::translate(kContext, "Incident: %1").arg(m_incidentTitle)) +
          QStringLiteral("\n");
    const QString header = QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                               .arg(QCoreApplication::translate(kContext, "Id"),
                                    QCoreApplication::translate(kContext, "Failure point"),
                                    QCoreApplication::translate(kContext, "Status"),
                                    QCoreApplication::translate(kContext, "Factors"),
                                    QCoreApplication::translate(kContext, "Reason"));
    for (const Area &area : m_areas) {
        md += QStringLiteral("\n## ") + markdownCell(area.areaName) + QStringLiteral("\n\n");
        md += header;
        md += QStringLiteral("|---|---|---|---|---|\n");
        for (const Row &row : area.rows) {
            QStringList cells{markdownCell(row.entryId), markdownCell(row.name),
                              markdownCell(row.statusName),
                              markdownCell(row.factorLabels.join(QStringLiteral("; "))),
                              markdownCell(row.reason)};
            md += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        }
    }
    md += QStringLiteral("\n## ") +
          markdownCell(QCoreApplication::translate(kContext, "Coverage")) + QStringLiteral("\n\n");
    for (const Area &area : m_areas)
        md += QStringLiteral("- ") + markdownCell(area.summary()) + QStringLiteral("\n");
    return md;
}

QString ChecklistTable::toCsv() const
{
    const QString crlf = QStringLiteral("\r\n");
    // The header is a fixed schema for spreadsheets and scripts, so it is not translated.
    QString csv = QStringLiteral("area,entry id,name,status,factors,reason") + crlf;
    for (const Area &area : m_areas) {
        for (const Row &row : area.rows) {
            const QStringList fields{csvField(row.areaName),
                                     csvField(row.entryId),
                                     csvField(row.name),
                                     csvField(row.statusName),
                                     csvField(row.factorLabels.join(QStringLiteral("; "))),
                                     csvField(row.reason)};
            csv += fields.join(QLatin1Char(',')) + crlf;
        }
    }
    return csv;
}

} // namespace faultline
