#include "../common/diagrambuilder.h"
#include "model/analysis/pathanalysis.h"
#include "model/format/faultlinereader.h"
#include "model/incident.h"
#include "testpaths.h"

#include <QSet>
#include <QtTest>

using namespace faultline;

namespace {
QStringList ids(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

CausalPath path(const char *factors, const char *links)
{
    CausalPath p;
    p.factorIds = ids(factors);
    p.linkIds = ids(links);
    return p;
}

/// Factors placed down a column, links without evidence.
class Diagram : public test::DiagramBuilder<Diagram>
{
};

/// Keeps the incident alive as long as the analysis of its interpretation.
struct Analysed
{
    explicit Analysed(const Diagram &diagram)
        : incident(diagram.incident()), analysis(incident, incident.interpretations.first())
    {
    }
    Incident incident;
    PathAnalysis analysis;
};

const LeverOutcome *outcomeFor(const LeverAnalysis &analysis, const QString &behaviourId)
{
    for (const LeverOutcome &outcome : analysis.behaviours)
        if (outcome.behaviourId == behaviourId)
            return &outcome;
    return nullptr;
}

/// Every pair (layer i, layer i+1) fully connected: 2^layers source → sink paths.
Diagram ladder(int layers)
{
    static QList<QByteArray> names; // keeps the char pointers alive
    Diagram d;
    d.factor("src", "reward", true);
    QList<QByteArray> previous{"src"};
    for (int layer = 0; layer < layers; ++layer) {
        QList<QByteArray> current;
        for (int k = 0; k < 2; ++k) {
            names.append(QByteArray("n") + QByteArray::number(layer) + "_" + QByteArray::number(k));
            current.append(names.last());
            d.factor(names.last().constData(), "intent");
        }
        for (const QByteArray &from : previous)
            for (const QByteArray &to : current)
                d.link(from.constData(), to.constData());
        previous = current;
    }
    d.factor("sink", "behaviour");
    for (const QByteArray &from : previous)
        d.link(from.constData(), "sink");
    return d;
}
} // namespace

class TestPathAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chainFromRootCauseToBehaviour()
    {
        const Analysed a(Diagram()
                             .factor("r", "reward", true)
                             .factor("p", "algorithm")
                             .factor("b", "behaviour")
                             .factor("loose", "environment")
                             .link("r", "p")
                             .link("p", "b", Relation::Amplifies));
        QCOMPARE(a.analysis.behaviourIds(), ids("b"));
        QCOMPARE(a.analysis.rootCauseIds(), ids("r"));
        QCOMPARE(a.analysis.leverSourceIds(), ids("r p loose"));
        const RootCauseEmphasis lens = a.analysis.rootCauseLens();
        QCOMPARE(lens.factorIds, ids("r p b"));
        QCOMPARE(lens.linkIds, ids("l1 l2"));
        QCOMPARE(lens.behaviours.size(), 1);
        QCOMPARE(lens.behaviours[0].behaviourId, QStringLiteral("b"));
        QCOMPARE(lens.behaviours[0].paths, QList<CausalPath>{path("r p b", "l1 l2")});
        QVERIFY(lens.behaviours[0].reachable);
        QVERIFY(!lens.behaviours[0].truncated);
    }

    void diamondListsBothPathsAndOnlyTheirElements()
    {
        const Analysed a(Diagram()
                             .factor("r", "reward", true)
                             .factor("x", "intent")
                             .factor("y", "environment")
                             .factor("b", "behaviour")
                             .factor("after", "intent")
                             .factor("other", "environment")
                             .link("r", "x")
                             .link("r", "y", Relation::Enables)
                             .link("x", "b")
                             .link("y", "b")
                             .link("b", "after")
                             .link("other", "after"));
        const RootCauseEmphasis lens = a.analysis.rootCauseLens();
        QCOMPARE(lens.behaviours[0].paths,
                 (QList<CausalPath>{path("r x b", "l1 l3"), path("r y b", "l2 l4")}));
        // Links leaving the behaviour or not fed by a root cause are not on a path.
        QCOMPARE(lens.factorIds, ids("r x y b"));
        QCOMPARE(lens.linkIds, ids("l1 l2 l3 l4"));
    }

