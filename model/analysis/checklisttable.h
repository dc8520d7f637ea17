#pragma once

#include "model/compare/checklistcoverage.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace faultline {

struct Incident;
struct Interpretation;

/// The whole failure-mode checklist as one interpretation sees it, laid out
/// for handouts: one table per area and a coverage summary.
///
/// Statuses come from ChecklistCoverage (the compare view's computation):
/// Implicated when the entry is tagged on a factor the interpretation uses,
/// RuledOut when the interpretation rules it out, NotConsidered otherwise.
/// An entry that is both implicated and ruled out stays Implicated and its
/// reason column says it was ruled out too.
class ChecklistTable
{
public:
    /// One checklist entry, ready to print. Text is translated and plain.
    struct Row
    {
        QString area;     ///< kind id
        QString areaName; ///< translated kind name
        QString entryId;
        QString name; ///< translated entry name
        ChecklistStatus status = ChecklistStatus::NotConsidered;
        QString statusName;       ///< translated status
        QStringList factorLabels; ///< implicating factors, document order
        QString reason;           ///< the ruled-out reason, when ruled out
    };

    /// One area's table and its summary numbers.
    struct Area
    {
        QString area;     ///< kind id
        QString areaName; ///< translated kind name
        QList<Row> rows;  ///< checklist order
        AreaCoverage coverage;
        /// "Environment: 1 of 5 considered (1 implicated, 0 ruled out)", translated.
        QString summary() const;
    };

    /// The table for `interpretation`, which must belong to `incident`.
    ChecklistTable(const Incident &incident, const Interpretation &interpretation);

    const QString &incidentTitle() const { return m_incidentTitle; }
    const QString &interpretationName() const { return m_interpretationName; }
    /// Areas in checklist area order (reward, environment, algorithm, then other kinds).
    const QList<Area> &areas() const { return m_areas; }

    /// Markdown: a heading, one table per area, then the coverage summary.
    /// Every cell is escaped so labels cannot break the table or add markup.
    QString toMarkdown() const;
    /// CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break
    /// quoted, quotes doubled), header `area,entry id,name,status,factors,reason`.
    /// Factor labels are joined with "; ".
    QString toCsv() const;

    /// Translated, user-visible status name.
    static QString displayName(ChecklistStatus status);

private:
    QString m_incidentTitle;
    QString m_interpretationName;
    QList<Area> m_areas;
};

} // namespace faultline
