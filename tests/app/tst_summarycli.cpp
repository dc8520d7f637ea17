// `faultline summary`: the real executable, run without a display, writes
// the session summary as Markdown or PDF and refuses bad arguments.

#include "../common/clirunner.h"
#include "testpaths.h"

#include "model/compare/diffengine.h"
#include "model/discussion.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace faultline;
using faultline::test::runFaultline;

namespace {
const QString coinRun = QStringLiteral(FAULTLINE_TEST_DATA "/compare/coinrun.faultline");
}

class TestSummaryCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file; ///< coinrun with a recorded discussion of B and C

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const LoadResult loaded = readFaultlineFile(coinRun);
        QVERIFY(loaded.ok());
        Incident incident = loaded.value();
        const QStringList ids{QStringLiteral("B"), QStringLiteral("C")};
        const DiffResult diff = DiffEngine::compare(incident, ids);
        QVERIFY(!diff.cruxes.isEmpty());
        incident.discussion.participants = {QStringLiteral("Ana"), QStringLiteral("Bo")};
        CruxRecord record;
        record.interpretationIds = ids;
        record.cruxKey = cruxKey(diff.cruxes.first());
        record.positions = {{QStringLiteral("Ana"), QStringLiteral("C")},
                            {QStringLiteral("Bo"), QString()}};
        record.note = QStringLiteral("Agreed to look at the ablation again.");
        record.resolution = CruxResolution::NeedsEvidence;
        incident.discussion.records = {record};
        m_file = m_dir.filePath(QStringLiteral("session.faultline"));
        const Status written = writeFaultlineFile(incident, m_file);
        QVERIFY2(written.ok(), qPrintable(written.firstMessage()));
    }

    void markdownOfTheRecordedComparison()
    {
        const QString out = m_dir.filePath(QStringLiteral("summary.md"));
        const auto run =
            runFaultline({QStringLiteral("summary"), m_file, QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(file.readAll());
        QVERIFY(md.startsWith(QStringLiteral("# ")));
        // Without --interpretations: the comparison the discussion recorded (B, C).
        QVERIFY2(md.contains(QStringLiteral("### A. Environment view")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("### B. Both")));
        QVERIFY(md.contains(QStringLiteral("**Resolution:** Needs evidence")));
        QVERIFY2(md.contains(QStringLiteral("**Positions:** Ana: reading B · Bo: unsure")),
                 qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("Agreed to look at the ablation again\\.")) ||
                md.contains(QStringLiteral("Agreed to look at the ablation again.")));
    }

    void namedInterpretations()
    {
        const QString out = m_dir.filePath(QStringLiteral("ab.md"));
        const auto run =
            runFaultline({QStringLiteral("summary"), m_file, QStringLiteral("--interpretations"),
                          QStringLiteral("Reward view,B"), QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(file.readAll());
        QVERIFY(md.contains(QStringLiteral("### A. Reward view")));
        QVERIFY(md.contains(QStringLiteral("### B. Environment view")));
        QVERIFY(!md.contains(QStringLiteral("Needs evidence"))); // recorded for B, C only
    }

    void pdf()
    {
        const QString out = m_dir.filePath(QStringLiteral("summary.pdf"));
        const auto run =
            runFaultline({QStringLiteral("summary"), m_file, QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 2000);
    }

    void unknownInterpretation()
    {
        const QString out = m_dir.filePath(QStringLiteral("never.md"));
        const auto run =
            runFaultline({QStringLiteral("summary"), m_file, QStringLiteral("--interpretations"),
                          QStringLiteral("A,Nobody"), QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("unknown interpretation \"Nobody\"")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void interpretationListErrors_data()
    {
        QTest::addColumn<QStringList>("list");
        QTest::addColumn<QString>("message");
        QTest::newRow("one") << QStringList{QStringLiteral("--interpretations"),
                                            QStringLiteral("A")}
                             << QStringLiteral("at least two interpretations, found \"A\"");
        QTest::newRow("empty after =")
            << QStringList{QStringLiteral("--interpretations=,")}
            << QStringLiteral("at least two interpretations, found \",\"");
        QTest::newRow("twice") << QStringList{QStringLiteral("--interpretations=A,B"),
                                              QStringLiteral("--interpretations"),
                                              QStringLiteral("A,C")}
                               << QStringLiteral("--interpretations given twice");
        QTest::newRow("no value") << QStringList{QStringLiteral("--interpretations")}
                                  << QStringLiteral(
                                         "--interpretations needs a comma-separated list");
    }

    void interpretationListErrors()
    {
        QFETCH(QStringList, list);
        QFETCH(QString, message);
        const QString out = m_dir.filePath(QStringLiteral("never.md"));
        const auto run = runFaultline(
            QStringList{QStringLiteral("summary"), m_file, QStringLiteral("-o"), out} + list);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void badSuffix()
    {
        const QString out = m_dir.filePath(QStringLiteral("summary.docx"));
        const auto run =
            runFaultline({QStringLiteral("summary"), m_file, QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral(".md or .pdf")), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void missingOutputAndFile()
    {
        QCOMPARE(runFaultline({QStringLiteral("summary"), m_file}).exitCode, 2);
        QCOMPARE(runFaultline({QStringLiteral("summary"),
                               m_dir.filePath(QStringLiteral("nope.faultline")),
                               QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.md"))})
                     .exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestSummaryCli)
#include "tst_summarycli.moc"
