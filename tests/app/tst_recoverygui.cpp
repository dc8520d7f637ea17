// Reliability in the running editor, with real windows (offscreen): recovery
// snapshots while editing, the restore offer after a crash, a second
// instance's live snapshot, changes on disk (Reload / Keep my version), and
// saves that fail without touching the original file.

#include "../common/mainwindowfixture.h"
#include "../common/sampleincident.h"

#include "app/controllers/documentcontroller.h"
#include "app/controllers/languagecontroller.h"
#include "app/controllers/recoverycontroller.h"
#include "app/window/diskwatcher.h"
#include "app/window/mainwindow.h"
#include "model/commands/editelementcommand.h"
#include "model/document.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/recovery/autosaver.h"
#include "model/recovery/recoverystore.h"
#include "widgets/panels/noticebar.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

using namespace faultline;

namespace {
// Far above any Linux pid_max: a process that is certainly not running.
constexpr qint64 kDeadPid = 2147483000;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

Incident titled(const QString &title)
{
    Incident incident = test::sampleIncident();
    incident.title = title;
    return incident;
}
} // namespace

class TestRecoveryGui : public QObject
{
    Q_OBJECT

private:
    test::MainWindowFixture m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_recoveryDir;
    QStringList m_errors;
    DocumentController::Answer m_answer = DocumentController::Answer::Discard;

    MainWindow *openWindow(const std::function<void(RecoveryController *)> &beforeShow = {})
    {
        m_window.create();
        m_errors.clear();
        DocumentController *c = m_window->controller();
        c->setUnsavedPrompt([this](const QString &) { return m_answer; });
        c->setErrorReporter(
            [this](const QString &title, const QString &message, const QStringList &details) {
                m_errors << title << message << details;
            });
        c->setFileChooser([](bool, const QString &) { return QString(); });
        if (beforeShow)
            beforeShow(recovery());
        m_window.show(QSize());
        return m_window.get();
    }

    RecoveryController *recovery() const { return m_window->recoveryController(); }
    Document *doc() const { return m_window->document(); }
    RecoveryStore store() const { return RecoveryStore(m_recoveryDir); }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    void rename(const QString &label)
    {
        Factor f = *doc()->incident().findFactor(QStringLiteral("physics"));
        f.label = label;
        doc()->push(new EditFactorCommand(doc(), {f.id}, f, QString(), QStringLiteral("Edit")));
    }

    /// The visible button of that name (answered bars keep old buttons until deleted later).
    QPushButton *visibleButton(const QString &name) const
    {
        for (QPushButton *b : m_window->findChildren<QPushButton *>(name))
            if (b->isVisible())
                return b;
        return nullptr;
    }

