#include "diffengine.h"

#include "comparisonindex.h"
#include "rootcausematrix.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <utility>

namespace faultline {

namespace {

// Position codes that mean "takes no position on this subject" (for ranking).
bool takesPosition(const QString &value)
{
    static const QSet<QString> silent{
        QStringLiteral("does-not-use"), QStringLiteral("not-considered"),
        QStringLiteral("no-verdict"), QStringLiteral("not-applicable"), QStringLiteral("none")};
    return !value.isEmpty() && !silent.contains(value);
}

// Lever notes that differ only in case, spacing or final punctuation say the same.
QString normalisedNote(const QString &note)
{
    QString text = note.simplified().toCaseFolded();
    while (!text.isEmpty() && (text.back().isPunct() || text.back().isSpace()))
        text.chop(1);
    return text;
}

// One flag per compared reading.
using Flags = QVarLengthArray<bool, 4>;

// Evidence confidences this far apart are a disagreement about how far to trust a source.
constexpr double kConfidenceGap = 0.3;

// Readings whose confidences lie less than kConfidenceGap apart, step by step, hold
// the same position: 0.4, 0.5 and 0.8 make two groups. Returns a group name per value.
QStringList confidenceGroups(const QStringList &values)
{
    QList<std::pair<double, int>> sorted;
    for (int i = 0; i < values.size(); ++i)
        if (!values[i].isEmpty())
            sorted.append({values[i].toDouble(), i});
    std::sort(sorted.begin(), sorted.end());
    QStringList groups(values.size());
    int group = 0;
    for (int i = 0; i < sorted.size(); ++i) {
        if (i > 0 && sorted[i].first - sorted[i - 1].first >= kConfidenceGap - 1e-9)
            ++group;
        groups[sorted[i].second] = QStringLiteral("c%1").arg(group);
    }
    return groups;
}

// Sub-differences that are shown on a crux but do not split its sides.
bool entersPositionCode(CruxPointKind kind)
{
    return kind != CruxPointKind::CitedSources && kind != CruxPointKind::ComesWith;
}

class Comparison
{
public:
    Comparison(const Incident &incident, const QStringList &ids, DiffResult &result)
        : m_index(incident, ids), m_result(result)
    {
        m_result.interpretationIds = m_index.interpretationIds();
    }

    void run()
    {
        collectUsage();
        if (m_index.viewCount() < 2)
            return;
        m_factorCrux.assign(m_index.factorCount(), -1);
        factors();
        areas();
        failurePoints();
        for (const ComparisonIndex::PairRow &row : m_index.pairs())
            link(row);
        for (const ComparisonIndex::PairRow &row : m_index.pairs())
            evidence(row);
        for (Crux &crux : m_result.cruxes)
            finish(crux);
        rank();
    }

private:
    int views() const { return m_index.viewCount(); }
    const QString &factorId(int f) const { return m_index.factor(f).id; }

    void collectUsage()
    {
        for (int f = 0; f < m_index.factorCount(); ++f) {
            if (m_index.users(f) == 0)
                continue;
            FactorUsage usage{factorId(f), {}};
            for (int v = 0; v < views(); ++v)
                if (m_index.uses(v, f))
                    usage.interpretationIds.append(m_index.interpretationIds()[v]);
            m_result.factors.append(usage);
        }
        for (const ComparisonIndex::PairRow &row : m_index.pairs()) {
            // One usage per direction drawn, as the pairs were first seen.
            for (const bool forward : {true, false}) {
                LinkUsage usage;
                usage.from = factorId(forward ? row.a : row.b);
                usage.to = factorId(forward ? row.b : row.a);
                const Link *first = nullptr;
                for (int v = 0; v < views(); ++v) {
                    const Link *link = forward ? row.forward[v] : row.backward[v];
                    if (!link)
                        continue;
                    if (first)
                        usage.sameClaim = usage.sameClaim && first->relation == link->relation &&
                                          first->strength == link->strength;
                    else
                        first = link;
                    usage.links.append({m_index.interpretationIds()[v], link->id});
                }
                if (!usage.links.isEmpty())
                    m_result.links.append(usage);
            }
        }
    }

