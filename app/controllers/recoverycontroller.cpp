#include "app/controllers/recoverycontroller.h"

#include "app/controllers/documentcontroller.h"
#include "app/window/diskwatcher.h"

#include "model/document.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/recovery/autosaver.h"
#include "widgets/panels/noticebar.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QMainWindow>
#include <QTimer>

#include <cerrno>
#include <signal.h>

namespace faultline {

namespace {
// An orphan is offered with its lock held; a dead owner's lock is taken over.
// No stale-by-age rule: a window may run for days with its lock untouched.
std::unique_ptr<QLockFile> tryLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

bool processIsAlive(qint64 pid)
{
    // Only for snapshots without a lock file (e.g. after "Later" released
    // it). Signal 0 tests existence; EPERM still means "exists".
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}
} // namespace

RecoveryController::RecoveryController(const ControllerContext &context)
    : QObject(context.window), m_context(context), m_store(recoveryDirectory()),
      m_autosaver(nullptr), m_diskWatcher(new DiskWatcher(this))
{
    Document *document = context.document;
    // Connected before the Autosaver exists, so the lock is in place before
    // the first snapshot is written.
    connect(document->undoStack(), &QUndoStack::indexChanged, this,
            &RecoveryController::lockOwnSnapshot);
    m_autosaver = new Autosaver(document, m_store, this);
    connect(m_autosaver, &Autosaver::snapshotFailed, this, [this](const QString &message) {
        showStatus(tr("Could not write the recovery copy: %1").arg(message));
    });

    DocumentController *files = context.files;
    connect(document, &Document::filePathChanged, m_diskWatcher, &DiskWatcher::watch);
    connect(files, &DocumentController::saved, this, [this](const QString &path) {
        m_diskWatcher->watch(path); // our own bytes are the known content now
        if (m_diskBar)
            m_diskBar->dismiss();
    });
    connect(files, &DocumentController::documentReplaced, this, [this] {
        m_diskWatcher->watch(m_context.document->filePath());
        if (m_diskBar)
            m_diskBar->dismiss();
    });
    connect(m_diskWatcher, &DiskWatcher::changedOnDisk, this,
            &RecoveryController::fileChangedOnDisk);
    // A file opened at start-up is watched once the window is on screen.
    m_diskWatcher->setArmingHeld(true);
    context.whenFirstFrameDrawn([this] { m_diskWatcher->setArmingHeld(false); });
    m_diskWatcher->watch(document->filePath());

    m_restorePrompt = [this](const RecoverySnapshot &s, std::function<void(RestoreAnswer)> answer) {
        showRestoreBar(s, std::move(answer));
    };
    m_diskPrompt = [this](const QString &path, std::function<void(DiskAnswer)> answer) {
        showDiskChangeBar(path, std::move(answer));
    };
    context.window->installEventFilter(this);
}

RecoveryController::~RecoveryController() = default;

QString RecoveryController::recoveryDirectory()
{
    const QString overridden = qEnvironmentVariable("FAULTLINE_RECOVERY_DIR");
    return overridden.isEmpty() ? RecoveryStore::defaultDirectory() : overridden;
}

QString RecoveryController::lockPath(const QString &key) const
{
    return m_store.directory() + QLatin1Char('/') + key + QStringLiteral(".lock");
}

void RecoveryController::lockOwnSnapshot()
{
    if (m_ownLock || m_context.document->undoStack()->isClean())
        return;
    if (!QDir().mkpath(m_store.directory()))
        return; // the Autosaver reports the folder problem when it writes
    m_ownLock = tryLock(lockPath(m_autosaver->key()));
}

bool RecoveryController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_context.window)
        return false;
    switch (event->type()) {
    case QEvent::Show:
        if (!m_offered) {
            m_offered = true;
            // Queued: the window is on screen before anything is offered.
            QMetaObject::invokeMethod(this, &RecoveryController::offerRestore,
                                      Qt::QueuedConnection);
        }
        break;
    case QEvent::Close:
        // The window hides only if its closeEvent accepted (saved or
        // discarded); the flag is cleared once this close is handled.
        m_closeAsked = true;
        QTimer::singleShot(0, this, [this] { m_closeAsked = false; });
        break;
    case QEvent::Hide:
        if (m_closeAsked) {
            // A clean close: the user saved or chose to discard the changes.
            m_closeAsked = false;
            m_autosaver->discard();
        }
        break;
    default:
        break;
    }
    return false;
}

