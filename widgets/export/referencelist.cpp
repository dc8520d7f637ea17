#include "referencelist.h"

#include "model/incident.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/linkitem.h"

#include <algorithm>

namespace faultline {

ReferenceList ReferenceList::collect(const QList<CanvasScene *> &scenes)
{
    ReferenceList list;
    for (CanvasScene *scene : scenes) {
        const Interpretation *interp = scene ? scene->interpretation() : nullptr;
        if (!interp)
            continue;
        const Incident &incident = scene->document()->incident();
        for (LinkItem *item : scene->linkItems()) {
            const Link *link = item->isVisible() ? interp->findLink(item->linkId()) : nullptr;
            if (!link)
                continue;
            for (const Evidence &evidence : link->evidence) {
                if (evidence.sourceId.isEmpty() || list.m_numbers.contains(evidence.sourceId))
                    continue;
                if (const Source *source = incident.findSource(evidence.sourceId)) {
                    list.m_sources.append(*source);
                    list.m_numbers.insert(source->id, int(list.m_sources.size()));
                }
            }
        }
    }
    return list;
}

QStringList ReferenceList::sourceIds() const
{
    QStringList ids;
    for (const Source &source : m_sources)
        ids.append(source.id);
    return ids;
}

QList<int> ReferenceList::numbersFor(const Link &link) const
{
    QList<int> numbers;
    for (const Evidence &evidence : link.evidence)
        if (const int n = number(evidence.sourceId); n > 0 && !numbers.contains(n))
            numbers.append(n);
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

QString ReferenceList::markerFor(const Link &link) const
{
    const QList<int> numbers = numbersFor(link);
    if (numbers.isEmpty())
        return {};
    QStringList parts;
    for (const int n : numbers)
        parts.append(QString::number(n));
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

QString ReferenceList::entryText(int index) const
{
    return index >= 0 && index < m_sources.size() ? formatSource(m_sources[index]) : QString();
}

QString ReferenceList::formatSource(const Source &source)
{
    // Author (year). Title. Venue. Address — the parts that are known.
    QStringList parts;
    QString lead = source.authors.trimmed();
    if (source.year > 0)
        lead += (lead.isEmpty() ? QString() : QStringLiteral(" ")) +
                QStringLiteral("(%1)").arg(source.year);
    if (!lead.isEmpty())
        parts.append(lead);
    if (!source.title.trimmed().isEmpty())
        parts.append(source.title.trimmed());
    if (!source.venue.trimmed().isEmpty())
        parts.append(source.venue.trimmed());
    if (!source.doi.trimmed().isEmpty())
        parts.append(QStringLiteral("https://doi.org/") + source.doi.trimmed());
    else if (!source.url.trimmed().isEmpty())
        parts.append(source.url.trimmed());
    QString text;
    for (const QString &part : std::as_const(parts)) {
        text += part;
        if (!part.endsWith(QLatin1Char('.')) && !part.endsWith(QLatin1Char('?')) &&
            &part != &parts.last())
            text += QLatin1Char('.');
        text += QLatin1Char(' ');
    }
    return text.trimmed();
}

} // namespace faultline