    Crux newCrux(CruxType type, const QString &key, const QString &subjectId)
    {
        Crux crux;
        crux.type = type;
        crux.key = key;
        crux.subjectId = subjectId;
        crux.positions.resize(views());
        for (int v = 0; v < views(); ++v)
            crux.positions[v].interpretationId = m_index.interpretationIds()[v];
        return crux;
    }

    static void addEvidence(ReadingPosition &position, const Link *link,
                            const QString &onlySource = QString())
    {
        for (const Evidence &e : link->evidence) {
            if (!onlySource.isEmpty() && e.sourceId != onlySource)
                continue;
            if (position.evidenceIds.contains(e.id))
                continue; // a link touching two factors of the crux counts once
            position.evidenceIds.append(e.id);
            if (!e.sourceId.isEmpty() && !position.sourceIds.contains(e.sourceId))
                position.sourceIds.append(e.sourceId);
        }
    }

    // Evidence reading `v` gives on links touching any of `factors`.
    void addFactorEvidence(Crux &crux, const QList<int> &factors) const
    {
        for (int v = 0; v < views(); ++v)
            for (const int f : factors)
                if (m_index.uses(v, f))
                    for (const Link *link : m_index.linksTouching(v, f))
                        addEvidence(crux.positions[v], link);
    }

    void addCoverage(CruxType type, const QString &key, const QString &subjectId,
                     const QStringList &factorIds, const QList<bool> &considered)
    {
        CoverageDifference difference{type, key, subjectId, factorIds, {}, {}};
        for (int v = 0; v < views(); ++v)
            (considered[v] ? difference.consideredBy : difference.silentBy)
                .append(m_index.interpretationIds()[v]);
        m_result.coverageDifferences.append(difference);
    }

    void factors()
    {
        for (int f = 0; f < m_index.factorCount(); ++f) {
            const int users = m_index.users(f);
            if (users == 0)
                continue;
            int roots = 0;
            QStringList notes; // distinct normalised lever notes (few: most are empty)
            QList<bool> noted(views(), false);
            for (int v = 0; v < views(); ++v) {
                const Placement *placement = m_index.placement(v, f);
                if (!placement)
                    continue;
                roots += placement->rootCause ? 1 : 0;
                if (placement->leverNote.isEmpty())
                    continue;
                const QString note = normalisedNote(placement->leverNote);
                if (!note.isEmpty()) {
                    if (!notes.contains(note))
                        notes.append(note);
                    noted[v] = true;
                }
            }
            const bool presenceDiffers = users < views();
            const bool rootDiffers = roots > 0 && roots < users;
            const bool leverDiffers = notes.size() > 1;
            if (!presenceDiffers && !rootDiffers && !leverDiffers) {
                if (notes.size() == 1 && noted.count(true) < users)
                    addCoverage(CruxType::Factor, cruxKey(CruxType::Factor, factorId(f)),
                                factorId(f), {factorId(f)}, noted);
                continue;
            }
            Crux crux =
                newCrux(CruxType::Factor, cruxKey(CruxType::Factor, factorId(f)), factorId(f));
            crux.factorIds = {factorId(f)};
            CruxPoint use{CruxPointKind::FactorUse, {}, {}, {}};
            CruxPoint root{CruxPointKind::RootCause, {}, {}, {}};
            CruxPoint lever{CruxPointKind::LeverNote, {}, {}, {}};
            bool onPath = false;
            for (int v = 0; v < views(); ++v) {
                const Placement *placement = m_index.placement(v, f);
                use.values.append(placement ? QStringLiteral("uses")
                                            : QStringLiteral("does-not-use"));
                root.values.append(!placement             ? QString()
                                   : placement->rootCause ? QStringLiteral("root-cause")
                                                          : QStringLiteral("not-root-cause"));
                lever.values.append(placement ? placement->leverNote.trimmed() : QString());
                lever.sameness.append(placement ? normalisedNote(placement->leverNote) : QString());
                onPath = onPath || (placement && m_index.reachesBehaviour(v, f));
                if (placement) {
                    const auto touching = m_index.linksTouching(v, f);
                    crux.links.reserve(crux.links.size() + qsizetype(touching.size()));
                    for (const Link *link : touching)
                        crux.links.append({m_index.interpretationIds()[v], link->id});
                }
            }
            if (presenceDiffers)
                crux.points.append(use);
            if (rootDiffers || (presenceDiffers && roots > 0))
                crux.points.append(root);
            if (leverDiffers)
                crux.points.append(lever);
            addFactorEvidence(crux, {f});
            crux.rank = roots > 0 ? CruxRank::Verdict : onPath ? CruxRank::Path : CruxRank::Detail;
            m_factorCrux[f] = int(m_result.cruxes.size());
            m_result.cruxes.append(crux);
        }
    }

