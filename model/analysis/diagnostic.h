#pragma once

#include <QString>
#include <QStringList>

namespace faultline {

/// What a diagnostic is about. The order is the order diagnostics are listed in.
enum class DiagnosticType
{
    UnexplainedBehaviour,   ///< a behaviour no reward, environment or algorithm factor leads to
    RootCauseWithoutEffect, ///< a root cause that leads to no behaviour
    Cycle,                  ///< a loop of links (allowed, shown once per loop)
    LinkWithoutEvidence,    ///< a link with no evidence at all
    EvidenceWithoutSource,  ///< evidence that cites no source, or a source the incident does not
                            ///< have
};

/// How much a diagnostic matters. Nothing here makes a file invalid: these are
/// gaps in the argument, not format errors.
enum class DiagnosticSeverity
{
    Info,    ///< worth knowing (a loop, a missing citation)
    Warning, ///< the diagram does not make the argument it seems to make
};

/// One finding about one interpretation of an incident.
///
/// The elements it is about are split by type, because factor, link and
/// evidence ids are only unique among elements of the same type.
struct Diagnostic
{
    DiagnosticType type = DiagnosticType::Cycle;
    DiagnosticSeverity severity = DiagnosticSeverity::Info;
    QString interpretationId;
    QStringList factorIds;   ///< for a cycle: the loop in order, from the factor placed first
    QStringList linkIds;     ///< for a cycle: the links that close it, link order
    QStringList evidenceIds; ///< for EvidenceWithoutSource: the evidence (its link is in linkIds)
    QString message;         ///< translated, plain words, names factors by label

    bool operator==(const Diagnostic &) const = default;
};

/// Stable machine word of a type ("unexplained-behaviour", ...), for output and tests.
QString toString(DiagnosticType type);
/// Stable machine word of a severity ("info", "warning").
QString toString(DiagnosticSeverity severity);

} // namespace faultline
