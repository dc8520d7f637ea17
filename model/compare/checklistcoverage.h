#pragma once

#include "model/checklist.h"
#include "model/incident.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace faultline {

/// How one interpretation treats one checklist failure point. An entry that is
/// both tagged on a used factor and ruled out counts as ruled out: tags are
/// shared by every reading that uses the factor, the rule-out is this reading's
/// own claim. EntryCoverage::factorIds still lists the tagged factors.
enum class ChecklistStatus
{
    Implicated,   ///< tagged on a factor the interpretation uses, not ruled out
    RuledOut,     ///< named in the interpretation's ruledOutFailureModes (wins over tags)
    NotConsidered ///< neither
};

/// Stable spelling for JSON output ("implicated", "ruled-out", "not-considered").
QString toString(ChecklistStatus status);

/// One checklist entry as seen by one interpretation.
struct EntryCoverage
{
    QString entryId;
    QString area;
    ChecklistStatus status = ChecklistStatus::NotConsidered;
    QStringList factorIds; ///< used factors tagged with the entry, document order
    bool ruledOut = false; ///< listed in ruledOutFailureModes
    QString ruledOutReason;

    bool operator==(const EntryCoverage &) const = default;
};

/// Per-area counts: "environment: 1 of 5 considered".
struct AreaCoverage
{
    QString area;
    int entries = 0; ///< checklist entries of the area
    int implicated = 0;
    int ruledOut = 0; ///< ruled out and not implicated
    int considered() const { return implicated + ruledOut; }

    bool operator==(const AreaCoverage &) const = default;
};

/// Which checklist failure points an interpretation implicates, rules out or
/// never considered, against Checklist::forIncident().
class ChecklistCoverage
{
public:
    /// Coverage of interpretation `interpretationId`; empty (no entries) when the id is unknown.
    static ChecklistCoverage compute(const Incident &incident, const QString &interpretationId);
    /// Same, with a checklist already built by the caller (saves rebuilding it per interpretation).
    static ChecklistCoverage compute(const Incident &incident, const Checklist &checklist,
                                     const Interpretation &interpretation);
    /// Same, with the interpretation's placements by factor index (nullptr: not
    /// used), as the compare engine already holds them.
    static ChecklistCoverage compute(const Incident &incident, const Checklist &checklist,
                                     const Interpretation &interpretation,
                                     const QList<const Placement *> &placedByFactor);

    const QString &interpretationId() const { return m_interpretationId; }
    /// Every checklist entry in checklist order.
    const QList<EntryCoverage> &entries() const { return m_entries; }
    /// The entry for `entryId`, or nullptr.
    const EntryCoverage *entry(const QString &entryId) const;
    /// Entry ids with that status, in checklist order.
    QStringList entryIds(ChecklistStatus status) const;
    QStringList implicated() const { return entryIds(ChecklistStatus::Implicated); }
    QStringList ruledOut() const { return entryIds(ChecklistStatus::RuledOut); }
    QStringList notConsidered() const { return entryIds(ChecklistStatus::NotConsidered); }
    /// One row per area with checklist entries, in RootCauseMatrix::areaOrder().
    const QList<AreaCoverage> &areas() const { return m_areas; }

private:
    QString m_interpretationId;
    QList<EntryCoverage> m_entries;
    QList<AreaCoverage> m_areas;
};

} // namespace faultline
