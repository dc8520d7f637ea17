#pragma once

#include "model/incident.h"

#include <QList>
#include <QStringList>

namespace faultline {

/// How a reading's diagram comes onto its slide, one press at a time.
/// Chosen in the presentation settings (QSettings key "presentation/reveal",
/// cycled with R in the presentation window).
enum class RevealMode
{
    All,    ///< the whole diagram at once
    Stages, ///< root causes, then the paths, then the behaviour (the default)
    Links,  ///< one link at a time, in RevealOrder
};

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
    /// Reading with staged reveal: 0 root causes, 1 the paths, 2 the
    /// behaviour (everything); -1 = not staged.
    int stage = -1;

    bool operator==(const PresentationStep &) const = default;
};

/// The steps of a presentation, in order: title; each interpretation (with
/// link reveal, one step per revealed link after a step with none; with
/// staged reveal, three steps: root causes, paths, behaviour); the
/// compare view and each crux (when two or more readings are compared);
/// the end.
class PresentationPlan
{
public:
    static QList<PresentationStep> build(const Incident &incident, RevealMode reveal, bool compare,
                                         int cruxCount);
    /// The number of stages of staged reveal.
    static constexpr int kStageCount = 3;
};

} // namespace faultline
