#include "discussionsummary.h"

#include "cruxdescriber.h"

#include "model/format/textescape.h"

#include "diffengine.h"

#include "model/openableurl.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace faultline {

namespace {
// lupdate files a free tr() call under the class or namespace around the call,
// not under a helper's context: calls name this context class instead.
struct SummaryText
{
    Q_DECLARE_TR_FUNCTIONS(faultline::DiscussionSummary)
};

QString interpretationName(const Incident &incident, const QString &id)
{
    const Interpretation *interp = incident.findInterpretation(id);
    return interp ? interp->name : id;
}

QString factorLabel(const Incident &incident, const QString &id)
{
    const Factor *factor = incident.findFactor(id);
    return factor ? factor->label : id;
}

QList<CitedEvidence> evidenceOf(const Incident &incident, const Crux &crux,
                                const QStringList &interpretationIds)
{
    QList<CitedEvidence> cited;
    QSet<QString> seen;
    const auto add = [&](const QString &interpretationId, const Link &link, const Evidence &e) {
        if (seen.contains(interpretationId + QLatin1Char('\n') + e.id))
            return;
        seen.insert(interpretationId + QLatin1Char('\n') + e.id);
        cited.append({interpretationId, link.from, link.to, e});
    };
    for (const CruxLinkRef &ref : crux.links) {
        const Interpretation *interp = incident.findInterpretation(ref.interpretationId);
        const Link *link = interp ? interp->findLink(ref.linkId) : nullptr;
        if (!link)
            continue;
        for (const Evidence &e : link->evidence)
            if (crux.evidenceIds.isEmpty() || crux.evidenceIds.contains(e.id))
                add(interp->id, *link, e);
    }
    // Evidence cruxes name their items; find those not reached through a link reference.
    for (const QString &id : interpretationIds) {
        const Interpretation *interp = incident.findInterpretation(id);
        if (!interp)
            continue;
        for (const Link &link : interp->links)
            for (const Evidence &e : link.evidence)
                if (crux.evidenceIds.contains(e.id))
                    add(id, link, e);
    }
    return cited;
}

/// Numbers sources in the order they are first cited.
class ReferenceNumbers
{
public:
    int number(const QString &sourceId)
    {
        if (!m_numbers.contains(sourceId)) {
            m_order.append(sourceId);
            m_numbers.insert(sourceId, int(m_order.size()));
        }
        return m_numbers.value(sourceId);
    }
    const QStringList &order() const { return m_order; }

private:
    QHash<QString, int> m_numbers;
    QStringList m_order;
};

QString plainReadingName(const Incident &incident, const QStringList &ids, const QString &id)
{
    const int index = int(ids.indexOf(id));
    const QString name = interpretationName(incident, id);
    return index < 0 ? name : QStringLiteral("%1 (%2)").arg(DiscussionSummary::letter(index), name);
}

QString readingName(const Incident &incident, const QStringList &ids, const QString &id)
{
    const int index = int(ids.indexOf(id));
    const QString name = TextEscape::markdownText(interpretationName(incident, id));
    return index < 0 ? name : QStringLiteral("%1 (%2)").arg(DiscussionSummary::letter(index), name);
}

void appendCrux(QString &md, const Incident &incident, const QStringList &ids, const Crux &crux,
                int number, ReferenceNumbers &references)
{
    const CruxRecord *record = findCruxRecord(incident.discussion, ids, crux);
    const CruxDescriber describer(incident);
    md += QStringLiteral("### %1. %2\n\n")
              .arg(number)
              .arg(TextEscape::markdownText(describer.headline(crux)));
    for (const CruxPositionRow &row : describer.positions(crux)) {
        QString evidence = row.evidenceCount == 0
                               ? SummaryText::tr("no evidence")
                               : SummaryText::tr("%n evidence", nullptr, row.evidenceCount);
        if (!row.sourceLabels.isEmpty())
            evidence += QStringLiteral(": ") + row.sourceLabels.join(QStringLiteral(", "));
        md += QStringLiteral("- %1: %2 (%3)\n")
                  .arg(readingName(incident, ids, row.interpretationId),
                       TextEscape::markdownText(row.position), TextEscape::markdownText(evidence));
    }
    md += QLatin1Char('\n');

    md += QStringLiteral("**%1:** %2\n\n")
              .arg(SummaryText::tr("Resolution"),
                   TextEscape::markdownText(
                       DiscussionSummary::resolutionText(incident, record, ids)));
    const PositionTally tally = DiscussionSummary::tally(record, ids);
    if (tally.total() > 0) {
        md += QStringLiteral("**%1:** %2\n\n")
                  .arg(SummaryText::tr("Positions"),
                       TextEscape::markdownText(DiscussionSummary::holdersText(record, ids)));
        // Each participant's own note, participants in the discussion's
        // order, then anyone recorded but no longer listed.
        QStringList people = incident.discussion.participants;
        for (const CruxPosition &p : record->positions)
            if (!people.contains(p.participant))
                people.append(p.participant);
        bool notes = false;
        for (const QString &person : std::as_const(people))
            if (const CruxPosition *p = record->findPosition(person);
                p && !p->note.trimmed().isEmpty()) {
                md += QStringLiteral("- %1: %2\n")
                          .arg(TextEscape::markdownText(person),
                               TextEscape::markdownText(p->note.simplified()));
                notes = true;
            }
        if (notes)
            md += QLatin1Char('\n');
    } else {
        md += QStringLiteral("**%1:** %2\n\n")
                  .arg(SummaryText::tr("Positions"), SummaryText::tr("none recorded"));
    }
    if (record && !record->note.trimmed().isEmpty())
        md += QStringLiteral("**%1:** %2\n\n")
                  .arg(SummaryText::tr("Note"),
                       TextEscape::markdownText(record->note.trimmed())
                           .replace(QLatin1Char('\n'), QStringLiteral("  \n")));

    const QList<CitedEvidence> cited = evidenceOf(incident, crux, ids);
    if (cited.isEmpty())
        return;
    md += QStringLiteral("**%1:**\n\n").arg(SummaryText::tr("Evidence"));
    for (const CitedEvidence &c : cited) {
        QStringList parts;
        parts.append(QStringLiteral("%1, %2 → %3: %4, %5")
                         .arg(readingName(incident, ids, c.interpretationId),
                              TextEscape::markdownText(factorLabel(incident, c.from)),
                              TextEscape::markdownText(factorLabel(incident, c.to)),
                              TextEscape::markdownText(displayName(c.evidence.kind)),
                              TextEscape::markdownText(displayName(c.evidence.stance))));
        if (const Source *source = incident.findSource(c.evidence.sourceId)) {
            QString cite = QStringLiteral("[%1] %2")
                               .arg(references.number(source->id))
                               .arg(TextEscape::markdownText(source->title));
            if (source->year > 0)
                cite += QStringLiteral(" (%1)").arg(source->year);
            parts.append(cite);
        } else {
            parts.append(SummaryText::tr("uncited"));
        }
        if (!c.evidence.locator.trimmed().isEmpty())
            parts.append(TextEscape::markdownText(c.evidence.locator.trimmed()));
        QString line = QStringLiteral("- ") + parts.join(QStringLiteral("; "));
        if (!c.evidence.quote.trimmed().isEmpty())
            line += QStringLiteral(": “%1”").arg(
                TextEscape::markdownText(c.evidence.quote.simplified()));
        md += line + QLatin1Char('\n');
    }
    md += QLatin1Char('\n');
}
} // namespace

