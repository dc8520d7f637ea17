#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace faultline {

struct CruxRecord;
struct Discussion;

/// What a crux is about: its subject. A comparison reports at most one crux per
/// subject; every way the readings differ about that subject is a point of it.
enum class CruxType
{
    Area,         ///< an area (factor kind): blamed by some readings and not by others
    Factor,       ///< a factor: used by some only, a root cause in some only, or lever notes
    FailurePoint, ///< a checklist failure point: implicated by some, ruled out by others
    Link,         ///< the link between two factors (either direction) both readings use
    Evidence,     ///< one source cited on one link with a different stance or confidence
};

/// Every crux type (for legends, filters and tests).
const QList<CruxType> &allCruxTypes();
/// Stable spelling for keys and JSON ("area", "factor", "failure-point", "link", "evidence").
QString toString(CruxType type);
/// Translated, user-visible name ("Area", "Factor", ...).
QString displayName(CruxType type);

/// One way the readings differ about a crux's subject. `values` has one entry
/// per compared reading (comparison order): a stable code, never wording
/// (CruxDescriber words it), empty where the point does not apply to that reading.
enum class CruxPointKind
{
    AreaVerdict,  ///< "blames", "rules-out", "no-verdict"
    FactorUse,    ///< "uses", "does-not-use"
    RootCause,    ///< "root-cause", "not-root-cause"
    LeverNote,    ///< the reading's lever note as written, or empty
    FailurePoint, ///< "implicates", "rules-out", "not-considered"
    Direction, ///< "forward" (factorIds[0] → [1]), "backward", "both", "none", "not-applicable"
    Relation,  ///< relation spelling of the reading's link
    Strength,  ///< strength of the reading's link ("1".."5")
    CitedSources, ///< the source ids the reading cites on the link, sorted, comma-separated
    Stance,       ///< "supports", "contradicts", "mixed"
    Confidence,   ///< mean confidence of the reading's items, two decimals ("0.90")
    ComesWith,    ///< for a factor only some readings use: "yes" for the readings whose
                  ///< `subject` (a link or failure point key) comes with the factor
};

/// Stable spelling for JSON ("area-verdict", "factor-use", ...).
QString toString(CruxPointKind kind);

struct CruxPoint
{
    CruxPointKind kind = CruxPointKind::FactorUse;
    /// For ComesWith and a folded AreaVerdict: the key of the subject the point is about.
    QString subject;
    QStringList values; ///< one per compared reading
    /// What makes two readings hold the same position on this point, when that is not
    /// the value itself (lever notes equal up to case and punctuation, confidences less
    /// than 0.3 apart); empty means the values. One per compared reading.
    QStringList sameness;

    bool operator==(const CruxPoint &) const = default;
};

/// Where one reading stands on a crux's subject: data for the positions table.
struct ReadingPosition
{
    QString interpretationId;
    /// Stable code of the position: the reading's values of the crux's points joined
    /// with '/'. Readings with equal codes hold the same position (see Crux::sides).
    QString code;
    /// The evidence items this reading gives on the subject (on its link, on links
    /// touching the factors concerned, or of the source), and their sources (document order).
    QStringList evidenceIds;
    QStringList sourceIds;

    bool operator==(const ReadingPosition &) const = default;
};

/// The readings that hold the same position.
struct CruxSide
{
    QStringList interpretationIds; ///< comparison order
    QString code;                  ///< ReadingPosition::code

    bool operator==(const CruxSide &) const = default;
};

/// The link that stands for a factor pair in one interpretation.
/// (Link ids differ between interpretations; the factor pair is what matches.)
struct CruxLinkRef
{
    QString interpretationId;
    QString linkId;

    bool operator==(const CruxLinkRef &) const = default;
};

/// How high a crux stands in the list: the big picture first.
enum class CruxRank
{
    Verdict, ///< areas and root causes
    FailurePoint,
    Path,   ///< links and factors on a path to the behaviour in some reading
    Detail, ///< everything else: side links, lever notes, evidence
};

/// Stable spelling for JSON ("verdict", "failure-point", "path", "detail").
QString toString(CruxRank rank);

/// One disagreement between the compared interpretations.
struct Crux
{
    CruxType type = CruxType::Factor;
    /// The stable key: "area|KIND", "factor|ID", "failure-point|ID", "link|A,B" (ids
    /// sorted), "evidence|SOURCE|A,B". Discussion records name their crux by it.
    QString key;
    /// Kind id, factor id, checklist entry id or source id; empty for a link.
    QString subjectId;
    /// Factors involved, document order; for links and evidence exactly the two ends,
    /// as the first reading that has the link draws it (from, to).
    QStringList factorIds;
    /// For link and evidence cruxes: the link of each reading that has the pair.
    QList<CruxLinkRef> links;
    /// Evidence items concerned (ids are unique per document).
    QStringList evidenceIds;
    /// How the readings differ, most important first. Never empty.
    QList<CruxPoint> points;
    /// One per compared reading, comparison order.
    QList<ReadingPosition> positions;
    /// Readings grouped by equal position, in order of first appearance.
    QList<CruxSide> sides;
    /// Keys of subjects whose difference is part of this crux (an area whose only blamed
    /// factor is this one, links and failure points that come with a factor): a
    /// discussion record stored under one of them belongs to this crux.
    QStringList foldedKeys;
    CruxRank rank = CruxRank::Detail;

    bool operator==(const Crux &) const = default;
    /// The point of that kind, or nullptr.
    const CruxPoint *point(CruxPointKind kind) const
    {
        for (const CruxPoint &p : points)
            if (p.kind == kind)
                return &p;
        return nullptr;
    }
};

/// The crux's key (Crux::key).
inline QString cruxKey(const Crux &crux)
{
    return crux.key;
}

/// Key builders (see Crux::key).
QString cruxKey(CruxType type, const QString &subjectId);
QString linkCruxKey(const QString &a, const QString &b);
QString evidenceCruxKey(const QString &sourceId, const QString &a, const QString &b);

/// The discussion record of `crux` in the comparison of `interpretationIds`: the one
/// stored under its key, else one stored under a key folded into it; nullptr when none.
const CruxRecord *findCruxRecord(const Discussion &discussion, const QStringList &interpretationIds,
                                 const Crux &crux);
/// Every key a record of `crux` may be stored under (its key, then the folded keys).
QStringList recordKeys(const Crux &crux);

/// The key a discussion record saved before format version 3 names, in today's scheme:
/// "root-cause||f", "factor-presence||f" and "lever-note||f" → "factor|f";
/// "area-verdict|K|…" → "area|K"; "failure-mode|E|…" → "failure-point|E";
/// "link-presence||a,b", "link-relation||…", "link-strength||…", "evidence-stance||…"
/// → "link|a,b" (sorted); "evidence-source|S|a,b" → "evidence|S|a,b". Keys already in
/// today's scheme and unknown keys come back unchanged.
QString migrateLegacyCruxKey(const QString &key);

} // namespace faultline
