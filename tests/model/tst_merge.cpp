// Importing a colleague's interpretations: the merge plan (factor and source
// matches, id and name clashes, what comes along) and the one-step undoable
// import command. Ours: tests/data/compare/coinrun.faultline; theirs:
// tests/data/compare/colleague.faultline, crafted so that every kind of match
// and clash occurs once.

#include "model/commands/addfactorcommand.h"
#include "model/commands/importinterpretationscommand.h"
#include "model/compare/interpretationmerge.h"
#include "model/document.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/format/incidentvalidator.h"
#include "testpaths.h"

#include <QSignalSpy>
#include <QtTest>

using namespace faultline;

namespace {
Incident load(const char *name)
{
    const LoadResult loaded =
        readFaultlineFile(QStringLiteral(FAULTLINE_TEST_DATA "/compare/") + QLatin1String(name));
    if (!loaded.ok())
        qFatal("%s does not load: %s", name, qPrintable(loaded.messages().join(QLatin1Char('\n'))));
    return loaded.value();
}

Incident ours()
{
    return load("coinrun.faultline");
}
Incident theirs()
{
    return load("colleague.faultline");
}

QString describe(const FactorMatch &m)
{
    return QStringLiteral("%1>%2 %3%4%5")
        .arg(m.theirId, m.ourId, toString(m.reason),
             m.rejected ? QStringLiteral(" rejected") : QString(),
             m.detailsDiffer ? QStringLiteral(" differs") : QString());
}

QStringList describe(const QList<FactorMatch> &matches)
{
    QStringList list;
    for (const FactorMatch &m : matches)
        list.append(describe(m));
    return list;
}

QStringList describe(const QList<SourceMatch> &matches)
{
    QStringList list;
    for (const SourceMatch &m : matches)
        list.append(QStringLiteral("%1>%2 %3").arg(m.theirId, m.ourId, toString(m.reason)));
    return list;
}

template <typename T> QStringList ids(const QList<T> &list)
{
    QStringList result;
    for (const T &item : list)
        result.append(item.id);
    return result;
}
} // namespace

class TestMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalisedLabels()
    {
        QCOMPARE(InterpretationMerge::normalisedLabel(QStringLiteral("Box-surfing!")),
                 QStringLiteral("boxsurfing"));
        QCOMPARE(InterpretationMerge::normalisedLabel(QStringLiteral("  Mid-air \t  PUSH ")),
                 QStringLiteral("midair push"));
        QCOMPARE(InterpretationMerge::normalisedLabel(QStringLiteral("Runs right,  ignores coin")),
                 InterpretationMerge::normalisedLabel(QStringLiteral("runs right, ignores Coin.")));
        QVERIFY(InterpretationMerge::normalisedLabel(QStringLiteral("+10 for the coin")) !=
                InterpretationMerge::normalisedLabel(QStringLiteral("+100 for the coin")));
    }

    void factorsMatchByIdThenLabelElseNew()
    {
        const InterpretationMerge plan(ours(), theirs());
        QCOMPARE(describe(plan.factorMatches()),
                 QStringList({
                     "rw>rw by-id",
                     "coinpos>env by-label differs",
                     "alg> new", // same id, other kind: not the same factor
                     "newf> new",
                     "beh2>beh by-label differs",
                     "probe> new",
                 }));
        QVERIFY(plan.warnings().isEmpty());
    }

    void sourcesMatchByIdDoiOrUrl()
    {
        const InterpretationMerge plan(ours(), theirs());
        QCOMPARE(describe(plan.sourceMatches()), QStringList({
                                                     "s1>s1 by-id",
                                                     "bakerx>s2 by-doi",
                                                     "s2> new", // same id as ours, different DOI
                                                     "web>s3 by-url",
                                                 }));
    }

    void additionsRemapAndRenameOnClash()
    {
        const InterpretationMerge plan(ours(), theirs());
        const MergeAdditions add = plan.additions();

        QCOMPARE(ids(add.sources), QStringList{"s4"});
        QCOMPARE(add.sources.first().doi, QStringLiteral("10.1000/other"));
        QCOMPARE(ids(add.factors), QStringList({"f1", "newf", "probe"}));
        QCOMPARE(add.factors.first().label, QStringLiteral("Bonus for speed"));
        QCOMPARE(add.factorIdMap.value("coinpos"), QStringLiteral("env"));
        QCOMPARE(add.factorIdMap.value("alg"), QStringLiteral("f1"));
        QCOMPARE(ids(add.customKinds), QStringList{"interp"}); // "unusedkind" is not needed
        QCOMPARE(ids(add.checklistEntries),
                 QStringList{"coin-moved"}); // "unused-ext" is not needed

        QCOMPARE(add.interpretations.size(), 2);
        const Interpretation &a = add.interpretations[0];
        QCOMPARE(a.id, QStringLiteral("i1"));
        QCOMPARE(a.name, QStringLiteral("Reward view (2)"));
        QStringList placed;
        for (const Placement &p : a.placements)
            placed.append(p.factorId);
        QCOMPARE(placed, QStringList({"rw", "env", "f1", "beh"}));
        QCOMPARE(ids(a.links), QStringList({"l1", "la9"}));
        QCOMPARE(a.links[0].from, QStringLiteral("rw"));
        QCOMPARE(a.links[0].to, QStringLiteral("beh"));
        QCOMPARE(a.links[0].evidence[0].id, QStringLiteral("e8"));
        QCOMPARE(a.links[1].from, QStringLiteral("f1"));
        QCOMPARE(a.links[1].evidence[0].id, QStringLiteral("e9"));
        QCOMPARE(a.links[1].evidence[0].sourceId, QStringLiteral("s2"));
        QCOMPARE(a.ruledOutFailureModes.first().target, QStringLiteral("coin-moved"));

        const Interpretation &m = add.interpretations[1];
        QCOMPARE(m.id, QStringLiteral("m1"));
        QCOMPARE(m.name, QStringLiteral("Shift view"));
        QCOMPARE(m.links[0].evidence[0].sourceId, QStringLiteral("s4"));
        QCOMPARE(m.links[1].evidence[0].sourceId, QStringLiteral("s3"));

        const Incident merged = plan.merged();
        QCOMPARE(validateIncident(merged), QStringList());
        QCOMPARE(merged.interpretations.size(), 5);
        QCOMPARE(merged.factors.size(), 8);
        // Ours is untouched in front.
        const Incident before = ours();
        QCOMPARE(merged.factors.mid(0, before.factors.size()), before.factors);
        QCOMPARE(merged.interpretations.mid(0, 3), before.interpretations);
    }

    void namesGetTheNextFreeNumber()
    {
        Incident mine = ours();
        Interpretation second = mine.interpretations[0];
        second.id = QStringLiteral("A2");
        second.name = QStringLiteral("Reward view (2)");
        second.links.clear();
        mine.interpretations.append(second);
        const MergeAdditions add = InterpretationMerge(mine, theirs()).additions();
        QCOMPARE(add.interpretations[0].name, QStringLiteral("Reward view (3)"));
    }

    void rejectedLabelMatchBecomesNewFactor()
    {
        InterpretationMerge plan(ours(), theirs());
        QVERIFY(!plan.setLabelMatchRejected(QStringLiteral("rw"), true));  // by id: not rejectable
        QVERIFY(!plan.setLabelMatchRejected(QStringLiteral("alg"), true)); // already new
        QVERIFY(!plan.setLabelMatchRejected(QStringLiteral("nope"), true));
        QVERIFY(plan.setLabelMatchRejected(QStringLiteral("coinpos"), true));
        QVERIFY(plan.factorMatch(QStringLiteral("coinpos"))->addsFactor());
        QCOMPARE(describe(*plan.factorMatch(QStringLiteral("coinpos"))),
                 QStringLiteral("coinpos>env by-label rejected differs"));

        const MergeAdditions add = plan.additions();
        QCOMPARE(ids(add.factors), QStringList({"coinpos", "f1", "newf", "probe"}));
        QCOMPARE(add.factorIdMap.value("coinpos"), QStringLiteral("coinpos"));
        QCOMPARE(add.interpretations[0].placements[1].factorId, QStringLiteral("coinpos"));
        QCOMPARE(validateIncident(plan.merged()), QStringList());

        QVERIFY(plan.setLabelMatchRejected(QStringLiteral("coinpos"), false));
        QCOMPARE(plan.additions().factors.size(), 3);
    }

    void clashingIdsSkipIdsThePlanKeeps()
    {
        // Their factors "f1" (kept: ours has no f1) and "alg" (clashes): the
        // fresh id for "alg" must not be "f1" again.
        Incident other = theirs();
        other.factors.append({QStringLiteral("f1"),
                              QStringLiteral("intent"),
                              QStringLiteral("Fetch the coin"),
                              {},
                              {},
                              {},
                              {}});
        const MergeAdditions add = InterpretationMerge(ours(), other).additions();
        QCOMPARE(ids(add.factors), QStringList({"f2", "newf", "probe", "f1"}));
        // An allocator that keeps answering taken ids does not hang the plan.
        const MergeAdditions stubborn =
            InterpretationMerge(ours(), other).additions([](const QString &prefix) {
                return prefix + QStringLiteral("1");
            });
        QCOMPARE(ids(stubborn.factors), QStringList({"f2", "newf", "probe", "f1"}));
    }

    void warnings()
    {
        Incident other = theirs();
        other.title = QStringLiteral("Something else entirely");
        for (Factor &f : other.factors) {
            f.id += QStringLiteral("-x");
            f.label += QStringLiteral(" (theirs)");
        }
        other.interpretations.clear();
        const InterpretationMerge plan(ours(), other);
        QCOMPARE(plan.warnings().size(), 3);
        QVERIFY(plan.warnings().at(0).contains(QStringLiteral("Something else entirely")));
        QVERIFY(plan.additions().interpretations.isEmpty());
    }

    void refusesWhatIsNotAFaultlineDocument()
    {
        const MergeLoadResult other = InterpretationMerge::fromFile(
            ours(), QStringLiteral(FAULTLINE_TEST_DATA "/compare/not-faultline.json"));
        QVERIFY(!other.ok());
        QVERIFY(!other.errors.isEmpty());
        QVERIFY2(other.errors.join(QLatin1Char('\n')).contains(QStringLiteral("format")),
                 qPrintable(other.errors.join('\n')));

        const MergeLoadResult garbage =
            InterpretationMerge::fromBytes(ours(), "this is not JSON {");
        QVERIFY(!garbage.ok());
        QVERIFY(!garbage.errors.isEmpty());

        const MergeLoadResult missing =
            InterpretationMerge::fromFile(ours(), QStringLiteral("/nonexistent/x.faultline"));
        QVERIFY(!missing.ok());
        QVERIFY(!missing.errors.isEmpty());

        const MergeLoadResult good = InterpretationMerge::fromFile(
            ours(), QStringLiteral(FAULTLINE_TEST_DATA "/compare/colleague.faultline"));
        QVERIFY(good.ok());
        QVERIFY(good.errors.isEmpty());
        QCOMPARE(good.merge->factorMatches().size(), 6);
    }

    void importIsOneUndoStepRestoringTheExactIncident()
    {
        Document doc;
        doc.resetIncident(ours());
        const Incident before = doc.incident();
        const QByteArray bytesBefore = writeFaultline(before);
        const InterpretationMerge plan(doc.incident(), theirs());
        QSignalSpy added(&doc, &Document::interpretationAdded);

        doc.push(new ImportInterpretationsCommand(&doc, plan));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->text(0), QStringLiteral("Import 2 interpretation(s)"));
        QCOMPARE(added.size(), 2);
        const Incident after = doc.incident();
        QCOMPARE(validateIncident(after), QStringList());
        QCOMPARE(after, plan.merged()); // Document::newId hands out the same ids here

        doc.undoStack()->undo();
        QCOMPARE(doc.incident(), before);
        QCOMPARE(writeFaultline(doc.incident()), bytesBefore);
        doc.undoStack()->redo();
        QCOMPARE(doc.incident(), after);
        doc.undoStack()->undo();
        QCOMPARE(doc.incident(), before);
    }

    void importNeverReusesAnIdTheDocumentHandedOut()
    {
        Document doc;
        doc.resetIncident(ours());
        const QString handedOut = doc.newId(QStringLiteral("f"));
        QCOMPARE(handedOut, QStringLiteral("f1"));
        doc.push(new AddFactorCommand(
            &doc, {handedOut, QStringLiteral("intent"), QStringLiteral("Fetch"), {}, {}, {}, {}}));
        doc.undoStack()->undo();
        QVERIFY(!doc.incident().findFactor(handedOut));

        auto *command =
            new ImportInterpretationsCommand(&doc, InterpretationMerge(doc.incident(), theirs()));
        QCOMPARE(command->additions().factorIdMap.value("alg"), QStringLiteral("f2"));
        doc.push(command);
        QCOMPARE(validateIncident(doc.incident()), QStringList());
    }

    void stalePlanIsRebasedOnTheCurrentDocument()
    {
        Document doc;
        doc.resetIncident(ours());
        InterpretationMerge plan(doc.incident(), theirs());
        QVERIFY(plan.setLabelMatchRejected(QStringLiteral("coinpos"), true));
        // The user adds, before confirming, a factor that is the same as their "newf".
        doc.push(new AddFactorCommand(&doc, {QStringLiteral("newf"),
                                             QStringLiteral("shift"),
                                             QStringLiteral("Coin moved at test time"),
                                             {},
                                             {},
                                             {},
                                             {}}));
        const Incident before = doc.incident();

        doc.push(new ImportInterpretationsCommand(&doc, plan));
        QCOMPARE(validateIncident(doc.incident()), QStringList());
        QCOMPARE(doc.incident().factors.size(),
                 before.factors.size() + 3); // coinpos (rejected), f1, probe
        QVERIFY(doc.incident().findFactor(QStringLiteral("coinpos")));
        QCOMPARE(doc.incident().factors.count(Factor{QStringLiteral("newf"),
                                                     QStringLiteral("shift"),
                                                     QStringLiteral("Coin moved at test time"),
                                                     {},
                                                     {},
                                                     {},
                                                     {}}),
                 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.incident(), before);
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
