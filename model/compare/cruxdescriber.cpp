#include "cruxdescriber.h"

#include "model/checklist.h"
#include "model/kindstyle.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace faultline {

namespace {
// A factor label in a headline that names two factors: two of them and the
// question's words fit one line of a 1280-pixel screen (tst_widgets_cruxheadlines).
constexpr int kPairLabel = 46;

QString quoted(const QString &text)
{
    return CruxDescriber::tr("“%1”").arg(text);
}

// Links and failure points that come with a factor, counted for one reading.
std::pair<int, int> comesWithCounts(const Crux &crux, int reading)
{
    int links = 0, points = 0;
    for (const CruxPoint &point : crux.points) {
        if (point.kind != CruxPointKind::ComesWith || point.values.value(reading).isEmpty())
            continue;
        (point.subject.startsWith(toString(CruxType::Link) + QLatin1Char('|')) ? links : points) +=
            1;
    }
    return {links, points};
}

int readingIndex(const Crux &crux, const QString &interpretationId)
{
    for (int i = 0; i < crux.positions.size(); ++i)
        if (crux.positions[i].interpretationId == interpretationId)
            return i;
    return -1;
}
} // namespace

CruxDescriber::CruxDescriber(const Incident &incident) : m_incident(incident) {}

QString CruxDescriber::readingName(const QString &interpretationId) const
{
    const Interpretation *interp = m_incident.findInterpretation(interpretationId);
    return interp && !interp->name.isEmpty() ? interp->name : interpretationId;
}

QString CruxDescriber::factorLabel(const QString &factorId, int maxLength) const
{
    const Factor *factor = m_incident.findFactor(factorId);
    const QString label =
        factor && !factor->label.trimmed().isEmpty() ? factor->label.simplified() : factorId;
    if (label.size() <= maxLength)
        return label;
    // Cut at a grapheme boundary, never inside a surrogate pair or a combined character.
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, label);
    graphemes.setPosition(maxLength - 1);
    if (!graphemes.isAtBoundary())
        graphemes.toPreviousBoundary();
    return label.left(std::max<qsizetype>(graphemes.position(), 1)).trimmed() + QChar(0x2026);
}

QString CruxDescriber::sourceLabel(const QString &sourceId) const
{
    const Source *source = m_incident.findSource(sourceId);
    if (!source)
        return sourceId;
    QString name = source->authors.section(QLatin1Char(','), 0, 0)
                       .section(QStringLiteral(" and "), 0, 0)
                       .trimmed();
    if (name.isEmpty())
        name = source->title.trimmed();
    if (name.isEmpty())
        return sourceId;
    return source->year > 0 ? QStringLiteral("%1 %2").arg(name).arg(source->year) : name;
}

QString CruxDescriber::areaName(const QString &kind) const
{
    return kindStyle(m_incident, kind).name;
}

QString CruxDescriber::checklistName(const QString &entryId) const
{
    const Checklist checklist = Checklist::forIncident(m_incident);
    const ChecklistEntry *entry = checklist.find(entryId);
    return entry ? Checklist::displayName(*entry) : entryId;
}

QString CruxDescriber::arrow(const QString &from, const QString &to) const
{
    return tr("%1 → %2").arg(quoted(factorLabel(from, kPairLabel)),
                             quoted(factorLabel(to, kPairLabel)));
}

QString CruxDescriber::names(const QStringList &interpretationIds) const
{
    QStringList list;
    for (const QString &id : interpretationIds)
        list.append(readingName(id));
    return list.join(QStringLiteral(", "));
}

QString CruxDescriber::ruledOutReason(const QString &interpretationId, const QString &target,
                                      bool area) const
{
    const Interpretation *interp = m_incident.findInterpretation(interpretationId);
    if (!interp)
        return {};
    for (const RuledOut &ruled : area ? interp->ruledOutAreas : interp->ruledOutFailureModes)
        if (ruled.target == target)
            return ruled.reason.simplified();
    return {};
}