    // The factor crux about whether factor `f` is used, or nullptr.
    Crux *presenceCrux(int f)
    {
        const int i = f >= 0 ? m_factorCrux[f] : -1;
        if (i < 0 || !m_result.cruxes[i].point(CruxPointKind::FactorUse))
            return nullptr;
        return &m_result.cruxes[i];
    }

    // A difference that only follows from a factor some readings do not use is a
    // point of that factor's crux: the first such factor in document order.
    bool foldIntoPresence(const QList<int> &factors, const QString &key, const Flags &holders)
    {
        QList<int> sorted = factors;
        std::sort(sorted.begin(), sorted.end());
        for (const int f : std::as_const(sorted)) {
            if (Crux *crux = presenceCrux(f)) {
                CruxPoint point{CruxPointKind::ComesWith, key, {}, {}};
                for (int v = 0; v < views(); ++v)
                    point.values.append(holders[v] ? QStringLiteral("yes") : QString());
                crux->points.append(point);
                crux->foldedKeys.append(key);
                // What comes with the factor is part of what the crux is about.
                QList<int> involved;
                for (const QString &id : std::as_const(crux->factorIds))
                    involved.append(m_index.factorIndex(id));
                for (const int other : factors)
                    if (!involved.contains(other))
                        involved.append(other);
                std::sort(involved.begin(), involved.end());
                crux->factorIds.clear();
                for (const int each : std::as_const(involved))
                    crux->factorIds.append(factorId(each));
                return true;
            }
        }
        return false;
    }

