#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace faultline {

/// What two or more interpretations disagree about. The declaration order is
/// the order cruxes are listed in: from the big picture (which area is to
/// blame) down to details (lever notes).
enum class CruxType
{
    AreaVerdict,    ///< an area is a root-cause area in one reading and ruled out or not blamed in
                    ///< another
    RootCause,      ///< a shared factor is a root cause in one reading and not in another
    FailureMode,    ///< a checklist failure point is implicated, ruled out or not considered
                    ///< differently
    LinkPresence,   ///< a link (same from → to factors) is in some readings and not in others
    LinkRelation,   ///< a shared link has different relations
    LinkStrength,   ///< a shared link has different strengths
    EvidenceSource, ///< a source is cited on a shared link by some readings and not by others
    EvidenceStance, ///< the evidence on a shared link supports it in one reading and contradicts it
                    ///< in another
    FactorPresence, ///< a factor is used by some readings and not by others
    LeverNote,      ///< a shared factor has different lever notes (levers lens)
};

/// Every crux type in list order (for legends, filters and tests).
const QList<CruxType> &allCruxTypes();
/// Stable spelling for JSON output ("area-verdict", "link-presence", ...).
QString toString(CruxType type);
/// Translated, user-visible name ("Area verdict", ...).
QString displayName(CruxType type);

/// One side of a crux: the interpretations that hold the same view.
struct CruxSide
{
    QStringList interpretationIds; ///< in the order the interpretations were compared
    QString description;           ///< plain words, translated, e.g. "no such link"

    bool operator==(const CruxSide &) const = default;
};

/// The link that stands for a from → to factor pair in one interpretation.
/// (Link ids differ between interpretations; the factor pair is what matches.)
struct CruxLinkRef
{
    QString interpretationId;
    QString linkId;

    bool operator==(const CruxLinkRef &) const = default;
};

/// A point where the compared interpretations differ.
struct Crux
{
    CruxType type = CruxType::LinkPresence;
    /// Factors involved: the factor itself, a link's from and to factors, or
    /// the factors that place a failure point / area in a reading.
    QStringList factorIds;
    /// For link cruxes: the link of each interpretation that has the factor pair.
    QList<CruxLinkRef> links;
    /// For evidence cruxes: the evidence items concerned (ids are unique per document).
    QStringList evidenceIds;
    /// What the crux is about besides factors and links: the area (kind id) of
    /// an AreaVerdict, the checklist entry id of a FailureMode, the source id of
    /// an EvidenceSource; empty otherwise.
    QString subjectId;
    /// Who holds which view; every compared interpretation concerned appears in exactly one side.
    QList<CruxSide> sides;
    /// One line in plain words, naming interpretations and factors, e.g.
    /// "A: broken physics → box surfing (causes, strength 4, 2 evidence); B: no such link".
    QString description;

    bool operator==(const Crux &) const = default;
};

/// A stable name for a crux within one comparison, built from what it is
/// about (type, subject, factors), never from its wording or link ids, so a
/// discussion record still finds its crux after unrelated edits.
QString cruxKey(const Crux &crux);

} // namespace faultline
