#pragma once

#include <QString>

#include <optional>

namespace faultline {

/// The three ways of looking at one failure (plus the plain drawing). A lens
/// changes what the diagram emphasises, never the model.
enum class Lens
{
    Plain,
    RootCause, ///< root causes and their causal paths to the observed behaviour stand out
    Levers,    ///< lever notes; which paths an intervention cuts
    Gaps,      ///< actual vs ideal state of each factor
};

/// Stable id used in settings, on the command line and as action data:
/// "plain", "root-cause", "levers", "gaps".
inline QString lensId(Lens lens)
{
    switch (lens) {
    case Lens::Plain:
        return QStringLiteral("plain");
    case Lens::RootCause:
        return QStringLiteral("root-cause");
    case Lens::Levers:
        return QStringLiteral("levers");
    case Lens::Gaps:
        return QStringLiteral("gaps");
    }
    return QStringLiteral("plain");
}

inline std::optional<Lens> lensFromId(const QString &id)
{
    for (const Lens lens : {Lens::Plain, Lens::RootCause, Lens::Levers, Lens::Gaps})
        if (lensId(lens) == id)
            return lens;
    return std::nullopt;
}

} // namespace faultline
