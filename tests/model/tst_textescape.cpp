// Every text that leaves Faultline is escaped for its target format: the
// shared escapers in model/format/textescape.h, checked against the attacks
// they exist for (markup, formulas, forbidden characters, line-start syntax).
#include "model/format/textescape.h"

#include <QXmlStreamReader>
#include <QtTest>

using namespace faultline;

namespace {
/// True when `xml` parses to the end as well-formed XML.
bool wellFormed(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return !reader.hasError();
}
} // namespace

class TestTextEscape : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvNeutralisesFormulas_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+1+cmd|' /C calc'!A0")
                              << QStringLiteral("\"'+1+cmd|' /C calc'!A0\"");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("\"'-2+3\"");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("\"'@SUM(A1)\"");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("\"'\t=1\"");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("plain") << QStringLiteral("plain text") << QStringLiteral("plain text");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"")
                               << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("line break")
            << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
    }
    void csvNeutralisesFormulas()
    {
        QFETCH(QString, field);
        QFETCH(QString, written);
        QCOMPARE(TextEscape::csvField(field), written);
    }

    void markdownCarriageReturnStartsALine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("heading after CR")
            << QStringLiteral("note\r# Heading") << QStringLiteral("note\n\\# Heading");
        QTest::newRow("list after CRLF")
            << QStringLiteral("note\r\n- item") << QStringLiteral("note\n\\- item");
        QTest::newRow("numbered after CR")
            << QStringLiteral("a\r12. x") << QStringLiteral("a\n12\\. x");
        QTest::newRow("inline markup") << QStringLiteral("<img src=x> *a* [b](c)")
                                       << QStringLiteral("\\<img src=x\\> \\*a\\* \\[b\\](c)");
    }
    void markdownCarriageReturnStartsALine()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(TextEscape::markdownText(text), written);
    }

    void markdownCellIsOneLine()
    {
        QCOMPARE(TextEscape::markdownCell(QStringLiteral("a|b\r\nc *d*")),
                 QStringLiteral("a\\|b c \\*d\\*"));
    }

    void xmlTextIsInertAndWellFormed()
    {
        const QString title =
            QStringLiteral("</title><script>alert(1)</script>\x01\x08 &amp; 'q' \"d\"") +
            QChar(0xFFFE) + QChar(0xFFFF);
        const QString escaped = TextEscape::xmlText(title);
        QVERIFY(!escaped.contains(QLatin1Char('<')));
        QVERIFY(!escaped.contains(QLatin1Char('\x01')));
        const QByteArray doc = "<svg><title>" + escaped.toUtf8() + "</title></svg>";
        QVERIFY(wellFormed(doc));
        QXmlStreamReader reader(doc);
        QString text;
        while (!reader.atEnd()) {
            reader.readNext();
            QVERIFY(reader.name() != QLatin1String("script"));
            if (reader.isCharacters())
                text += reader.text();
        }
        QCOMPARE(text, QStringLiteral("</title><script>alert(1)</script> &amp; 'q' \"d\""));
    }

    void forbiddenBytesAreDropped()
    {
        const QByteArray raw = QByteArray("<t>a") + char(0) + "\x01\x1f\t\n" +
                               QString(QChar(0xFFFE)).toUtf8() + QString(QChar(0xFFFF)).toUtf8() +
                               QString(QChar(0x00E9)).toUtf8() + QString(QChar(0xFFFD)).toUtf8() +
                               "</t>";
        QVERIFY(!wellFormed(raw));
        const QByteArray clean = TextEscape::withoutXmlForbiddenBytes(raw);
        QVERIFY(wellFormed(clean));
        QCOMPARE(QString::fromUtf8(clean), QStringLiteral("<t>a\t\n") + QChar(0x00E9) +
                                               QChar(0xFFFD) + QStringLiteral("</t>"));
    }
};

QTEST_GUILESS_MAIN(TestTextEscape)
#include "tst_textescape.moc"