QString CruxDescriber::headline(const Crux &crux) const
{
    const QString a = crux.factorIds.value(0);
    const QString b = crux.factorIds.value(1);
    switch (crux.type) {
    case CruxType::Area:
        return tr("Is the %1 area to blame?").arg(quoted(areaName(crux.subjectId)));
    case CruxType::FailurePoint:
        return tr("Is %1 part of this failure?").arg(quoted(checklistName(crux.subjectId)));
    case CruxType::Factor:
        if (crux.point(CruxPointKind::RootCause) || crux.point(CruxPointKind::AreaVerdict))
            return tr("Is %1 a root cause?").arg(quoted(factorLabel(crux.subjectId, 60)));
        if (crux.point(CruxPointKind::FactorUse))
            return tr("Does %1 play a part?").arg(quoted(factorLabel(crux.subjectId, 60)));
        return tr("Which lever fits %1?").arg(quoted(factorLabel(crux.subjectId, 60)));
    case CruxType::Link:
        if (const CruxPoint *direction = crux.point(CruxPointKind::Direction)) {
            if (direction->values.contains(QStringLiteral("backward")) ||
                direction->values.contains(QStringLiteral("both")))
                return tr("Which way do %1 and %2 act?")
                    .arg(quoted(factorLabel(a, kPairLabel)), quoted(factorLabel(b, kPairLabel)));
            return tr("Does %1 hold?").arg(arrow(a, b));
        }
        if (crux.point(CruxPointKind::Relation))
            return tr("How does %1 act on %2?")
                .arg(quoted(factorLabel(a, kPairLabel)), quoted(factorLabel(b, kPairLabel)));
        return tr("How strong is %1?").arg(arrow(a, b));
    case CruxType::Evidence:
        if (crux.point(CruxPointKind::Stance))
            return tr("Does %1 support %2?").arg(sourceLabel(crux.subjectId), arrow(a, b));
        return tr("How far to trust %1 on %2?").arg(sourceLabel(crux.subjectId), arrow(a, b));
    }
    return {};
}

QString CruxDescriber::factorPosition(const Crux &crux, int reading) const
{
    const QString &id = crux.positions[reading].interpretationId;
    const Interpretation *interp = m_incident.findInterpretation(id);
    const Placement *placement = interp ? interp->findPlacement(crux.subjectId) : nullptr;
    if (!placement)
        return tr("does not use it");
    QStringList parts;
    if (crux.point(CruxPointKind::RootCause) || crux.point(CruxPointKind::AreaVerdict))
        parts.append(placement->rootCause ? tr("root cause") : tr("uses it, not as a root cause"));
    else
        parts.append(tr("uses it"));
    if (const CruxPoint *area = crux.point(CruxPointKind::AreaVerdict)) {
        const QString kind = m_incident.findFactor(crux.subjectId)
                                 ? m_incident.findFactor(crux.subjectId)->kind
                                 : QString();
        if (area->values.value(reading) == QLatin1String("rules-out"))
            parts.append(tr("rules out the %1 area").arg(quoted(areaName(kind))));
    }
    const auto [links, points] = comesWithCounts(crux, reading);
    if (links > 0)
        parts.append(tr("with %n link(s) only it draws", nullptr, links));
    if (points > 0)
        parts.append(tr("implicating %n failure point(s)", nullptr, points));
    if (!placement->leverNote.trimmed().isEmpty())
        parts.append(tr("lever: %1").arg(quoted(placement->leverNote.simplified())));
    return parts.join(QStringLiteral("; "));
}

QString CruxDescriber::linkPosition(const Crux &crux, int reading) const
{
    const QString &id = crux.positions[reading].interpretationId;
    const Interpretation *interp = m_incident.findInterpretation(id);
    const Link *link = nullptr;
    for (const CruxLinkRef &ref : crux.links)
        if (ref.interpretationId == id && interp && !link)
            link = interp->findLink(ref.linkId);
    if (!link) {
        QStringList missing;
        for (const QString &factor : crux.factorIds)
            if (!interp || !interp->findPlacement(factor))
                missing.append(quoted(factorLabel(factor, kPairLabel)));
        if (crux.type == CruxType::Evidence || missing.isEmpty())
            return crux.type == CruxType::Evidence && !missing.isEmpty()
                       ? tr("does not use %1").arg(missing.join(tr(" or ")))
                       : tr("no such link");
        return tr("does not use %1").arg(missing.join(tr(" or ")));
    }
    const QString claim =
        tr("%1, strength %2").arg(displayName(link->relation)).arg(link->strength);
    // Name the direction only where the readings draw the link different ways.
    const CruxPoint *direction = crux.point(CruxPointKind::Direction);
    if (!direction || !(direction->values.contains(QStringLiteral("backward")) ||
                        direction->values.contains(QStringLiteral("both"))))
        return claim;
    const QString way = direction->values.value(reading);
    if (way == QLatin1String("both"))
        return tr("both ways: %1").arg(claim);
    return tr("%1: %2").arg(arrow(link->from, link->to), claim);
}

