#include "../common/sampleincident.h"
#include "model/commands/editelementcommand.h"
#include "model/document.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/recovery/autosaver.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace faultline;

class TestRecovery : public QObject
{
    Q_OBJECT
private:
    static void rename(Document &doc, const QString &label)
    {
        Factor f = *doc.incident().findFactor(QStringLiteral("physics"));
        f.label = label;
        doc.push(new EditFactorCommand(&doc, {f.id}, f, QString(), QStringLiteral("Edit")));
    }

private Q_SLOTS:
    void promisedDelaysHoldByConstruction()
    {
        // The user-facing promise: within 2 s of the last edit, at least every 5 s.
        QVERIFY(Autosaver::kIdleDelayMs < 2000);
        QVERIFY(Autosaver::kMaxDelayMs < 5000);
    }

    void snapshotAppearsAfterEditsStopAndHoldsThem()
    {
        QTemporaryDir dir;
        Document doc;
        doc.resetIncident(test::sampleIncident());
        doc.setFilePath(QStringLiteral("/somewhere/box.faultline"));
        Autosaver saver(&doc, RecoveryStore(dir.path()));
        rename(doc, QStringLiteral("Edited once"));
        QTRY_VERIFY_WITH_TIMEOUT(!saver.store().all().isEmpty(), 10000);
        const RecoverySnapshot s = saver.store().all().first();
        QCOMPARE(s.originalPath, QStringLiteral("/somewhere/box.faultline"));
        QCOMPARE(s.ownerPid, QCoreApplication::applicationPid());
        const LoadResult r = readFaultlineFile(s.snapshotPath);
        QVERIFY(r.ok());
        QCOMPARE(r.value().findFactor(QStringLiteral("physics"))->label,
                 QStringLiteral("Edited once"));
        // Our own live snapshot is not an orphan.
        QVERIFY(saver.store().orphans().isEmpty());
    }

    void continuousEditingStillSnapshots()
    {
        QTemporaryDir dir;
        Document doc;
        doc.resetIncident(test::sampleIncident());
        Autosaver saver(&doc, RecoveryStore(dir.path()));
        // Edit every 200 ms, never pausing long enough for the idle timer.
        QElapsedTimer clock;
        clock.start();
        int n = 0;
        while (saver.store().all().isEmpty() && clock.elapsed() < 15000) {
            rename(doc, QStringLiteral("edit %1").arg(++n));
            QTest::qWait(200);
        }
        QVERIFY(!saver.store().all().isEmpty());
        QVERIFY2(n >= 5, "the snapshot came from the idle timer, not the maximum-age timer");
    }

    void cleanSaveAndResetDiscardSnapshot()
    {
        QTemporaryDir dir;
        Document doc;
        doc.resetIncident(test::sampleIncident());
        Autosaver saver(&doc, RecoveryStore(dir.path()));
        rename(doc, QStringLiteral("x"));
        saver.flush();
        QCOMPARE(saver.store().all().size(), 1);
        doc.markSaved();
        QVERIFY(saver.store().all().isEmpty());
        rename(doc, QStringLiteral("y"));
        saver.flush();
        QCOMPARE(saver.store().all().size(), 1);
        doc.undoStack()->undo(); // back to the saved state: nothing to recover
        QVERIFY(saver.store().all().isEmpty());
    }

    void snapshotsOfDeadProcessesAreOrphans()
    {
        QTemporaryDir dir;
        const RecoveryStore store(dir.path());
        QVERIFY(store.write(QStringLiteral("k1"), writeFaultline(test::sampleIncident()),
                            QStringLiteral("/a.faultline"), QStringLiteral("A")));
        // Rewrite the side-car as if a crashed process (pid that cannot exist) wrote it.
        QFile meta(dir.filePath(QStringLiteral("k1.recovery.json")));
        QVERIFY(meta.open(QIODevice::ReadOnly));
        QByteArray text = meta.readAll();
        meta.close();
        text.replace(QByteArray::number(QCoreApplication::applicationPid()), "2147483000");
        QVERIFY(meta.open(QIODevice::WriteOnly | QIODevice::Truncate));
        meta.write(text);
        meta.close();
        const QList<RecoverySnapshot> orphans = store.orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().title, QStringLiteral("A"));
        QVERIFY(readFaultlineFile(orphans.first().snapshotPath).ok());
        store.remove(QStringLiteral("k1"));
        QVERIFY(store.all().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
