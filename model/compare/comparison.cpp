#include "comparison.h"

#include "rootcausematrix.h"

#include <QSet>

#include <algorithm>
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

// Sub-differences that are shown on a crux but do not split its sides.
bool entersPositionCode(CruxPointKind kind)
{
    return kind != CruxPointKind::CitedSources && kind != CruxPointKind::ComesWith;
}

} // namespace

Comparison::Comparison(const Incident &incident, const QStringList &ids, DiffResult &result)
    : m_index(incident, ids), m_result(result)
{
    m_result.interpretationIds = m_index.interpretationIds();
}

void Comparison::run()
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

void Comparison::collectUsage()
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

Crux Comparison::newCrux(CruxType type, const QString &key, const QString &subjectId)
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

void Comparison::addEvidence(ReadingPosition &position, const Link *link, const QString &onlySource)
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
void Comparison::addFactorEvidence(Crux &crux, const QList<int> &factors) const
{
    for (int v = 0; v < views(); ++v)
        for (const int f : factors)
            if (m_index.uses(v, f))
                for (const Link *link : m_index.linksTouching(v, f))
                    addEvidence(crux.positions[v], link);
}

void Comparison::addCoverage(CruxType type, const QString &key, const QString &subjectId,
                             const QStringList &factorIds, const QList<bool> &considered)
{
    CoverageDifference difference{type, key, subjectId, factorIds, {}, {}};
    for (int v = 0; v < views(); ++v)
        (considered[v] ? difference.consideredBy : difference.silentBy)
            .append(m_index.interpretationIds()[v]);
    m_result.coverageDifferences.append(difference);
}

void Comparison::factors()
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
                addCoverage(CruxType::Factor, cruxKey(CruxType::Factor, factorId(f)), factorId(f),
                            {factorId(f)}, noted);
            continue;
        }
        Crux crux = newCrux(CruxType::Factor, cruxKey(CruxType::Factor, factorId(f)), factorId(f));
        crux.factorIds = {factorId(f)};
        CruxPoint use{CruxPointKind::FactorUse, {}, {}, {}};
        CruxPoint root{CruxPointKind::RootCause, {}, {}, {}};
        CruxPoint lever{CruxPointKind::LeverNote, {}, {}, {}};
        bool onPath = false;
        for (int v = 0; v < views(); ++v) {
            const Placement *placement = m_index.placement(v, f);
            use.values.append(placement ? QStringLiteral("uses") : QStringLiteral("does-not-use"));
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
Crux *Comparison::presenceCrux(int f)
{
    const int i = f >= 0 ? m_factorCrux[f] : -1;
    if (i < 0 || !m_result.cruxes[i].point(CruxPointKind::FactorUse))
        return nullptr;
    return &m_result.cruxes[i];
}

// A difference that only follows from a factor some readings do not use is a
// point of that factor's crux: the first such factor in document order.
bool Comparison::foldIntoPresence(const QList<int> &factors, const QString &key,
                                  const Flags &holders)
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

void Comparison::areas()
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

void Comparison::failurePoints()
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

// Position codes, sides and the crux's evidence, once every point is in.
void Comparison::finish(Crux &crux)
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
void Comparison::rank()
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

} // namespace faultline