QString CruxDescriber::evidencePosition(const Crux &crux, int reading) const
{
    const CruxPoint *stance = crux.point(CruxPointKind::Stance);
    const CruxPoint *confidence = crux.point(CruxPointKind::Confidence);
    const CruxPoint *any = stance ? stance : confidence;
    if (!any || any->values.value(reading).isEmpty()) {
        const QString link = linkPosition(crux, reading);
        return link.startsWith(tr("does not use")) || link == tr("no such link")
                   ? link
                   : tr("does not cite it");
    }
    QStringList parts;
    if (stance)
        parts.append(pointValue(crux, *stance, reading));
    if (confidence)
        parts.append(tr("confidence %1").arg(confidence->values.value(reading)));
    return tr("cites it: %1").arg(parts.join(QStringLiteral(", ")));
}

QString CruxDescriber::position(const Crux &crux, const QString &interpretationId) const
{
    const int reading = readingIndex(crux, interpretationId);
    if (reading < 0)
        return {};
    switch (crux.type) {
    case CruxType::Factor:
        return factorPosition(crux, reading);
    case CruxType::Link:
        return linkPosition(crux, reading);
    case CruxType::Evidence:
        return evidencePosition(crux, reading);
    case CruxType::Area:
    case CruxType::FailurePoint:
        return pointValue(crux, crux.points.first(), reading);
    }
    return {};
}

QList<CruxPositionRow> CruxDescriber::positions(const Crux &crux) const
{
    QList<CruxPositionRow> rows;
    for (const ReadingPosition &p : crux.positions) {
        CruxPositionRow row;
        row.interpretationId = p.interpretationId;
        row.readingName = readingName(p.interpretationId);
        row.position = position(crux, p.interpretationId);
        row.evidenceCount = int(p.evidenceIds.size());
        for (const QString &source : p.sourceIds)
            row.sourceLabels.append(sourceLabel(source));
        rows.append(row);
    }
    return rows;
}

QString CruxDescriber::subjectName(const QString &key) const
{
    const QStringList parts = key.split(QLatin1Char('|'));
    const QString type = parts.value(0);
    if (type == toString(CruxType::Link)) {
        const QStringList ends = parts.value(1).split(QLatin1Char(','));
        return tr("link %1").arg(arrow(ends.value(0), ends.value(1)));
    }
    if (type == toString(CruxType::FailurePoint))
        return tr("failure point %1").arg(quoted(checklistName(parts.value(1))));
    if (type == toString(CruxType::Area))
        return tr("the %1 area").arg(quoted(areaName(parts.value(1))));
    return key;
}

QString CruxDescriber::pointValue(const Crux &crux, const CruxPoint &point, int reading) const
{
    const QString value = point.values.value(reading);
    const QString &id = crux.positions.value(reading).interpretationId;
    switch (point.kind) {
    case CruxPointKind::AreaVerdict:
    case CruxPointKind::FailurePoint: {
        const bool area = point.kind == CruxPointKind::AreaVerdict;
        if (value == QLatin1String("rules-out")) {
            const QString target =
                area ? (point.subject.isEmpty() ? crux.subjectId : point.subject.section('|', 1))
                     : crux.subjectId;
            const QString reason = ruledOutReason(id, target, area);
            return reason.isEmpty() ? tr("rules it out")
                                    : tr("rules it out: %1").arg(quoted(reason));
        }
        if (value == QLatin1String("blames") || value == QLatin1String("implicates")) {
            QStringList via;
            const Interpretation *interp = m_incident.findInterpretation(id);
            for (const QString &factor : crux.factorIds) {
                const Placement *placement = interp ? interp->findPlacement(factor) : nullptr;
                if (placement && (!area || placement->rootCause))
                    via.append(quoted(factorLabel(factor, kPairLabel)));
            }
            const QString verb = area ? tr("blames it") : tr("implicates it");
            return via.isEmpty() || via.size() > 3
                       ? verb
                       : tr("%1 via %2").arg(verb, via.join(QStringLiteral(", ")));
        }
        return area ? tr("no verdict") : tr("does not consider it");
    }
    case CruxPointKind::FactorUse:
        return value == QLatin1String("uses") ? tr("uses it") : tr("does not use it");
    case CruxPointKind::RootCause:
        return value == QLatin1String("root-cause")       ? tr("root cause")
               : value == QLatin1String("not-root-cause") ? tr("not a root cause")
                                                          : tr("does not use it");
    case CruxPointKind::LeverNote:
        return value.isEmpty() ? tr("no lever note") : quoted(value.simplified());
    case CruxPointKind::Direction:
        return value == QLatin1String("forward")    ? arrow(crux.factorIds[0], crux.factorIds[1])
               : value == QLatin1String("backward") ? arrow(crux.factorIds[1], crux.factorIds[0])
               : value == QLatin1String("both")     ? tr("both ways")
               : value == QLatin1String("none")     ? tr("no link")
                                                    : tr("does not use both factors");
    case CruxPointKind::Relation:
        return value.isEmpty() ? tr("no link")
                               : displayName(relationFromString(value).value_or(Relation::Causes));
    case CruxPointKind::Strength:
        return value.isEmpty() ? tr("no link") : value;
    case CruxPointKind::CitedSources: {
        if (value.isEmpty())
            return tr("none");
        QStringList labels;
        for (const QString &source : value.split(QLatin1Char(',')))
            labels.append(sourceLabel(source));
        return labels.join(QStringLiteral(", "));
    }
    case CruxPointKind::Stance:
        return value == QLatin1String("supports")      ? tr("supports")
               : value == QLatin1String("contradicts") ? tr("contradicts")
               : value == QLatin1String("mixed")       ? tr("supports and contradicts")
                                                       : tr("does not cite it");
    case CruxPointKind::Confidence:
        return value.isEmpty() ? tr("does not cite it") : value;
    case CruxPointKind::ComesWith:
        return value.isEmpty() ? QString() : subjectName(point.subject);
    }
    return value;
}