    void areas()
    {
        const RootCauseMatrix matrix = RootCauseMatrix::build(
            m_index.incident(), m_result.interpretationIds, m_index.placements());
        for (int row = 0; row < matrix.areas().size(); ++row) {
            const QString &area = matrix.areas()[row];
            CruxPoint verdict{CruxPointKind::AreaVerdict, {}, {}, {}};
            QSet<int> blamed; // factor indexes blamed by some reading
            QList<int> involved;
            std::vector<bool> seen(m_index.factorCount(), false);
            QList<bool> ruledOut(views(), false);
            for (int v = 0; v < views(); ++v) {
                const AreaCell &cell = matrix.cell(row, v);
                verdict.values.append(cell.state == AreaState::Implicated ? QStringLiteral("blames")
                                      : cell.state == AreaState::RuledOut
                                          ? QStringLiteral("rules-out")
                                          : QStringLiteral("no-verdict"));
                ruledOut[v] = cell.state == AreaState::RuledOut;
                for (const QString &id : cell.rootCauseFactorIds)
                    blamed.insert(m_index.factorIndex(id));
                for (const QStringList *list : {&cell.rootCauseFactorIds, &cell.involvedFactorIds})
                    for (const QString &id : *list) {
                        const int f = m_index.factorIndex(id);
                        if (!seen[f]) { // an area can hold hundreds of factors: no list search
                            seen[f] = true;
                            involved.append(f);
                        }
                    }
            }
            const QSet<QString> distinct(verdict.values.begin(), verdict.values.end());
            const QString key = cruxKey(CruxType::Area, area);
            if (!distinct.contains(QStringLiteral("blames"))) {
                if (distinct.size() > 1) // ruled out vs not considered: coverage only
                    addCoverage(CruxType::Area, key, area, {}, ruledOut);
                continue;
            }
            if (distinct.size() < 2)
                continue;
            // One blamed factor whose own crux already says who blames it: same disagreement.
            if (blamed.size() == 1) {
                const int f = *blamed.cbegin();
                const int i = m_factorCrux[f];
                if (i >= 0 && (m_result.cruxes[i].point(CruxPointKind::RootCause) ||
                               m_result.cruxes[i].point(CruxPointKind::FactorUse))) {
                    verdict.subject = key;
                    m_result.cruxes[i].points.append(verdict);
                    m_result.cruxes[i].foldedKeys.append(key);
                    m_result.cruxes[i].rank = CruxRank::Verdict;
                    continue;
                }
            }
            Crux crux = newCrux(CruxType::Area, key, area);
            std::sort(involved.begin(), involved.end());
            for (const int f : std::as_const(involved))
                crux.factorIds.append(factorId(f));
            crux.points.append(verdict);
            addFactorEvidence(crux, QList<int>(blamed.cbegin(), blamed.cend()));
            crux.rank = CruxRank::Verdict;
            m_result.cruxes.append(crux);
        }
    }

    void failurePoints()
    {
        const QList<ChecklistEntry> &entries = m_index.checklist().entries();
        for (int e = 0; e < entries.size(); ++e) {
            CruxPoint status{CruxPointKind::FailurePoint, {}, {}, {}};
            QList<int> tagged;
            QSet<int> taggedSeen;
            QList<bool> implicating(views(), false);
            QList<bool> ruledOut(views(), false);
            for (int v = 0; v < views(); ++v) {
                const EntryCoverage &cover = m_index.coverage(v).entries()[e];
                status.values.append(
                    cover.status == ChecklistStatus::Implicated ? QStringLiteral("implicates")
                    : cover.status == ChecklistStatus::RuledOut ? QStringLiteral("rules-out")
                                                                : QStringLiteral("not-considered"));
                implicating[v] = cover.status == ChecklistStatus::Implicated;
                ruledOut[v] = cover.status == ChecklistStatus::RuledOut;
                for (const QString &id : cover.factorIds) {
                    const int f = m_index.factorIndex(id);
                    if (!taggedSeen.contains(f)) {
                        taggedSeen.insert(f);
                        tagged.append(f);
                    }
                }
            }
            const bool implicated = implicating.contains(true);
            const bool ruled = ruledOut.contains(true);
            const QString key = cruxKey(CruxType::FailurePoint, entries[e].id);
            if (implicated && ruled) {
                Crux crux = newCrux(CruxType::FailurePoint, key, entries[e].id);
                std::sort(tagged.begin(), tagged.end());
                for (const int f : std::as_const(tagged))
                    crux.factorIds.append(factorId(f));
                crux.points.append(status);
                addFactorEvidence(crux, tagged);
                crux.rank = CruxRank::FailurePoint;
                m_result.cruxes.append(crux);
            } else if (implicated && implicating.contains(false)) {
                // Tags are shared, so the others simply do not use the tagged factor.
                foldIntoPresence(tagged, key, Flags(implicating.begin(), implicating.end()));
            } else if (ruled && ruledOut.contains(false)) {
                QStringList ids;
                for (const int f : std::as_const(tagged))
                    ids.append(factorId(f));
                addCoverage(CruxType::FailurePoint, key, entries[e].id, ids, ruledOut);
            }
        }
    }

    // The reading's link of the pair as the crux orients it (from → to), else the other way.
    static const Link *linkOf(const ComparisonIndex::PairRow &row, int v, bool aFirst)
    {
        const Link *along = aFirst ? row.forward[v] : row.backward[v];
        return along ? along : (aFirst ? row.backward[v] : row.forward[v]);
    }

