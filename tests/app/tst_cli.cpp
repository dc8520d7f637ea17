#include "../common/sampleincident.h"
#include "model/format/faultlinewriter.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace faultline;

namespace {
struct Run
{
    int exitCode;
    QString out;
    QString err;
};

// Runs the real executable with no display at all: sub-commands must not need one.
Run runFaultline(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FAULTLINE_BINARY), args);
    if (!process.waitForFinished(60000))
        return {-1, {}, QStringLiteral("timed out")};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version()
    {
        const Run r = runFaultline({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("faultline ")));
    }

    void validateGoodFileExitsZero()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.faultline"));
        QVERIFY(writeFaultlineFile(test::sampleIncident(), good, nullptr));
        const Run r = runFaultline({QStringLiteral("validate"), good});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, good + QStringLiteral(": ok\n"));
    }

    void validateBadFileListsEachErrorWithPath()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.faultline"));
        QVERIFY(writeFaultlineFile(test::sampleIncident(), good, nullptr));
        QByteArray text = writeFaultline(test::sampleIncident());
        text.replace("\"kind\": \"behaviour\"", "\"kind\": \"gremlin\"");
        text.replace("\"strength\": 4", "\"strength\": 40");
        const QString bad = dir.filePath(QStringLiteral("bad.faultline"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        const Run r = runFaultline({QStringLiteral("validate"), good, bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(good + QStringLiteral(": ok")));
        QVERIFY2(r.out.contains(bad + QStringLiteral(": factors[2].kind: unknown kind \"gremlin\"")), qPrintable(r.out));
        QVERIFY2(r.out.contains(bad + QStringLiteral(": interpretations[0].links[0].strength: 40 is out of range")),
                 qPrintable(r.out));
    }

    void validateMissingFileAndUsage()
    {
        QCOMPARE(runFaultline({QStringLiteral("validate"), QStringLiteral("/nonexistent/x.faultline")}).exitCode, 1);
        QCOMPARE(runFaultline({QStringLiteral("validate")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
