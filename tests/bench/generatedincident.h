#pragma once

// Deterministic synthetic incidents for benchmarks and layout tests
// (header-only so tests can include it without linking the benchmark).

#include "model/incident.h"

#include <QStringList>

#include <algorithm>
#include <cstdint>

namespace faultline::test {

/// A small deterministic generator (xorshift), identical on every platform.
class GeneratorRandom
{
public:
    explicit GeneratorRandom(std::uint64_t seed) : m_state(seed ? seed : 0x9e3779b97f4a7c15ull) {}
    std::uint32_t next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return std::uint32_t(m_state >> 32);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % std::uint32_t(n)); }

private:
    std::uint64_t m_state;
};

/// An incident with one interpretation "main" of `factorCount` factors and
/// about 1.5 links per factor. Factors run from root causes (first quarter:
/// reward, environment, algorithm) through intermediate factors to observed
/// behaviour (last fifth); each link goes from a factor to one of the next
/// few dozen, as causal write-ups of large systems tend to. Every factor
/// starts at the origin, as after an import without positions.
inline Incident generatedIncident(int factorCount, std::uint64_t seed = 42)
{
    static const char *const rootKinds[] = {"reward", "environment", "algorithm"};
    static const char *const middleKinds[] = {"shift", "oversight", "intent", "environment",
                                              "algorithm"};
    static const char *const words[] = {"agent",  "reward", "policy", "physics", "exploit",
                                        "sensor", "goal",   "signal", "bug",     "proxy",
                                        "metric", "learns", "tests",  "coin"};
    GeneratorRandom random(seed);
    Incident incident;
    incident.title = QStringLiteral("Generated incident with %1 factors").arg(factorCount);
    Interpretation interp;
    interp.id = QStringLiteral("main");
    interp.name = QStringLiteral("Generated");
    for (int i = 0; i < factorCount; ++i) {
        Factor factor;
        factor.id = QStringLiteral("f%1").arg(i);
        const double share = double(i) / factorCount;
        if (share < 0.25)
            factor.kind = QLatin1String(rootKinds[i % 3]);
        else if (share >= 0.8)
            factor.kind = QStringLiteral("behaviour");
        else
            factor.kind = QLatin1String(middleKinds[i % 5]);
        QStringList label{QStringLiteral("Factor %1:").arg(i)};
        const int wordCount = 2 + random.below(9);
        for (int w = 0; w < wordCount; ++w)
            label.append(QLatin1String(words[random.below(int(std::size(words)))]));
        factor.label = label.join(QLatin1Char(' '));
        incident.factors.append(factor);
        interp.placements.append({factor.id, QPointF(0, 0), false, false, {}});
    }
    const int linkCount = factorCount * 3 / 2;
    const int window = std::clamp(factorCount / 10, 3, 40);
    for (int k = 0; k < linkCount && factorCount > 1; ++k) {
        const int from = random.below(factorCount - 1);
        const int to = std::min(factorCount - 1, from + 1 + random.below(window));
        Link link;
        link.id = QStringLiteral("l%1").arg(k);
        link.from = QStringLiteral("f%1").arg(from);
        link.to = QStringLiteral("f%1").arg(to);
        link.strength = 1 + random.below(5);
        interp.links.append(link);
    }
    incident.interpretations.append(interp);
    return incident;
}

} // namespace faultline::test