    // Orientation of a pair: as the first reading that links it draws it.
    static bool drawnFromA(const ComparisonIndex::PairRow &row)
    {
        for (int v = 0; v < row.forward.size(); ++v)
            if (row.forward[v] || row.backward[v])
                return row.forward[v] != nullptr;
        return true;
    }

    // The sources a reading cites on a link, sorted, comma-separated.
    static QString citedSources(const Link *link)
    {
        QStringList sources;
        for (const Evidence &e : link->evidence)
            if (!e.sourceId.isEmpty() && !sources.contains(e.sourceId))
                sources.append(e.sourceId);
        sources.sort();
        return sources.join(QLatin1Char(','));
    }

    void link(const ComparisonIndex::PairRow &row)
    {
        // Most pairs agree: decide on small integers first, and word the points
        // (strings) only for the pairs that make a crux.
        enum Way
        {
            NotApplicable,
            None,
            Forward,
            Backward,
            Both
        };
        const bool aFirst = drawnFromA(row);
        QVarLengthArray<Way, 4> ways;
        QVarLengthArray<const Link *, 4> links;
        Flags holders(views(), false);
        int applicable = 0, firstWay = -1, firstRelation = -1, firstStrength = -1;
        bool waysDiffer = false, relationsDiffer = false, strengthsDiffer = false;
        for (int v = 0; v < views(); ++v) {
            const Link *along = aFirst ? row.forward[v] : row.backward[v];
            const Link *against = aFirst ? row.backward[v] : row.forward[v];
            const Link *link = along ? along : against;
            holders[v] = link != nullptr;
            links.append(link);
            const bool uses = m_index.uses(v, row.a) && m_index.uses(v, row.b);
            const Way way = !uses && !link     ? NotApplicable
                            : along && against ? Both
                            : along            ? Forward
                            : against          ? Backward
                                               : None;
            ways.append(way);
            if (way == NotApplicable)
                continue;
            ++applicable;
            waysDiffer = waysDiffer || (firstWay >= 0 && firstWay != way);
            firstWay = firstWay < 0 ? way : firstWay;
            if (!link)
                continue;
            const int relation = int(link->relation);
            relationsDiffer = relationsDiffer || (firstRelation >= 0 && firstRelation != relation);
            firstRelation = firstRelation < 0 ? relation : firstRelation;
            strengthsDiffer =
                strengthsDiffer || (firstStrength >= 0 && firstStrength != link->strength);
            firstStrength = firstStrength < 0 ? link->strength : firstStrength;
        }
        if (applicable < 2) {
            // Only the readings that use both ends can disagree about the link itself.
            foldIntoPresence({row.a, row.b}, linkCruxKey(factorId(row.a), factorId(row.b)),
                             holders);
            return;
        }
        if (!waysDiffer && !relationsDiffer && !strengthsDiffer)
            return;
        const QString key = linkCruxKey(factorId(row.a), factorId(row.b));

        static const QString wayCodes[] = {QStringLiteral("not-applicable"), QStringLiteral("none"),
                                           QStringLiteral("forward"), QStringLiteral("backward"),
                                           QStringLiteral("both")};
        CruxPoint direction{CruxPointKind::Direction, {}, {}, {}};
        CruxPoint relation{CruxPointKind::Relation, {}, {}, {}};
        CruxPoint strength{CruxPointKind::Strength, {}, {}, {}};
        CruxPoint cited{CruxPointKind::CitedSources, {}, {}, {}};
        QStringList citations;
        for (int v = 0; v < views(); ++v) {
            const Link *link = links[v];
            direction.values.append(wayCodes[ways[v]]);
            relation.values.append(link ? toString(link->relation) : QString());
            strength.values.append(link ? QString::number(link->strength) : QString());
            cited.values.append(link ? citedSources(link) : QString());
            if (link && !citations.contains(cited.values.last()))
                citations.append(cited.values.last());
        }
        Crux crux = newCrux(CruxType::Link, key, QString());
        crux.factorIds = {factorId(aFirst ? row.a : row.b), factorId(aFirst ? row.b : row.a)};
        if (waysDiffer)
            crux.points.append(direction);
        if (relationsDiffer)
            crux.points.append(relation);
        if (strengthsDiffer)
            crux.points.append(strength);
        if (citations.size() > 1)
            crux.points.append(cited);
        bool onPath = false;
        for (int v = 0; v < views(); ++v) {
            for (const Link *link : {row.forward[v], row.backward[v]}) {
                if (!link)
                    continue;
                crux.links.append({m_index.interpretationIds()[v], link->id});
                addEvidence(crux.positions[v], link);
                onPath = onPath || m_index.reachesBehaviour(v, m_index.factorIndex(link->to));
            }
        }
        crux.rank = onPath ? CruxRank::Path : CruxRank::Detail;
        m_result.cruxes.append(crux);
    }