QList<RecoverySnapshot> RecoveryController::orphans() const
{
    QList<RecoverySnapshot> result;
    const qint64 self = QCoreApplication::applicationPid();
    for (const RecoverySnapshot &s : m_store.all()) {
        if (s.ownerPid == self || m_declinedKeys.contains(s.key))
            continue;
        if (m_offerLock && m_offerLock->fileName() == lockPath(s.key)) {
            result.append(s); // we hold it ourselves while offering it
            continue;
        }
        const bool orphaned = QFileInfo::exists(lockPath(s.key))
                                  ? bool(tryLock(lockPath(s.key))) // released again at once
                                  : !processIsAlive(s.ownerPid);
        if (orphaned)
            result.append(s);
    }
    return result;
}

void RecoveryController::offerRestore()
{
    releaseOfferLock();
    const QList<RecoverySnapshot> found = orphans();
    for (const RecoverySnapshot &s : found) {
        // Hold its lock while it is on offer, so a second instance started
        // now does not offer the same snapshot.
        m_offerLock = tryLock(lockPath(s.key));
        if (!m_offerLock)
            continue;
        QPointer<RecoveryController> self(this);
        m_restorePrompt(s, [self, s](RestoreAnswer answer) {
            if (self)
                self->answerRestore(s, answer);
        });
        return;
    }
}

void RecoveryController::answerRestore(const RecoverySnapshot &snapshot, RestoreAnswer answer)
{
    switch (answer) {
    case RestoreAnswer::Restore:
        if (!restore(snapshot))
            m_declinedKeys.append(snapshot.key); // kept on disk, not offered again now
        break;
    case RestoreAnswer::Discard:
        m_store.remove(snapshot.key);
        break;
    case RestoreAnswer::Later:
        m_declinedKeys.append(snapshot.key);
        break;
    }
    releaseOfferLock();
    // One at a time: the next orphan, if any, after this answer has settled.
    QMetaObject::invokeMethod(this, &RecoveryController::offerRestore, Qt::QueuedConnection);
}

bool RecoveryController::restore(const RecoverySnapshot &snapshot)
{
    const LoadResult loaded = readFaultlineFile(snapshot.snapshotPath);
    if (!loaded.ok()) {
        showStatus(tr("The recovered copy could not be read: %1")
                       .arg(loaded.messages().value(0, snapshot.snapshotPath)));
        return false;
    }
    DocumentController *files = m_context.files;
    if (!files->maybeSave())
        return false;
    Document *document = m_context.document;
    // The original file stays as it was: the restored incident is a modified
    // document that only the user's Save writes over it.
    document->setFilePath(snapshot.originalPath);
    document->resetIncident(loaded.value());
    document->undoStack()->resetClean();
    Q_EMIT files->documentReplaced();
    // Our own snapshot first, then the orphan goes: a crash in between leaves one of them.
    lockOwnSnapshot();
    snapshotNow();
    m_store.remove(snapshot.key);
    if (m_offerLock && m_offerLock->fileName() == lockPath(snapshot.key))
        releaseOfferLock();
    QFile::remove(lockPath(snapshot.key));
    showStatus(tr("Recovered unsaved changes. Save to keep them."));
    return true;
}

void RecoveryController::releaseOfferLock()
{
    if (m_offerLock)
        m_offerLock->unlock();
    m_offerLock.reset();
}