QList<CitedEvidence> DiscussionSummary::citedEvidence(const Incident &incident, const Crux &crux,
                                                      const QStringList &interpretationIds)
{
    return evidenceOf(incident, crux, interpretationIds);
}

int PositionTally::total() const
{
    int sum = unsure + bothPartly + neither;
    for (int n : perInterpretation)
        sum += n;
    return sum;
}

QString DiscussionSummary::letter(int index)
{
    return index >= 0 && index < 26 ? QString(QChar(u'A' + index)) : QString::number(index + 1);
}

PositionTally DiscussionSummary::tally(const CruxRecord *record,
                                       const QStringList &interpretationIds)
{
    PositionTally tally;
    tally.perInterpretation = QList<int>(interpretationIds.size(), 0);
    if (!record)
        return tally;
    for (const CruxPosition &position : record->positions) {
        const qsizetype index = interpretationIds.indexOf(position.agreesWith);
        if (position.stance == PositionStance::BothPartly)
            ++tally.bothPartly;
        else if (position.stance == PositionStance::Neither)
            ++tally.neither;
        else if (position.agreesWith.isEmpty() || index < 0)
            ++tally.unsure;
        else
            ++tally.perInterpretation[index];
    }
    return tally;
}

QString DiscussionSummary::holdersText(const CruxRecord *record,
                                       const QStringList &interpretationIds)
{
    if (!record)
        return {};
    // One group per position, in the order the positions were first taken.
    QStringList order;
    QHash<QString, QStringList> people;
    for (const CruxPosition &position : record->positions) {
        QString what;
        const qsizetype index = interpretationIds.indexOf(position.agreesWith);
        if (position.stance == PositionStance::BothPartly)
            what = SummaryText::tr("both partly");
        else if (position.stance == PositionStance::Neither)
            what = SummaryText::tr("neither");
        else if (position.agreesWith.isEmpty() || index < 0)
            what = SummaryText::tr("unsure");
        else
            what = SummaryText::tr("reading %1").arg(letter(int(index)));
        if (!order.contains(what))
            order.append(what);
        people[what].append(position.participant);
    }
    QStringList groups;
    for (const QString &what : std::as_const(order))
        groups.append(QStringLiteral("%1: %2").arg(people[what].join(QStringLiteral(", ")), what));
    return groups.join(QStringLiteral(" · "));
}

