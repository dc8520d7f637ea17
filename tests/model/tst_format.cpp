#include "../bench/generatedincident.h"
#include "../common/sampleincident.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/format/incidentvalidator.h"
#include "testpaths.h"

#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <nlohmann/json.hpp>

using namespace faultline;
using Json = nlohmann::ordered_json;

namespace {
Json sampleJson()
{
    return Json::parse(writeFaultline(test::sampleIncident()).toStdString());
}
QByteArray bytes(const Json &j)
{
    return QByteArray::fromStdString(j.dump(2));
}

struct Mutation
{
    const char *name;
    std::function<QByteArray()> document;
    const char *expectedError;
};

QByteArray mutated(const std::function<void(Json &)> &change)
{
    Json j = sampleJson();
    change(j);
    return bytes(j);
}

QByteArray nested(int depth)
{
    QByteArray inner = QByteArray(depth, '[') + QByteArray(depth, ']');
    return "{\"format\":\"faultline\",\"version\":1,\"title\":\"t\",\"tags\":" + inner + "}";
}

const QList<Mutation> &mutations()
{
    static const QList<Mutation> list{
        {"wrong type", [] { return mutated([](Json &j) { j["title"] = 5; }); },
         "title: expected a string, found a number"},
        {"wrong type of list", [] { return mutated([](Json &j) { j["factors"] = "none"; }); },
         "factors: expected an array, found a string"},
        {"wrong type deep",
         [] {
             return mutated(
                 [](Json &j) { j["interpretations"][0]["links"][0]["evidence"][0] = 3; });
         },
         "interpretations[0].links[0].evidence[0]: expected an object, found a number"},
        {"missing field", [] { return mutated([](Json &j) { j["factors"][1].erase("label"); }); },
         "factors[1].label: missing required field"},
        {"empty required",
         [] { return mutated([](Json &j) { j["interpretations"][1]["name"] = "  "; }); },
         "interpretations[1].name: must not be empty"},
        {"unknown field",
         [] { return mutated([](Json &j) { j["factors"][0]["colour"] = "red"; }); },
         "factors[0].colour: unknown field"},
        {"unknown kind",
         [] { return mutated([](Json &j) { j["factors"][2]["kind"] = "gremlin"; }); },
         "factors[2].kind: unknown kind \"gremlin\""},
        {"unknown failure mode",
         [] { return mutated([](Json &j) { j["factors"][0]["failureModes"][0] = "nope"; }); },
         "factors[0].failureModes[0]: unknown failure mode \"nope\""},
        {"dangling factor",
         [] { return mutated([](Json &j) { j["interpretations"][1]["links"][0]["to"] = "f9"; }); },
         "interpretations[1].links[0].to: unknown factor \"f9\""},
        {"dangling placement",
         [] {
             return mutated(
                 [](Json &j) { j["interpretations"][0]["placements"][2]["factor"] = "zz"; });
         },
         "interpretations[0].placements[2].factor: unknown factor \"zz\""},
        {"dangling source",
         [] {
             return mutated([](Json &j) {
                 j["interpretations"][0]["links"][0]["evidence"][0]["source"] = "x";
             });
         },
         "interpretations[0].links[0].evidence[0].source: unknown source \"x\""},
        {"duplicate factor id",
         [] { return mutated([](Json &j) { j["factors"][1]["id"] = "reward"; }); },
         "factors[1].id: duplicate id \"reward\" (first used at factors[0].id)"},
        {"duplicate link id across interpretations",
         [] { return mutated([](Json &j) { j["interpretations"][1]["links"][0]["id"] = "l1"; }); },
         "interpretations[1].links[0].id: duplicate id \"l1\" (first used at "
         "interpretations[0].links[0].id)"},
        {"invalid id", [] { return mutated([](Json &j) { j["sources"][1]["id"] = "has space"; }); },
         "sources[1].id: invalid id \"has space\""},
        {"endpoint not placed",
         [] {
             return mutated(
                 [](Json &j) { j["interpretations"][1]["links"][0]["from"] = "physics"; });
         },
         "interpretations[1].links[0].from: factor \"physics\" is not placed in this "
         "interpretation"},
        {"placed twice",
         [] {
             return mutated(
                 [](Json &j) { j["interpretations"][1]["placements"][1]["factor"] = "reward"; });
         },
         "interpretations[1].placements[1].factor: factor \"reward\" is placed twice in this "
         "interpretation"},
        {"self link",
         [] {
             return mutated([](Json &j) { j["interpretations"][1]["links"][0]["to"] = "reward"; });
         },
         "interpretations[1].links[0].to: a link cannot point from a factor to itself"},
        {"strength out of range",
         [] {
             return mutated([](Json &j) { j["interpretations"][0]["links"][0]["strength"] = 9; });
         },
         "interpretations[0].links[0].strength: 9 is out of range (1 to 5)"},
        {"confidence out of range",
         [] {
             return mutated([](Json &j) {
                 j["interpretations"][0]["links"][0]["evidence"][0]["confidence"] = 1.5;
             });
         },
         "interpretations[0].links[0].evidence[0].confidence: 1.5 is out of range (0 to 1)"},
        {"position out of range",
         [] {
             return mutated([](Json &j) { j["interpretations"][0]["placements"][0]["x"] = 1e9; });
         },
         "interpretations[0].placements[0].x: 1e+09 is out of range (-1e+06 to 1e+06)"},
        {"unknown relation",
         [] {
             return mutated(
                 [](Json &j) { j["interpretations"][0]["links"][0]["relation"] = "blames"; });
         },
         "interpretations[0].links[0].relation: unknown relation \"blames\""},
        {"unknown stance",
         [] {
             return mutated([](Json &j) {
                 j["interpretations"][0]["links"][0]["evidence"][0]["stance"] = "maybe";
             });
         },
         "interpretations[0].links[0].evidence[0].stance: unknown stance \"maybe\""},
        {"bad route",
         [] {
             return mutated([](Json &j) {
                 j["interpretations"][0]["links"][0]["route"] =
                     Json::array({Json::array({1, 2}), Json::array({3, 4})});
             });
         },
         "interpretations[0].links[0].route: a route needs 1 + 3k points, found 2"},
        {"built-in kind redeclared",
         [] {
             return mutated([](Json &j) {
                 j["customKinds"][0]["id"] = "reward";
                 j["factors"][3]["kind"] = "reward";
             });
         },
         "customKinds[0].id: \"reward\" is a built-in kind"},
        {"unsupported format", [] { return mutated([](Json &j) { j["format"] = "drawio"; }); },
         "format: not a Faultline file"},
        {"unsupported version", [] { return mutated([](Json &j) { j["version"] = 99; }); },
         "version: unsupported version 99"},
        {"not an object", [] { return QByteArray("[1, 2]"); },
         "not a Faultline file: the top level is an array"},
        {"syntax error",
         [] { return QByteArray("{\n  \"format\": \"faultline\",\n  \"version\": 1,,\n}"); },
         "line 3, column 16: not valid JSON"},
        {"invalid utf-8",
         [] { return QByteArray("{\"format\":\"faultline\",\"version\":1,\"title\":\"\xff\"}"); },
         "line 1, column 44: not valid JSON: syntax error while parsing value - invalid string: "
         "ill-formed UTF-8"},
        {"number overflow",
         [] {
             return QByteArray(
                 "{\"format\":\"faultline\",\"version\":1,\"title\":\"t\",\"tags\":[1e400]}");
         },
         "not valid JSON: number overflow"},
        {"too deep", [] { return nested(200000); },
         "file too complex: nesting deeper than 64 levels"},
        {"too many values",
         [] {
             QByteArray many = "{\"format\":\"faultline\",\"version\":1,\"title\":\"t\",\"tags\":[";
             many.reserve(4 * (kMaxJsonValues + 1) + 64);
             for (int i = 0; i <= kMaxJsonValues; ++i)
                 many += i ? ",\"a\"" : "\"a\"";
             return many + "]}";
         },
         "file too complex: more than 2000000 values"},
    };
    return list;
}
} // namespace

class TestFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        const Incident original = test::sampleIncident();
        QVERIFY(validateIncident(original).isEmpty());
        const LoadResult loaded = readFaultline(writeFaultline(original));
        QVERIFY2(loaded.ok(), qPrintable(loaded.messages().join('\n')));
        QCOMPARE(loaded.value(), original);
    }

    void resaveIsByteIdentical()
    {
        const QByteArray first = writeFaultline(test::sampleIncident());
        const LoadResult loaded = readFaultline(first);
        QVERIFY(loaded.ok());
        QCOMPARE(writeFaultline(loaded.value()), first);
    }

    void resaveOfHandWrittenFileIsByteIdentical()
    {
        QFile file(QStringLiteral(FAULTLINE_TEST_DATA "/format/handwritten.faultline"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        const LoadResult loaded = readFaultline(original);
        QVERIFY2(loaded.ok(), qPrintable(loaded.messages().join('\n')));
        QCOMPARE(writeFaultline(loaded.value()), original);
    }

    void workshopSizedDocumentsLoad()
    {
        // What the editor saves it must open again, also for merged maps of
        // thousands of factors (a limit once refused 5,000 factors).
        const Incident large = test::generatedIncident(5000);
        const LoadResult loaded = readFaultline(writeFaultline(large));
        QVERIFY2(loaded.ok(), qPrintable(loaded.messages().join('\n')));
        QCOMPARE(loaded.value().factors.size(), large.factors.size());
    }

    void versionOneFileLoadsAndResavesAsCurrentVersion()
    {
        QFile file(QStringLiteral(FAULTLINE_TEST_DATA "/format/version1.faultline"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        QVERIFY(original.contains("\"version\": 1,"));
        const LoadResult loaded = readFaultline(original);
        QVERIFY2(loaded.ok(), qPrintable(loaded.messages().join('\n')));
        QVERIFY(loaded.value().discussion.isEmpty());
        QVERIFY(loaded.value().interpretations.first().stance.isEmpty());
        // Nothing else changes: the resaved file differs only in its version number.
        QByteArray expected = original;
        expected.replace("\"version\": 1,", QByteArray("\"version\": ") +
                                                QByteArray::number(kFaultlineFormatVersion) + ",");
        QCOMPARE(writeFaultline(loaded.value()), expected);
    }

    void discussionErrorsNameThePlace_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown interpretation")
            << "interp"
            << "discussion.cruxes[0].interpretations[1]: unknown interpretation";
        QTest::newRow("unknown participant")
            << "participant"
            << "discussion.cruxes[0].positions[0].participant: \"Zed\" is not among";
        QTest::newRow("agrees with outsider") << "agrees"
                                              << "discussion.cruxes[0].positions[0].agreesWith";
        QTest::newRow("resolved without reading") << "resolved"
                                                  << "discussion.cruxes[1].resolvedAs";
        QTest::newRow("duplicate participant")
            << "dupe"
            << "discussion.participants[3]: participant \"Ana\" is listed twice";
        QTest::newRow("unknown resolution")
            << "resolution"
            << "discussion.cruxes[0].resolution: unknown resolution";
    }

    void discussionErrorsNameThePlace()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, expected);
        Json j = sampleJson();
        Json &cruxes = j["discussion"]["cruxes"];
        if (mutation == "interp")
            cruxes[0]["interpretations"][1] = "nobody";
        else if (mutation == "participant")
            cruxes[0]["positions"][0]["participant"] = "Zed";
        else if (mutation == "agrees")
            cruxes[0]["positions"][0]["agreesWith"] = "ghost";
        else if (mutation == "resolved")
            cruxes[1]["resolution"] = "resolved";
        else if (mutation == "dupe")
            j["discussion"]["participants"].push_back("Ana");
        else if (mutation == "resolution")
            cruxes[0]["resolution"] = "maybe";
        const LoadResult loaded = readFaultline(QByteArray::fromStdString(j.dump()));
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.messages().join('\n').contains(expected),
                 qPrintable(loaded.messages().join('\n')));
    }

    void headerAndStableKeyOrder()
    {
        const QByteArray text = writeFaultline(test::sampleIncident());
        QVERIFY(text.startsWith("{\n  \"format\": \"faultline\",\n  \"version\": 3,\n  \"title\""));
        QVERIFY(text.endsWith("}\n"));
        QVERIFY(text.indexOf("\"sources\"") < text.indexOf("\"factors\""));
        QVERIFY(text.indexOf("\"factors\"") < text.indexOf("\"interpretations\""));
        // Default-valued optional fields are omitted.
        QVERIFY(!text.contains("\"pinned\": false"));
    }

    void validationErrorNamesPath_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("expected");
        for (const Mutation &m : mutations())
            QTest::newRow(m.name) << m.document() << QString::fromUtf8(m.expectedError);
    }

    void validationErrorNamesPath()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, expected);
        const LoadResult result = readFaultline(document);
        QVERIFY2(!result.ok(), "a broken document must not load");
        const QStringList messages = result.messages();
        const bool found = std::any_of(messages.cbegin(), messages.cend(),
                                       [&](const QString &e) { return e.startsWith(expected); });
        QVERIFY2(
            found,
            qPrintable(
                QStringLiteral("expected \"%1\" among:\n%2").arg(expected, messages.join('\n'))));
    }

    void everyProblemOfAFileIsReported()
    {
        const QByteArray doc = mutated([](Json &j) {
            j["factors"][0]["kind"] = "gremlin";
            j["interpretations"][1]["links"][0]["strength"] = 0;
        });
        const LoadResult result = readFaultline(doc);
        QCOMPARE(result.messages().size(), 2);
        // Each error carries its JSON path as its place, for callers that point at it.
        QStringList places;
        for (const ResultError &error : result.errors())
            places.append(error.place);
        places.sort();
        QCOMPARE(places, (QStringList{QStringLiteral("factors[0].kind"),
                                      QStringLiteral("interpretations[1].links[0].strength")}));
        // A problem of the file as a whole has no JSON path: the file is its place.
        QTemporaryDir dir;
        const QString notJson = dir.filePath(QStringLiteral("x.faultline"));
        QFile file(notJson);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("{\n  oops") > 0);
        file.close();
        const LoadResult broken = readFaultlineFile(notJson);
        QVERIFY2(broken.firstMessage().startsWith(QStringLiteral("line 2, column")),
                 qPrintable(broken.firstMessage()));
        QCOMPARE(broken.errors().first().place, notJson);
    }

    void fileTooLargeIsRefusedBeforeReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.faultline"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(kMaxFileBytes + 1)); // sparse: no 64 MiB written
        file.close();
        const LoadResult result = readFaultlineFile(path);
        QVERIFY(!result.ok());
        QVERIFY(result.messages().first().startsWith(QStringLiteral("file too large")));
    }

    void atomicSaveWritesAndReportsFailure()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.faultline"));
        QVERIFY(writeFaultlineFile(test::sampleIncident(), path).ok());
        QVERIFY(readFaultlineFile(path).ok());
        const Status failed = writeFaultlineFile(
            test::sampleIncident(), dir.filePath(QStringLiteral("missing/dir/x.faultline")));
        QVERIFY(!failed.ok());
        QVERIFY(failed.firstMessage().contains(QStringLiteral("missing/dir/x.faultline")));
        QCOMPARE(failed.errors().first().place,
                 dir.filePath(QStringLiteral("missing/dir/x.faultline")));
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
