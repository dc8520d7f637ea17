#pragma once

// Small incidents shared by the layout tests (header-only, like
// tests/common/sampleincident.h).

#include "../common/elementbuilders.h"
#include "model/incident.h"

namespace faultline::test {

/// A box-surfing reading with eight factors, all stacked at one point (as
/// after adding them by hand), and one stale route.
inline Incident surfingIncident()
{
    Incident incident;
    incident.title = QStringLiteral("Box surfing");
    incident.factors = {factor("reward", "reward", "Team reward: +1 while every hider is hidden"),
                        factor("physics", "environment", "Agents can push themselves in mid-air"),
                        factor("lock", "environment", "Boxes cannot be locked by hiders"),
                        factor("ppo", "algorithm", "PPO explores with huge batches"),
                        factor("shift", "shift", "Seekers meet new hider strategies"),
                        factor("nobody", "oversight", "Nobody watched the training videos"),
                        factor("surfing", "behaviour", "Box surfing"),
                        factor("win", "behaviour", "Seekers win every episode")};
    Interpretation interp;
    interp.id = QStringLiteral("main");
    interp.name = QStringLiteral("Main");
    for (const Factor &f : std::as_const(incident.factors))
        interp.placements.append({f.id, QPointF(10, 20), false, false, {}});
    interp.links = {link("l1", "reward", "surfing"), link("l2", "physics", "surfing"),
                    link("l3", "lock", "surfing"),   link("l4", "ppo", "shift"),
                    link("l5", "shift", "surfing"),  link("l6", "nobody", "surfing"),
                    link("l7", "surfing", "win"),    link("l8", "reward", "shift")};
    interp.links[0].route = {QPointF(0, 0), QPointF(1, 1), QPointF(2, 2), QPointF(3, 3)};
    incident.interpretations.append(interp);
    return incident;
}

} // namespace faultline::test
