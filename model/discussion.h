#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace faultline {

/// How the group left a crux at the end of a discussion.
enum class CruxResolution
{
    Open,          ///< not settled
    Resolved,      ///< settled in favour of one reading (CruxRecord::resolvedAs)
    BothPartly,    ///< each reading is partly right
    NeedsEvidence, ///< cannot be settled without more evidence
};

/// File-format spelling ("open", "resolved", "both-partly", "needs-evidence").
QString toString(CruxResolution resolution);
std::optional<CruxResolution> cruxResolutionFromString(const QString &text);
/// Translated, user-visible name ("Open", "Resolved", ...).
QString displayName(CruxResolution resolution);
const QList<CruxResolution> &allCruxResolutions();

/// What kind of position a participant takes on a crux.
enum class PositionStance
{
    Reading,    ///< agrees with CruxPosition::agreesWith, or unsure when that is empty
    BothPartly, ///< each reading is partly right
    Neither,    ///< none of the readings
};

/// File-format spelling ("reading", "both-partly", "neither").
QString toString(PositionStance stance);
std::optional<PositionStance> positionStanceFromString(const QString &text);

/// Where one participant stands on a crux.
struct CruxPosition
{
    QString participant;
    /// The interpretation the participant agrees with; empty means "unsure"
    /// (with PositionStance::Reading).
    QString agreesWith;
    PositionStance stance = PositionStance::Reading;
    /// The participant's own note on the crux (plain text).
    QString note{};

    bool operator==(const CruxPosition &) const = default;
};

/// What the group recorded about one crux of one comparison.
///
/// Cruxes are computed, not stored, so a record names its crux by a key
/// (cruxKey() in model/compare/crux.h) together with the compared
/// interpretations; a record whose crux no longer exists after edits stays
/// in the file and is listed as "no longer a crux".
struct CruxRecord
{
    QStringList interpretationIds; ///< the compared readings, in comparison order
    QString cruxKey;
    QList<CruxPosition> positions;
    QString note;
    CruxResolution resolution = CruxResolution::Open;
    QString resolvedAs; ///< interpretation id when resolution == Resolved

    const CruxPosition *findPosition(const QString &participant) const;
    bool operator==(const CruxRecord &) const = default;
};

/// The record of a discussion session: who took part and what was said about each crux.
struct Discussion
{
    QStringList participants;
    QList<CruxRecord> records;

    bool isEmpty() const { return participants.isEmpty() && records.isEmpty(); }
    /// The record for a crux of the comparison of `interpretationIds`, or nullptr.
    const CruxRecord *findRecord(const QStringList &interpretationIds,
                                 const QString &cruxKey) const;
    int recordIndex(const QStringList &interpretationIds, const QString &cruxKey) const;

    bool operator==(const Discussion &) const = default;
};

/// `discussion` without the records of comparisons that include `interpretationId`
/// (used when that interpretation is deleted, so no record names a missing reading).
Discussion withoutInterpretation(Discussion discussion, const QString &interpretationId);

/// `discussion` with every crux key of a file saved before format version 3 in
/// today's scheme (migrateLegacyCruxKey() in model/compare/crux.h). Before version
/// 3 a crux had one key per kind of difference; records of one comparison that
/// now name the same crux are merged into the first: its positions, then the
/// positions of participants it lacks, the notes joined, the first decided
/// resolution. Nothing said is lost.
Discussion withCurrentCruxKeys(Discussion discussion);

} // namespace faultline