    void evidence(const ComparisonIndex::PairRow &row)
    {
        if (row.holders < 2)
            return;
        const bool aFirst = drawnFromA(row);
        QStringList cited; // source ids, first citation first
        for (int v = 0; v < views(); ++v)
            for (const Link *link : {row.forward[v], row.backward[v]})
                if (link)
                    for (const Evidence &e : link->evidence)
                        if (!e.sourceId.isEmpty() && !cited.contains(e.sourceId))
                            cited.append(e.sourceId);
        static const QString stanceCodes[] = {QString(), QStringLiteral("supports"),
                                              QStringLiteral("contradicts"),
                                              QStringLiteral("mixed")};
        for (const QString &source : std::as_const(cited)) {
            // Numbers first; strings only for the sources that differ.
            QVarLengthArray<int, 4> ways; // index into stanceCodes, 0 = not cited
            QVarLengthArray<double, 4> means;
            int firstWay = 0;
            bool stanceDiffers = false;
            double lowest = 2.0, highest = -1.0;
            QList<bool> citing(views(), false);
            for (int v = 0; v < views(); ++v) {
                int supporting = 0, contradicting = 0;
                double sum = 0.0;
                for (const Link *link : {row.forward[v], row.backward[v]})
                    if (link)
                        for (const Evidence &e : link->evidence)
                            if (e.sourceId == source) {
                                (e.stance == Stance::Supports ? supporting : contradicting) += 1;
                                sum += e.confidence;
                            }
                const int items = supporting + contradicting;
                citing[v] = items > 0;
                const int way = items == 0 ? 0 : contradicting == 0 ? 1 : supporting == 0 ? 2 : 3;
                ways.append(way);
                means.append(items > 0 ? sum / items : 0.0);
                if (items == 0)
                    continue;
                stanceDiffers = stanceDiffers || (firstWay != 0 && firstWay != way);
                firstWay = firstWay == 0 ? way : firstWay;
                lowest = std::min(lowest, means.back());
                highest = std::max(highest, means.back());
            }
            const int citers = int(citing.count(true));
            const QString key = evidenceCruxKey(source, factorId(row.a), factorId(row.b));
            const QStringList ends = {factorId(aFirst ? row.a : row.b),
                                      factorId(aFirst ? row.b : row.a)};
            const bool confidenceDiffers = highest - lowest >= kConfidenceGap - 1e-9;
            if (citers < 2 || (!stanceDiffers && !confidenceDiffers)) {
                // The citing readings agree: the others simply did not cite the source.
                if (citers < row.holders) {
                    CoverageDifference difference{CruxType::Evidence, key, source, ends, {}, {}};
                    for (int v = 0; v < views(); ++v)
                        if (row.forward[v] || row.backward[v])
                            (citing[v] ? difference.consideredBy : difference.silentBy)
                                .append(m_index.interpretationIds()[v]);
                    m_result.coverageDifferences.append(difference);
                }
                continue;
            }
            CruxPoint stance{CruxPointKind::Stance, {}, {}, {}};
            CruxPoint confidence{CruxPointKind::Confidence, {}, {}, {}};
            for (int v = 0; v < views(); ++v) {
                stance.values.append(stanceCodes[ways[v]]);
                confidence.values.append(ways[v] ? QString::number(means[v], 'f', 2) : QString());
            }
            Crux crux = newCrux(CruxType::Evidence, key, source);
            crux.factorIds = ends;
            if (stanceDiffers)
                crux.points.append(stance);
            if (confidenceDiffers) {
                confidence.sameness = confidenceGroups(confidence.values);
                crux.points.append(confidence);
            }
            for (int v = 0; v < views(); ++v) {
                if (const Link *link = linkOf(row, v, aFirst)) {
                    crux.links.append({m_index.interpretationIds()[v], link->id});
                    for (const Link *each : {row.forward[v], row.backward[v]})
                        if (each)
                            addEvidence(crux.positions[v], each, source);
                }
            }
            crux.rank = CruxRank::Detail;
            m_result.cruxes.append(crux);
        }
    }

