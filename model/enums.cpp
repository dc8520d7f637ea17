#include "enums.h"

#include <QCoreApplication>

namespace faultline {

namespace {
// One table per enum keeps file spelling and display name side by side.
struct RelationName
{
    Relation value;
    const char *file;
    const char *display;
};
constexpr RelationName kRelations[] = {
    {Relation::Causes, "causes", QT_TRANSLATE_NOOP("faultline::Relation", "causes")},
    {Relation::Enables, "enables", QT_TRANSLATE_NOOP("faultline::Relation", "enables")},
    {Relation::Prevents, "prevents", QT_TRANSLATE_NOOP("faultline::Relation", "prevents")},
    {Relation::Amplifies, "amplifies", QT_TRANSLATE_NOOP("faultline::Relation", "amplifies")},
};

struct EvidenceKindName
{
    EvidenceKind value;
    const char *file;
    const char *display;
};
constexpr EvidenceKindName kEvidenceKinds[] = {
    {EvidenceKind::Experiment, "experiment",
     QT_TRANSLATE_NOOP("faultline::EvidenceKind", "experiment")},
    {EvidenceKind::Observation, "observation",
     QT_TRANSLATE_NOOP("faultline::EvidenceKind", "observation")},
    {EvidenceKind::Ablation, "ablation", QT_TRANSLATE_NOOP("faultline::EvidenceKind", "ablation")},
    {EvidenceKind::Replication, "replication",
     QT_TRANSLATE_NOOP("faultline::EvidenceKind", "replication")},
    {EvidenceKind::AuthorClaim, "author-claim",
     QT_TRANSLATE_NOOP("faultline::EvidenceKind", "author claim")},
    {EvidenceKind::Speculation, "speculation",
     QT_TRANSLATE_NOOP("faultline::EvidenceKind", "speculation")},
};

template <typename Table, typename Enum>
const char *lookup(const Table &table, Enum v, bool display)
{
    for (const auto &row : table)
        if (row.value == v)
            return display ? row.display : row.file;
    return "";
}

template <typename Enum, typename Table>
std::optional<Enum> parse(const Table &table, const QString &s)
{
    for (const auto &row : table)
        if (s == QLatin1String(row.file))
            return row.value;
    return std::nullopt;
}
} // namespace

QString toString(Relation r)
{
    return QString::fromLatin1(lookup(kRelations, r, false));
}
QString toString(EvidenceKind k)
{
    return QString::fromLatin1(lookup(kEvidenceKinds, k, false));
}
QString toString(Stance s)
{
    return s == Stance::Supports ? QStringLiteral("supports") : QStringLiteral("contradicts");
}

std::optional<Relation> relationFromString(const QString &s)
{
    return parse<Relation>(kRelations, s);
}
std::optional<EvidenceKind> evidenceKindFromString(const QString &s)
{
    return parse<EvidenceKind>(kEvidenceKinds, s);
}
std::optional<Stance> stanceFromString(const QString &s)
{
    if (s == QLatin1String("supports"))
        return Stance::Supports;
    if (s == QLatin1String("contradicts"))
        return Stance::Contradicts;
    return std::nullopt;
}

const QList<Relation> &allRelations()
{
    static const QList<Relation> all{Relation::Causes, Relation::Enables, Relation::Prevents,
                                     Relation::Amplifies};
    return all;
}

const QList<EvidenceKind> &allEvidenceKinds()
{
    static const QList<EvidenceKind> all{EvidenceKind::Experiment,  EvidenceKind::Observation,
                                         EvidenceKind::Ablation,    EvidenceKind::Replication,
                                         EvidenceKind::AuthorClaim, EvidenceKind::Speculation};
    return all;
}

QString displayName(Relation r)
{
    return QCoreApplication::translate("faultline::Relation", lookup(kRelations, r, true));
}
QString displayName(EvidenceKind k)
{
    return QCoreApplication::translate("faultline::EvidenceKind", lookup(kEvidenceKinds, k, true));
}
QString displayName(Stance s)
{
    return s == Stance::Supports ? QCoreApplication::translate("faultline::Stance", "supports")
                                 : QCoreApplication::translate("faultline::Stance", "contradicts");
}

} // namespace faultline