QString DiscussionSummary::tallyText(const PositionTally &tally)
{
    QStringList parts;
    for (int i = 0; i < tally.perInterpretation.size(); ++i)
        if (tally.perInterpretation[i] > 0)
            parts.append(QStringLiteral("%1 %2").arg(letter(i)).arg(tally.perInterpretation[i]));
    if (tally.bothPartly > 0)
        parts.append(SummaryText::tr("both %1").arg(tally.bothPartly));
    if (tally.neither > 0)
        parts.append(SummaryText::tr("neither %1").arg(tally.neither));
    if (tally.unsure > 0)
        parts.append(QStringLiteral("? %1").arg(tally.unsure));
    return parts.join(QStringLiteral(" · "));
}

QString DiscussionSummary::resolutionText(const Incident &incident, const CruxRecord *record,
                                          const QStringList &interpretationIds)
{
    if (!record)
        return displayName(CruxResolution::Open);
    if (record->resolution == CruxResolution::Resolved)
        return SummaryText::tr("Resolved as %1")
            .arg(plainReadingName(incident, interpretationIds, record->resolvedAs));
    return displayName(record->resolution);
}

QString DiscussionSummary::positionText(const Incident &incident, const CruxPosition &position,
                                        const QStringList &interpretationIds)
{
    if (position.stance == PositionStance::BothPartly)
        return SummaryText::tr("both partly");
    if (position.stance == PositionStance::Neither)
        return SummaryText::tr("neither");
    if (position.agreesWith.isEmpty())
        return SummaryText::tr("unsure");
    return SummaryText::tr("agrees with %1")
        .arg(plainReadingName(incident, interpretationIds, position.agreesWith));
}

