// Diff engine, root-cause matrix and checklist coverage on crafted readings
// of one incident (tests/data/compare/coinrun.faultline) whose differences are
// planted by hand: every planted crux must be found and nothing else.

#include "model/checklist.h"
#include "model/compare/checklistcoverage.h"
#include "model/compare/diffengine.h"
#include "model/compare/rootcausematrix.h"
#include "model/format/faultlinereader.h"
#include "model/format/incidentvalidator.h"
#include "testpaths.h"

#include <QtTest>

using namespace faultline;

namespace {
Incident coinRun()
{
    const LoadResult loaded =
        readFaultlineFile(QStringLiteral(FAULTLINE_TEST_DATA "/compare/coinrun.faultline"));
    if (!loaded.ok())
        qFatal("coinrun.faultline does not load: %s",
               qPrintable(loaded.messages().join(QLatin1Char('\n'))));
    return loaded.value();
}

// Everything about a crux except its wording, in one comparable line.
QString signature(const Crux &crux)
{
    QStringList links;
    for (const CruxLinkRef &ref : crux.links)
        links.append(ref.interpretationId + QLatin1Char(':') + ref.linkId);
    QStringList sides;
    for (const CruxSide &side : crux.sides)
        sides.append(side.interpretationIds.join(QLatin1Char(',')));
    return QStringLiteral("%1 %2 f[%3] l[%4] e[%5] | %6")
        .arg(toString(crux.type), crux.subjectId, crux.factorIds.join(QLatin1Char(',')),
             links.join(QLatin1Char(',')), crux.evidenceIds.join(QLatin1Char(',')),
             sides.join(QStringLiteral(" / ")));
}

QStringList signatures(const DiffResult &diff)
{
    QStringList list;
    for (const Crux &crux : diff.cruxes)
        list.append(signature(crux));
    return list;
}

const Crux *find(const DiffResult &diff, CruxType type, const QStringList &factorIds,
                 const QString &subject = {})
{
    for (const Crux &crux : diff.cruxes)
        if (crux.type == type && crux.factorIds == factorIds && crux.subjectId == subject)
            return &crux;
    return nullptr;
}

// A copy of `source` under new ids, with moved boxes: the same reading.
Interpretation renamedCopy(const Interpretation &source)
{
    Interpretation copy = source;
    copy.id = source.id + QStringLiteral("-copy");
    copy.name = source.name + QStringLiteral(" (copy)");
    for (Placement &placement : copy.placements)
        placement.pos += QPointF(37, -12);
    for (Link &link : copy.links) {
        link.id += QStringLiteral("-copy");
        for (Evidence &e : link.evidence)
            e.id += QStringLiteral("-copy");
    }
    return copy;
}
} // namespace

class TestDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dataFileIsValid() { QCOMPARE(validateIncident(coinRun()), QStringList()); }

    void pairFindsEveryPlantedCruxAndNothingElse()
    {
        const DiffResult diff =
            DiffEngine::compare(coinRun(), {QStringLiteral("A"), QStringLiteral("B")});
        const QStringList expected{
            QStringLiteral("area-verdict reward f[rw] l[] e[] | A / B"),
            QStringLiteral("area-verdict environment f[env,phys] l[] e[] | A / B"),
            QStringLiteral("area-verdict algorithm f[alg] l[] e[] | A / B"),
            QStringLiteral("root-cause  f[rw] l[] e[] | A / B"),
            QStringLiteral("root-cause  f[env] l[] e[] | A / B"),
            QStringLiteral("root-cause  f[alg] l[] e[] | A / B"),
            QStringLiteral("failure-mode broken-physics f[phys] l[] e[] | A / B"),
            QStringLiteral("link-presence  f[phys,beh] l[B:lb3] e[] | A / B"),
            QStringLiteral("link-relation  f[env,beh] l[A:la2,B:lb2] e[] | A / B"),
            QStringLiteral("link-strength  f[env,beh] l[A:la2,B:lb2] e[] | A / B"),
            QStringLiteral("evidence-source s1 f[alg,beh] l[A:la3,B:lb4] e[e5] | A / B"),
            QStringLiteral("evidence-stance  f[env,beh] l[A:la2,B:lb2] e[e2,e4] | A / B"),
            QStringLiteral("factor-presence  f[phys] l[] e[] | A / B"),
            QStringLiteral("lever-note  f[rw] l[] e[] | A / B"),
        };
        QCOMPARE(signatures(diff), expected);
    }

    void tripleFindsEveryPlantedCruxAndNothingElse()
    {
        const DiffResult diff = DiffEngine::compare(
            coinRun(), {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        const QStringList expected{
            QStringLiteral("area-verdict reward f[rw] l[] e[] | A,C / B"),
            QStringLiteral("area-verdict environment f[env,phys] l[] e[] | A / B,C"),
            QStringLiteral("area-verdict algorithm f[alg] l[] e[] | A / B / C"),
            QStringLiteral("area-verdict oversight f[] l[] e[] | A,B / C"),
            QStringLiteral("root-cause  f[rw] l[] e[] | A,C / B"),
            QStringLiteral("root-cause  f[env] l[] e[] | A / B,C"),
            QStringLiteral("root-cause  f[alg] l[] e[] | A / B / C"),
            QStringLiteral("failure-mode broken-physics f[phys] l[] e[] | A / B,C"),
            QStringLiteral("failure-mode inappropriate-inductive-bias f[alg] l[] e[] | A,B / C"),
            QStringLiteral("link-presence  f[alg,beh] l[A:la3,B:lb4] e[] | A,B / C"),
            QStringLiteral("link-presence  f[phys,beh] l[B:lb3,C:lc3] e[] | A / B,C"),
            QStringLiteral("link-relation  f[env,beh] l[A:la2,B:lb2,C:lc2] e[] | A / B,C"),
            QStringLiteral("link-strength  f[env,beh] l[A:la2,B:lb2,C:lc2] e[] | A / B,C"),
            QStringLiteral("evidence-source s1 f[alg,beh] l[A:la3,B:lb4] e[e5] | A / B"),
            QStringLiteral(
                "evidence-stance  f[env,beh] l[A:la2,B:lb2,C:lc2] e[e2,e4,e7] | A,C / B"),
            QStringLiteral("factor-presence  f[alg] l[] e[] | A,B / C"),
            QStringLiteral("factor-presence  f[phys] l[] e[] | A / B,C"),
            QStringLiteral("lever-note  f[rw] l[] e[] | A / B,C"),
        };
        QCOMPARE(signatures(diff), expected);
    }

    void descriptionsUseNamesAndLabels()
    {
        const Incident incident = coinRun();
        const DiffResult pair =
            DiffEngine::compare(incident, {QStringLiteral("A"), QStringLiteral("B")});
        const Crux *presence =
            find(pair, CruxType::LinkPresence, {QStringLiteral("phys"), QStringLiteral("beh")});
        QVERIFY(presence);
        QCOMPARE(
            presence->description,
            QStringLiteral(
                "Reward view: no such link (does not use Broken physics); Environment view: Broken "
                "physics → Runs right, ignores coin (enables, strength 3, no evidence)"));
        QCOMPARE(presence->sides.at(0).description,
                 QStringLiteral("no such link (does not use Broken physics)"));

        const Crux *relation =
            find(pair, CruxType::LinkRelation, {QStringLiteral("env"), QStringLiteral("beh")});
        QVERIFY(relation);
        QCOMPARE(relation->description,
                 QStringLiteral("Coin always at the right end → Runs right, ignores coin — "
                                "Reward view: enables; Environment view: causes"));
        const Crux *strength =
            find(pair, CruxType::LinkStrength, {QStringLiteral("env"), QStringLiteral("beh")});
        QVERIFY(strength);
        QCOMPARE(strength->sides.at(1).description, QStringLiteral("strength 5"));

        const Crux *source =
            find(pair, CruxType::EvidenceSource, {QStringLiteral("alg"), QStringLiteral("beh")},
                 QStringLiteral("s1"));
        QVERIFY(source);
        QCOMPARE(
            source->description,
            QStringLiteral(
                "PPO with a CNN policy → Runs right, ignores coin — Reward view: does not cite "
                "Langosco 2022; Environment view: cites Langosco 2022 (author claim, supports)"));

        const Crux *stance =
            find(pair, CruxType::EvidenceStance, {QStringLiteral("env"), QStringLiteral("beh")});
        QVERIFY(stance);
        QCOMPARE(stance->sides.at(0).description,
                 QStringLiteral("evidence supports it (1 evidence)"));
        QCOMPARE(stance->sides.at(1).description,
                 QStringLiteral("evidence contradicts it (1 evidence)"));

        const Crux *lever = find(pair, CruxType::LeverNote, {QStringLiteral("rw")});
        QVERIFY(lever);
        QCOMPARE(lever->description,
                 QStringLiteral("+10 for the coin — Reward view: lever: “Pay for the coin only”; "
                                "Environment view: no lever note"));

        const DiffResult triple = DiffEngine::compare(
            incident, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        const Crux *area = find(triple, CruxType::AreaVerdict, {QStringLiteral("alg")},
                                QStringLiteral("algorithm"));
        QVERIFY(area);
        QCOMPARE(area->description,
                 QStringLiteral("Algorithm — Reward view: root cause (PPO with a CNN policy); "
                                "Environment view: ruled out (“PPO behaved as designed”); "
                                "Both: not considered"));
        const Crux *mode = find(triple, CruxType::FailureMode, {QStringLiteral("phys")},
                                QStringLiteral("broken-physics"));
        QVERIFY(mode);
        QCOMPARE(
            mode->description,
            QStringLiteral(
                "Broken physics (Environment) — Reward view: rules it out (“no glitch seen in the "
                "videos”); Environment view, Both: implicates it (via Broken physics)"));
        // Holders that differ in detail are told apart inside their shared side.
        const Crux *partial =
            find(triple, CruxType::LinkPresence, {QStringLiteral("alg"), QStringLiteral("beh")});
        QVERIFY(partial);
        QCOMPARE(partial->sides.at(0).description,
                 QStringLiteral("PPO with a CNN policy → Runs right, ignores coin (Reward view: "
                                "causes, strength 3, no "
                                "evidence; Environment view: causes, strength 3, 1 evidence)"));
        const Crux *root = find(triple, CruxType::RootCause, {QStringLiteral("alg")});
        QVERIFY(root);
        QCOMPARE(
            root->description,
            QStringLiteral("PPO with a CNN policy — Reward view: root cause; Environment view: "
                           "not a root cause; Both: does not use it"));
    }

    void agreementSummary()
    {
        const DiffResult diff = DiffEngine::compare(
            coinRun(), {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        QCOMPARE(diff.interpretationIds, QStringList({"A", "B", "C"}));
        QCOMPARE(diff.sharedFactorIds(), QStringList({"rw", "env", "beh"}));
        QCOMPARE(diff.factors.size(), 5);
        QCOMPARE(diff.factors.at(2), (FactorUsage{"alg", {"A", "B"}}));
        QCOMPARE(diff.links.size(), 4);
        const QList<LinkUsage> shared = diff.sharedLinks();
        QCOMPARE(shared.size(), 2);
        QCOMPARE(shared.at(0),
                 (LinkUsage{"rw", "beh", {{"A", "la1"}, {"B", "lb1"}, {"C", "lc1"}}, true}));
        QCOMPARE(shared.at(1).from, QStringLiteral("env"));
        QVERIFY(!shared.at(1).sameClaim);
    }

    void identicalReadingsUnderOtherIdsHaveNoCruxes()
    {
        Incident incident = coinRun();
        for (int i = 0; i < 3; ++i)
            incident.interpretations.append(renamedCopy(incident.interpretations.at(i)));
        QCOMPARE(validateIncident(incident), QStringList());
        for (const QString id : {"A", "B", "C"}) {
            const DiffResult diff =
                DiffEngine::compare(incident, {id, id + QStringLiteral("-copy")});
            QCOMPARE(signatures(diff), QStringList());
            QCOMPARE(diff.sharedFactorIds().size(),
                     incident.findInterpretation(id)->placements.size());
            QCOMPARE(diff.sharedLinks().size(), incident.findInterpretation(id)->links.size());
        }
    }

    void orderOfComparisonOrdersSidesOnly()
    {
        const Incident incident = coinRun();
        const DiffResult ab =
            DiffEngine::compare(incident, {QStringLiteral("A"), QStringLiteral("B")});
        const DiffResult ba =
            DiffEngine::compare(incident, {QStringLiteral("B"), QStringLiteral("A")});
        QCOMPARE(ba.cruxes.size(), ab.cruxes.size());
        for (int i = 0; i < ab.cruxes.size(); ++i) {
            QVERIFY(ba.cruxes[i].type == ab.cruxes[i].type);
            QCOMPARE(ba.cruxes[i].factorIds, ab.cruxes[i].factorIds);
            QCOMPARE(ba.cruxes[i].sides.size(), 2);
            QCOMPARE(ba.cruxes[i].sides.at(0).interpretationIds, QStringList{"B"});
        }
        // Deterministic: the same input gives the same output, wording included.
        QCOMPARE(DiffEngine::compare(incident, {QStringLiteral("A"), QStringLiteral("B")}).cruxes,
                 ab.cruxes);
    }

    void unknownAndRepeatedIdsAreDropped()
    {
        const Incident incident = coinRun();
        const DiffResult diff =
            DiffEngine::compare(incident, {QStringLiteral("A"), QStringLiteral("nope"),
                                           QStringLiteral("A"), QStringLiteral("B")});
        QCOMPARE(diff.interpretationIds, QStringList({"A", "B"}));
        QCOMPARE(diff.cruxes.size(), 14);
        const DiffResult single =
            DiffEngine::compare(incident, {QStringLiteral("A"), QStringLiteral("nope")});
        QCOMPARE(single.interpretationIds, QStringList{"A"});
        QVERIFY(single.cruxes.isEmpty());
        QCOMPARE(single.factors.size(), 4);
    }

    void parallelLinkOfOnePairCountsOnce()
    {
        Incident incident = coinRun();
        Link parallel;
        parallel.id = QStringLiteral("la-parallel");
        parallel.from = QStringLiteral("rw");
        parallel.to = QStringLiteral("beh");
        parallel.relation = Relation::Prevents;
        incident.interpretations[0].links.append(parallel);
        const DiffResult diff =
            DiffEngine::compare(incident, {QStringLiteral("A"), QStringLiteral("B")});
        QCOMPARE(signatures(diff), signatures(DiffEngine::compare(
                                       coinRun(), {QStringLiteral("A"), QStringLiteral("B")})));
        QCOMPARE(diff.links.at(0).links.at(0).linkId, QStringLiteral("la1"));
    }

    void mixedEvidenceAndUncitedEvidence()
    {
        Incident incident = coinRun();
        Interpretation &b = incident.interpretations[1];
        // B adds an uncited contradicting item on rw → beh: mixed against A's support.
        b.links[0].evidence.append({QStringLiteral("e-new"),
                                    EvidenceKind::Speculation,
                                    {},
                                    {},
                                    {},
                                    0.3,
                                    Stance::Contradicts,
                                    {}});
        const DiffResult diff =
            DiffEngine::compare(incident, {QStringLiteral("A"), QStringLiteral("B")});
        const Crux *stance =
            find(diff, CruxType::EvidenceStance, {QStringLiteral("rw"), QStringLiteral("beh")});
        QVERIFY(stance);
        QCOMPARE(stance->evidenceIds, QStringList({"e1", "e3", "e-new"}));
        QCOMPARE(stance->sides.at(1).description,
                 QStringLiteral("evidence is mixed (1 supporting, 1 contradicting)"));
        // Uncited evidence names no source, so it is no source crux.
        QCOMPARE(diff.cruxesOfType(CruxType::EvidenceSource).size(), 1);
        QCOMPARE(diff.cruxes.size(), 15);
    }

    void longFactorListsAreCutShortInWordsButKeptInIds()
    {
        Incident incident = coinRun();
        for (int i = 1; i <= 4; ++i) {
            const QString id = QStringLiteral("r%1").arg(i);
            incident.factors.append(
                {id, QStringLiteral("reward"), QStringLiteral("Bonus %1").arg(i), {}, {}, {}, {}});
            incident.interpretations[0].placements.append(
                {id, QPointF(i * 100, 300), false, true, {}});
        }
        const DiffResult diff =
            DiffEngine::compare(incident, {QStringLiteral("A"), QStringLiteral("B")});
        const Crux &reward = diff.cruxes.first();
        QCOMPARE(reward.subjectId, QStringLiteral("reward"));
        QCOMPARE(reward.factorIds, QStringList({"rw", "r1", "r2", "r3", "r4"}));
        QCOMPARE(reward.sides.at(0).description,
                 QStringLiteral("root cause (+10 for the coin, Bonus 1, Bonus 2 and 2 more)"));
    }

    void matrixCells()
    {
        const Incident incident = coinRun();
        const RootCauseMatrix matrix = RootCauseMatrix::build(
            incident, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        QCOMPARE(matrix.areas(),
                 QStringList({"reward", "environment", "algorithm", "behaviour", "oversight"}));
        QCOMPARE(matrix.interpretationIds(), QStringList({"A", "B", "C"}));
        const auto state = [&](const char *area, const char *interp) {
            // Spelled out: QTest's toString() lookup trips over faultline::toString(AreaState).
            return toString(
                matrix.cell(QString::fromLatin1(area), QString::fromLatin1(interp)).state);
        };
        QCOMPARE(state("reward", "A"), toString(AreaState::Implicated));
        QCOMPARE(state("reward", "B"), toString(AreaState::Involved));
        QCOMPARE(state("reward", "C"), toString(AreaState::Implicated));
        QCOMPARE(state("environment", "A"), toString(AreaState::Involved));
        QCOMPARE(state("environment", "B"), toString(AreaState::Implicated));
        QCOMPARE(state("algorithm", "A"), toString(AreaState::Implicated));
        QCOMPARE(state("algorithm", "B"),
                 toString(AreaState::RuledOut)); // ruling out beats a non-root factor
        QCOMPARE(state("algorithm", "C"), toString(AreaState::NotConsidered));
        QCOMPARE(state("behaviour", "C"), toString(AreaState::Involved));
        QCOMPARE(state("oversight", "A"), toString(AreaState::NotConsidered));
        QCOMPARE(state("oversight", "C"), toString(AreaState::RuledOut));

        const AreaCell envB = matrix.cell(QStringLiteral("environment"), QStringLiteral("B"));
        QCOMPARE(envB.rootCauseFactorIds, QStringList{"env"});
        QCOMPARE(envB.involvedFactorIds, QStringList{"phys"});
        const AreaCell algB = matrix.cell(QStringLiteral("algorithm"), QStringLiteral("B"));
        QVERIFY(algB.ruledOut);
        QCOMPARE(algB.ruledOutReason, QStringLiteral("PPO behaved as designed"));
        QCOMPARE(algB.involvedFactorIds, QStringList{"alg"});

        // Only kinds present in the compared readings join the three core rows.
        const RootCauseMatrix pair =
            RootCauseMatrix::build(incident, {QStringLiteral("A"), QStringLiteral("B")});
        QCOMPARE(pair.areas(), QStringList({"reward", "environment", "algorithm", "behaviour"}));
        const RootCauseMatrix onlyBehaviour =
            RootCauseMatrix::build(incident, {QStringLiteral("nope")});
        QCOMPARE(onlyBehaviour.areas(), QStringList({"reward", "environment", "algorithm"}));
    }

    void matrixRootCauseBeatsRuledOutAndCustomKindsComeLast()
    {
        Incident incident = coinRun();
        incident.customKinds.append({QStringLiteral("probe"), QStringLiteral("Probe"), {}, {}});
        incident.factors.append({QStringLiteral("p"),
                                 QStringLiteral("probe"),
                                 QStringLiteral("Linear probe"),
                                 {},
                                 {},
                                 {},
                                 {}});
        Interpretation &c = incident.interpretations[2];
        c.placements.append({QStringLiteral("p"), QPointF(0, 300), false, false, {}});
        c.ruledOutAreas.append(
            {QStringLiteral("reward"), QStringLiteral("contradicts its own diagram")});
        QCOMPARE(validateIncident(incident), QStringList());
        const RootCauseMatrix matrix =
            RootCauseMatrix::build(incident, {QStringLiteral("C"), QStringLiteral("A")});
        QCOMPARE(matrix.areas(), QStringList({"reward", "environment", "algorithm", "behaviour",
                                              "oversight", "probe"}));
        QCOMPARE(matrix.interpretationIds(), QStringList({"C", "A"}));
        const AreaCell rewardC = matrix.cell(0, 0);
        QVERIFY(rewardC.state == AreaState::Implicated);
        QVERIFY(rewardC.ruledOut);
        QVERIFY(matrix.cell(5, 0).state == AreaState::Involved);
        QVERIFY(matrix.cell(5, 1).state == AreaState::NotConsidered);
    }

    void checklistCoverage()
    {
        const Incident incident = coinRun();
        const Checklist checklist = Checklist::forIncident(incident);
        const ChecklistCoverage a = ChecklistCoverage::compute(incident, QStringLiteral("A"));
        QCOMPARE(a.interpretationId(), QStringLiteral("A"));
        QCOMPARE(a.implicated(),
                 QStringList({"reward-misspecified", "lacks-diverse-environments",
                              "inappropriate-inductive-bias", "coin-position-fixed"}));
        QCOMPARE(a.ruledOut(), QStringList{"broken-physics"});
        QCOMPARE(a.notConsidered().size(), checklist.entries().size() - 5);
        QVERIFY(!a.notConsidered().contains(QStringLiteral("broken-physics")));
        QCOMPARE(a.entry(QStringLiteral("coin-position-fixed"))->factorIds, QStringList{"env"});
        QCOMPARE(a.entry(QStringLiteral("broken-physics"))->ruledOutReason,
                 QStringLiteral("no glitch seen in the videos"));

        QStringList areaOrder;
        for (const AreaCoverage &area : a.areas()) {
            areaOrder.append(area.area);
            QCOMPARE(area.entries, checklist.entriesForArea(area.area).size());
        }
        QCOMPARE(areaOrder, QStringList({"reward", "environment", "algorithm", "behaviour",
                                         "intent", "shift", "oversight"}));
        QCOMPARE(a.areas().at(0).considered(), 1);
        QCOMPARE(a.areas().at(1),
                 (AreaCoverage{"environment", int(checklist.entriesForArea("environment").size()),
                               2, 1}));
        QCOMPARE(a.areas().at(2).considered(), 1);
        QCOMPARE(a.areas().at(3).considered(), 0);

        const ChecklistCoverage b = ChecklistCoverage::compute(incident, QStringLiteral("B"));
        QCOMPARE(b.implicated(),
                 QStringList({"reward-misspecified", "lacks-diverse-environments", "broken-physics",
                              "inappropriate-inductive-bias", "coin-position-fixed"}));
        QVERIFY(b.ruledOut().isEmpty());
        QCOMPARE(b.areas().at(1).considered(), 3);

        QVERIFY(ChecklistCoverage::compute(incident, QStringLiteral("nope")).entries().isEmpty());
    }

    void coverageImplicatedWinsOverRuledOut()
    {
        Incident incident = coinRun();
        incident.interpretations[0].ruledOutFailureModes.append(
            {QStringLiteral("reward-misspecified"), {}});
        const ChecklistCoverage a = ChecklistCoverage::compute(incident, QStringLiteral("A"));
        const EntryCoverage *entry = a.entry(QStringLiteral("reward-misspecified"));
        QVERIFY(entry->status == ChecklistStatus::Implicated);
        QVERIFY(entry->ruledOut);
        QVERIFY(!a.ruledOut().contains(QStringLiteral("reward-misspecified")));
        QCOMPARE(a.areas().at(0).considered(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
