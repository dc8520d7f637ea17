#include "diagnostics.h"
#include "factorlookup.h"

#include "causalgraph.h"

#include "model/incident.h"
#include "model/kindstyle.h"

#include <QCoreApplication>
#include <QHash>

namespace faultline {

namespace {
/// Factors are named by label in messages; the id stands in for an unlabelled or unknown factor.
QString nameOf(const Incident &incident, const QString &factorId)
{
    const Factor *factor = incident.findFactor(factorId);
    return factor && !factor->label.isEmpty() ? factor->label : factorId;
}

Diagnostic make(DiagnosticType type, DiagnosticSeverity severity,
                const Interpretation &interpretation, const QString &message)
{
    Diagnostic d;
    d.type = type;
    d.severity = severity;
    d.interpretationId = interpretation.id;
    d.message = message;
    return d;
}

void behavioursAndRootCauses(const Incident &incident, const Interpretation &interpretation,
                             const CausalGraph &graph, QList<Diagnostic> &out)
{
    const FactorLookup lookup(incident);
    QList<int> areaFactors;
    QList<int> behaviours;
    QList<int> rootCauses;
    QList<bool> seen(graph.nodeCount(), false);
    for (const Placement &placement : interpretation.placements) {
        const int node = graph.nodeOf(placement.factorId);
        if (node < 0 || seen[node])
            continue;
        seen[node] = true;
        const Factor *factor = lookup.factor(placement.factorId);
        if (lookup.inRootCauseArea(placement.factorId))
            areaFactors.append(node);
        if (factor && factor->kind == QLatin1String("behaviour"))
            behaviours.append(node);
        if (placement.rootCause)
            rootCauses.append(node);
    }
    for (int behaviour : std::as_const(behaviours)) {
        if (graph.hasPath(areaFactors, behaviour))
            continue;
        const QString &id = graph.factorId(behaviour);
        Diagnostic d =
            make(DiagnosticType::UnexplainedBehaviour, DiagnosticSeverity::Warning, interpretation,
                 QCoreApplication::translate(
                     "faultline::Diagnostics",
                     "No causal path leads to the behaviour “%1” from any reward, environment or "
                     "algorithm factor.")
                     .arg(nameOf(incident, id)));
        d.factorIds = {id};
        out.append(d);
    }
    for (int rootCause : std::as_const(rootCauses)) {
        // One search per root cause; any walk to another factor shortens to a path.
        const QList<bool> reached = graph.reachableFrom({rootCause});
        bool leads = false;
        for (int behaviour : std::as_const(behaviours))
            leads = leads || (behaviour != rootCause && reached[behaviour]);
        if (leads)
            continue;
        const QString &id = graph.factorId(rootCause);
        Diagnostic d = make(DiagnosticType::RootCauseWithoutEffect, DiagnosticSeverity::Warning,
                            interpretation,
                            QCoreApplication::translate(
                                "faultline::Diagnostics",
                                "The root cause “%1” has no causal path to any observed behaviour.")
                                .arg(nameOf(incident, id)));
        d.factorIds = {id};
        out.append(d);
    }
}

void cycles(const Incident &incident, const Interpretation &interpretation,
            const CausalGraph &graph, QList<Diagnostic> &out)
{
    for (const QStringList &cycle : graph.cycles()) {
        QStringList names;
        for (const QString &id : cycle)
            names.append(nameOf(incident, id));
        names.append(nameOf(incident, cycle.first()));
        Diagnostic d = make(
            DiagnosticType::Cycle, DiagnosticSeverity::Info, interpretation,
            QCoreApplication::translate("faultline::Diagnostics", "These factors form a loop: %1.")
                .arg(names.join(QStringLiteral(" → "))));
        d.factorIds = cycle;
        // Every link from one factor of the loop to the next (parallel links
        // all close it), in link order.
        QHash<QString, QString> next;
        for (qsizetype i = 0; i < cycle.size(); ++i)
            next.insert(cycle[i], cycle[(i + 1) % cycle.size()]);
        for (const Link &link : interpretation.links) {
            const auto it = next.constFind(link.from);
            if (it != next.constEnd() && *it == link.to)
                d.linkIds.append(link.id);
        }
        out.append(d);
    }
}

void evidence(const Incident &incident, const Interpretation &interpretation,
              QList<Diagnostic> &out)
{
    for (const Link &link : interpretation.links) {
        if (!link.evidence.isEmpty())
            continue;
        Diagnostic d =
            make(DiagnosticType::LinkWithoutEvidence, DiagnosticSeverity::Info, interpretation,
                 QCoreApplication::translate("faultline::Diagnostics",
                                             "The link from “%1” to “%2” has no evidence.")
                     .arg(nameOf(incident, link.from), nameOf(incident, link.to)));
        d.linkIds = {link.id};
        out.append(d);
    }
    for (const Link &link : interpretation.links) {
        for (const Evidence &item : link.evidence) {
            QString message;
            if (item.sourceId.isEmpty())
                message = QCoreApplication::translate(
                              "faultline::Diagnostics",
                              "Evidence “%1” on the link from “%2” to “%3” cites no source.")
                              .arg(item.id, nameOf(incident, link.from), nameOf(incident, link.to));
            else if (!incident.findSource(item.sourceId))
                message = QCoreApplication::translate("faultline::Diagnostics",
                                                      "Evidence “%1” on the link from “%2” to “%3” "
                                                      "cites “%4”, which is not a source "
                                                      "of the incident.")
                              .arg(item.id, nameOf(incident, link.from), nameOf(incident, link.to),
                                   item.sourceId);
            else
                continue;
            Diagnostic d = make(DiagnosticType::EvidenceWithoutSource, DiagnosticSeverity::Info,
                                interpretation, message);
            d.linkIds = {link.id};
            d.evidenceIds = {item.id};
            out.append(d);
        }
    }
}
} // namespace

QString toString(DiagnosticType type)
{
    switch (type) {
    case DiagnosticType::UnexplainedBehaviour:
        return QStringLiteral("unexplained-behaviour");
    case DiagnosticType::RootCauseWithoutEffect:
        return QStringLiteral("root-cause-without-effect");
    case DiagnosticType::Cycle:
        return QStringLiteral("cycle");
    case DiagnosticType::LinkWithoutEvidence:
        return QStringLiteral("link-without-evidence");
    case DiagnosticType::EvidenceWithoutSource:
        return QStringLiteral("evidence-without-source");
    }
    return {};
}

QString toString(DiagnosticSeverity severity)
{
    return severity == DiagnosticSeverity::Warning ? QStringLiteral("warning")
                                                   : QStringLiteral("info");
}

QList<Diagnostic> diagnose(const Incident &incident, const Interpretation &interpretation)
{
    QList<Diagnostic> result;
    const CausalGraph graph(interpretation);
    behavioursAndRootCauses(incident, interpretation, graph, result);
    cycles(incident, interpretation, graph, result);
    evidence(incident, interpretation, result);
    return result;
}

QList<Diagnostic> diagnose(const Incident &incident)
{
    QList<Diagnostic> result;
    for (const Interpretation &interpretation : incident.interpretations)
        result.append(diagnose(incident, interpretation));
    return result;
}

} // namespace faultline