    void preventsLinksCarryNoCausation()
    {
        // r causes m, o prevents m, m causes b; guard prevents hack (nothing else).
        const Analysed a(Diagram()
                             .factor("r", "reward", true)
                             .factor("o", "oversight", true)
                             .factor("m", "intent")
                             .factor("b", "behaviour")
                             .factor("guard", "environment", true)
                             .factor("hack", "behaviour")
                             .link("r", "m")
                             .link("o", "m", Relation::Prevents)
                             .link("m", "b")
                             .link("guard", "hack", Relation::Prevents));
        const RootCauseEmphasis lens = a.analysis.rootCauseLens();
        QCOMPARE(lens.linkIds, ids("l1 l3"));
        QCOMPARE(lens.factorIds, ids("r m b"));
        QCOMPARE(lens.behaviours[0].paths, QList<CausalPath>{path("r m b", "l1 l3")});
        QCOMPARE(lens.behaviours[1].behaviourId, QStringLiteral("hack"));
        QVERIFY(lens.behaviours[1].paths.isEmpty());
        QVERIFY(!lens.behaviours[1].reachable);

        // Fixing the source of a prevents link neither cuts nor creates a path.
        const LeverAnalysis fixO = a.analysis.whatIf(ids("o"));
        QCOMPARE(outcomeFor(fixO, QStringLiteral("b"))->remainingPaths,
                 QList<CausalPath>{path("r m b", "l1 l3")});
        QVERIFY(outcomeFor(fixO, QStringLiteral("b"))->cutPaths.isEmpty());
        const LeverAnalysis fixGuard = a.analysis.whatIf(ids("guard"));
        const LeverOutcome *hack = outcomeFor(fixGuard, QStringLiteral("hack"));
        QVERIFY(!hack->reachableBefore);
        QVERIFY(!hack->reachable);
        QVERIFY(hack->remainingPaths.isEmpty());
        QVERIFY(hack->cutPaths.isEmpty());
    }

    void hideAndSeekFixingPhysicsLeavesTheRewardPath()
    {
        const LoadResult loaded = readFaultlineFile(
            QStringLiteral(FAULTLINE_TEST_DATA "/analysis/hideandseek.faultline"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.messages().join(QLatin1Char('\n'))));
        const Incident &incident = loaded.value();
        const PathAnalysis analysis(incident, *incident.findInterpretation(QStringLiteral("both")));

        const LeverAnalysis nothing = analysis.whatIf({});
        QCOMPARE(nothing.behaviours.size(), 1);
        QCOMPARE(nothing.behaviours[0].remainingPaths,
                 (QList<CausalPath>{path("reward surfing", "l1"), path("physics surfing", "l2")}));
        QVERIFY(nothing.behaviours[0].cutPaths.isEmpty());
        QVERIFY(!nothing.allCut());

        const LeverAnalysis physics = analysis.whatIf(ids("physics"));
        const LeverOutcome &afterPhysics = physics.behaviours[0];
        QVERIFY(afterPhysics.reachableBefore);
        QVERIFY(afterPhysics.reachable);
        QCOMPARE(afterPhysics.remainingPaths, QList<CausalPath>{path("reward surfing", "l1")});
        QCOMPARE(afterPhysics.cutPaths, QList<CausalPath>{path("physics surfing", "l2")});
        QVERIFY(!physics.allCut());

        const LeverAnalysis both = analysis.whatIf(ids("physics reward"));
        QCOMPARE(both.intervenedFactorIds, ids("physics reward"));
        QVERIFY(!both.behaviours[0].reachable);
        QVERIFY(both.behaviours[0].remainingPaths.isEmpty());
        QCOMPARE(both.behaviours[0].cutPaths.size(), 2);
        QVERIFY(both.allCut());

        bool truncated = true;
        QCOMPARE(analysis.minimalCutSets(QStringLiteral("surfing"), 3, 24, &truncated),
                 QList<QStringList>{ids("reward physics")});
        QVERIFY(!truncated);
    }

