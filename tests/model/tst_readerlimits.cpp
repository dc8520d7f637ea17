// The reader's JSON parser (LimitedJsonParser, a SAX handler) against the
// nlohmann parser callback it replaced: same trees, same limit decisions at
// the exact boundaries, same parse errors. Plus error paths that the
// validator now builds only on demand, and a count guard on the parser.

#include "../bench/generatedincident.h"
#include "../common/sampleincident.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/format/limitedjsonparser.h"

#include <QtTest>
#include <functional>
#include <nlohmann/json.hpp>

using namespace faultline;
using Json = nlohmann::json;

namespace {

// The outcome of one parse: the tree, or which error stopped it.
struct Outcome
{
    std::optional<Json> tree;
    QString error; ///< "limit: …", "parse_error <byte>: …" or "exception: …"
};

// The limits as the reader enforced them before (json::parse with a callback).
Outcome parseWithCallback(const QByteArray &bytes)
{
    int values = 0;
    const Json::parser_callback_t limits = [&values](int depth, Json::parse_event_t event, Json &) {
        if (depth > kMaxJsonDepth)
            throw JsonLimitExceeded{QStringLiteral("depth")};
        if (event == Json::parse_event_t::value || event == Json::parse_event_t::object_start ||
            event == Json::parse_event_t::array_start) {
            if (++values > kMaxJsonValues)
                throw JsonLimitExceeded{QStringLiteral("values")};
        }
        return true;
    };
    try {
        return {Json::parse(bytes.constBegin(), bytes.constEnd(), limits), {}};
    } catch (const JsonLimitExceeded &e) {
        return {std::nullopt, QStringLiteral("limit: ") + e.message};
    } catch (const Json::parse_error &e) {
        return {std::nullopt,
                QStringLiteral("parse_error %1: %2").arg(e.byte).arg(QString::fromUtf8(e.what()))};
    } catch (const Json::exception &e) {
        return {std::nullopt, QStringLiteral("exception: ") + QString::fromUtf8(e.what())};
    }
}

Outcome parseLimited(const QByteArray &bytes)
{
    try {
        return {LimitedJsonParser::parse(bytes.constBegin(), bytes.constEnd()), {}};
    } catch (const JsonLimitExceeded &e) {
        const bool depth = e.message.contains(QStringLiteral("nesting"));
        return {std::nullopt, QStringLiteral("limit: ") +
                                  (depth ? QStringLiteral("depth") : QStringLiteral("values"))};
    } catch (const Json::parse_error &e) {
        return {std::nullopt,
                QStringLiteral("parse_error %1: %2").arg(e.byte).arg(QString::fromUtf8(e.what()))};
    } catch (const Json::exception &e) {
        return {std::nullopt, QStringLiteral("exception: ") + QString::fromUtf8(e.what())};
    }
}

QByteArray nestedArrays(int depth, const QByteArray &inside)
{
    return QByteArray(depth, '[') + inside + QByteArray(depth, ']');
}

QByteArray nestedObjects(int depth, const QByteArray &inside)
{
    QByteArray open, close;
    for (int i = 0; i < depth; ++i) {
        open += i + 1 < depth ? "{\"k\":" : "{";
        close += "}";
    }
    return open + inside + close;
}

QByteArray flatArray(int elements)
{
    QByteArray bytes = "[";
    bytes.reserve(2 * elements + 2);
    for (int i = 0; i < elements; ++i)
        bytes += i ? ",1" : "1";
    return bytes + "]";
}

int countValues(const Json &value)
{
    int n = 1;
    if (value.is_structured())
        for (const Json &child : value)
            n += countValues(child);
    return n;
}

QString firstErrorOf(const std::function<void(Json &)> &change)
{
    Json j = Json::parse(writeFaultline(test::sampleIncident()).toStdString());
    change(j);
    const LoadResult loaded = readFaultline(QByteArray::fromStdString(j.dump()));
    return loaded.messages().value(0);
}

} // namespace

class TestReaderLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameOutcomeAsTheCallbackParser_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        // Depth: an empty container one level past the limit is accepted,
        // anything inside it is not; both parsers must draw the line at the same place.
        for (int depth = kMaxJsonDepth - 1; depth <= kMaxJsonDepth + 2; ++depth) {
            const QByteArray d = QByteArray::number(depth);
            QTest::newRow("empty arrays " + d) << nestedArrays(depth, "");
            QTest::newRow("scalar in arrays " + d) << nestedArrays(depth, "1");
            QTest::newRow("object in arrays " + d) << nestedArrays(depth, "{}");
            QTest::newRow("key in arrays " + d) << nestedArrays(depth, "{\"a\":1}");
            QTest::newRow("empty objects " + d) << nestedObjects(depth, "");
            QTest::newRow("scalar in objects " + d) << nestedObjects(depth, "\"k\":null");
        }
        // Values: the limit counts scalars and containers; the outer array is one.
        QTest::newRow("values at the limit") << flatArray(kMaxJsonValues - 1);
        QTest::newRow("values one past the limit") << flatArray(kMaxJsonValues);
        QTest::newRow("every kind of value") << QByteArray(
            "{\"n\":null,\"t\":true,\"f\":false,\"i\":-3,\"u\":18446744073709551615,\"d\":1.5e3,"
            "\"s\":\"\\u00e9\\n\",\"a\":[[],{}],\"o\":{\"x\":[1,[2,[3]]]}}");
        QTest::newRow("scalar document") << QByteArray("  42 ");
        QTest::newRow("syntax error") << QByteArray("{\"a\":1,,}");
        QTest::newRow("trailing garbage") << QByteArray("{} x");
        QTest::newRow("empty input") << QByteArray();
        QTest::newRow("number overflow") << QByteArray("[1e400]");
        QTest::newRow("ill-formed utf-8") << QByteArray("[\"\xff\"]");
        QTest::newRow("truncated") << QByteArray("{\"a\":[1,2");
        QTest::newRow("deep and broken")
            << nestedArrays(kMaxJsonDepth + 5, "").left(kMaxJsonDepth + 2);
        QTest::newRow("sample incident") << writeFaultline(test::sampleIncident());
    }

    void sameOutcomeAsTheCallbackParser()
    {
        QFETCH(QByteArray, bytes);
        const Outcome expected = parseWithCallback(bytes);
        const Outcome actual = parseLimited(bytes);
        QCOMPARE(actual.error, expected.error);
        QCOMPARE(actual.tree.has_value(), expected.tree.has_value());
        if (expected.tree)
            QVERIFY(*actual.tree == *expected.tree);
    }

    // Where the two parsers part on purpose: json::parse keeps the last of two
    // equal keys, the limited parser refuses them and names the path.
    void duplicateKeysAreRefusedWithTheirPath()
    {
        const QByteArray bytes("{\"a\":1,\"b\":[2,{\"c\":3,\"c\":4}]}");
        QVERIFY(parseWithCallback(bytes).tree.has_value());
        try {
            LimitedJsonParser::parse(bytes.constBegin(), bytes.constEnd());
            QFAIL("a repeated key was accepted");
        } catch (const JsonDuplicateKey &e) {
            QCOMPARE(e.path, QStringLiteral("b[1].c"));
        }
    }

    void limitsAreReportedByTheReader()
    {
        const QString deep =
            readFaultline(nestedArrays(kMaxJsonDepth + 1, "1")).messages().value(0);
        QCOMPARE(deep, QStringLiteral("file too complex: nesting deeper than 64 levels"));
        QVERIFY(readFaultline(nestedArrays(kMaxJsonDepth, ""))
                    .messages()
                    .value(0)
                    .startsWith(QStringLiteral("not a Faultline file")));
    }

    // Guard: each value is counted exactly once (a second pass or a lost
    // count would move the limit without any test of the limit noticing on
    // small files).
    void everyValueIsCountedOnce()
    {
        for (const int factors : {30, 300}) {
            const QByteArray bytes = writeFaultline(test::generatedIncident(factors));
            int counted = 0;
            const Json tree =
                LimitedJsonParser::parse(bytes.constBegin(), bytes.constEnd(), &counted);
            QCOMPARE(counted, countValues(tree));
            QVERIFY(counted > factors * 5);
        }
    }

    // The validator builds paths only when it reports; these name the
    // first-seen place of each id namespace the format tests do not reach.
    void idErrorsNameBothPlaces()
    {
        QCOMPARE(firstErrorOf([](Json &j) {
                     Json &links = j["interpretations"][0]["links"];
                     links[1]["evidence"] = Json::array({links[0]["evidence"][0]});
                 }),
                 QStringLiteral("interpretations[0].links[1].evidence[0].id: duplicate id \"e1\" "
                                "(first used at interpretations[0].links[0].evidence[0].id)"));
        QCOMPARE(firstErrorOf([](Json &j) {
                     j["checklist"] = Json::array(
                         {{{"id", "reward-misspecified"}, {"area", "reward"}, {"name", "again"}}});
                 }),
                 QStringLiteral("checklist[0].id: duplicate id \"reward-misspecified\" (first used "
                                "at (built-in checklist))"));
        QCOMPARE(firstErrorOf([](Json &j) { j["interpretations"][1]["id"] = "both"; }),
                 QStringLiteral("interpretations[1].id: duplicate id \"both\" (first used at "
                                "interpretations[0].id)"));
        QCOMPARE(firstErrorOf([](Json &j) { j["sources"][1]["id"] = "baker2019"; }),
                 QStringLiteral(
                     "sources[1].id: duplicate id \"baker2019\" (first used at sources[0].id)"));
        QCOMPARE(
            firstErrorOf([](Json &j) { j["interpretations"][1]["links"][0]["id"] = "bad id"; }),
            QStringLiteral("interpretations[1].links[0].id: invalid id \"bad id\" (use 1 to 64 "
                           "letters, digits, "
                           "'_', '-', '.', ':')"));
        QCOMPARE(firstErrorOf([](Json &j) { j["sources"][0]["id"] = "baker2019\n"; }),
                 QStringLiteral(
                     "sources[0].id: invalid id \"baker2019\n\" (use 1 to 64 letters, digits, "
                     "'_', '-', '.', ':')"));
        QCOMPARE(
            firstErrorOf([](Json &j) { j["interpretations"][0]["links"][1]["from"] = "nowhere"; }),
            QStringLiteral("interpretations[0].links[1].from: unknown factor \"nowhere\""));
    }

    void nestedReaderPathsNameThePlace()
    {
        QCOMPARE(firstErrorOf([](Json &j) {
                     j["interpretations"][0]["ruledOut"]["areas"][0]["colour"] = 1;
                 }),
                 QStringLiteral("interpretations[0].ruledOut.areas[0].colour: unknown field"));
        QCOMPARE(
            firstErrorOf([](Json &j) {
                j["interpretations"][0]["links"][0]["evidence"][0]["kind"] = "rumour";
            }),
            QStringLiteral(
                "interpretations[0].links[0].evidence[0].kind: unknown evidence kind \"rumour\""));
        QCOMPARE(
            firstErrorOf(
                [](Json &j) { j["interpretations"][0]["links"][0]["route"] = Json::array({1}); }),
            QStringLiteral(
                "interpretations[0].links[0].route[0]: expected a point [x, y] within ±1000000"));
        QCOMPARE(firstErrorOf([](Json &j) { j["discussion"]["extra"] = true; }),
                 QStringLiteral("discussion.extra: unknown field"));
        QCOMPARE(firstErrorOf([](Json &j) {
                     j["tags"] = Json::array({"a", 2});
                 }),
                 QStringLiteral("tags[1]: expected a string, found a number"));
    }
};

QTEST_GUILESS_MAIN(TestReaderLimits)
#include "tst_readerlimits.moc"
