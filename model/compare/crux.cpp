#include "crux.h"

#include "model/discussion.h"

#include <QCoreApplication>

namespace faultline {

namespace {
struct CruxTypeName
{
    CruxType type;
    const char *spelling;
    const char *display;
};

constexpr CruxTypeName kCruxTypes[] = {
    {CruxType::Area, "area", QT_TRANSLATE_NOOP("faultline::Crux", "Area")},
    {CruxType::Factor, "factor", QT_TRANSLATE_NOOP("faultline::Crux", "Factor")},
    {CruxType::FailurePoint, "failure-point",
     QT_TRANSLATE_NOOP("faultline::Crux", "Failure point")},
    {CruxType::Link, "link", QT_TRANSLATE_NOOP("faultline::Crux", "Link")},
    {CruxType::Evidence, "evidence", QT_TRANSLATE_NOOP("faultline::Crux", "Evidence")},
};

const CruxTypeName &entry(CruxType type)
{
    for (const CruxTypeName &row : kCruxTypes)
        if (row.type == type)
            return row;
    return kCruxTypes[0];
}

constexpr std::pair<CruxPointKind, const char *> kPointKinds[] = {
    {CruxPointKind::AreaVerdict, "area-verdict"},   {CruxPointKind::FactorUse, "factor-use"},
    {CruxPointKind::RootCause, "root-cause"},       {CruxPointKind::LeverNote, "lever-note"},
    {CruxPointKind::FailurePoint, "failure-point"}, {CruxPointKind::Direction, "direction"},
    {CruxPointKind::Relation, "relation"},          {CruxPointKind::Strength, "strength"},
    {CruxPointKind::CitedSources, "cited-sources"}, {CruxPointKind::Stance, "stance"},
    {CruxPointKind::Confidence, "confidence"},      {CruxPointKind::ComesWith, "comes-with"},
};

QString sortedPair(const QString &a, const QString &b)
{
    return a < b ? a + QLatin1Char(',') + b : b + QLatin1Char(',') + a;
}
} // namespace

const QList<CruxType> &allCruxTypes()
{
    static const QList<CruxType> all = [] {
        QList<CruxType> list;
        for (const CruxTypeName &row : kCruxTypes)
            list.append(row.type);
        return list;
    }();
    return all;
}

QString toString(CruxType type)
{
    // Built once: keys are made for every compared pair of factors.
    static const QList<QString> spellings = [] {
        QList<QString> list;
        for (const CruxTypeName &row : kCruxTypes)
            list.append(QString::fromLatin1(row.spelling));
        return list;
    }();
    return spellings.value(int(type));
}

QString displayName(CruxType type)
{
    return QCoreApplication::translate("faultline::Crux", entry(type).display);
}

QString toString(CruxPointKind kind)
{
    for (const auto &[k, spelling] : kPointKinds)
        if (k == kind)
            return QString::fromLatin1(spelling);
    return {};
}

QString toString(CruxRank rank)
{
    switch (rank) {
    case CruxRank::Verdict:
        return QStringLiteral("verdict");
    case CruxRank::FailurePoint:
        return QStringLiteral("failure-point");
    case CruxRank::Path:
        return QStringLiteral("path");
    case CruxRank::Detail:
        break;
    }
    return QStringLiteral("detail");
}

QString cruxKey(CruxType type, const QString &subjectId)
{
    return toString(type) + QLatin1Char('|') + subjectId;
}

QString linkCruxKey(const QString &a, const QString &b)
{
    return cruxKey(CruxType::Link, sortedPair(a, b));
}

QString evidenceCruxKey(const QString &sourceId, const QString &a, const QString &b)
{
    return cruxKey(CruxType::Evidence, sourceId + QLatin1Char('|') + sortedPair(a, b));
}

QStringList recordKeys(const Crux &crux)
{
    return QStringList{crux.key} + crux.foldedKeys;
}

const CruxRecord *findCruxRecord(const Discussion &discussion, const QStringList &interpretationIds,
                                 const Crux &crux)
{
    for (const QString &key : recordKeys(crux))
        if (const CruxRecord *record = discussion.findRecord(interpretationIds, key))
            return record;
    return nullptr;
}

QString migrateLegacyCruxKey(const QString &key)
{
    // Before version 3 a key was "type|subject|factor,factor" with one crux per
    // kind of difference; ids cannot contain '|' or ',' (docs/FORMAT.md).
    const QStringList parts = key.split(QLatin1Char('|'));
    if (parts.size() != 3)
        return key;
    const QString &type = parts[0];
    const QString &subject = parts[1];
    const QStringList factors = parts[2].split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (type == QLatin1String("root-cause") || type == QLatin1String("factor-presence") ||
        type == QLatin1String("lever-note"))
        return factors.size() == 1 ? cruxKey(CruxType::Factor, factors[0]) : key;
    if (type == QLatin1String("area-verdict"))
        return cruxKey(CruxType::Area, subject);
    if (type == QLatin1String("failure-mode"))
        return cruxKey(CruxType::FailurePoint, subject);
    if (factors.size() != 2)
        return key;
    if (type == QLatin1String("link-presence") || type == QLatin1String("link-relation") ||
        type == QLatin1String("link-strength") || type == QLatin1String("evidence-stance"))
        return linkCruxKey(factors[0], factors[1]);
    if (type == QLatin1String("evidence-source"))
        return evidenceCruxKey(subject, factors[0], factors[1]);
    return key;
}

} // namespace faultline