    void fixingUpstreamLeavesALaterSource()
    {
        const Analysed a(Diagram()
                             .factor("r", "reward")
                             .factor("p", "algorithm")
                             .factor("b", "behaviour")
                             .link("r", "p")
                             .link("p", "b"));
        QCOMPARE(a.analysis.leverPaths()[0].paths,
                 (QList<CausalPath>{path("r p b", "l1 l2"), path("p b", "l2")}));
        const LeverOutcome after = a.analysis.whatIf(ids("r")).behaviours[0];
        QVERIFY(after.reachable);
        QCOMPARE(after.remainingPaths, QList<CausalPath>{path("p b", "l2")});
        QCOMPARE(after.cutPaths, QList<CausalPath>{path("r p b", "l1 l2")});
        // Fixing the symptom itself cuts everything; unknown ids are ignored.
        const LeverAnalysis symptom = a.analysis.whatIf(ids("b nonexistent b"));
        QCOMPARE(symptom.intervenedFactorIds, ids("b"));
        QVERIFY(symptom.allCut());
        QCOMPARE(symptom.behaviours[0].cutPaths.size(), 2);
    }

    void minimalCutSetsOfADiamond()
    {
        const Analysed a(Diagram()
                             .factor("r", "reward")
                             .factor("x", "intent")
                             .factor("y", "intent")
                             .factor("b", "behaviour")
                             .link("r", "x")
                             .link("r", "y")
                             .link("x", "b")
                             .link("y", "b"));
        QCOMPARE(a.analysis.minimalCutSets(QStringLiteral("b")),
                 (QList<QStringList>{ids("r"), ids("x y")}));
        // Size 1 only: {x, y} is out of reach.
        QCOMPARE(a.analysis.minimalCutSets(QStringLiteral("b"), 1), QList<QStringList>{ids("r")});
        bool truncated = false;
        QVERIFY(a.analysis.minimalCutSets(QStringLiteral("b"), 3, 2, &truncated).isEmpty());
        QVERIFY(truncated);
        QVERIFY(a.analysis.minimalCutSets(QStringLiteral("nonexistent")).isEmpty());
    }

    void cyclesNeitherHangNorRepeat()
    {
        const Analysed a(Diagram()
                             .factor("r", "reward", true)
                             .factor("a", "intent")
                             .factor("c", "intent")
                             .factor("b", "behaviour")
                             .link("r", "a")
                             .link("a", "c")
                             .link("c", "a")
                             .link("a", "b")
                             .link("b", "r", Relation::Prevents));
        const RootCauseEmphasis lens = a.analysis.rootCauseLens();
        QCOMPARE(lens.behaviours[0].paths, QList<CausalPath>{path("r a b", "l1 l4")});
        // The loop feeding the chain is emphasised; the prevents link back is not.
        QCOMPARE(lens.linkIds, ids("l1 l2 l3 l4"));
        // Each loop once, from the factor placed first; a loop through a
        // prevents link is still a loop of the diagram.
        QCOMPARE(a.analysis.cycles(), (QList<QStringList>{ids("r a b"), ids("a c")}));
    }

    void everyElementaryCycleOfACompleteGraphExactlyOnce()
    {
        Diagram d;
        const char *names[] = {"a", "b", "c", "d"};
        for (const char *name : names)
            d.factor(name, "intent");
        for (const char *from : names)
            for (const char *to : names)
                if (from != to)
                    d.link(from, to);
        const Analysed a(d);
        const QList<QStringList> cycles = a.analysis.cycles();
        // Directed K4: C(4,2)·1! + C(4,3)·2! + C(4,4)·3! = 6 + 8 + 6.
        QCOMPARE(cycles.size(), 20);
        QSet<QStringList> unique;
        for (const QStringList &cycle : cycles) {
            QVERIFY(!unique.contains(cycle));
            unique.insert(cycle);
            QCOMPARE(QSet<QString>(cycle.begin(), cycle.end()).size(), cycle.size());
            for (const QString &id : cycle)
                QVERIFY2(cycle.first() <= id, qPrintable(cycle.join(QLatin1Char(' '))));
        }
        bool truncated = false;
        QCOMPARE(a.analysis.graph().cycles(5, &truncated).size(), 5);
        QVERIFY(truncated);
    }

