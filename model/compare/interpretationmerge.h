#pragma once

#include "model/incident.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace faultline {

/// Why one of the other file's factors maps where it does.
enum class FactorMatchReason
{
    ById,    ///< same id and same kind as one of ours
    ByLabel, ///< same kind and the same label once normalised (see
             ///< InterpretationMerge::normalisedLabel)
    New      ///< no match: added as a new factor
};

/// Why one of the other file's sources maps where it does.
enum class SourceMatchReason
{
    ById,  ///< same id (and no conflicting URL or DOI)
    ByDoi, ///< same DOI (from the doi field or a doi.org URL)
    ByUrl, ///< same address (scheme, "www." and a trailing slash ignored)
    New    ///< no match: added as a new source
};

/// Stable spellings ("by-id", "by-label", "by-doi", "by-url", "new").
QString toString(FactorMatchReason reason);
QString toString(SourceMatchReason reason);

/// A proposed mapping of one of the other file's factors.
struct FactorMatch
{
    QString theirId;
    QString ourId; ///< the matched factor of ours; empty for a new factor
    FactorMatchReason reason = FactorMatchReason::New;
    /// A label match the user turned down: the factor is added as a new one.
    bool rejected = false;
    /// Matched, but their description, tags or gap texts differ from ours (ours are kept).
    bool detailsDiffer = false;

    /// The factor is added rather than mapped onto one of ours.
    bool addsFactor() const { return reason == FactorMatchReason::New || rejected; }
    bool operator==(const FactorMatch &) const = default;
};

/// A proposed mapping of one of the other file's sources.
struct SourceMatch
{
    QString theirId;
    QString ourId; ///< empty for a new source
    SourceMatchReason reason = SourceMatchReason::New;

    bool operator==(const SourceMatch &) const = default;
};

/// What applying a merge plan adds to our incident, with every id already
/// made unique in it. Everything is appended after our own elements.
struct MergeAdditions
{
    QList<Source> sources;
    QList<CustomKind> customKinds;          ///< their custom kinds that added elements need
    QList<ChecklistEntry> checklistEntries; ///< their checklist extensions that added elements need
    QList<Factor> factors;
    QList<Interpretation> interpretations; ///< factor and source references remapped to ours
    QHash<QString, QString> factorIdMap;   ///< their factor id → id in the merged document
    QHash<QString, QString> sourceIdMap;   ///< their source id → id in the merged document

    bool isEmpty() const
    {
        return sources.isEmpty() && customKinds.isEmpty() && checklistEntries.isEmpty() &&
               factors.isEmpty() && interpretations.isEmpty();
    }
};

/// Hands out an id with the given prefix ("f", "s", "i", "l", "e") that the
/// target document has not used; Document::newId fits.
using IdAllocator = std::function<QString(const QString &prefix)>;

struct MergeLoadResult;

/// A plan for importing a colleague's interpretations of the same incident.
///
/// Their factors are matched to ours by id (same id and kind), then by kind
/// and normalised label; the rest become new factors. Sources match by id, DOI
/// or URL. Their interpretations are added with factor and source references
/// remapped, ids made unique and names made unique ("Name (2)"). The plan is
/// inspectable so a dialog can show it, and label matches can be rejected.
/// Apply it with ImportInterpretationsCommand (one undo step).
class InterpretationMerge
{
public:
    /// Plan merging `theirs` into `ours`. Both must be valid incidents.
    InterpretationMerge(const Incident &ours, const Incident &theirs);

    /// Load a colleague's file and plan the merge; a file that is not a valid
    /// .faultline document is refused with the loader's errors.
    static MergeLoadResult fromFile(const Incident &ours, const QString &path);
    /// The same for a document held in memory.
    static MergeLoadResult fromBytes(const Incident &ours, const QByteArray &bytes);

    /// Case-folded, punctuation removed, whitespace collapsed: "Box-surfing!" → "boxsurfing",
    /// "Mid-air  push" → "midair push".
    static QString normalisedLabel(const QString &label);

    const Incident &ours() const { return m_ours; }
    const Incident &theirs() const { return m_theirs; }
    /// One entry per factor of theirs, in their document order.
    const QList<FactorMatch> &factorMatches() const { return m_factorMatches; }
    /// The match of their factor `theirId`, or nullptr.
    const FactorMatch *factorMatch(const QString &theirId) const;
    /// One entry per source of theirs, in their document order.
    const QList<SourceMatch> &sourceMatches() const { return m_sourceMatches; }
    /// Things the user should know before confirming (another incident's title, nothing matched,
    /// ...).
    const QStringList &warnings() const { return m_warnings; }

    /// Turn a label match into a new factor (or back). Returns false, changing
    /// nothing, when `theirFactorId` is not matched by label.
    bool setLabelMatchRejected(const QString &theirFactorId, bool rejected);

    /// The same plan against a changed `ours`, keeping the rejected label matches.
    InterpretationMerge rebased(const Incident &ours) const;

    /// What applying the plan adds. Their ids are kept where ours do not use
    /// them; clashing ids come from `allocate` (default: the lowest free
    /// "<prefix><n>"), skipping any id the plan already uses.
    MergeAdditions additions(const IdAllocator &allocate = {}) const;
    /// Our incident with additions() appended (a preview; the command does the same).
    Incident merged(const IdAllocator &allocate = {}) const;

private:
    void matchFactors();
    void matchSources();
    void collectWarnings();

    Incident m_ours;
    Incident m_theirs;
    QList<FactorMatch> m_factorMatches;
    QList<SourceMatch> m_sourceMatches;
    QStringList m_warnings;
};

/// Outcome of InterpretationMerge::fromFile(): a plan, or the reasons the file was refused.
struct MergeLoadResult
{
    std::optional<InterpretationMerge> merge;
    QStringList errors; ///< the loader's "json.path: message" errors
    bool ok() const { return merge.has_value(); }
};

} // namespace faultline
