#pragma once

#include "diffresult.h"

#include "model/incident.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace faultline {

/// How many participants side with each compared reading on one crux.
struct PositionTally
{
    QList<int> perInterpretation; ///< in comparison order
    int unsure = 0;
    int bothPartly = 0;
    int neither = 0;

    int total() const;
    bool operator==(const PositionTally &) const = default;
};

/// One evidence item cited on a crux, with the reading that cites it and its link's factors.
struct CitedEvidence
{
    QString interpretationId;
    QString from;
    QString to;
    Evidence evidence;
};

/// The session summary of a discussion: what a group sends round after it
/// talked an incident through. Plain functions of the model, so the editor,
/// the presentation and `faultline summary` write the same text.
class DiscussionSummary
{
public:
    /// "A", "B", ... for the reading at `index` of a comparison (the letters
    /// the crux list, the presentation and the summary use).
    static QString letter(int index);

    /// Positions of `record` counted per compared reading (a position for a
    /// reading outside the comparison counts as unsure: nobody can vote for a
    /// side that is not on the table).
    static PositionTally tally(const CruxRecord *record, const QStringList &interpretationIds);
    /// "A 3 · B 1 · ? 1"; readings nobody sided with are left out; empty when
    /// nobody took a position.
    static QString tallyText(const PositionTally &tally);

    /// "Open", "Resolved as A (Reward view)", "Both partly right", ... (plain text)
    static QString resolutionText(const Incident &incident, const CruxRecord *record,
                                  const QStringList &interpretationIds);
    /// "agrees with A (Reward view)", "both partly", "neither" or "unsure" (plain text).
    static QString positionText(const Incident &incident, const CruxPosition &position,
                                const QStringList &interpretationIds);
    /// Who holds which position, people grouped per position in the order
    /// recorded: "Ana, Bo: reading B · Cy: both partly · Dee: unsure" (plain
    /// text); empty when nobody took a position.
    static QString holdersText(const CruxRecord *record, const QStringList &interpretationIds);

    /// The evidence a crux is about: on its links (only the named items for
    /// evidence cruxes), in comparison order, each item once.
    static QList<CitedEvidence> citedEvidence(const Incident &incident, const Crux &crux,
                                              const QStringList &interpretationIds);

    /// The comparison a summary covers when none is named: the one the
    /// discussion has most records for (first recorded on a tie, readings
    /// that no longer exist dropped), else the first two interpretations.
    static QStringList defaultComparison(const Incident &incident);

    /// Records of `discussion` for this comparison whose crux is no longer
    /// among `diff`'s cruxes (after edits to the readings).
    static QList<CruxRecord> staleRecords(const Incident &incident, const DiffResult &diff);

    /// What a record is about in words ("Link presence: reward → runs right"),
    /// from its crux key, for records whose crux is gone.
    static QString recordDescription(const Incident &incident, const CruxRecord &record);

    /// The summary as Markdown: title and incident summary, participants,
    /// the compared readings (name, author, stance, summary), every crux of
    /// the comparison (sides, each participant's position, tally, note,
    /// resolution, cited evidence with numbered references), records whose
    /// crux is gone, and the numbered references (authors, title, year,
    /// venue, URL). Everything from the document is escaped, so it reads as
    /// plain text however it is rendered.
    static QString markdown(const Incident &incident, const QStringList &interpretationIds);
};

} // namespace faultline