    void longLoopsAndChainsDoNotExhaustTheStack()
    {
        Diagram d;
        QList<QByteArray> names;
        const int n = 20000;
        for (int i = 0; i < n; ++i)
            names.append(QByteArray("f") + QByteArray::number(i));
        d.factor(names[0].constData(), "environment", true);
        for (int i = 1; i < n - 1; ++i)
            d.factor(names[i].constData(), "intent");
        d.factor(names[n - 1].constData(), "behaviour");
        for (int i = 0; i + 1 < n; ++i)
            d.link(names[i].constData(), names[i + 1].constData());
        d.link(names[n - 2].constData(), names[1].constData()); // one long loop
        const Analysed a(d);
        const RootCauseEmphasis lens = a.analysis.rootCauseLens();
        QCOMPARE(lens.behaviours[0].paths.size(), 1);
        QCOMPARE(lens.behaviours[0].paths[0].factorIds.size(), n);
        const QList<QStringList> cycles = a.analysis.cycles();
        QCOMPARE(cycles.size(), 1);
        QCOMPARE(cycles[0].size(), n - 2);
        QCOMPARE(cycles[0].first(), QStringLiteral("f1"));
    }

    void enumerationIsBoundedButReachabilityIsExact()
    {
        const Analysed a(ladder(11)); // 2^11 = 2048 paths
        const RootCauseEmphasis lens = a.analysis.rootCauseLens();
        QCOMPARE(lens.behaviours[0].paths.size(), CausalGraph::kDefaultMaxPaths);
        QVERIFY(lens.behaviours[0].truncated);
        QVERIFY(lens.behaviours[0].reachable);
        const CausalGraph &g = a.analysis.graph();
        const CausalGraph::PathEnumeration all = g.simplePaths(
            {g.nodeOf(QStringLiteral("src"))}, g.nodeOf(QStringLiteral("sink")), {}, 5000);
        QCOMPARE(all.paths.size(), 2048);
        QVERIFY(!all.truncated);
        QSet<QStringList> unique;
        for (const CausalPath &p : all.paths)
            unique.insert(p.linkIds);
        QCOMPARE(unique.size(), 2048);
        // A step budget also stops the search and says so.
        QVERIFY(g.simplePaths({g.nodeOf(QStringLiteral("src"))}, g.nodeOf(QStringLiteral("sink")),
                              {}, 5000, 100)
                    .truncated);

        // Blocking one whole layer cuts everything, exactly.
        const LeverAnalysis cut = a.analysis.whatIf(ids("n5_0 n5_1"));
        QVERIFY(cut.allCut());
        QVERIFY(cut.behaviours[0].reachableBefore);
        QVERIFY(cut.behaviours[0].remainingPaths.isEmpty());
        QVERIFY(cut.behaviours[0].cutTruncated);
        const LeverAnalysis half = a.analysis.whatIf(ids("n5_0"));
        QVERIFY(half.behaviours[0].reachable);
        QVERIFY(half.behaviours[0].remainingTruncated); // 1024 remaining paths, bound 1000
        for (const CausalPath &p : half.behaviours[0].remainingPaths)
            QVERIFY(!p.factorIds.contains(QStringLiteral("n5_0")));
    }

    void linksToUnplacedFactorsAreIgnored()
    {
        Incident incident = Diagram()
                                .factor("r", "reward", true)
                                .factor("b", "behaviour")
                                .link("r", "b")
                                .incident();
        Link dangling;
        dangling.id = QStringLiteral("dangling");
        dangling.from = QStringLiteral("ghost");
        dangling.to = QStringLiteral("b");
        incident.interpretations[0].links.append(dangling);
        const PathAnalysis analysis(incident, incident.interpretations[0]);
        QCOMPARE(analysis.graph().edges().size(), 1);
        QCOMPARE(analysis.rootCauseLens().linkIds, ids("l1"));
    }
};

QTEST_GUILESS_MAIN(TestPathAnalysis)
#include "tst_pathanalysis.moc"
