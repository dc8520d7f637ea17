// Kills a process that edits, autosaves and saves a document with SIGKILL at
// random moments, including during saves. The file on disk must always be a
// complete valid version, and what can be recovered (snapshot, else file)
// must hold every edit older than 5 s.
// FAULTLINE_CRASH_TRIALS overrides the number of trials (scripts/soak: 1000).

#include "../common/sampleincident.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/recovery/recoverystore.h"
#include "testpaths.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <signal.h>

using namespace faultline;

class TestCrashLoss : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedAtRandomMomentsLosesNothing()
    {
        const int trials = qEnvironmentVariableIntValue("FAULTLINE_CRASH_TRIALS") > 0
                               ? qEnvironmentVariableIntValue("FAULTLINE_CRASH_TRIALS")
                               : 200;
        QRandomGenerator rng(20261126);
        int longTrials = 0;
        for (int trial = 0; trial < trials; ++trial) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("doc.faultline"));
            const QString recovery = dir.filePath(QStringLiteral("recovery"));
            QVERIFY(writeFaultlineFile(test::sampleIncident(), path).ok());

            // Most trials are short; every 16th lives past the 5 s promise so it is checked for
            // real.
            const bool isLong = trial % 16 == 15;
            longTrials += isLong;
            const int lifeMs = isLong ? 5500 + int(rng.bounded(1500)) : int(rng.bounded(700));

            QProcess worker;
            worker.start(QStringLiteral(CRASHLOSS_WORKER), {path, recovery});
            QVERIFY(worker.waitForStarted());
            QTest::qWait(lifeMs);
            const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
            ::kill(pid_t(worker.processId()), SIGKILL);
            QVERIFY(worker.waitForFinished(10000));

            // Edits the worker reported, with their times.
            QList<QPair<int, qint64>> edits;
            for (const QByteArray &line : worker.readAllStandardOutput().split('\n')) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 2)
                    edits.append({parts[0].toInt(), parts[1].toLongLong()});
            }

            const LoadResult onDisk = readFaultlineFile(path);
            QVERIFY2(onDisk.ok(),
                     qPrintable(QStringLiteral("trial %1: file on disk is broken: %2")
                                    .arg(trial)
                                    .arg(onDisk.messages().join(QStringLiteral("; ")))));

            const QList<RecoverySnapshot> snapshots = RecoveryStore(recovery).all();
            QVERIFY(snapshots.size() <= 1);
            Incident recoverable = onDisk.value();
            if (!snapshots.isEmpty()) {
                const LoadResult snap = readFaultlineFile(snapshots.first().snapshotPath);
                QVERIFY2(snap.ok(),
                         qPrintable(QStringLiteral("trial %1: snapshot is broken").arg(trial)));
                recoverable = snap.value();
            }
            QSet<QString> labels;
            for (const Factor &f : recoverable.factors)
                labels.insert(f.label);
            for (const auto &[n, at] : edits)
                if (killedAt - at > 5000)
                    QVERIFY2(labels.contains(QStringLiteral("edit-%1").arg(n)),
                             qPrintable(QStringLiteral(
                                            "trial %1: edit %2 made %3 ms before the kill is lost")
                                            .arg(trial)
                                            .arg(n)
                                            .arg(killedAt - at)));
        }
        QVERIFY(longTrials > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashLoss)
#include "tst_crashloss.moc"