QStringList DiscussionSummary::defaultComparison(const Incident &incident)
{
    QList<QStringList> comparisons;
    QList<int> counts;
    for (const CruxRecord &record : incident.discussion.records) {
        QStringList ids;
        for (const QString &id : record.interpretationIds)
            if (incident.findInterpretation(id) && !ids.contains(id))
                ids.append(id);
        if (ids.size() < 2)
            continue;
        const qsizetype index = comparisons.indexOf(ids);
        if (index < 0) {
            comparisons.append(ids);
            counts.append(1);
        } else {
            ++counts[index];
        }
    }
    int best = -1;
    for (int i = 0; i < comparisons.size(); ++i)
        if (best < 0 || counts[i] > counts[best])
            best = i;
    if (best >= 0)
        return comparisons[best];
    QStringList ids;
    for (int i = 0; i < std::min<qsizetype>(2, incident.interpretations.size()); ++i)
        ids.append(incident.interpretations[i].id);
    return ids;
}

QList<CruxRecord> DiscussionSummary::staleRecords(const Incident &incident, const DiffResult &diff)
{
    QSet<QString> keys;
    for (const Crux &crux : diff.cruxes)
        for (const QString &key : recordKeys(crux))
            keys.insert(key);
    QList<CruxRecord> stale;
    for (const CruxRecord &record : incident.discussion.records)
        if (record.interpretationIds == diff.interpretationIds && !keys.contains(record.cruxKey))
            stale.append(record);
    return stale;
}

