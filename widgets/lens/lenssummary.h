#pragma once

#include "model/analysis/lens.h"
#include "model/analysis/pathanalysis.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace faultline {

struct Incident;
struct Interpretation;

/// One-line descriptions of what a lens shows for one interpretation, for
/// the status bar, and the per-behaviour what-if wording of the levers lens.
class LensSummary
{
    Q_DECLARE_TR_FUNCTIONS(LensSummary)
public:
    /// "" for the plain lens.
    static QString describe(const Incident &incident, const Interpretation &interpretation,
                            Lens lens, const QSet<QString> &intervened);
    /// "2 of 3 paths remain" / "all 3 paths cut" (no behaviour name).
    static QString outcomeText(const LeverOutcome &outcome);

private:
    static QString describeRootCause(const Incident &incident,
                                     const Interpretation &interpretation);
    static QString describeLevers(const Incident &incident, const Interpretation &interpretation,
                                  const QSet<QString> &intervened);
    static QString describeGaps(const Incident &incident, const Interpretation &interpretation);
};

} // namespace faultline
