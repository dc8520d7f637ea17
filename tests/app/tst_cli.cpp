#include "../common/sampleincident.h"
#include "app/cli/commandline.h"
#include "model/format/faultlinewriter.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "../common/clirunner.h"

using namespace faultline;

namespace {
using Run = faultline::test::CliRun;
using faultline::test::runFaultline;
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
        QVERIFY(writeFaultlineFile(test::sampleIncident(), good).ok());
        const Run r = runFaultline({QStringLiteral("validate"), good});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, good + QStringLiteral(": ok\n"));
    }

    void validateBadFileListsEachErrorWithPath()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.faultline"));
        QVERIFY(writeFaultlineFile(test::sampleIncident(), good).ok());
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
        QVERIFY2(
            r.out.contains(bad + QStringLiteral(": factors[2].kind: unknown kind \"gremlin\"")),
            qPrintable(r.out));
        QVERIFY2(
            r.out.contains(
                bad + QStringLiteral(": interpretations[0].links[0].strength: 40 is out of range")),
            qPrintable(r.out));
    }

    void validateMissingFileAndUsage()
    {
        QCOMPARE(
            runFaultline({QStringLiteral("validate"), QStringLiteral("/nonexistent/x.faultline")})
                .exitCode,
            1);
        QCOMPARE(runFaultline({QStringLiteral("validate")}).exitCode, 2);
    }

    void validateHelpPrintsUsage()
    {
        // --help is a request for the usage, never a file name to open.
        for (const QString &help : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const Run r = runFaultline({QStringLiteral("validate"), help});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith(QStringLiteral("usage: faultline validate FILE")),
                     qPrintable(r.out));
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        }
    }

    void onlyRenderingSubCommandsNeedAGuiPlatform()
    {
        QVERIFY(needsGuiPlatform({QStringLiteral("export"), QStringLiteral("x.faultline")}));
        QVERIFY(needsGuiPlatform({QStringLiteral("summary")}));
        for (const char *name :
             {"validate", "convert", "cruxes", "checklist", "--help", "x.faultline"})
            QVERIFY2(!needsGuiPlatform({QLatin1String(name)}), name);
        QVERIFY(!needsGuiPlatform({}));
    }

    void helpListsEverySubCommand()
    {
        const Run r = runFaultline({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *name : {"validate", "convert", "cruxes", "export", "checklist", "summary"})
            QVERIFY2(r.out.contains(QStringLiteral("faultline %1 ").arg(QLatin1String(name))),
                     name);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
