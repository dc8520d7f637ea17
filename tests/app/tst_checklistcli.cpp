#include "testpaths.h"
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "../common/clirunner.h"

namespace {
const QString kExample = QStringLiteral(FAULTLINE_TEST_DATA "/analysis/hideandseek.faultline");

using Run = faultline::test::CliRun;
using faultline::test::runFaultline;

Run checklist(const QStringList &args)
{
    return runFaultline(QStringList{QStringLiteral("checklist")} + args);
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

QByteArray readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}
} // namespace

class TestChecklistCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void markdownOfTheFirstInterpretationByDefault()
    {
        const Run r = checklist({kExample});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("# Checklist: Reward and environment\n")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(
            QStringLiteral("| reward-misspecified | Reward misspecified | Implicated |")));
        QVERIFY(r.out.contains(QStringLiteral(
            "| inappropriate-inductive-bias | Inappropriate inductive bias | Ruled out |")));
        // The number of entries follows the checklist resource, which grows.
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral(
                     "\n- Environment: 2 of [0-9]+ considered \\(2 implicated, 0 ruled out\\)\n"))),
                 qPrintable(r.out));
        // --format md says the same thing explicitly.
        QCOMPARE(checklist({QStringLiteral("--format"), QStringLiteral("md"), kExample}).out,
                 r.out);
    }

    void csvOfANamedInterpretation()
    {
        const Run byId =
            checklist({kExample, QStringLiteral("--interpretation"), QStringLiteral("physics-only"),
                       QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(byId.exitCode, 0);
        QVERIFY(
            byId.out.startsWith(QStringLiteral("area,entry id,name,status,factors,reason\r\n")));
        QVERIFY2(byId.out.contains(
                     QStringLiteral("\r\nEnvironment,broken-physics,Broken physics,Implicated,"
                                    "Agents can push themselves in mid-air,\r\n")),
                 qPrintable(byId.out));
        QVERIFY(byId.out.contains(QStringLiteral(
            "\r\nReward,reward-misspecified,Reward misspecified,Not considered,,\r\n")));
        QVERIFY(!byId.out.contains(QStringLiteral("Ruled out")));
        // By name, and with the --option=value spelling: the same table.
        const Run byName = checklist({QStringLiteral("--format=csv"),
                                      QStringLiteral("--interpretation=Physics only"), kExample});
        QCOMPARE(byName.exitCode, 0);
        QCOMPARE(byName.out, byId.out);
        // The first interpretation quotes its ruled-out reason as RFC 4180 asks.
        const Run first = checklist({kExample, QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(first.out.contains(QStringLiteral(
                     ",Ruled out,,\"The policy worked, as \"\"designed\"\",\nsee Sec. 5\"\r\n")),
                 qPrintable(first.out));
    }

    void outputFileIsWrittenAndReplaced()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("handout.csv"));
        QVERIFY(writeText(out, "old content that must go\n"));
        const Run r = checklist({kExample, QStringLiteral("--format"), QStringLiteral("csv"),
                                 QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(out), qPrintable(r.out));
        const Run toStdout =
            checklist({kExample, QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(QString::fromUtf8(readText(out)), toStdout.out);
        // Only the output file: the atomic write leaves no temporary file behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("handout.csv")});

        const QString md = dir.filePath(QStringLiteral("handout.md"));
        QCOMPARE(checklist({kExample, QStringLiteral("--output"), md}).exitCode, 0);
        QVERIFY(readText(md).startsWith("# Checklist: Reward and environment\n"));
    }

    void unloadableFileExitsOneWithItsErrors()
    {
        QTemporaryDir dir;
        QByteArray text = readText(kExample);
        QVERIFY(text.contains("\"kind\": \"algorithm\""));
        text.replace("\"kind\": \"algorithm\"", "\"kind\": \"gremlin\"");
        const QString bad = dir.filePath(QStringLiteral("bad.faultline"));
        QVERIFY(writeText(bad, text));
        const Run r = checklist({bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(
            r.err.contains(bad + QStringLiteral(": factors[2].kind: unknown kind \"gremlin\"")),
            qPrintable(r.err));

        const Run missing = checklist({dir.filePath(QStringLiteral("missing.faultline"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("missing.faultline")));

        // An output that cannot be written is a failure, not a usage error.
        const Run unwritable = checklist(
            {kExample, QStringLiteral("-o"), dir.filePath(QStringLiteral("no/such/dir/x.md"))});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY(!unwritable.err.isEmpty());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << QStringList{}
                                 << QStringLiteral("usage: faultline checklist FILE");
        QTest::newRow("unknown interpretation")
            << QStringList{kExample, QStringLiteral("--interpretation"), QStringLiteral("nope")}
            << QStringLiteral("\"nope\"");
        QTest::newRow("unknown format")
            << QStringList{kExample, QStringLiteral("--format"), QStringLiteral("pdf")}
            << QStringLiteral("unknown format \"pdf\"");
        QTest::newRow("unknown option") << QStringList{kExample, QStringLiteral("--bogus")}
                                        << QStringLiteral("unknown option --bogus");
        QTest::newRow("missing value") << QStringList{kExample, QStringLiteral("--format")}
                                       << QStringLiteral("option --format needs a value");
        QTest::newRow("two files")
            << QStringList{kExample, kExample} << QStringLiteral("one FILE only");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = checklist(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void fileWithoutInterpretationsIsAUsageError()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.faultline"));
        QVERIFY(
            writeText(empty, R"({"format": "faultline", "version": 1, "title": "Nothing yet"})"));
        const Run r = checklist({empty});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no interpretation")), qPrintable(r.err));
    }

    void helpListsTheSubCommand()
    {
        const Run help = runFaultline({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("faultline checklist FILE")),
                 qPrintable(help.out));
        const Run own = checklist({QStringLiteral("--help")});
        QCOMPARE(own.exitCode, 0);
        QVERIFY(own.out.contains(QStringLiteral("--format md|csv")));
    }
};

QTEST_GUILESS_MAIN(TestChecklistCli)
#include "tst_checklistcli.moc"