void RecoveryController::snapshotNow()
{
    Document *document = m_context.document;
    QString error;
    if (!m_store.write(m_autosaver->key(), writeFaultline(document->incident()),
                       document->filePath(), document->incident().title, &error))
        showStatus(tr("Could not write the recovery copy: %1").arg(error));
}

void RecoveryController::fileChangedOnDisk(const QString &path)
{
    QPointer<RecoveryController> self(this);
    m_diskPrompt(path, [self, path](DiskAnswer answer) {
        // Answered for another file than the open one (e.g. after Open): moot.
        if (!self || self->m_diskWatcher->path() != path)
            return;
        if (answer == DiskAnswer::Reload)
            self->reloadFromDisk();
        else
            self->keepMyVersion();
    });
}

bool RecoveryController::reloadFromDisk()
{
    const QString path = m_context.document->filePath();
    if (path.isEmpty())
        return false;
    const LoadResult loaded = readFaultlineFile(path);
    if (!loaded.ok()) {
        showStatus(tr("“%1” could not be reloaded; your version is unchanged: %2")
                       .arg(QFileInfo(path).fileName(), loaded.messages().value(0)));
        return false;
    }
    Document *document = m_context.document;
    document->resetIncident(loaded.value());
    Q_EMIT m_context.files->documentReplaced();
    m_diskWatcher->acceptCurrentContent();
    return true;
}

void RecoveryController::keepMyVersion()
{
    Document *document = m_context.document;
    // The file no longer holds this version: it is unsaved work now, with a
    // recovery copy like any other unsaved work.
    document->undoStack()->resetClean();
    lockOwnSnapshot();
    snapshotNow();
}

NoticeBar *RecoveryController::ensureBar(QPointer<NoticeBar> &bar, const QString &objectName)
{
    if (!bar) {
        // Made when first needed, after the window restored its saved state,
        // so an old state never shows an empty bar.
        bar = new NoticeBar(objectName, m_context.window);
        m_context.window->addToolBarBreak(Qt::TopToolBarArea);
        m_context.window->addToolBar(Qt::TopToolBarArea, bar);
    }
    return bar;
}

void RecoveryController::showRestoreBar(const RecoverySnapshot &snapshot,
                                        std::function<void(RestoreAnswer)> answer)
{
    const QString name = snapshot.originalPath.isEmpty()
                             ? (snapshot.title.isEmpty() ? tr("Untitled") : snapshot.title)
                             : QFileInfo(snapshot.originalPath).fileName();
    const QString when = QLocale().toString(snapshot.savedAt.toLocalTime(), QLocale::ShortFormat);
    // The texts are made again when the language changes while the bar is open.
    ensureBar(m_restoreBar, QStringLiteral("restoreBar"))->showNotice([name, when, answer] {
        return NoticeBar::Notice{
            tr("Unsaved changes to “%1” from %2 were not closed properly.").arg(name, when),
            {{QStringLiteral("restoreButton"), tr("Restore"),
              [answer] { answer(RestoreAnswer::Restore); }},
             {QStringLiteral("discardButton"), tr("Discard"),
              [answer] { answer(RestoreAnswer::Discard); }},
             {QStringLiteral("laterButton"), tr("Later"),
              [answer] { answer(RestoreAnswer::Later); }}}};
    });
}

void RecoveryController::showDiskChangeBar(const QString &path,
                                           std::function<void(DiskAnswer)> answer)
{
    const QString fileName = QFileInfo(path).fileName();
    ensureBar(m_diskBar, QStringLiteral("diskChangeBar"))->showNotice([fileName, answer] {
        return NoticeBar::Notice{tr("The file “%1” changed on disk.").arg(fileName),
                                 {{QStringLiteral("reloadButton"), tr("Reload"),
                                   [answer] { answer(DiskAnswer::Reload); }},
                                  {QStringLiteral("keepButton"), tr("Keep my version"),
                                   [answer] { answer(DiskAnswer::KeepMine); }}}};
    });
}

void RecoveryController::showStatus(const QString &message)
{
    m_context.showStatus(message, 10000);
}

} // namespace faultline
