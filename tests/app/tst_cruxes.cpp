// `faultline cruxes`: output, JSON shape and exit codes, driven through
// runCruxes() on in-memory streams (the sub-command is wired into main() by
// app/commandline.cpp).

#include "app/cli/cruxescommand.h"
#include "model/checklist.h"
#include "model/compare/diffengine.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "testpaths.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace faultline;
using Json = nlohmann::ordered_json;

namespace {
const QString coinRun = QStringLiteral(FAULTLINE_TEST_DATA "/compare/coinrun.faultline");

struct Run
{
    int exitCode;
    QString out;
    QString err;
};

Run cruxes(const QStringList &args)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = runCruxes(args, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

QStringList numberedLines(const QString &text)
{
    static const QRegularExpression numbered(QStringLiteral("^ *\\d+\\. "));
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (numbered.match(line).hasMatch())
            lines.append(line);
    return lines;
}

std::vector<std::string> keys(const Json &object)
{
    std::vector<std::string> list;
    for (const auto &item : object.items())
        list.push_back(item.key());
    return list;
}

using Keys = std::vector<std::string>;
} // namespace

class TestCruxes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textListsEachCruxOnceWithOneLinePerReading()
    {
        const Run r = cruxes({coinRun});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QCOMPARE(
            lines.at(0),
            QStringLiteral(
                "Comparing 3 interpretation(s): Reward view (A), Environment view (B), Both (C)"));
        QCOMPARE(lines.at(1),
                 QStringLiteral(
                     "Agreement: 3 of 5 factors used by all; 2 of 4 links in all (1 with the same "
                     "relation and strength)"));
        QVERIFY(r.out.contains(QStringLiteral("\nCruxes (8):\n")));
        const QStringList numbered = numberedLines(r.out);
        QCOMPARE(numbered.size(), 8);
        QCOMPARE(numbered.first(), QStringLiteral("  1. Is “+10 for the coin” a root cause?"));
        // The headline, then exactly one line per reading: nothing printed twice.
        const int first = int(lines.indexOf(numbered.first()));
        QCOMPARE(lines.at(first + 1),
                 QStringLiteral("      Reward view: root cause; lever: “Pay for the coin only” · "
                                "1 evidence: Langosco 2022"));
        QCOMPARE(lines.at(first + 2),
                 QStringLiteral("      Environment view: uses it, not as a root cause · 1 "
                                "evidence: Langosco 2022"));
        QCOMPARE(lines.at(first + 3),
                 QStringLiteral("      Both: root cause · 1 evidence: Langosco 2022"));
        QCOMPARE(lines.at(first + 4), numbered.at(1));
        QCOMPARE(numberedLines(r.out).size() * 4, int(lines.indexOf(QString(), first)) - first);
        // Coverage differences are listed apart, under their own heading.
        QVERIFY(r.out.contains(
            QStringLiteral("\nConsidered by some readings only, not cruxes (2):\n")));
        QVERIFY(!r.out.contains(QStringLiteral("Root-cause matrix")));
    }

    void interpretationsByIdOrNameInTheGivenOrder()
    {
        const Run r = cruxes(
            {coinRun, QStringLiteral("--interpretations"), QStringLiteral("Environment view,A")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral(
                     "Comparing 2 interpretation(s): Environment view (B), Reward view (A)\n")),
                 qPrintable(r.out));
        QCOMPARE(numberedLines(r.out).size(), 8);
        const Run same = cruxes({QStringLiteral("--interpretations=B,Reward view"), coinRun});
        QCOMPARE(same.exitCode, 0);
        QCOMPARE(same.out, r.out);
        // One --interpretation per reading: the same comparison.
        const Run repeated = cruxes({coinRun, QStringLiteral("--interpretation"),
                                     QStringLiteral("B"), QStringLiteral("-i=Reward view")});
        QCOMPARE(repeated.exitCode, 0);
        QCOMPARE(repeated.out, r.out);
    }

    void nameWithCommasIsChosenWithRepeatedOption()
    {
        QTemporaryDir dir;
        Incident incident = readFaultlineFile(coinRun).value();
        incident.interpretations[0].name = QStringLiteral("Reward (score, avoid loss)");
        const QString path = dir.filePath(QStringLiteral("commas.faultline"));
        QVERIFY(writeFaultlineFile(incident, path).ok());
        const Run r = cruxes({path, QStringLiteral("--interpretation"),
                              QStringLiteral("Reward (score, avoid loss)"),
                              QStringLiteral("--interpretation"), QStringLiteral("B")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Comparing 2 interpretation(s): Reward (score, "
                                                 "avoid loss) (A), Environment view (B)\n")),
                 qPrintable(r.out));
    }