QString DiscussionSummary::markdown(const Incident &incident, const QStringList &interpretationIds)
{
    const DiffResult diff = DiffEngine::compare(incident, interpretationIds);
    const QStringList &ids = diff.interpretationIds;
    QString md;
    md += QStringLiteral("# %1\n\n")
              .arg(TextEscape::markdownText(incident.title.trimmed().isEmpty()
                                                ? SummaryText::tr("Untitled incident")
                                                : incident.title.trimmed()));
    md += QStringLiteral("*%1*\n\n").arg(SummaryText::tr("Discussion summary"));
    if (!incident.summary.trimmed().isEmpty())
        md += TextEscape::markdownText(incident.summary.trimmed()) + QStringLiteral("\n\n");

    md += QStringLiteral("## %1\n\n").arg(SummaryText::tr("Participants"));
    if (incident.discussion.participants.isEmpty()) {
        md += SummaryText::tr("No participants recorded.") + QStringLiteral("\n\n");
    } else {
        QStringList people;
        for (const QString &p : incident.discussion.participants)
            people.append(TextEscape::markdownText(p));
        md += people.join(QStringLiteral(", ")) + QStringLiteral("\n\n");
    }

    md += QStringLiteral("## %1\n\n").arg(SummaryText::tr("Readings"));
    for (int i = 0; i < ids.size(); ++i) {
        const Interpretation *interp = incident.findInterpretation(ids[i]);
        md +=
            QStringLiteral("### %1. %2\n\n").arg(letter(i), TextEscape::markdownText(interp->name));
        if (!interp->author.trimmed().isEmpty())
            md += QStringLiteral("- **%1:** %2\n")
                      .arg(SummaryText::tr("Author"),
                           TextEscape::markdownText(interp->author.trimmed()));
        if (!interp->stance.trimmed().isEmpty())
            md += QStringLiteral("- **%1:** %2\n")
                      .arg(SummaryText::tr("Stance"),
                           TextEscape::markdownText(interp->stance.trimmed()));
        md += QLatin1Char('\n');
        if (!interp->summary.trimmed().isEmpty())
            md += TextEscape::markdownText(interp->summary.trimmed()) + QStringLiteral("\n\n");
    }

    ReferenceNumbers references;
    md += QStringLiteral("## %1\n\n")
              .arg(SummaryText::tr("Cruxes (%n)", nullptr, int(diff.cruxes.size())));
    if (diff.cruxes.isEmpty())
        md += SummaryText::tr("These readings agree on every factor, link and verdict.") +
              QStringLiteral("\n\n");
    int resolved = 0;
    for (int i = 0; i < diff.cruxes.size(); ++i) {
        appendCrux(md, incident, ids, diff.cruxes[i], i + 1, references);
        const CruxRecord *record = findCruxRecord(incident.discussion, ids, diff.cruxes[i]);
        if (record && record->resolution != CruxResolution::Open)
            ++resolved;
    }
    if (!diff.cruxes.isEmpty())
        md += SummaryText::tr("Cruxes settled or set aside: %1 of %2; still open: %3.")
                  .arg(resolved)
                  .arg(diff.cruxes.size())
                  .arg(diff.cruxes.size() - resolved) +
              QStringLiteral("\n\n");

    const QList<CruxRecord> stale = staleRecords(incident, diff);
    if (!stale.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(SummaryText::tr("No longer a crux"));
        md +=
            SummaryText::tr("Recorded in the discussion, but the readings no longer differ here:") +
            QStringLiteral("\n\n");
        for (const CruxRecord &record : stale) {
            QString line =
                QStringLiteral("- %1: %2")
                    .arg(TextEscape::markdownText(recordDescription(incident, record)),
                         TextEscape::markdownText(resolutionText(incident, &record, ids)));
            const QString t = holdersText(&record, ids);
            if (!t.isEmpty())
                line += QStringLiteral("; %1").arg(t);
            if (!record.note.trimmed().isEmpty())
                line +=
                    QStringLiteral("; %1").arg(TextEscape::markdownText(record.note.simplified()));
            md += line + QLatin1Char('\n');
        }
        md += QLatin1Char('\n');
    }

    if (!references.order().isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(SummaryText::tr("References"));
        for (int i = 0; i < references.order().size(); ++i) {
            const Source *source = incident.findSource(references.order()[i]);
            QStringList parts;
            if (!source->authors.trimmed().isEmpty())
                parts.append(TextEscape::markdownText(source->authors.trimmed()));
            QString title =
                QStringLiteral("*%1*").arg(TextEscape::markdownText(source->title.trimmed()));
            if (source->year > 0)
                title += QStringLiteral(" (%1)").arg(source->year);
            parts.append(title);
            if (!source->venue.trimmed().isEmpty())
                parts.append(TextEscape::markdownText(source->venue.trimmed()));
            const QUrl url = openableUrl(*source);
            if (url.isValid() && !url.isEmpty())
                parts.append(QStringLiteral("<%1>").arg(QString::fromUtf8(url.toEncoded())));
            // "1\." so a renderer keeps our numbers instead of renumbering a list.
            md += QStringLiteral("%1\\. %2  \n").arg(i + 1).arg(parts.join(QStringLiteral(". ")));
        }
        md += QLatin1Char('\n');
    }
    return md;
}

QString DiscussionSummary::recordDescription(const Incident &incident, const CruxRecord &record)
{
    // "type|subject" or "link|a,b" or "evidence|source|a,b" (docs/CRUXES.md).
    const QStringList parts = record.cruxKey.split(QLatin1Char('|'));
    QString type = parts.value(0);
    for (CruxType t : allCruxTypes())
        if (toString(t) == type)
            type = displayName(t);
    QStringList about;
    const QString last = parts.size() > 1 ? parts.last() : QString();
    if (parts.size() == 3)
        about.append(parts.value(1));
    const bool pair = parts.value(0) == toString(CruxType::Link) ||
                      parts.value(0) == toString(CruxType::Evidence);
    if (pair || parts.value(0) == toString(CruxType::Factor)) {
        QStringList labels;
        for (const QString &id : last.split(QLatin1Char(','), Qt::SkipEmptyParts))
            labels.append(factorLabel(incident, id));
        about.append(labels.join(QStringLiteral(" – ")));
    } else if (!last.isEmpty()) {
        about.append(last);
    }
    return about.isEmpty() ? type
                           : QStringLiteral("%1: %2").arg(type, about.join(QStringLiteral(", ")));
}

} // namespace faultline
