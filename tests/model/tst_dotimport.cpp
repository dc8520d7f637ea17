// Hostile and awkward DOT input: what the importer makes of preprocessor
// lines, several graphs in one file, HTML entities and thousands of names that
// sanitise to the same id.
#include "model/interchange/dotimporter.h"

#include <QtTest>

using namespace faultline;

class TestDotImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void preprocessorLineNeverNamesAFile()
    {
        const DotImportResult r =
            importDot(QByteArrayLiteral("# 1 \"/etc/passwd\"\ndigraph { a -> b; c -> }\n"));
        QVERIFY(!r.ok);
        QVERIFY2(!r.error.contains(QStringLiteral("passwd")), qPrintable(r.error));
        // The error still points at the real line of the file (the second).
        QVERIFY2(r.error.contains(QStringLiteral("line 2")), qPrintable(r.error));
    }

    void preprocessorLineInsideAStringIsText()
    {
        const DotImportResult r =
            importDot(QByteArrayLiteral("digraph { a [label=\"x\n# 1 y\"]; a -> b }\n"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.incident.factors.first().label, QStringLiteral("x\n# 1 y"));
    }

    void severalGraphsWarn()
    {
        const DotImportResult r = importDot(
            QByteArrayLiteral("digraph a { x -> y }\n/* between */\ndigraph b { z -> w }\n"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.incident.factors.size(), 2);
        QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("2 graphs")),
                 qPrintable(r.warnings.join(QLatin1Char('\n'))));
        const DotImportResult one = importDot(QByteArrayLiteral("strict digraph a { x -> y; }"));
        QVERIFY(!one.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("graphs")));
    }

    void htmlEntitiesAreDecoded_data()
    {
        QTest::addColumn<QByteArray>("label");
        QTest::addColumn<QString>("text");
        QTest::newRow("named, plain label")
            << QByteArray("\"a &dagger; b\"") << QStringLiteral("a † b");
        QTest::newRow("decimal") << QByteArray("\"&#8224;\"") << QStringLiteral("†");
        QTest::newRow("hex") << QByteArray("\"&#x2020;\"") << QStringLiteral("†");
        QTest::newRow("html label")
            << QByteArray("<<b>x</b> &amp; &lt;y&gt; &dagger;>") << QStringLiteral("x & <y> †");
        QTest::newRow("unknown stays")
            << QByteArray("\"&nosuch; &\"") << QStringLiteral("&nosuch; &");
        QTest::newRow("markup stays text") << QByteArray("\"&lt;img src=/etc/passwd&gt;\"")
                                           << QStringLiteral("<img src=/etc/passwd>");
        QTest::newRow("control dropped") << QByteArray("\"a&#1;b\"") << QStringLiteral("ab");
    }
    void htmlEntitiesAreDecoded()
    {
        QFETCH(QByteArray, label);
        QFETCH(QString, text);
        const DotImportResult r = importDot("digraph { n [label=" + label + "]; n -> m }");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.incident.factors.first().label, text);
    }

    void namesSharingOneIdGetNumberedIds()
    {
        // 3,000 names that sanitise to one id: a 64-character shared prefix,
        // and one-character CJK names (ids hold ASCII only). Each gets its own
        // id, numbered in order (the importer remembers the next free number
        // per base, so this stays linear; the benchmark times it at scale).
        QByteArray dot = "digraph {\n";
        const QByteArray prefix(64, 'p');
        for (int i = 0; i < 1500; ++i)
            dot += '"' + prefix + QByteArray::number(i) + "\";\n";
        for (int i = 0; i < 1500; ++i)
            dot += '"' + QString(QChar(0x4E00 + i)).toUtf8() + "\";\n";
        dot += "}\n";
        const DotImportResult r = importDot(dot);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.incident.factors.size(), 3000);
        QSet<QString> ids;
        for (const Factor &f : r.incident.factors) {
            QVERIFY(f.id.size() <= 64);
            ids.insert(f.id);
        }
        QCOMPARE(ids.size(), 3000);
        QCOMPARE(r.incident.factors.at(0).id, QString::fromLatin1(prefix));
        QCOMPARE(r.incident.factors.at(1).id,
                 QString::fromLatin1(prefix.left(62)) + QStringLiteral("-2"));
        QCOMPARE(r.incident.factors.at(1500).id, QStringLiteral("_"));
        QCOMPARE(r.incident.factors.at(1501).id, QStringLiteral("_-2"));
        QCOMPARE(r.incident.factors.at(2999).id, QStringLiteral("_-1500"));
    }
};

QTEST_GUILESS_MAIN(TestDotImport)
#include "tst_dotimport.moc"