    void jsonShapeIsStable()
    {
        const Run r = cruxes({coinRun, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const Json root = Json::parse(r.out.toStdString());
        QCOMPARE(keys(root), Keys({"format", "version", "incident", "interpretations", "agreement",
                                   "cruxes", "coverageDifferences"}));
        QCOMPARE(root["format"], Json("faultline-cruxes"));
        QCOMPARE(root["version"], Json(2));
        QCOMPARE(root["interpretations"].size(), size_t(3));
        QCOMPARE(root["interpretations"][1], Json({{"id", "B"}, {"name", "Environment view"}}));
        QCOMPARE(keys(root["agreement"]),
                 Keys({"factors", "sharedFactors", "links", "sharedLinks"}));
        QCOMPARE(root["agreement"]["sharedFactors"], Json({"rw", "env", "beh"}));
        QCOMPARE(root["agreement"]["sharedLinks"][0]["links"][2],
                 Json({{"interpretation", "C"}, {"link", "lc1"}}));

        const LoadResult loaded = readFaultlineFile(coinRun);
        const DiffResult diff = DiffEngine::compare(loaded.value(), {"A", "B", "C"});
        const Json &list = root["cruxes"];
        QCOMPARE(list.size(), size_t(diff.cruxes.size()));
        for (size_t i = 0; i < list.size(); ++i) {
            const Json &crux = list[i];
            QCOMPARE(keys(crux),
                     Keys({"number", "key", "type", "rank", "subject", "headline", "factors",
                           "links", "evidence", "points", "positions", "sides", "folded"}));
            QCOMPARE(crux["number"], Json(i + 1));
            QCOMPARE(QString::fromStdString(crux["key"].get<std::string>()),
                     diff.cruxes[int(i)].key);
            QVERIFY(crux["points"].size() >= 1);
            for (const Json &point : crux["points"]) {
                QCOMPARE(keys(point), Keys({"kind", "subject", "values"}));
                QCOMPARE(point["values"].size(), size_t(3));
            }
            QCOMPARE(crux["positions"].size(), size_t(3));
            for (const Json &position : crux["positions"])
                QCOMPARE(keys(position),
                         Keys({"interpretation", "code", "text", "evidence", "sources"}));
            QVERIFY(crux["sides"].size() >= 2);
        }
        const Json &link = list[4];
        QCOMPARE(link["key"], Json("link|beh,env"));
        QCOMPARE(link["headline"],
                 Json("How does “Coin always at the right end” act on “Runs right, ignores "
                      "coin”?"));
        QCOMPARE(link["points"][0]["kind"], Json("relation"));
        QCOMPARE(link["points"][0]["values"],
                 Json({{"A", "enables"}, {"B", "causes"}, {"C", "causes"}}));
        QCOMPARE(link["positions"][1]["text"], Json("causes, strength 5"));
        QCOMPARE(link["positions"][1]["sources"], Json({"s2"}));
        QCOMPARE(link["sides"][1]["interpretations"], Json({"B", "C"}));
        const Json &coverage = root["coverageDifferences"];
        QCOMPARE(coverage.size(), size_t(2));
        QCOMPARE(keys(coverage[0]),
                 Keys({"key", "type", "subject", "factors", "consideredBy", "silentBy", "text"}));
        QCOMPARE(coverage[0]["key"], Json("area|oversight"));
        // Byte-identical on a second run.
        QCOMPARE(cruxes({coinRun, QStringLiteral("--json")}).out, r.out);
    }

    void jsonMatrixAndCoverage()
    {
        const Run r = cruxes({coinRun, QStringLiteral("--json"), QStringLiteral("--matrix")});
        QCOMPARE(r.exitCode, 0);
        const Json root = Json::parse(r.out.toStdString());
        QCOMPARE(keys(root), Keys({"format", "version", "incident", "interpretations", "agreement",
                                   "cruxes", "coverageDifferences", "matrix", "coverage"}));
        const Json &rows = root["matrix"]["rows"];
        std::vector<std::string> areas;
        for (const Json &row : rows)
            areas.push_back(row["area"].get<std::string>());
        QCOMPARE(areas, Keys({"reward", "environment", "algorithm", "behaviour", "oversight"}));
        QCOMPARE(rows[2]["cells"][1]["state"], Json("ruled-out"));
        QCOMPARE(rows[2]["cells"][1]["reason"], Json("PPO behaved as designed"));
        QCOMPARE(rows[2]["cells"][1]["involved"], Json({"alg"}));
        QCOMPARE(rows[0]["cells"][0]["rootCauses"], Json({"rw"}));
        QCOMPARE(rows[4]["cells"][2]["state"], Json("ruled-out"));
        QCOMPARE(rows[4]["cells"][0]["state"], Json("not-considered"));

        const Json &a = root["coverage"][0];
        QCOMPARE(a["interpretation"], Json("A"));
        QCOMPARE(a["implicated"], Json({"reward-misspecified", "lacks-diverse-environments",
                                        "inappropriate-inductive-bias", "coin-position-fixed"}));
        QCOMPARE(a["ruledOut"], Json({"broken-physics"}));
        QCOMPARE(a["areas"][1]["area"], Json("environment"));
        QCOMPARE(a["areas"][1]["considered"], Json(3));
        QCOMPARE(a["areas"][1]["implicated"], Json(2));
    }

    void textMatrixAndCoverage()
    {
        const Run r = cruxes({coinRun, QStringLiteral("--matrix")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        const int matrix = int(lines.indexOf(QStringLiteral("Root-cause matrix:")));
        QVERIFY(matrix > 0);
        static const QRegularExpression spaces(QStringLiteral(" {2,}"));
        QCOMPARE(lines.at(matrix + 1).trimmed().split(spaces),
                 QStringList({"Area", "Reward view", "Environment view", "Both"}));
        QCOMPARE(lines.at(matrix + 4).trimmed().split(spaces),
                 QStringList({"Algorithm", "implicated", "ruled out", "not considered"}));
        QCOMPARE(lines.at(matrix + 6).trimmed().split(spaces),
                 QStringList({"Oversight", "not considered", "not considered", "ruled out"}));
        const Checklist checklist = Checklist::forIncident(readFaultlineFile(coinRun).value());
        QVERIFY(r.out.contains(QStringLiteral("\nChecklist coverage:\n  Reward view:\n")));
        QVERIFY(r.out.contains(QStringLiteral("    rules out: Broken physics\n")));
        QVERIFY(r.out.contains(
            QStringLiteral("    Environment: 3 of %1 considered\n")
                .arg(checklist.entriesForArea(QStringLiteral("environment")).size())));
    }

    void singleInterpretationHasNothingToCompare()
    {
        QTemporaryDir dir;
        Incident incident = readFaultlineFile(coinRun).value();
        incident.interpretations.resize(1);
        const QString path = dir.filePath(QStringLiteral("one.faultline"));
        QVERIFY(writeFaultlineFile(incident, path).ok());
        const Run r = cruxes({path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Cruxes (0):\n  none\n")));
    }

    void usageErrorsExitTwoAndSayWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown interpretation")
            << QStringList{coinRun, "--interpretations", "A,Zed"} << "\"Zed\"";
        QTest::newRow("bad option") << QStringList{coinRun, "--frobnicate"} << "--frobnicate";
        QTest::newRow("no file") << QStringList{"--json"} << "missing FILE";
        QTest::newRow("two files") << QStringList{coinRun, coinRun} << "unexpected argument";
        QTest::newRow("one interpretation")
            << QStringList{coinRun, "--interpretations", "A"} << "at least two";
        QTest::newRow("empty list")
            << QStringList{coinRun, "--interpretations=,"} << "at least two";
        QTest::newRow("list missing")
            << QStringList{coinRun, "--interpretations"} << "--interpretations needs";
        QTest::newRow("named twice")
            << QStringList{coinRun, "--interpretations", "A,Reward view"} << "named twice";
        QTest::newRow("option twice")
            << QStringList{coinRun, "--interpretations", "A,B", "--interpretations", "A,C"}
            << "given twice";
    }

    void usageErrorsExitTwoAndSayWhatIsWrong()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cruxes(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }

    void unknownInterpretationListsTheAvailableOnes()
    {
        const Run r =
            cruxes({coinRun, QStringLiteral("--interpretations"), QStringLiteral("A,Zed")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(QStringLiteral("A \"Reward view\", B \"Environment view\", C \"Both\"")),
            qPrintable(r.err));
    }

    void ambiguousNameAsksForAnId()
    {
        QTemporaryDir dir;
        Incident incident = readFaultlineFile(coinRun).value();
        incident.interpretations[1].name = incident.interpretations[0].name;
        const QString path = dir.filePath(QStringLiteral("twins.faultline"));
        QVERIFY(writeFaultlineFile(incident, path).ok());
        const Run r =
            cruxes({path, QStringLiteral("--interpretations"), QStringLiteral("Reward view,C")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("ambiguous")) &&
                     r.err.contains(QStringLiteral("A, B")),
                 qPrintable(r.err));
        QCOMPARE(
            cruxes({path, QStringLiteral("--interpretations"), QStringLiteral("A,C")}).exitCode, 0);
    }

    void fileThatDoesNotLoadExitsOneWithItsErrors()
    {
        const QString bad = QStringLiteral(FAULTLINE_TEST_DATA "/compare/not-faultline.json");
        const Run r = cruxes({bad, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        const QStringList errors = r.err.trimmed().split(QLatin1Char('\n'));
        QVERIFY(!errors.isEmpty());
        for (const QString &line : errors)
            QVERIFY2(line.startsWith(bad + QStringLiteral(": ")), qPrintable(line));
        QVERIFY(r.err.contains(QStringLiteral("format")));

        const Run missing = cruxes({QStringLiteral("/nonexistent/x.faultline")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.startsWith(QStringLiteral("/nonexistent/x.faultline: ")));
        // A load failure wins over an interpretation that cannot be checked without the file.
        QCOMPARE(cruxes({bad, QStringLiteral("--interpretations"), QStringLiteral("A,B")}).exitCode,
                 1);
    }

    void helpExitsZero()
    {
        const Run r = cruxes({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("usage: faultline cruxes FILE")));
    }
};

QTEST_GUILESS_MAIN(TestCruxes)
#include "tst_cruxes.moc"
