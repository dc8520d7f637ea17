#pragma once

#include "model/incident.h"

#include <QString>
#include <QStringList>

namespace faultline {

/// What a typed interpretation id or name picked out of an incident.
struct InterpretationMatch
{
    enum class Outcome
    {
        Found,     ///< exactly one interpretation: `id`
        Unknown,   ///< no interpretation has that id or name
        Ambiguous, ///< several interpretations share the name: `candidates`
    };

    Outcome outcome = Outcome::Unknown;
    QString id;             ///< the interpretation's id when Found
    QStringList candidates; ///< the ids sharing the name when Ambiguous, in document order

    bool found() const { return outcome == Outcome::Found; }
};

/// The one id-or-name lookup of interpretations, for everything a user types
/// (command-line options, conversion targets). An id wins over a name, since
/// ids are unique; otherwise the name is compared with `nameCase`. Callers word
/// the Unknown and Ambiguous outcomes for their own audience.
[[nodiscard]] InterpretationMatch
resolveInterpretation(const Incident &incident, const QString &typed,
                      Qt::CaseSensitivity nameCase = Qt::CaseInsensitive);

} // namespace faultline
