// Diff engine, root-cause matrix and checklist coverage on crafted readings
// of one incident (tests/data/compare/coinrun.faultline) whose differences are
// planted by hand: every planted crux must be found and nothing else.

#include "model/checklist.h"
#include "model/compare/checklistcoverage.h"
#include "model/compare/cruxdescriber.h"
#include "model/compare/diffengine.h"
#include "model/compare/discussionsummary.h"
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
    QStringList points;
    for (const CruxPoint &point : crux.points)
        points.append(toString(point.kind));
    QStringList links;
    for (const CruxLinkRef &ref : crux.links)
        links.append(ref.interpretationId + QLatin1Char(':') + ref.linkId);
    QStringList sides;
    for (const CruxSide &side : crux.sides)
        sides.append(side.interpretationIds.join(QLatin1Char(',')));
    return QStringLiteral("%1 [%2] f[%3] l[%4] e[%5] | %6")
        .arg(crux.key, points.join(QLatin1Char(',')), crux.factorIds.join(QLatin1Char(',')),
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

QStringList keysOf(const DiffResult &diff)
{
    QStringList keys;
    for (const Crux &crux : diff.cruxes)
        keys.append(crux.key);
    return keys;
}

QStringList coverageKeys(const DiffResult &diff)
{
    QStringList keys;
    for (const CoverageDifference &difference : diff.coverageDifferences)
        keys.append(difference.key);
    return keys;
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
        // One crux per subject; an area whose only blamed factor is the root-cause
        // difference is a point of that factor's crux; ranked big picture first.
        const QStringList expected{
            QStringLiteral(
                "factor|rw [root-cause,area-verdict] f[rw] l[A:la1,B:lb1] e[e1,e3] | A / B"),
            QStringLiteral(
                "factor|env [root-cause,area-verdict] f[env] l[A:la2,B:lb2] e[e2,e4] | A / B"),
            QStringLiteral(
                "factor|alg [root-cause,area-verdict] f[alg] l[A:la3,B:lb4] e[e5] | A / B"),
            QStringLiteral("failure-point|broken-physics [failure-point] f[phys] l[] e[] | A / B"),
            QStringLiteral(
                "link|beh,env [relation,strength] f[env,beh] l[A:la2,B:lb2] e[e2,e4] | A / B"),
            QStringLiteral("factor|phys [factor-use,comes-with] f[phys,beh] l[B:lb3] e[] | A / B"),
            QStringLiteral(
                "evidence|s1|beh,rw [confidence] f[rw,beh] l[A:la1,B:lb1] e[e1,e3] | A / B"),
            QStringLiteral(
                "evidence|s2|beh,env [stance] f[env,beh] l[A:la2,B:lb2] e[e2,e4] | A / B"),
        };
        QCOMPARE(signatures(diff), expected);
        // The link that comes with the factor only B uses is not a crux of its own.
        QCOMPARE(diff.findCrux(QStringLiteral("factor|phys"))->foldedKeys,
                 QStringList{"link|beh,phys"});
        QCOMPARE(coverageKeys(diff), QStringList{"evidence|s1|alg,beh"});
    }

    void tripleFindsEveryPlantedCruxAndNothingElse()
    {
        const DiffResult diff = DiffEngine::compare(
            coinRun(), {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        QStringList keys;
        for (const Crux &crux : diff.cruxes)
            keys.append(crux.key + QStringLiteral(" | ") + signature(crux).section(" | ", 1));
        const QStringList expected{
            QStringLiteral("factor|rw | A,C / B"),
            QStringLiteral("factor|env | A / B,C"),
            QStringLiteral("factor|alg | A / B / C"),
            QStringLiteral("failure-point|broken-physics | A / B,C"),
            QStringLiteral("link|beh,env | A / B,C"),
            QStringLiteral("factor|phys | A / B,C"),
            QStringLiteral("evidence|s1|beh,rw | A / B,C"),
            QStringLiteral("evidence|s2|beh,env | A,C / B"),
        };
        QCOMPARE(keys, expected);
        // The failure point tagged only on a factor C does not use comes with that factor.
        QCOMPARE(diff.findCrux(QStringLiteral("factor|alg"))->foldedKeys,
                 QStringList({"area|algorithm", "failure-point|inappropriate-inductive-bias"}));
        // Ruled out by C, not considered by A and B, blamed by nobody: coverage only.
        QCOMPARE(coverageKeys(diff), QStringList({"area|oversight", "evidence|s1|alg,beh"}));
    }

    void describerWordsHeadlinesAsQuestionsAndOnePositionPerReading()
    {
        const Incident incident = coinRun();
        const DiffResult pair =
            DiffEngine::compare(incident, {QStringLiteral("A"), QStringLiteral("B")});
        const CruxDescriber words(incident);
        QCOMPARE(words.headline(*pair.findCrux(QStringLiteral("factor|rw"))),
                 QStringLiteral("Is “+10 for the coin” a root cause?"));
        QCOMPARE(words.headline(*pair.findCrux(QStringLiteral("failure-point|broken-physics"))),
                 QStringLiteral("Is “Broken physics” part of this failure?"));
        QCOMPARE(words.headline(*pair.findCrux(QStringLiteral("link|beh,env"))),
                 QStringLiteral("How does “Coin always at the right end” act on “Runs right, "
                                "ignores coin”?"));
        QCOMPARE(words.headline(*pair.findCrux(QStringLiteral("factor|phys"))),
                 QStringLiteral("Does “Broken physics” play a part?"));
        QCOMPARE(
            words.headline(*pair.findCrux(QStringLiteral("evidence|s2|beh,env"))),
            QStringLiteral(
                "Does Baker 2019 support “Coin always at the right end” → “Runs right, ignores "
                "coin”?"));

        const QList<CruxPositionRow> rows =
            words.positions(*pair.findCrux(QStringLiteral("factor|alg")));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].readingName, QStringLiteral("Reward view"));
        QCOMPARE(rows[0].position, QStringLiteral("root cause; lever: “Use data augmentation”"));
        QCOMPARE(rows[1].position, QStringLiteral("uses it, not as a root cause; rules out the "
                                                  "“Algorithm” area; lever: “Use data "
                                                  "augmentation”"));
        QCOMPARE(rows[1].evidenceCount, 1);
        QCOMPARE(rows[1].sourceLabels, QStringList{"Langosco 2022"});
        const QList<CruxPositionRow> link =
            words.positions(*pair.findCrux(QStringLiteral("link|beh,env")));
        QCOMPARE(link[0].position, QStringLiteral("enables, strength 2"));
        QCOMPARE(link[1].position, QStringLiteral("causes, strength 5"));
        const QList<CruxPositionRow> point =
            words.positions(*pair.findCrux(QStringLiteral("failure-point|broken-physics")));
        QCOMPARE(point[0].position, QStringLiteral("rules it out: “no glitch seen in the videos”"));
        QCOMPARE(point[1].position, QStringLiteral("implicates it via “Broken physics”"));
        QCOMPARE(words.points(*pair.findCrux(QStringLiteral("link|beh,env"))),
                 QStringList({"Relation: enables (Reward view); causes (Environment view)",
                              "Strength: 2 (Reward view); 5 (Environment view)"}));
    }

    void reversedLinkIsOneDirectionCrux()
    {
        Incident incident = coinRun();
        Link &link = incident.interpretations[1].links[1]; // B: env → beh
        std::swap(link.from, link.to);
        link.relation = Relation::Enables;
        link.strength = 2;
        const DiffResult diff =
            DiffEngine::compare(incident, {QStringLiteral("A"), QStringLiteral("B")});
        int about = 0;
        for (const Crux &crux : diff.cruxes)
            about += crux.key == QLatin1String("link|beh,env") ? 1 : 0;
        QCOMPARE(about, 1);
        const Crux *crux = diff.findCrux(QStringLiteral("link|beh,env"));
        QVERIFY(crux->point(CruxPointKind::Direction));
        QCOMPARE(crux->point(CruxPointKind::Direction)->values,
                 QStringList({"forward", "backward"}));
        QCOMPARE(CruxDescriber(incident).headline(*crux),
                 QStringLiteral("Which way do “Coin always at the right end” and “Runs right, "
                                "ignores coin” act?"));
    }

    void leverNotesEqualUpToCaseAndFullStopAreNoCrux()
    {
        Incident incident = coinRun();
        incident.interpretations[1].placements[0].leverNote =
            QStringLiteral("pay for the COIN  only.");
        incident.interpretations[1].placements[0].rootCause = true;
        incident.interpretations[0].placements[0].leverNote =
            QStringLiteral("Pay for the coin only");
        const DiffResult same =
            DiffEngine::compare(incident, {QStringLiteral("A"), QStringLiteral("B")});
        QVERIFY(!same.findCrux(QStringLiteral("factor|rw")));
        incident.interpretations[1].placements[0].leverNote = QStringLiteral("Randomise the coin");
        const DiffResult different =
            DiffEngine::compare(incident, {QStringLiteral("A"), QStringLiteral("B")});
        const Crux *crux = different.findCrux(QStringLiteral("factor|rw"));
        QVERIFY(crux);
        QCOMPARE(crux->points.size(), 1);
        QVERIFY(crux->points[0].kind == CruxPointKind::LeverNote);
        QCOMPARE(CruxDescriber(incident).headline(*crux),
                 QStringLiteral("Which lever fits “+10 for the coin”?"));
        // One note against none is no crux, only a coverage difference.
        incident.interpretations[1].placements[0].leverNote.clear();
        const DiffResult one =
            DiffEngine::compare(incident, {QStringLiteral("A"), QStringLiteral("B")});
        QVERIFY(!one.findCrux(QStringLiteral("factor|rw")));
        QVERIFY(coverageKeys(one).contains(QStringLiteral("factor|rw")));
    }

    void confidenceMustDifferByThreeTenths()
    {
        Incident incident = coinRun();
        incident.interpretations[1].links[0].evidence[0].confidence = 0.61; // A has 0.8
        QVERIFY(!DiffEngine::compare(incident, {QStringLiteral("A"), QStringLiteral("B")})
                     .findCrux(QStringLiteral("evidence|s1|beh,rw")));
        incident.interpretations[1].links[0].evidence[0].confidence = 0.4;
        const DiffResult diff =
            DiffEngine::compare(incident, {QStringLiteral("A"), QStringLiteral("B")});
        const Crux *crux = diff.findCrux(QStringLiteral("evidence|s1|beh,rw"));
        QVERIFY(crux);
        QCOMPARE(CruxDescriber(incident).position(*crux, QStringLiteral("B")),
                 QStringLiteral("cites it: confidence 0.40"));
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
            QCOMPARE(coverageKeys(diff), QStringList());
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
            QCOMPARE(ba.cruxes[i].key, ab.cruxes[i].key);
            QCOMPARE(ba.cruxes[i].sides.size(), 2);
            QCOMPARE(ba.cruxes[i].sides.at(0).interpretationIds, QStringList{"B"});
        }
        // Deterministic: the same input gives the same output.
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
        QCOMPARE(diff.cruxes.size(), 8);
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
        QCOMPARE(keysOf(diff), keysOf(DiffEngine::compare(
                                   coinRun(), {QStringLiteral("A"), QStringLiteral("B")})));
        QCOMPARE(diff.links.at(0).links.at(0).linkId, QStringLiteral("la1"));
    }

    void uncitedEvidenceMakesNoEvidenceCrux()
    {
        Incident incident = coinRun();
        Interpretation &b = incident.interpretations[1];
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
        QCOMPARE(keysOf(diff), keysOf(DiffEngine::compare(
                                   coinRun(), {QStringLiteral("A"), QStringLiteral("B")})));
        // ... but it counts among what B gives on the root-cause question.
        const Crux *root = diff.findCrux(QStringLiteral("factor|rw"));
        QVERIFY(root->positions[1].evidenceIds.contains(QStringLiteral("e-new")));
    }

    void areaBlamedThroughSeveralFactorsIsItsOwnCrux()
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
        const Crux *area = diff.findCrux(QStringLiteral("area|reward"));
        QVERIFY(area);
        QCOMPARE(area->factorIds, QStringList({"rw", "r1", "r2", "r3", "r4"}));
        QVERIFY(area->rank == CruxRank::Verdict);
        QCOMPARE(CruxDescriber(incident).headline(*area),
                 QStringLiteral("Is the “Reward” area to blame?"));
        QVERIFY(diff.findCrux(QStringLiteral("factor|rw"))->foldedKeys.isEmpty());
    }

    void legacyKeysMigrate()
    {
        QCOMPARE(migrateLegacyCruxKey("root-cause||rw"), QStringLiteral("factor|rw"));
        QCOMPARE(migrateLegacyCruxKey("factor-presence||phys"), QStringLiteral("factor|phys"));
        QCOMPARE(migrateLegacyCruxKey("lever-note||rw"), QStringLiteral("factor|rw"));
        QCOMPARE(migrateLegacyCruxKey("area-verdict|environment|env,phys"),
                 QStringLiteral("area|environment"));
        QCOMPARE(migrateLegacyCruxKey("failure-mode|broken-physics|phys"),
                 QStringLiteral("failure-point|broken-physics"));
        QCOMPARE(migrateLegacyCruxKey("link-relation||env,beh"), QStringLiteral("link|beh,env"));
        QCOMPARE(migrateLegacyCruxKey("evidence-source|s1|alg,beh"),
                 QStringLiteral("evidence|s1|alg,beh"));
        QCOMPARE(migrateLegacyCruxKey("factor|rw"), QStringLiteral("factor|rw"));
        QCOMPARE(migrateLegacyCruxKey("nonsense"), QStringLiteral("nonsense"));
    }

    void discussionSavedBeforeVersionThreeStillAttaches()
    {
        const LoadResult loaded = readFaultlineFile(
            QStringLiteral(FAULTLINE_TEST_DATA "/compare/discussion-v2.faultline"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.firstMessage()));
        const Incident &incident = loaded.value();
        const QList<CruxRecord> &records = incident.discussion.records;
        QStringList keys;
        for (const CruxRecord &record : records)
            keys.append(record.cruxKey);
        // root-cause||rw and lever-note||rw now name one crux: one record, nothing lost.
        QCOMPARE(keys, QStringList({"factor|rw", "area|algorithm", "link|beh,env",
                                    "failure-point|broken-physics", "link|alg,rw"}));
        QCOMPARE(records[0].note, QStringLiteral("Ana's note on the reward.\n\nLevers compared."));
        QCOMPARE(records[0].positions.size(), 2);
        QVERIFY(records[0].resolution == CruxResolution::Resolved);

        const QStringList ids{QStringLiteral("A"), QStringLiteral("B")};
        const DiffResult diff = DiffEngine::compare(incident, ids);
        for (const QString key :
             {"factor|rw", "factor|alg", "link|beh,env", "failure-point|broken-physics"}) {
            const CruxRecord *record =
                findCruxRecord(incident.discussion, ids, *diff.findCrux(key));
            QVERIFY2(record, qPrintable(key));
        }
        // The area's record reaches the factor crux the area is folded into.
        QCOMPARE(findCruxRecord(incident.discussion, ids, *diff.findCrux("factor|alg"))->note,
                 QStringLiteral("Algorithm area."));
        // A record of a difference that is gone stays in the file.
        QCOMPARE(DiscussionSummary::staleRecords(incident, diff).size(), 1);
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

    void coverageRuleOutWinsOverSharedTag()
    {
        // Tags belong to the factor; the rule-out is the reading's own claim.
        Incident incident = coinRun();
        incident.interpretations[0].ruledOutFailureModes.append(
            {QStringLiteral("reward-misspecified"), {}});
        const ChecklistCoverage a = ChecklistCoverage::compute(incident, QStringLiteral("A"));
        const EntryCoverage *entry = a.entry(QStringLiteral("reward-misspecified"));
        QVERIFY(entry->status == ChecklistStatus::RuledOut);
        QVERIFY(entry->ruledOut);
        QCOMPARE(entry->factorIds, QStringList{"rw"});
        QVERIFY(a.ruledOut().contains(QStringLiteral("reward-misspecified")));
        QVERIFY(!a.implicated().contains(QStringLiteral("reward-misspecified")));
        // ... so the reading that rules it out and one that implicates it disagree.
        const DiffResult diff =
            DiffEngine::compare(incident, {QStringLiteral("A"), QStringLiteral("B")});
        QVERIFY(diff.findCrux(QStringLiteral("failure-point|reward-misspecified")));
    }
};

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
