#pragma once

#include "diffresult.h"

#include "model/incident.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace faultline {

/// One row of a crux's positions table.
struct CruxPositionRow
{
    QString interpretationId;
    QString readingName;
    QString position;         ///< plain words, e.g. "root cause" or "causes, strength 4"
    int evidenceCount = 0;    ///< evidence items the reading gives on the subject
    QStringList sourceLabels; ///< "Baker 2019", in order of first citation
};

/// Words a crux for people: a short headline (a question where one fits), a
/// table of positions and the list of points. The engine (DiffEngine) only
/// returns data, so switching the language re-words a list without
/// re-comparing. Every text is translated in the "faultline::CruxDescriber" context.
class CruxDescriber
{
    Q_DECLARE_TR_FUNCTIONS(faultline::CruxDescriber)

public:
    /// `incident` must outlive the describer.
    explicit CruxDescriber(const Incident &incident);

    /// One line: "Is “coin at the far right” a root cause?", "Does “reward” → “box
    /// surfing” hold?". Factor labels are shortened so it stays under about 100 characters.
    QString headline(const Crux &crux) const;
    /// One row per compared reading, comparison order.
    QList<CruxPositionRow> positions(const Crux &crux) const;
    /// The position of one reading in plain words.
    QString position(const Crux &crux, const QString &interpretationId) const;
    /// One line per point: how the readings differ, naming who holds what.
    QStringList points(const Crux &crux) const;
    /// "Failure point “Reward tampering”: ruled out by A; not considered by B".
    QString coverage(const CoverageDifference &difference) const;

    /// "Baker 2019": first author's surname and year, else the title, else the id.
    QString sourceLabel(const QString &sourceId) const;
    /// The factor's label (shortened to `maxLength` characters when longer), else its id.
    QString factorLabel(const QString &factorId, int maxLength = 40) const;
    QString readingName(const QString &interpretationId) const;

private:
    QString arrow(const QString &from, const QString &to) const;
    QString names(const QStringList &interpretationIds) const;
    QString pointLine(const Crux &crux, const CruxPoint &point) const;
    QString pointValue(const Crux &crux, const CruxPoint &point, int reading) const;
    QString subjectName(const QString &key) const;
    QString factorPosition(const Crux &crux, int reading) const;
    QString linkPosition(const Crux &crux, int reading) const;
    QString evidencePosition(const Crux &crux, int reading) const;
    QString areaName(const QString &kind) const;
    QString checklistName(const QString &entryId) const;
    QString ruledOutReason(const QString &interpretationId, const QString &target, bool area) const;

    const Incident &m_incident;
};

} // namespace faultline