    /// A snapshot as a crashed instance leaves it: the owner pid is dead.
    void leaveCrashedSnapshot(const QString &key, const Incident &incident,
                              const QString &originalPath)
    {
        QVERIFY(store().write(key, writeFaultline(incident), originalPath, incident.title));
        const QString meta =
            m_recoveryDir + QLatin1Char('/') + key + QStringLiteral(".recovery.json");
        QJsonObject o = QJsonDocument::fromJson(readAll(meta)).object();
        o[QStringLiteral("pid")] = double(kDeadPid);
        o[QStringLiteral("savedAt")] = QStringLiteral("2026-01-02T03:04:05.000Z");
        QVERIFY(writeAll(meta, QJsonDocument(o).toJson()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::MainWindowFixture::initTestCase(QStringLiteral("FaultlineTest"),
                                              QStringLiteral("tst_recoverygui"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_recoveryDir = m_dir->filePath(QStringLiteral("recovery"));
        qputenv("FAULTLINE_RECOVERY_DIR", m_recoveryDir.toUtf8());
        m_answer = DocumentController::Answer::Discard;
    }

    void cleanup()
    {
        m_window.cleanup();
        if (m_dir) {
            QFile::setPermissions(m_dir->filePath(QStringLiteral("ro")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            m_dir.reset();
        }
    }

    void recoveryDirectoryFollowsTheEnvironment()
    {
        QCOMPARE(RecoveryController::recoveryDirectory(), m_recoveryDir);
    }

    void editsLeaveASnapshotAndACleanSaveDeletesIt()
    {
        const QString file = path(QStringLiteral("box.faultline"));
        QVERIFY(writeFaultlineFile(test::sampleIncident(), file).ok());
        openWindow();
        QVERIFY(m_window->openFile(file));
        QVERIFY(store().all().isEmpty());

        rename(QStringLiteral("Edited in the window"));
        // Promised within 2 s; the generous timeout only guards a loaded machine.
        QTRY_VERIFY_WITH_TIMEOUT(store().all().size() == 1, 15000);
        const RecoverySnapshot s = store().all().first();
        QCOMPARE(s.key, recovery()->autosaver()->key());
        QCOMPARE(s.originalPath, file);
        const LoadResult snap = readFaultlineFile(s.snapshotPath);
        QVERIFY(snap.ok());
        QCOMPARE(snap.value().findFactor(QStringLiteral("physics"))->label,
                 QStringLiteral("Edited in the window"));
        // Our own window's snapshot is live, never offered.
        QVERIFY(recovery()->orphans().isEmpty());

        QVERIFY(m_window->saveTo(file));
        QVERIFY(store().all().isEmpty());
        // Our own save is not a change on disk: no bar asks about it while the
        // watcher sees its notifications. Something that must not happen has
        // no moment to wait for, so this watches a window of several settle
        // periods and fails as soon as a bar shows.
        const auto barShown = [this] {
            return recovery()->diskChangeBar() && recovery()->diskChangeBar()->isVisible();
        };
        QVERIFY(!QTest::qWaitFor(barShown, DiskWatcher::kSettleMs * 4));
    }

    void cleanCloseDeletesTheSnapshotAndCancelledCloseKeepsIt()
    {
        openWindow();
        doc()->resetIncident(test::sampleIncident());
        rename(QStringLiteral("Unsaved"));
        QTRY_VERIFY_WITH_TIMEOUT(store().all().size() == 1, 15000);

        m_answer = DocumentController::Answer::Cancel;
        QVERIFY(!m_window->close());
        QCOMPARE(store().all().size(), 1);

        m_answer = DocumentController::Answer::Discard;
        QVERIFY(m_window->close());
        QVERIFY(store().all().isEmpty());
    }

    void leftoverSnapshotIsOfferedAndRestored()
    {
        const QString file = path(QStringLiteral("surfing.faultline"));
        QVERIFY(writeFaultlineFile(titled(QStringLiteral("On disk")), file).ok());
        const QByteArray original = readAll(file);
        const Incident unsaved = titled(QStringLiteral("Unsaved before the crash"));
        leaveCrashedSnapshot(QStringLiteral("crashed"), unsaved, file);

        openWindow();
        QTRY_VERIFY(recovery()->restoreBar() && recovery()->restoreBar()->isVisible());
        QVERIFY(recovery()->restoreBar()->message().contains(QStringLiteral("surfing.faultline")));
        QPushButton *restoreButton = visibleButton(QStringLiteral("restoreButton"));
        QVERIFY(restoreButton);
        QTest::mouseClick(restoreButton, Qt::LeftButton);

        QTRY_COMPARE(doc()->incident().title, QStringLiteral("Unsaved before the crash"));
        QCOMPARE(doc()->incident(), unsaved);
        QCOMPARE(doc()->filePath(), file);
        QVERIFY(doc()->isModified());
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(readAll(file), original);
        QVERIFY(!recovery()->restoreBar()->isVisible());
        // The orphan is gone; the restored work has this window's snapshot instead.
        const QList<RecoverySnapshot> left = store().all();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().key, recovery()->autosaver()->key());
        QCOMPARE(readFaultlineFile(left.first().snapshotPath).value().title, unsaved.title);

        // Only the user's Save writes over the original.
        QVERIFY(m_window->controller()->save());
        QCOMPARE(readFaultlineFile(file).value(), unsaved);
        QVERIFY(store().all().isEmpty());
    }

    void discardAndLaterAnswers()
    {
        leaveCrashedSnapshot(QStringLiteral("first"), titled(QStringLiteral("First")), QString());
        leaveCrashedSnapshot(QStringLiteral("second"), titled(QStringLiteral("Second")), QString());
        QStringList offered;
        openWindow([&offered](RecoveryController *r) {
            r->setRestorePrompt(
                [&offered](const RecoverySnapshot &s,
                           std::function<void(RecoveryController::RestoreAnswer)> answer) {
                    offered << s.key;
                    answer(offered.size() == 1 ? RecoveryController::RestoreAnswer::Discard
                                               : RecoveryController::RestoreAnswer::Later);
                });
        });
        QTRY_COMPARE(offered.size(), 2);
        QCoreApplication::processEvents();
        QCOMPARE(offered.size(), 2);       // "Later" is not asked again in this session
        QCOMPARE(store().all().size(), 1); // discarded one gone, the later one kept
        QCOMPARE(store().all().first().key, offered.at(1));
        QCOMPARE(doc()->incident().title, DocumentController::untitledIncident().title);
    }

    void liveSnapshotOfAnotherInstanceIsNotOffered()
    {
        leaveCrashedSnapshot(QStringLiteral("live"), titled(QStringLiteral("Live")), QString());
        leaveCrashedSnapshot(QStringLiteral("dead"), titled(QStringLiteral("Dead")), QString());
        // What a running instance holds while it edits: the snapshot's lock.
        // Its recorded pid is dead here, so only the lock tells it is live.
        QLockFile liveLock(m_recoveryDir + QStringLiteral("/live.lock"));
        QVERIFY(liveLock.tryLock(0));
        QStringList offered;
        openWindow([&offered](RecoveryController *r) {
            r->setRestorePrompt(
                [&offered](const RecoverySnapshot &s,
                           std::function<void(RecoveryController::RestoreAnswer)> answer) {
                    offered << s.key;
                    answer(RecoveryController::RestoreAnswer::Later);
                });
        });
        QTRY_COMPARE(offered, QStringList{QStringLiteral("dead")});
        QCoreApplication::processEvents();
        QCOMPARE(offered, QStringList{QStringLiteral("dead")});
        QCOMPARE(store().all().size(), 2);
    }

    void fileChangedOnDiskOffersReloadAndKeep()
    {
        const QString file = path(QStringLiteral("watched.faultline"));
        QVERIFY(writeFaultlineFile(titled(QStringLiteral("Version 1")), file).ok());
        openWindow();
        QVERIFY(m_window->openFile(file));

        // Another program overwrites the file in place.
        QVERIFY(writeAll(file, writeFaultline(titled(QStringLiteral("Version 2")))));
        QTRY_VERIFY_WITH_TIMEOUT(
            recovery()->diskChangeBar() && recovery()->diskChangeBar()->isVisible(), 10000);
        QVERIFY(
            recovery()->diskChangeBar()->message().contains(QStringLiteral("watched.faultline")));
        QTest::mouseClick(visibleButton(QStringLiteral("reloadButton")), Qt::LeftButton);
        QCOMPARE(doc()->incident().title, QStringLiteral("Version 2"));
        QVERIFY(!doc()->isModified());
        QVERIFY(!recovery()->diskChangeBar()->isVisible());

        // Another editor saves atomically (rename over the file: a new inode).
        {
            QSaveFile save(file);
            QVERIFY(save.open(QIODevice::WriteOnly));
            save.write(writeFaultline(titled(QStringLiteral("Version 3"))));
            QVERIFY(save.commit());
        }
        QTRY_VERIFY_WITH_TIMEOUT(recovery()->diskChangeBar()->isVisible(), 10000);
        QTest::mouseClick(visibleButton(QStringLiteral("keepButton")), Qt::LeftButton);
        QCOMPARE(doc()->incident().title, QStringLiteral("Version 2"));
        QVERIFY(doc()->isModified()); // differs from the file now
        QTRY_VERIFY_WITH_TIMEOUT(store().all().size() == 1, 15000);

        // A broken file on disk: Reload reports it and nothing changes.
        QVERIFY(writeAll(file, QByteArrayLiteral("{\"format\": \"faultline\", \"version\": ")));
        QTRY_VERIFY_WITH_TIMEOUT(recovery()->diskChangeBar()->isVisible(), 10000);
        QTest::mouseClick(visibleButton(QStringLiteral("reloadButton")), Qt::LeftButton);
        QCOMPARE(doc()->incident().title, QStringLiteral("Version 2"));
        QVERIFY(doc()->isModified());
        QVERIFY(m_window->statusBar()->currentMessage().contains(
            QStringLiteral("could not be reloaded")));
    }

    void openDiskChangeBarFollowsTheLanguage()
    {
        const QString file = path(QStringLiteral("spoken.faultline"));
        QVERIFY(writeFaultlineFile(titled(QStringLiteral("Version 1")), file).ok());
        openWindow();
        QVERIFY(m_window->openFile(file));
        QVERIFY(writeAll(file, writeFaultline(titled(QStringLiteral("Version 2")))));
        QTRY_VERIFY_WITH_TIMEOUT(
            recovery()->diskChangeBar() && recovery()->diskChangeBar()->isVisible(), 10000);
        const char *context = "faultline::RecoveryController";
        const QString english = QStringLiteral("The file “%1” changed on disk.")
                                    .arg(QStringLiteral("spoken.faultline"));
        QCOMPARE(recovery()->diskChangeBar()->message(), english);

        QVERIFY(LanguageController::applyLanguage(QStringLiteral("de")));
        const QString german =
            QCoreApplication::translate(context, "The file “%1” changed on disk.")
                .arg(QStringLiteral("spoken.faultline"));
        QVERIFY(german != english);
        QCOMPARE(recovery()->diskChangeBar()->message(), german);
        // The bar re-makes its buttons; the old ones go on the next event-loop turn.
        const QString germanReload = QCoreApplication::translate(context, "Reload");
        QVERIFY(germanReload != QStringLiteral("Reload"));
        QTRY_VERIFY(m_window->findChildren<QPushButton *>(QStringLiteral("reloadButton")).size() ==
                    1);
        QTRY_VERIFY(visibleButton(QStringLiteral("reloadButton")));
        QCOMPARE(visibleButton(QStringLiteral("reloadButton"))->text(), germanReload);

        QVERIFY(LanguageController::applyLanguage(QStringLiteral("en")));
        QCOMPARE(recovery()->diskChangeBar()->message(), english);
        // The re-made buttons still answer.
        QTRY_VERIFY(m_window->findChildren<QPushButton *>(QStringLiteral("reloadButton")).size() ==
                    1);
        QTRY_VERIFY(visibleButton(QStringLiteral("reloadButton")));
        QTest::mouseClick(visibleButton(QStringLiteral("reloadButton")), Qt::LeftButton);
        QCOMPARE(doc()->incident().title, QStringLiteral("Version 2"));
    }

    void failedSaveKeepsDocumentAndOriginal_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("missing directory") << QStringLiteral("missing/deeper/box.faultline");
        QTest::newRow("directory is a file") << QStringLiteral("plain-file/box.faultline");
        QTest::newRow("read-only directory, over the original")
            << QStringLiteral("ro/box.faultline");
        // Even root cannot create files in /proc: a read-only directory for every user.
        QTest::newRow("read-only system directory")
            << QStringLiteral("/proc/faultline-test.faultline");
    }

    void failedSaveKeepsDocumentAndOriginal()
    {
        QFETCH(QString, target);
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("ro")));
        const QString file = path(QStringLiteral("ro/box.faultline"));
        QVERIFY(writeFaultlineFile(test::sampleIncident(), file).ok());
        QVERIFY(writeAll(path(QStringLiteral("plain-file")), "not a folder"));
        QVERIFY(
            QFile::setPermissions(path(QStringLiteral("ro")), QFile::ReadOwner | QFile::ExeOwner));
        if (target.startsWith(QLatin1String("ro/")) && ::geteuid() == 0)
            QSKIP("root writes into read-only directories; the /proc row covers root");
        const QByteArray original = readAll(file);

        openWindow();
        QVERIFY(m_window->openFile(file));
        rename(QStringLiteral("Not saved"));
        const QString absolute = QDir(m_dir->path()).absoluteFilePath(target);
        QVERIFY(!m_window->saveTo(absolute));
        QVERIFY(!m_errors.isEmpty());
        QVERIFY(m_errors.join(QLatin1Char('\n')).contains(QStringLiteral("could not be saved")));
        QVERIFY(doc()->isModified());
        QCOMPARE(doc()->filePath(), file);
        QCOMPARE(doc()->incident().findFactor(QStringLiteral("physics"))->label,
                 QStringLiteral("Not saved"));
        QCOMPARE(readAll(file), original);
        if (absolute != file)
            QVERIFY(!QFile::exists(absolute));
        // No temporary file of the failed save is left next to the original.
        QCOMPARE(QDir(path(QStringLiteral("ro"))).entryList(QDir::Files),
                 QStringList{QStringLiteral("box.faultline")});
    }
};

QTEST_MAIN(TestRecoveryGui)
#include "tst_recoverygui.moc"
