#pragma once

#include "comparisonindex.h"
#include "diffresult.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <vector>

namespace faultline {

/// One run of DiffEngine::compare: the passes that find the cruxes of the
/// compared readings (factors, areas, failure points, links, evidence), then
/// their sides and ranking. Internal to the compare engine; the link and
/// evidence passes live in comparisonlinks.cpp.
class Comparison
{
public:
    Comparison(const Incident &incident, const QStringList &ids, DiffResult &result);

    /// Fills the result: usage, cruxes with their points, sides and rank, coverage differences.
    void run();

private:
    /// One flag per compared reading.
    using Flags = QVarLengthArray<bool, 4>;

    int views() const { return m_index.viewCount(); }
    const QString &factorId(int f) const { return m_index.factor(f).id; }

    void collectUsage();
    Crux newCrux(CruxType type, const QString &key, const QString &subjectId);
    static void addEvidence(ReadingPosition &position, const Link *link,
                            const QString &onlySource = QString());
    void addFactorEvidence(Crux &crux, const QList<int> &factors) const;
    void addCoverage(CruxType type, const QString &key, const QString &subjectId,
                     const QStringList &factorIds, const QList<bool> &considered);

    void factors();
    Crux *presenceCrux(int f);
    bool foldIntoPresence(const QList<int> &factors, const QString &key, const Flags &holders);
    void areas();
    void failurePoints();
    void link(const ComparisonIndex::PairRow &row);
    void evidence(const ComparisonIndex::PairRow &row);

    static void finish(Crux &crux);
    void rank();

    ComparisonIndex m_index;
    DiffResult &m_result;
    std::vector<int> m_factorCrux; ///< [factor] index of its crux in m_result.cruxes, or -1
};

} // namespace faultline
