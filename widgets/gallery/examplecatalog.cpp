#include "examplecatalog.h"

#include "model/format/faultlinereader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace faultline {

namespace {
QString firstSentenceOf(const QString &text)
{
    // A full stop followed by white space ends the sentence; "e.g." and
    // "vs." rarely open a summary, so no abbreviation list is needed.
    static const QRegularExpression end(QStringLiteral("[.!?](\\s|$)"));
    const QRegularExpressionMatch match = end.match(text);
    return match.hasMatch() ? text.left(match.capturedStart() + 1) : text;
}
} // namespace

bool ExampleEntry::matches(const QString &query) const
{
    QStringList haystack{incident.title, incident.summary, incident.tags.join(QLatin1Char(' '))};
    for (const Interpretation &interp : incident.interpretations)
        haystack << interp.name;
    for (const Source &source : incident.sources)
        haystack << source.authors << QString::number(source.year);
    const QString text = haystack.join(QLatin1Char(' '));
    const QStringList words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [&text](const QString &word) {
        return text.contains(word, Qt::CaseInsensitive);
    });
}

QList<ExampleEntry> ExampleCatalog::load(const QString &directory)
{
    QList<ExampleEntry> entries;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.faultline")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const LoadResult result = readFaultline(file.readAll());
        if (!result.ok())
            continue;
        ExampleEntry entry;
        entry.resourcePath = dir.filePath(name);
        entry.incident = result.value();
        for (const Source &source : std::as_const(entry.incident.sources))
            if (source.year > 0 && (entry.year == 0 || source.year < entry.year))
                entry.year = source.year;
        entry.firstSentence = firstSentenceOf(entry.incident.summary.simplified());
        entries.append(std::move(entry));
    }
    std::sort(entries.begin(), entries.end(), [](const ExampleEntry &a, const ExampleEntry &b) {
        return QString::localeAwareCompare(a.incident.title, b.incident.title) < 0;
    });
    return entries;
}

} // namespace faultline
