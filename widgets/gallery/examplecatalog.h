#pragma once

#include "model/incident.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace faultline {

/// One bundled example of the library, as the gallery lists it.
struct ExampleEntry
{
    QString resourcePath; ///< ":/faultline/examples/coinrun.faultline"
    Incident incident;
    int year = 0;          ///< year of the earliest cited source, 0 when none has one
    QString firstSentence; ///< of the summary, for one-line listings

    /// Whether every word of `query` occurs (case-insensitively) in the
    /// title, summary, tags, interpretation names or source authors.
    bool matches(const QString &query) const;
};

/// The library of published failure examples bundled as resources. Read on
/// demand (never at start-up): the gallery is the only reader.
class ExampleCatalog
{
public:
    static QString resourceDirectory() { return QStringLiteral(":/faultline/examples"); }

    /// Every example that loads without errors, sorted by title. An example
    /// that fails to load is skipped (the examples test keeps them valid).
    static QList<ExampleEntry> load(const QString &directory = resourceDirectory());
};

} // namespace faultline
