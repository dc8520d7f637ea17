// The crux list against a moderator's whiteboard: hand-written incidents in
// tests/data/compare/moderator/, each with an `expected` list of disagreements
// decided from the domain meaning before the engine ran (see the README there).
// For every file: recall 100 %, no spurious crux, no disagreement reported twice,
// the expected sides, and exactly the expected coverage differences.

#include "model/compare/diffengine.h"
#include "model/format/faultlinereader.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace faultline;

namespace {
const QString kCorpus = QStringLiteral(FAULTLINE_TEST_DATA "/compare/moderator");

QStringList strings(const nlohmann::json &array)
{
    QStringList list;
    for (const auto &item : array)
        list.append(QString::fromStdString(item.get<std::string>()));
    return list;
}

// Sides as a set of sets, so the order of sides and of readings inside does not matter.
QList<QStringList> partition(QList<QStringList> groups)
{
    for (QStringList &group : groups)
        group.sort();
    std::sort(groups.begin(), groups.end());
    return groups;
}

struct Score
{
    QStringList missed;
    QStringList duplicated;
    QStringList spurious;
    QStringList wrongSides;
    QStringList coverageMissing;
    QStringList coverageExtra;
    int expected = 0;
    int reported = 0;

    bool perfect() const
    {
        return missed.isEmpty() && duplicated.isEmpty() && spurious.isEmpty() &&
               wrongSides.isEmpty() && coverageMissing.isEmpty() && coverageExtra.isEmpty();
    }
    QString report(const QString &file) const
    {
        return QStringLiteral("%1: recall %2/%3, spurious %4 %5, duplicates %6 %7, missed %8, "
                              "sides %9, coverage missing %10 extra %11")
            .arg(file)
            .arg(expected - missed.size())
            .arg(expected)
            .arg(spurious.size())
            .arg(spurious.join(QLatin1Char(' ')))
            .arg(duplicated.size())
            .arg(duplicated.join(QLatin1Char(' ')))
            .arg(missed.join(QLatin1Char(' ')))
            .arg(wrongSides.join(QLatin1Char(' ')))
            .arg(coverageMissing.join(QLatin1Char(' ')))
            .arg(coverageExtra.join(QLatin1Char(' ')));
    }
};

// A crux stands for an expected disagreement when its key names it, or when the
// disagreement is folded into it (an area whose only blamed factor is the crux's).
bool covers(const Crux &crux, const QString &subject)
{
    return crux.key == subject || crux.foldedKeys.contains(subject);
}

Score score(const DiffResult &diff, const nlohmann::json &expected)
{
    Score s;
    QStringList subjects;
    for (const auto &item : expected.at("disagreements")) {
        const QString subject = QString::fromStdString(item.at("subject").get<std::string>());
        subjects.append(subject);
        ++s.expected;
        int matches = 0;
        for (const Crux &crux : diff.cruxes)
            matches += covers(crux, subject) ? 1 : 0;
        if (matches == 0)
            s.missed.append(subject);
        if (matches > 1)
            s.duplicated.append(subject);
        if (!item.contains("sides"))
            continue;
        const Crux *crux = diff.findCrux(subject);
        if (!crux)
            continue; // folded: the sides are those of the crux it belongs to
        QList<QStringList> want, got;
        for (const auto &side : item.at("sides"))
            want.append(strings(side));
        for (const CruxSide &side : crux->sides)
            got.append(side.interpretationIds);
        if (partition(want) != partition(got))
            s.wrongSides.append(subject);
    }
    for (const Crux &crux : diff.cruxes) {
        ++s.reported;
        bool known = false;
        for (const QString &key : QStringList{crux.key} + crux.foldedKeys)
            known = known || subjects.contains(key);
        if (!known)
            s.spurious.append(crux.key);
    }
    QStringList coverage;
    for (const auto &item : expected.value("coverage", nlohmann::json::array()))
        coverage.append(QString::fromStdString(item.at("subject").get<std::string>()));
    QStringList reported;
    for (const CoverageDifference &difference : diff.coverageDifferences)
        reported.append(difference.key);
    for (const QString &key : std::as_const(coverage))
        if (!reported.contains(key))
            s.coverageMissing.append(key);
    for (const QString &key : std::as_const(reported))
        if (!coverage.contains(key))
            s.coverageExtra.append(key);
    return s;
}
} // namespace

class TestModeratorCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpusIsLargeEnough()
    {
        const QStringList files =
            QDir(kCorpus).entryList({QStringLiteral("*.faultline")}, QDir::Files);
        QVERIFY2(files.size() >= 15, qPrintable(QString::number(files.size())));
    }

    void everyDisagreementOnceAndNothingElse_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &file :
             QDir(kCorpus).entryList({QStringLiteral("*.faultline")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(file)) << file.chopped(int(strlen(".faultline")));
    }

    void everyDisagreementOnceAndNothingElse()
    {
        QFETCH(QString, name);
        const LoadResult loaded =
            readFaultlineFile(kCorpus + QLatin1Char('/') + name + QStringLiteral(".faultline"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.firstMessage()));
        QFile file(kCorpus + QLatin1Char('/') + name + QStringLiteral(".expected.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const nlohmann::json expected = nlohmann::json::parse(file.readAll().toStdString());
        const DiffResult diff =
            DiffEngine::compare(loaded.value(), strings(expected.at("compare")));
        QCOMPARE(diff.interpretationIds, strings(expected.at("compare")));
        const Score s = score(diff, expected);
        qInfo().noquote() << s.report(name);
        QVERIFY2(s.perfect(), qPrintable(s.report(name)));
    }
};

QTEST_GUILESS_MAIN(TestModeratorCorpus)
#include "tst_moderatorcorpus.moc"
