#include "model/checklist.h"
#include "model/kindstyle.h"

#include <QFile>
#include <QSet>
#include <QtTest>

using namespace faultline;

class TestChecklist : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resourceLoadsAndEveryEntryIsWellFormed()
    {
        const Checklist &checklist = Checklist::builtIn();
        QVERIFY(checklist.entries().size() >= 20);
        QSet<QString> ids;
        for (const ChecklistEntry &e : checklist.entries()) {
            QVERIFY2(!e.id.isEmpty() && !ids.contains(e.id), qPrintable(e.id));
            ids.insert(e.id);
            QVERIFY2(isBuiltInKind(e.area), qPrintable(e.id + ": area " + e.area));
            QVERIFY2(!e.name.isEmpty(), qPrintable(e.id));
            // One sentence: ends with a full stop and has no other sentence break.
            QVERIFY2(e.description.endsWith('.') &&
                         !e.description.chopped(1).contains(QLatin1String(". ")),
                     qPrintable(e.id + ": " + e.description));
            QVERIFY2(!checklist.referenceText(e.reference).isEmpty(),
                     qPrintable(e.id + ": reference " + e.reference));
        }
    }

    void originalFramingSixPointsArePresent_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("area");
        QTest::newRow("reward misspecified") << "reward-misspecified"
                                             << "reward";
        QTest::newRow("broken game mechanics") << "broken-game-mechanics"
                                               << "environment";
        QTest::newRow("lacks diverse environments") << "lacks-diverse-environments"
                                                    << "environment";
        QTest::newRow("broken physics") << "broken-physics"
                                        << "environment";
        QTest::newRow("conflicting cues") << "conflicting-reward-cues"
                                          << "environment";
        QTest::newRow("inductive bias") << "inappropriate-inductive-bias"
                                        << "algorithm";
    }

    void originalFramingSixPointsArePresent()
    {
        QFETCH(QString, id);
        QFETCH(QString, area);
        const ChecklistEntry *entry = Checklist::builtIn().find(id);
        QVERIFY(entry);
        QCOMPARE(entry->area, area);
    }

    void malformedChecklistJsonIsReported()
    {
        QString error;
        const Checklist c = Checklist::fromJson("{\"entries\": 5}", &error);
        QVERIFY(c.entries().isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void everyBuiltInKindHasDistinctShapeAndColour()
    {
        QSet<QString> shapes;
        QSet<QRgb> colours;
        for (const KindStyle &k : builtInKinds()) {
            shapes.insert(k.shape);
            colours.insert(k.color.rgb());
            QVERIFY(kindShapes().contains(k.shape));
        }
        QCOMPARE(shapes.size(), builtInKinds().size());
        QCOMPARE(colours.size(), builtInKinds().size());
    }
};

QTEST_GUILESS_MAIN(TestChecklist)
#include "tst_checklist.moc"
