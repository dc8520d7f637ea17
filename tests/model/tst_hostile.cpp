// Hostile and broken files: each must give a clear error naming the place, or
// load safely — never crash, hang or half-load.

#include "model/format/faultlinereader.h"
#include "model/openableurl.h"
#include "testpaths.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace faultline;

namespace {
// An error names its place when it starts with a JSON path, a line/column, or
// says which limit of the whole file was hit.
bool namesPlace(const QString &error)
{
    static const QRegularExpression place(
        QStringLiteral("^([A-Za-z]+(\\[\\d+\\])?(\\.[A-Za-z]+(\\[\\d+\\])?)*|line \\d+, column "
                       "\\d+|file too (large|complex)"
                       "|not a Faultline file|not valid JSON): "));
    return place.match(error).hasMatch();
}

void expectCleanError(const LoadResult &result)
{
    QVERIFY(!result.ok());
    QVERIFY(!result.errors().isEmpty());
    for (const QString &e : result.messages())
        QVERIFY2(namesPlace(e), qPrintable(e));
}
} // namespace

class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpusFile_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(FAULTLINE_TEST_DATA "/hostile"));
        const QStringList files =
            dir.entryList({QStringLiteral("*.faultline")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 15);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void corpusFile()
    {
        QFETCH(QString, path);
        const LoadResult result = readFaultlineFile(path);
        if (QFileInfo(path).fileName().startsWith(QLatin1String("ok-")))
            QVERIFY2(result.ok(), qPrintable(result.messages().join('\n')));
        else
            expectCleanError(result);
    }

    void htmlLabelIsKeptLiterally()
    {
        const LoadResult r = readFaultlineFile(
            QStringLiteral(FAULTLINE_TEST_DATA "/hostile/ok-html-label.faultline"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().factors.first().label,
                 QStringLiteral("<img src=\"/etc/passwd\"> <b>bold</b> &amp;"));
    }

    void hostileUrlsAreNeverOpenable()
    {
        const LoadResult r = readFaultlineFile(
            QStringLiteral(FAULTLINE_TEST_DATA "/hostile/ok-hostile-urls.faultline"));
        QVERIFY(r.ok());
        for (const Source &s : r.value().sources)
            QVERIFY2(openableUrl(s).isEmpty(), qPrintable(s.url));
        QCOMPARE(openableUrl(QStringLiteral("https://arxiv.org/abs/1909.07528")).toString(),
                 QStringLiteral("https://arxiv.org/abs/1909.07528"));
        QCOMPARE(openableUrl(QStringLiteral("doi:10.1007/s11229-021-03141-4")).toString(),
                 QStringLiteral("https://doi.org/10.1007/s11229-021-03141-4"));
        QVERIFY(openableUrl(QStringLiteral("ftp://example.org/x")).isEmpty());
        QVERIFY(openableUrl(QStringLiteral("JavaScript:alert(1)")).isEmpty());
    }

    void millionDeepNesting()
    {
        const int depth = 1000000;
        QByteArray doc = "{\"format\":\"faultline\",\"version\":1,\"title\":\"t\",\"tags\":";
        doc += QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
        expectCleanError(readFaultline(doc));
    }

    void hugeString()
    {
        const QByteArray label(1024 * 1024, 'x');
        const QByteArray doc =
            "{\"format\":\"faultline\",\"version\":1,\"title\":\"" + label + "\"}";
        const LoadResult r = readFaultline(doc);
        expectCleanError(r);
        QVERIFY(r.messages().first().startsWith(QStringLiteral("title: text too long")));
    }

    void hundredMegabyteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.faultline"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray chunk(1024 * 1024, ' ');
        file.write("{\"format\":\"faultline\",\"version\":1,\"title\":\"t\"");
        for (int i = 0; i < 100; ++i)
            QCOMPARE(file.write(chunk), chunk.size());
        file.write("}");
        file.close();
        const LoadResult r = readFaultlineFile(path);
        expectCleanError(r);
        QVERIFY(r.messages().first().startsWith(QStringLiteral("file too large")));
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
