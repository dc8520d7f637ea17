#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace faultline {

/// Causal relation of a link.
enum class Relation
{
    Causes,
    Enables,
    Prevents,
    Amplifies
};

/// What kind of evidence backs (or contradicts) a link.
enum class EvidenceKind
{
    Experiment,
    Observation,
    Ablation,
    Replication,
    AuthorClaim,
    Speculation
};

/// Whether an evidence item supports or contradicts its link.
enum class Stance
{
    Supports,
    Contradicts
};

/// File-format spelling of each enum value ("causes", "author-claim", ...).
QString toString(Relation r);
QString toString(EvidenceKind k);
QString toString(Stance s);
/// Parse the file-format spelling; std::nullopt for an unknown word.
std::optional<Relation> relationFromString(const QString &s);
std::optional<EvidenceKind> evidenceKindFromString(const QString &s);
std::optional<Stance> stanceFromString(const QString &s);

/// Every value in declaration order (for menus, legends and tests).
const QList<Relation> &allRelations();
const QList<EvidenceKind> &allEvidenceKinds();

/// Translated, user-visible names.
QString displayName(Relation r);
QString displayName(EvidenceKind k);
QString displayName(Stance s);

} // namespace faultline
