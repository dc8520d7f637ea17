#include "cruxreport.h"

#include "checklistcoverage.h"
#include "cruxdescriber.h"
#include "rootcausematrix.h"

#include "model/kindstyle.h"

#include <QCoreApplication>

#include <algorithm>

#include <nlohmann/json.hpp>

namespace faultline {

namespace {
using Json = nlohmann::ordered_json;

// lupdate files a free tr() call under the class or namespace around the call,
// not under a helper's context: calls name this context class instead.
struct CruxReportText
{
    Q_DECLARE_TR_FUNCTIONS(faultline::CruxReport)
};

std::string utf8(const QString &text)
{
    return text.toStdString();
}

Json strings(const QStringList &list)
{
    Json array = Json::array();
    for (const QString &s : list)
        array.push_back(utf8(s));
    return array;
}

Json linkRefs(const QList<CruxLinkRef> &links)
{
    Json array = Json::array();
    for (const CruxLinkRef &ref : links)
        array.push_back(
            {{"interpretation", utf8(ref.interpretationId)}, {"link", utf8(ref.linkId)}});
    return array;
}

QString interpretationName(const Incident &incident, const QString &id)
{
    const Interpretation *interp = incident.findInterpretation(id);
    return interp ? interp->name : id;
}

QString checklistNames(const Checklist &checklist, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids)
        if (const ChecklistEntry *entry = checklist.find(id))
            names.append(Checklist::displayName(*entry));
    return names.isEmpty() ? CruxReportText::tr("none") : names.join(QStringLiteral(", "));
}

QString padded(const QString &text, qsizetype width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

void appendMatrixText(QString &text, const Incident &incident, const DiffResult &diff)
{
    const RootCauseMatrix matrix = RootCauseMatrix::build(incident, diff.interpretationIds);
    QList<QStringList> rows{{CruxReportText::tr("Area")}};
    for (const QString &id : matrix.interpretationIds())
        rows[0].append(interpretationName(incident, id));
    for (int r = 0; r < matrix.areas().size(); ++r) {
        QStringList row{kindStyle(incident, matrix.areas()[r]).name};
        for (int c = 0; c < matrix.interpretationIds().size(); ++c)
            row.append(displayName(matrix.cell(r, c).state));
        rows.append(row);
    }
    QList<qsizetype> widths(rows[0].size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    text += QLatin1Char('\n') + CruxReportText::tr("Root-cause matrix:") + QLatin1Char('\n');
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? padded(row[c], widths[c] + 2) : row[c];
        text += QStringLiteral("  ") + line + QLatin1Char('\n');
    }

    const Checklist checklist = Checklist::forIncident(incident);
    text += QLatin1Char('\n') + CruxReportText::tr("Checklist coverage:") + QLatin1Char('\n');
    for (const QString &id : matrix.interpretationIds()) {
        const ChecklistCoverage coverage =
            ChecklistCoverage::compute(incident, checklist, *incident.findInterpretation(id));
        text += QStringLiteral("  %1:\n").arg(interpretationName(incident, id));
        text += QStringLiteral("    ") +
                CruxReportText::tr("implicates: %1")
                    .arg(checklistNames(checklist, coverage.implicated())) +
                QLatin1Char('\n');
        text += QStringLiteral("    ") +
                CruxReportText::tr("rules out: %1")
                    .arg(checklistNames(checklist, coverage.ruledOut())) +
                QLatin1Char('\n');
        for (const AreaCoverage &area : coverage.areas())
            text += QStringLiteral("    ") +
                    CruxReportText::tr("%1: %2 of %3 considered")
                        .arg(kindStyle(incident, area.area).name)
                        .arg(area.considered())
                        .arg(area.entries) +
                    QLatin1Char('\n');
    }
}
} // namespace

QString cruxReportText(const Incident &incident, const DiffResult &diff, bool withMatrix)
{
    const CruxDescriber describer(incident);
    QString text;
    QStringList compared;
    for (const QString &id : diff.interpretationIds)
        compared.append(QStringLiteral("%1 (%2)").arg(interpretationName(incident, id), id));
    text += CruxReportText::tr("Comparing %n interpretation(s): %1", nullptr,
                               int(diff.interpretationIds.size()))
                .arg(compared.join(QStringLiteral(", "))) +
            QLatin1Char('\n');
    const QList<LinkUsage> shared = diff.sharedLinks();
    const auto sameClaim =
        std::count_if(shared.begin(), shared.end(), [](const LinkUsage &u) { return u.sameClaim; });
    text += CruxReportText::tr(
                "Agreement: %1 of %2 factors used by all; %3 of %4 links in all (%5 with the same "
                "relation and strength)")
                .arg(diff.sharedFactorIds().size())
                .arg(diff.factors.size())
                .arg(shared.size())
                .arg(diff.links.size())
                .arg(sameClaim) +
            QLatin1Char('\n');
    text += QLatin1Char('\n') + CruxReportText::tr("Cruxes (%1):").arg(diff.cruxes.size()) +
            QLatin1Char('\n');
    if (diff.cruxes.isEmpty())
        text += QStringLiteral("  ") + CruxReportText::tr("none") + QLatin1Char('\n');
    const int numberWidth = int(QString::number(diff.cruxes.size()).size());
    const QString indent(numberWidth + 5, QLatin1Char(' '));
    for (int i = 0; i < diff.cruxes.size(); ++i) {
        const Crux &crux = diff.cruxes[i];
        text +=
            QStringLiteral("%1. %2\n").arg(i + 1, numberWidth + 2).arg(describer.headline(crux));
        for (const CruxPositionRow &row : describer.positions(crux)) {
            QString evidence = row.evidenceCount == 0
                                   ? CruxReportText::tr("no evidence")
                                   : CruxReportText::tr("%n evidence", nullptr, row.evidenceCount);
            if (!row.sourceLabels.isEmpty())
                evidence += QStringLiteral(": ") + row.sourceLabels.join(QStringLiteral(", "));
            text += indent +
                    QStringLiteral("%1: %2 · %3\n").arg(row.readingName, row.position, evidence);
        }
    }
    if (!diff.coverageDifferences.isEmpty()) {
        text += QLatin1Char('\n') +
                CruxReportText::tr("Considered by some readings only, not cruxes (%1):")
                    .arg(diff.coverageDifferences.size()) +
                QLatin1Char('\n');
        for (const CoverageDifference &difference : diff.coverageDifferences)
            text += QStringLiteral("  - ") + describer.coverage(difference) + QLatin1Char('\n');
    }
    if (withMatrix)
        appendMatrixText(text, incident, diff);
    return text;
}

QByteArray cruxReportJson(const Incident &incident, const DiffResult &diff, bool withMatrix)
{
    Json root;
    root["format"] = "faultline-cruxes";
    root["version"] = 2;
    root["incident"] = utf8(incident.title);
    Json interpretations = Json::array();
    for (const QString &id : diff.interpretationIds)
        interpretations.push_back(
            {{"id", utf8(id)}, {"name", utf8(interpretationName(incident, id))}});
    root["interpretations"] = interpretations;

    Json sharedLinks = Json::array();
    for (const LinkUsage &usage : diff.sharedLinks())
        sharedLinks.push_back({{"from", utf8(usage.from)},
                               {"to", utf8(usage.to)},
                               {"sameClaim", usage.sameClaim},
                               {"links", linkRefs(usage.links)}});
    root["agreement"] = {{"factors", diff.factors.size()},
                         {"sharedFactors", strings(diff.sharedFactorIds())},
                         {"links", diff.links.size()},
                         {"sharedLinks", sharedLinks}};

    const CruxDescriber describer(incident);
    Json cruxes = Json::array();
    for (int i = 0; i < diff.cruxes.size(); ++i) {
        const Crux &crux = diff.cruxes[i];
        Json points = Json::array();
        for (const CruxPoint &point : crux.points) {
            Json values = Json::object();
            for (int v = 0; v < crux.positions.size(); ++v)
                values[utf8(crux.positions[v].interpretationId)] = utf8(point.values.value(v));
            points.push_back({{"kind", utf8(toString(point.kind))},
                              {"subject", utf8(point.subject)},
                              {"values", values}});
        }
        const QList<CruxPositionRow> rows = describer.positions(crux);
        Json positions = Json::array();
        for (int v = 0; v < crux.positions.size(); ++v) {
            const ReadingPosition &position = crux.positions[v];
            positions.push_back({{"interpretation", utf8(position.interpretationId)},
                                 {"code", utf8(position.code)},
                                 {"text", utf8(rows.value(v).position)},
                                 {"evidence", strings(position.evidenceIds)},
                                 {"sources", strings(position.sourceIds)}});
        }
        Json sides = Json::array();
        for (const CruxSide &side : crux.sides)
            sides.push_back(
                {{"interpretations", strings(side.interpretationIds)}, {"code", utf8(side.code)}});
        cruxes.push_back({{"number", i + 1},
                          {"key", utf8(crux.key)},
                          {"type", utf8(toString(crux.type))},
                          {"rank", utf8(toString(crux.rank))},
                          {"subject", utf8(crux.subjectId)},
                          {"headline", utf8(describer.headline(crux))},
                          {"factors", strings(crux.factorIds)},
                          {"links", linkRefs(crux.links)},
                          {"evidence", strings(crux.evidenceIds)},
                          {"points", points},
                          {"positions", positions},
                          {"sides", sides},
                          {"folded", strings(crux.foldedKeys)}});
    }
    root["cruxes"] = cruxes;
    Json coverage = Json::array();
    for (const CoverageDifference &difference : diff.coverageDifferences)
        coverage.push_back({{"key", utf8(difference.key)},
                            {"type", utf8(toString(difference.type))},
                            {"subject", utf8(difference.subjectId)},
                            {"factors", strings(difference.factorIds)},
                            {"consideredBy", strings(difference.consideredBy)},
                            {"silentBy", strings(difference.silentBy)},
                            {"text", utf8(describer.coverage(difference))}});
    root["coverageDifferences"] = coverage;

    if (withMatrix) {
        const RootCauseMatrix matrix = RootCauseMatrix::build(incident, diff.interpretationIds);
        Json rows = Json::array();
        for (int r = 0; r < matrix.areas().size(); ++r) {
            Json cells = Json::array();
            for (int c = 0; c < matrix.interpretationIds().size(); ++c) {
                const AreaCell &cell = matrix.cell(r, c);
                cells.push_back({{"interpretation", utf8(matrix.interpretationIds()[c])},
                                 {"state", utf8(toString(cell.state))},
                                 {"rootCauses", strings(cell.rootCauseFactorIds)},
                                 {"involved", strings(cell.involvedFactorIds)},
                                 {"ruledOut", cell.ruledOut},
                                 {"reason", utf8(cell.ruledOutReason)}});
            }
            rows.push_back({{"area", utf8(matrix.areas()[r])},
                            {"name", utf8(kindStyle(incident, matrix.areas()[r]).name)},
                            {"cells", cells}});
        }
        root["matrix"] = {{"interpretations", strings(matrix.interpretationIds())}, {"rows", rows}};

        const Checklist checklist = Checklist::forIncident(incident);
        Json coverageList = Json::array();
        for (const QString &id : matrix.interpretationIds()) {
            const ChecklistCoverage coverage =
                ChecklistCoverage::compute(incident, checklist, *incident.findInterpretation(id));
            Json areas = Json::array();
            for (const AreaCoverage &area : coverage.areas())
                areas.push_back({{"area", utf8(area.area)},
                                 {"entries", area.entries},
                                 {"considered", area.considered()},
                                 {"implicated", area.implicated},
                                 {"ruledOut", area.ruledOut}});
            coverageList.push_back({{"interpretation", utf8(id)},
                                    {"implicated", strings(coverage.implicated())},
                                    {"ruledOut", strings(coverage.ruledOut())},
                                    {"notConsidered", strings(coverage.notConsidered())},
                                    {"areas", areas}});
        }
        root["coverage"] = coverageList;
    }
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

} // namespace faultline
