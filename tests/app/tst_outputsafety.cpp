// Every file in and out of the command line, as an attacker or a full disk
// would have it (the reproducers of the output-safety issue):
// - reading a link to /dev/zero or a FIFO is refused at once, never read
//   until memory runs out or blocked on;
// - writing onto a FIFO, or a link to one, is refused and the FIFO stays;
// - writing onto a link to a regular file writes that file and keeps the link;
// - a write that fails part-way (file size limit) leaves the old file
//   byte-identical and exits non-zero;
// - `export --title` with markup gives an inert SVG; convert writes only what
//   validate accepts.
#include "../common/clirunner.h"
#include "testpaths.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <sys/types.h>

using namespace faultline::test;

namespace {
const QString kExample =
    QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples/coinrun.faultline");

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isFifo(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

/// Runs faultline with the file size limit at `kilobytes` (SIGXFSZ ignored,
/// so an over-long write fails with EFBIG as on a full disk).
CliRun runWithFileSizeLimit(int kilobytes, const QStringList &args)
{
    QStringList quoted;
    for (const QString &a : args)
        quoted.append(QLatin1Char('\'') +
                      QString(a).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
                      QLatin1Char('\''));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f %1; exec '%2' %3")
                                   .arg(kilobytes)
                                   .arg(QStringLiteral(FAULTLINE_BINARY), quoted.join(' '))});
    if (!process.waitForFinished(60000))
        return {-1, {}, QStringLiteral("timed out")};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

class TestOutputSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readingADeviceOrFifoIsRefused()
    {
        QTemporaryDir dir;
        const QString zero = dir.filePath(QStringLiteral("zero.faultline"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        const CliRun a = runFaultline({QStringLiteral("validate"), zero});
        QCOMPARE(a.exitCode, 1);
        QVERIFY2((a.out + a.err).contains(QStringLiteral("not a regular file")),
                 qPrintable(a.out + a.err));

        const QString fifo = dir.filePath(QStringLiteral("pipe.faultline"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const CliRun b = runFaultline({QStringLiteral("validate"), fifo});
        QCOMPARE(b.exitCode, 1); // -1 would mean it blocked on the pipe
        QVERIFY2((b.out + b.err).contains(QStringLiteral("not a regular file")),
                 qPrintable(b.out + b.err));
        const CliRun c = runFaultline({QStringLiteral("convert"), fifo + QStringLiteral(".dot"),
                                       dir.filePath(QStringLiteral("out.faultline"))});
        QVERIFY(c.exitCode != 0 && c.exitCode != -1);
    }

    void writingOntoAFifoIsRefused_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("convert") << QStringList{QStringLiteral("convert"), kExample}
                                 << QStringLiteral("faultline");
        QTest::newRow("export svg")
            << QStringList{QStringLiteral("export"), kExample, QStringLiteral("-o")}
            << QStringLiteral("svg");
        QTest::newRow("summary md")
            << QStringList{QStringLiteral("summary"), kExample, QStringLiteral("-o")}
            << QStringLiteral("md");
        QTest::newRow("summary pdf")
            << QStringList{QStringLiteral("summary"), kExample, QStringLiteral("-o")}
            << QStringLiteral("pdf");
        QTest::newRow("checklist csv")
            << QStringList{QStringLiteral("checklist"), kExample, QStringLiteral("--format"),
                           QStringLiteral("csv"), QStringLiteral("-o")}
            << QStringLiteral("csv");
    }
    void writingOntoAFifoIsRefused()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // Directly, and through a link named like the output.
        const QString link = dir.filePath(QStringLiteral("out.") + suffix);
        QVERIFY(QFile::link(fifo, link));
        const QString direct = dir.filePath(QStringLiteral("direct.") + suffix);
        QCOMPARE(::mkfifo(QFile::encodeName(direct).constData(), 0600), 0);
        for (const QString &target : {link, direct}) {
            const CliRun run = runFaultline(command + QStringList{target});
            QVERIFY2(run.exitCode != 0 && run.exitCode != -1,
                     qPrintable(target + QStringLiteral(": ") + run.err));
            QVERIFY2(run.err.contains(QStringLiteral("not a regular file")), qPrintable(run.err));
        }
        QVERIFY(isFifo(fifo));
        QVERIFY(isFifo(direct));
        QVERIFY(QFileInfo(link).isSymLink());
    }

    void writingThroughALinkKeepsTheLink()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.svg"));
        QFile file(real);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old");
        file.close();
        const QString link = dir.filePath(QStringLiteral("link.svg"));
        QVERIFY(QFile::link(real, link));
        const CliRun run =
            runFaultline({QStringLiteral("export"), kExample, QStringLiteral("-o"), link});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(contents(real).startsWith("<?xml"));
    }

    void failedWriteKeepsTheOldFile_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("name");
        QTest::newRow("summary pdf")
            << QStringList{QStringLiteral("summary"), kExample, QStringLiteral("-o")}
            << QStringLiteral("summary.pdf");
        QTest::newRow("export svg")
            << QStringList{QStringLiteral("export"), kExample, QStringLiteral("-o")}
            << QStringLiteral("diagram.svg");
        QTest::newRow("convert") << QStringList{QStringLiteral("convert"), kExample}
                                 << QStringLiteral("copy.faultline");
    }
    void failedWriteKeepsTheOldFile()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        const QByteArray old("the previous version, which must survive");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(old);
        file.close();
        // 8 blocks (4 KiB with dash's 512-byte blocks, 8 KiB with bash's):
        // every one of these outputs is larger, so the write fails part-way.
        const CliRun run = runWithFileSizeLimit(8, command + QStringList{path});
        QVERIFY2(run.exitCode != 0 && run.exitCode != -1, qPrintable(run.err));
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QCOMPARE(contents(path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(),
                 1); // no temporary left
    }

    void markupInTheTitleStaysText()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("t.svg"));
        const CliRun run = runFaultline(
            {QStringLiteral("export"), kExample, QStringLiteral("--title"),
             QStringLiteral("</title><script>alert(1)</script>"), QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray svg = contents(out);
        QVERIFY(!svg.contains("<script"));
        QVERIFY(svg.contains("&lt;script&gt;"));
    }

    void convertWritesOnlyWhatValidateAccepts()
    {
        QTemporaryDir dir;
        const QString dot = dir.filePath(QStringLiteral("long.dot"));
        QFile file(dot);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("digraph \"" + QByteArray(1000000, 'n') + "\" { a -> b }\n");
        file.close();
        const QString out = dir.filePath(QStringLiteral("long.faultline"));
        const CliRun convert = runFaultline({QStringLiteral("convert"), dot, out});
        QVERIFY2(convert.exitCode == 0, qPrintable(convert.err));
        const CliRun validate = runFaultline({QStringLiteral("validate"), out});
        QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
    }
};

QTEST_GUILESS_MAIN(TestOutputSafety)
#include "tst_outputsafety.moc"
