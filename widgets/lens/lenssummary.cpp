#include "lenssummary.h"

#include "model/analysis/gaplist.h"
#include "model/incident.h"

namespace faultline {

namespace {

QString labelOf(const Incident &incident, const QString &factorId)
{
    const Factor *factor = incident.findFactor(factorId);
    QString label = factor ? factor->label.simplified() : factorId;
    if (label.size() > 40)
        label = label.left(39) + QChar(0x2026);
    return QChar(0x201c) + label + QChar(0x201d);
}

int pathCount(const QList<CausalPath> &paths)
{
    return int(paths.size());
}

} // namespace

QString LensSummary::describe(const Incident &incident, const Interpretation &interpretation,
                              Lens lens, const QSet<QString> &intervened)
{
    switch (lens) {
    case Lens::Plain:
        return {};
    case Lens::RootCause:
        return describeRootCause(incident, interpretation);
    case Lens::Levers:
        return describeLevers(incident, interpretation, intervened);
    case Lens::Gaps:
        return describeGaps(incident, interpretation);
    }
    return {};
}

QString LensSummary::outcomeText(const LeverOutcome &outcome)
{
    const int remaining = pathCount(outcome.remainingPaths);
    const int total = remaining + pathCount(outcome.cutPaths);
    const QString more =
        outcome.remainingTruncated || outcome.cutTruncated ? QStringLiteral("+") : QString();
    if (!outcome.reachable)
        return tr("all %1%2 paths cut").arg(total).arg(more);
    if (total == 1)
        return tr("its only path remains");
    return tr("%1 of %2%3 paths remain").arg(remaining).arg(total).arg(more);
}

QString LensSummary::describeRootCause(const Incident &incident,
                                       const Interpretation &interpretation)
{
    const PathAnalysis analysis(incident, interpretation);
    if (analysis.rootCauseIds().isEmpty())
        return tr("Root cause lens: no factor is marked as a root cause in this reading.");
    const RootCauseEmphasis emphasis = analysis.rootCauseLens();
    int paths = 0;
    int explained = 0;
    for (const BehaviourPaths &behaviour : emphasis.behaviours) {
        paths += pathCount(behaviour.paths);
        if (behaviour.reachable)
            ++explained;
    }
    QStringList names;
    for (const QString &id : analysis.rootCauseIds())
        names.append(labelOf(incident, id));
    const QString pathText = paths == 1 ? tr("1 path") : tr("%1 paths").arg(paths);
    return tr("Root cause lens: %1 — %2 to %3 of %4 behaviours")
        .arg(names.join(QStringLiteral(", ")), pathText)
        .arg(explained)
        .arg(emphasis.behaviours.size());
}

QString LensSummary::describeLevers(const Incident &incident, const Interpretation &interpretation,
                                    const QSet<QString> &intervened)
{
    QStringList fixed;
    QStringList fixedLabels;
    int notes = 0;
    for (const Placement &placement : interpretation.placements) {
        if (!placement.leverNote.trimmed().isEmpty())
            ++notes;
        if (intervened.contains(placement.factorId)) {
            fixed.append(placement.factorId);
            fixedLabels.append(labelOf(incident, placement.factorId));
        }
    }
    if (fixed.isEmpty())
        return tr("Levers lens: lever notes on %1 of %2 factors. Select a factor and press I to "
                  "see what fixing "
                  "it would cut.")
            .arg(notes)
            .arg(interpretation.placements.size());
    const PathAnalysis analysis(incident, interpretation);
    const LeverAnalysis whatIf = analysis.whatIf(fixed);
    QStringList parts;
    for (const LeverOutcome &outcome : whatIf.behaviours) {
        // Behaviours the intervention does not touch would only repeat themselves.
        if (!outcome.reachableBefore || (outcome.cutPaths.isEmpty() && !outcome.cutTruncated))
            continue;
        const int remaining = pathCount(outcome.remainingPaths);
        const int total = remaining + pathCount(outcome.cutPaths);
        const QString name = labelOf(incident, outcome.behaviourId);
        if (outcome.reachable)
            parts.append(tr("%1 of %2 paths to %3 remain").arg(remaining).arg(total).arg(name));
        else
            parts.append(tr("all paths to %1 cut").arg(name));
    }
    const QString head = tr("Fixing %1: ").arg(fixedLabels.join(QStringLiteral(" + ")));
    if (parts.isEmpty())
        return head + tr("no path to a behaviour passes it.");
    return head + parts.join(QStringLiteral("; ")) +
           (whatIf.allCut() ? tr(" — the failure is fixed.") : QString());
}

QString LensSummary::describeGaps(const Incident &incident, const Interpretation &interpretation)
{
    int count = 0;
    for (const GapGroup &group : gapList(incident, interpretation.id))
        count += group.factors.size();
    return count == 1 ? tr("Gaps lens: 1 factor with a gap between actual and ideal.")
                      : tr("Gaps lens: %1 factors with a gap between actual and ideal.").arg(count);
}

} // namespace faultline
