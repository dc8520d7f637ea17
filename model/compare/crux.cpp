#include "crux.h"

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
    {CruxType::AreaVerdict, "area-verdict", QT_TRANSLATE_NOOP("faultline::Crux", "Area verdict")},
    {CruxType::RootCause, "root-cause", QT_TRANSLATE_NOOP("faultline::Crux", "Root cause")},
    {CruxType::FailureMode, "failure-mode", QT_TRANSLATE_NOOP("faultline::Crux", "Failure point")},
    {CruxType::LinkPresence, "link-presence", QT_TRANSLATE_NOOP("faultline::Crux", "Link")},
    {CruxType::LinkRelation, "link-relation", QT_TRANSLATE_NOOP("faultline::Crux", "Relation")},
    {CruxType::LinkStrength, "link-strength", QT_TRANSLATE_NOOP("faultline::Crux", "Strength")},
    {CruxType::EvidenceSource, "evidence-source",
     QT_TRANSLATE_NOOP("faultline::Crux", "Cited source")},
    {CruxType::EvidenceStance, "evidence-stance",
     QT_TRANSLATE_NOOP("faultline::Crux", "Evidence stance")},
    {CruxType::FactorPresence, "factor-presence", QT_TRANSLATE_NOOP("faultline::Crux", "Factor")},
    {CruxType::LeverNote, "lever-note", QT_TRANSLATE_NOOP("faultline::Crux", "Lever")},
};

const CruxTypeName &entry(CruxType type)
{
    for (const CruxTypeName &row : kCruxTypes)
        if (row.type == type)
            return row;
    return kCruxTypes[0];
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
    return QString::fromLatin1(entry(type).spelling);
}

QString displayName(CruxType type)
{
    return QCoreApplication::translate("faultline::Crux", entry(type).display);
}

QString cruxKey(const Crux &crux)
{
    return toString(crux.type) + QLatin1Char('|') + crux.subjectId + QLatin1Char('|') +
           crux.factorIds.join(QLatin1Char(','));
}

} // namespace faultline
