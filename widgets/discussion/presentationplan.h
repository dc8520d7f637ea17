#pragma once

#include "model/incident.h"

#include <QList>
#include <QStringList>

namespace faultline {

/// One step of a presentation (one press of Right / Page Down).
struct PresentationStep
{
    enum class Kind
    {
        Title,   ///< incident title, summary and participants
        Reading, ///< one interpretation: name, author, stance and its diagram
        Compare, ///< the compared readings side by side
        Crux,    ///< one crux: sides, evidence, positions, note, resolution
        End,     ///< what was settled and what stays open
    };
    Kind kind = Kind::Title;
    /// Reading: interpretation index; Crux: crux index; else 0.
    int index = 0;
    /// Reading with reveal on: links shown so far (0 … link count); -1 = all.
    int revealed = -1;

    bool operator==(const PresentationStep &) const = default;
};

/// The steps of a presentation, in order: title; each interpretation (with
/// reveal on, one step per revealed link after a step with none); the
/// compare view and each crux (when two or more readings are compared);
/// the end.
class PresentationPlan
{
public:
    static QList<PresentationStep> build(const Incident &incident, bool reveal, bool compare,
                                         int cruxCount);
};

} // namespace faultline
