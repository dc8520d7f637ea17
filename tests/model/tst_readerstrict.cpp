// The reader takes exactly one JSON document and nothing else: bytes after it
// (a NUL and anything) and a key repeated in one object are errors that name
// their place, where nlohmann alone would silently drop the tail or keep the
// last of two values.
#include "../common/sampleincident.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"

#include <QtTest>

using namespace faultline;

class TestReaderStrict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void trailingBytesAreAnError_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<QString>("message");
        QTest::newRow("NUL and text")
            << QByteArray("\0junk", 5) << QStringLiteral("NUL byte at offset");
        QTest::newRow("NUL alone") << QByteArray("\0", 1) << QStringLiteral("NUL byte at offset");
        QTest::newRow("text") << QByteArray("junk") << QStringLiteral("expected end of input");
        QTest::newRow("second object")
            << QByteArray("{}") << QStringLiteral("expected end of input");
    }
    void trailingBytesAreAnError()
    {
        QFETCH(QByteArray, tail);
        QFETCH(QString, message);
        const QByteArray valid = writeFaultline(test::sampleIncident());
        QVERIFY(readFaultline(valid).ok());
        QVERIFY(readFaultline(valid + "\n\t  ").ok()); // trailing white space is fine
        const LoadResult r = readFaultline(valid + tail);
        QVERIFY(!r.ok());
        const QString error = r.messages().join(QLatin1Char('\n'));
        QVERIFY2(error.contains(message), qPrintable(error));
        const int lastLine = int(valid.count('\n')) + 1;
        QVERIFY2(error.contains(QStringLiteral("line %1,").arg(lastLine)), qPrintable(error));
    }

    void duplicateKeysNameTheirPath_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("path");
        QTest::newRow("top level")
            << QByteArray("\"title\": ") << QByteArray("\"title\": \"a\", \"title\": ")
            << QStringLiteral("title:");
        QTest::newRow("in a factor") << QByteArray("\"label\": \"Mid-air push\"")
                                     << QByteArray("\"label\": \"Mid-air push\", \"label\": \"x\"")
                                     << QStringLiteral("factors[1].label:");
        QTest::newRow("in evidence")
            << QByteArray("\"locator\": \"Sec. 4\"")
            << QByteArray("\"locator\": \"Sec. 4\", \"locator\": \"x\"")
            << QStringLiteral("interpretations[0].links[0].evidence[0].locator:");
    }
    void duplicateKeysNameTheirPath()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, path);
        QByteArray bytes = writeFaultline(test::sampleIncident());
        QVERIFY(bytes.contains(from));
        bytes.replace(bytes.indexOf(from), from.size(), to);
        const LoadResult r = readFaultline(bytes);
        QVERIFY(!r.ok());
        const QString error = r.messages().join(QLatin1Char('\n'));
        QVERIFY2(error.startsWith(path) && error.contains(QStringLiteral("twice")),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestReaderStrict)
#include "tst_readerstrict.moc"
