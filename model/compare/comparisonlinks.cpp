// The link and evidence passes of Comparison: one crux per unordered factor
// pair the readings draw differently, and one per source cited on a shared
// link with a different stance or confidence.
#include "comparison.h"

#include <algorithm>

namespace faultline {

namespace {

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

// The reading's link of the pair as the crux orients it (from → to), else the other way.
const Link *linkOf(const ComparisonIndex::PairRow &row, int v, bool aFirst)
{
    const Link *along = aFirst ? row.forward[v] : row.backward[v];
    return along ? along : (aFirst ? row.backward[v] : row.forward[v]);
}

// Orientation of a pair: as the first reading that links it draws it.
bool drawnFromA(const ComparisonIndex::PairRow &row)
{
    for (int v = 0; v < row.forward.size(); ++v)
        if (row.forward[v] || row.backward[v])
            return row.forward[v] != nullptr;
    return true;
}

// The sources a reading cites on a link, sorted, comma-separated.
QString citedSources(const Link *link)
{
    QStringList sources;
    for (const Evidence &e : link->evidence)
        if (!e.sourceId.isEmpty() && !sources.contains(e.sourceId))
            sources.append(e.sourceId);
    sources.sort();
    return sources.join(QLatin1Char(','));
}

} // namespace

void Comparison::link(const ComparisonIndex::PairRow &row)
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
        foldIntoPresence({row.a, row.b}, linkCruxKey(factorId(row.a), factorId(row.b)), holders);
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

void Comparison::evidence(const ComparisonIndex::PairRow &row)
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
                                          QStringLiteral("contradicts"), QStringLiteral("mixed")};
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

} // namespace faultline
