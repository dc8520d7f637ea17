#include "model/interpretationresolver.h"
#include "model/result.h"

#include <QtTest>

using namespace faultline;

namespace {
Interpretation reading(const QString &id, const QString &name)
{
    Interpretation interp;
    interp.id = id;
    interp.name = name;
    return interp;
}

// Three readings: two share a name up to case, and one's name is another's id.
Incident readings()
{
    Incident incident;
    incident.interpretations = {reading(QStringLiteral("i1"), QStringLiteral("Reward view")),
                                reading(QStringLiteral("i2"), QStringLiteral("reward VIEW")),
                                reading(QStringLiteral("i3"), QStringLiteral("i1"))};
    return incident;
}

Result<int> half(int n)
{
    if (n % 2 != 0)
        return Failure(ResultError(QStringLiteral("odd"), QStringLiteral("n")));
    return n / 2;
}
} // namespace

class TestInterpretationResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolves_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("candidates");
        using O = InterpretationMatch::Outcome;
        QTest::newRow("id") << "i2" << false << int(O::Found) << "i2" << QStringList();
        QTest::newRow("id wins over a name")
            << "i1" << false << int(O::Found) << "i1" << QStringList();
        QTest::newRow("ids are case-sensitive")
            << "I1" << true << int(O::Unknown) << "" << QStringList();
        QTest::newRow("unique name, any case")
            << "I1" << false << int(O::Found) << "i3" << QStringList();
        QTest::newRow("name, exact case")
            << "Reward view" << true << int(O::Found) << "i1" << QStringList();
        QTest::newRow("name, any case: ambiguous")
            << "REWARD view" << false << int(O::Ambiguous) << "" << QStringList{"i1", "i2"};
        QTest::newRow("name, exact case: no match")
            << "REWARD view" << true << int(O::Unknown) << "" << QStringList();
        QTest::newRow("unknown") << "nobody" << false << int(O::Unknown) << "" << QStringList();
        QTest::newRow("empty") << "" << false << int(O::Unknown) << "" << QStringList();
    }

    void resolves()
    {
        QFETCH(QString, typed);
        QFETCH(bool, caseSensitive);
        QFETCH(int, outcome);
        QFETCH(QString, id);
        QFETCH(QStringList, candidates);
        const InterpretationMatch match = resolveInterpretation(
            readings(), typed, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
        QCOMPARE(int(match.outcome), outcome);
        QCOMPARE(match.found(), outcome == int(InterpretationMatch::Outcome::Found));
        QCOMPARE(match.id, id);
        QCOMPARE(match.candidates, candidates);
    }

    void resultHoldsValueOrErrors()
    {
        const Result<int> ok = half(4);
        QVERIFY(ok.ok());
        QCOMPARE(ok.value(), 2);
        QVERIFY(ok.errors().isEmpty());
        QVERIFY(ok.firstMessage().isEmpty());

        const Result<int> failed = half(3);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.errors().size(), 1);
        QCOMPARE(failed.errors().first().place, QStringLiteral("n"));
        QCOMPARE(failed.messages(), QStringList{QStringLiteral("odd")});
    }

    void failureWithoutReasonStillFails()
    {
        const Status status = Failure(QList<ResultError>());
        QVERIFY(!status.ok());
        QCOMPARE(status.errors().size(), 1);
        QVERIFY(Status().ok());
        const Result<QString> result = Failure(QList<ResultError>());
        QVERIFY(!result.ok());
    }
};

QTEST_GUILESS_MAIN(TestInterpretationResolver)
#include "tst_interpretationresolver.moc"