    // Position codes, sides and the crux's evidence, once every point is in.
    static void finish(Crux &crux)
    {
        for (int v = 0; v < crux.positions.size(); ++v) {
            QStringList code;
            for (const CruxPoint &point : std::as_const(crux.points))
                if (entersPositionCode(point.kind))
                    code.append(point.sameness.isEmpty() ? point.values.value(v)
                                                         : point.sameness.value(v));
            ReadingPosition &position = crux.positions[v];
            position.code = code.join(QLatin1Char('/'));
            auto side = std::find_if(crux.sides.begin(), crux.sides.end(),
                                     [&](const CruxSide &s) { return s.code == position.code; });
            if (side == crux.sides.end())
                crux.sides.append({{position.interpretationId}, position.code});
            else
                side->interpretationIds.append(position.interpretationId);
            for (const QString &id : std::as_const(position.evidenceIds))
                if (!crux.evidenceIds.contains(id))
                    crux.evidenceIds.append(id);
        }
    }

    // Big picture first; within a rank, the cruxes more readings take a position on
    // and that carry more evidence; otherwise the order they were found in.
    void rank()
    {
        struct Weight
        {
            int rank;
            int readings;
            qsizetype evidence;
        };
        QList<std::pair<Weight, qsizetype>> order;
        order.reserve(m_result.cruxes.size());
        for (qsizetype i = 0; i < m_result.cruxes.size(); ++i) {
            const Crux &crux = m_result.cruxes[i];
            Weight weight{int(crux.rank), 0, crux.evidenceIds.size()};
            for (int v = 0; v < crux.positions.size(); ++v) {
                bool speaks = false;
                for (const CruxPoint &point : crux.points)
                    speaks = speaks || takesPosition(point.values.value(v));
                weight.readings += speaks ? 1 : 0;
            }
            order.append({weight, i});
        }
        std::stable_sort(order.begin(), order.end(), [](const auto &l, const auto &r) {
            if (l.first.rank != r.first.rank)
                return l.first.rank < r.first.rank;
            if (l.first.readings != r.first.readings)
                return l.first.readings > r.first.readings;
            return l.first.evidence > r.first.evidence;
        });
        QList<Crux> ranked;
        ranked.reserve(order.size());
        for (const auto &[weight, i] : std::as_const(order))
            ranked.append(std::move(m_result.cruxes[i]));
        m_result.cruxes = std::move(ranked);
    }

    ComparisonIndex m_index;
    DiffResult &m_result;
    std::vector<int> m_factorCrux; ///< [factor] index of its crux in m_result.cruxes, or -1
};
} // namespace

DiffResult DiffEngine::compare(const Incident &incident, const QStringList &interpretationIds)
{
    DiffResult result;
    Comparison comparison(incident, interpretationIds, result);
    comparison.run();
    return result;
}

} // namespace faultline