QString CruxDescriber::pointLine(const Crux &crux, const CruxPoint &point) const
{
    // "Relation: causes (A); enables (B)": readings grouped by what they say.
    QStringList order;
    QHash<QString, QStringList> holders;
    for (int v = 0; v < crux.positions.size(); ++v) {
        const QString text = pointValue(crux, point, v);
        if (text.isEmpty())
            continue;
        if (!holders.contains(text))
            order.append(text);
        holders[text].append(crux.positions[v].interpretationId);
    }
    QStringList groups;
    for (const QString &text : std::as_const(order))
        groups.append(tr("%1 (%2)").arg(text, names(holders.value(text))));
    const QString listed = groups.join(QStringLiteral("; "));
    switch (point.kind) {
    case CruxPointKind::AreaVerdict:
        return point.subject.isEmpty() ? tr("Verdict: %1").arg(listed)
                                       : tr("%1: %2").arg(subjectName(point.subject), listed);
    case CruxPointKind::FactorUse:
        return tr("Used: %1").arg(listed);
    case CruxPointKind::RootCause:
        return tr("Root cause: %1").arg(listed);
    case CruxPointKind::LeverNote:
        return tr("Lever: %1").arg(listed);
    case CruxPointKind::FailurePoint:
        return tr("Failure point: %1").arg(listed);
    case CruxPointKind::Direction:
        return tr("Direction: %1").arg(listed);
    case CruxPointKind::Relation:
        return tr("Relation: %1").arg(listed);
    case CruxPointKind::Strength:
        return tr("Strength: %1").arg(listed);
    case CruxPointKind::CitedSources:
        return tr("Sources cited: %1").arg(listed);
    case CruxPointKind::Stance:
        return tr("Stance: %1").arg(listed);
    case CruxPointKind::Confidence:
        return tr("Confidence: %1").arg(listed);
    case CruxPointKind::ComesWith:
        return tr("Comes with: %1").arg(listed);
    }
    return listed;
}

QStringList CruxDescriber::points(const Crux &crux) const
{
    QStringList lines;
    for (const CruxPoint &point : crux.points)
        lines.append(pointLine(crux, point));
    return lines;
}

QString CruxDescriber::coverage(const CoverageDifference &difference) const
{
    const QString by = names(difference.consideredBy);
    const QString notBy = names(difference.silentBy);
    switch (difference.type) {
    case CruxType::FailurePoint:
        return tr("Failure point %1: ruled out by %2; not considered by %3")
            .arg(quoted(checklistName(difference.subjectId)), by, notBy);
    case CruxType::Area:
        return tr("Area %1: ruled out by %2; not considered by %3")
            .arg(quoted(areaName(difference.subjectId)), by, notBy);
    case CruxType::Factor:
        return tr("Lever at %1: noted by %2; not by %3")
            .arg(quoted(factorLabel(difference.subjectId)), by, notBy);
    case CruxType::Evidence:
        return tr("%1 on %2: cited by %3; not by %4")
            .arg(sourceLabel(difference.subjectId),
                 arrow(difference.factorIds.value(0), difference.factorIds.value(1)), by, notBy);
    case CruxType::Link:
        break;
    }
    return difference.key;
}

} // namespace faultline
