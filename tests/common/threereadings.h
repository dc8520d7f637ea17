#pragma once

// Three readings of one CoinRun incident, shared by the compare tests
// (header-only so each test stays one executable):
//   A "Reward reading":      rew, env, run; rew → run, env → run; rew is a root cause
//   B "Environment reading": env, run, ppo; env → run, ppo → run; env is a root cause
//   C "Minimal reading":     rew, run;      rew → run

#include "elementbuilders.h"
#include "model/incident.h"

namespace faultline::test {

/// Where B and C place their factors.
enum class ReadingPlaces
{
    Shared, ///< a shared factor sits where A has it, as if each reading were copied from A
    Apart,  ///< every reading places its factors elsewhere, so the compare view's alignment shows
};

inline Incident threeReadings(ReadingPlaces places = ReadingPlaces::Shared)
{
    const bool apart = places == ReadingPlaces::Apart;
    Incident incident;
    incident.title = QStringLiteral("CoinRun");
    incident.factors = {
        factor(QStringLiteral("rew"), QStringLiteral("reward"), QStringLiteral("+10 coin")),
        factor(QStringLiteral("env"), QStringLiteral("environment"), QStringLiteral("Coin at end")),
        factor(QStringLiteral("run"), QStringLiteral("behaviour"), QStringLiteral("Runs right")),
        factor(QStringLiteral("ppo"), QStringLiteral("algorithm"), QStringLiteral("PPO"))};
    Interpretation a;
    a.id = QStringLiteral("A");
    a.name = QStringLiteral("Reward reading");
    a.placements = {placement(QStringLiteral("rew"), {0, 0}, true),
                    placement(QStringLiteral("env"), {250, 0}),
                    placement(QStringLiteral("run"), {120, 220})};
    a.links = {link(QStringLiteral("a1"), QStringLiteral("rew"), QStringLiteral("run")),
               link(QStringLiteral("a2"), QStringLiteral("env"), QStringLiteral("run"))};
    Interpretation b;
    b.id = QStringLiteral("B");
    b.name = QStringLiteral("Environment reading");
    b.placements = {
        placement(QStringLiteral("env"), apart ? QPointF(900, 40) : QPointF(250, 0), true),
        placement(QStringLiteral("run"), apart ? QPointF(700, 500) : QPointF(120, 220)),
        placement(QStringLiteral("ppo"), apart ? QPointF(500, 40) : QPointF(-150, 0))};
    b.links = {link(QStringLiteral("b1"), QStringLiteral("env"), QStringLiteral("run")),
               link(QStringLiteral("b2"), QStringLiteral("ppo"), QStringLiteral("run"))};
    Interpretation c;
    c.id = QStringLiteral("C");
    c.name = QStringLiteral("Minimal reading");
    c.placements = {placement(QStringLiteral("rew"), apart ? QPointF(-300, -300) : QPointF(0, 0)),
                    placement(QStringLiteral("run"), apart ? QPointF(-300, 0) : QPointF(120, 220))};
    c.links = {link(QStringLiteral("c1"), QStringLiteral("rew"), QStringLiteral("run"))};
    incident.interpretations = {a, b, c};
    return incident;
}

} // namespace faultline::test
