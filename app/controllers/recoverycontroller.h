#pragma once

#include "app/controllers/controllercontext.h"
#include "model/recovery/recoverystore.h"
#include "widgets/panels/noticebar.h" // complete type for QPointer in the moc output

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QLockFile;

namespace faultline {

class Autosaver;
class DiskWatcher;

/// Crash recovery and changes on disk: autosaves recovery snapshots while
/// editing, offers to restore them at start, and tells the user when the open
/// file changed on disk.
///
/// Snapshots go to recoveryDirectory(). Each window holds a QLockFile next to
/// its snapshot while it runs, so a second running instance never offers a
/// live window's snapshot; QLockFile also tells a dead owner from a reused pid.
/// Both questions are non-modal bars by default; tests replace them through
/// setRestorePrompt() / setDiskChangePrompt() or click the bars' buttons.
class RecoveryController : public QObject
{
    Q_OBJECT
public:
    enum class RestoreAnswer
    {
        Restore,
        Discard,
        Later
    };
    enum class DiskAnswer
    {
        Reload,
        KeepMine
    };
    /// Offers `snapshot`; calls `answer` once, now or later (never blocks).
    using RestorePrompt = std::function<void(const RecoverySnapshot &snapshot,
                                             std::function<void(RestoreAnswer)> answer)>;
    /// Tells that `path` changed on disk; calls `answer` once, now or later.
    using DiskChangePrompt =
        std::function<void(const QString &path, std::function<void(DiskAnswer)> answer)>;

    explicit RecoveryController(const ControllerContext &context);
    ~RecoveryController() override;

    /// $FAULTLINE_RECOVERY_DIR when set (tests, portable installs), else
    /// the application data location + "/recovery".
    static QString recoveryDirectory();

    Autosaver *autosaver() const { return m_autosaver; }
    DiskWatcher *diskWatcher() const { return m_diskWatcher; }
    /// The bars of the default prompts; nullptr until first needed.
    NoticeBar *restoreBar() const { return m_restoreBar; }
    NoticeBar *diskChangeBar() const { return m_diskBar; }

    void setRestorePrompt(RestorePrompt prompt) { m_restorePrompt = std::move(prompt); }
    void setDiskChangePrompt(DiskChangePrompt prompt) { m_diskPrompt = std::move(prompt); }

    /// Snapshots no running window owns (their owner crashed or was killed), newest first.
    QList<RecoverySnapshot> orphans() const;

public Q_SLOTS:
    /// Offers the newest orphan (runs queued once the window first shows).
    void offerRestore();
    /// Opens `snapshot` as the document: its original path remembered, marked
    /// modified, the original file untouched. False when it cannot be read
    /// or the user cancelled the unsaved-changes question.
    bool restore(const RecoverySnapshot &snapshot);
    /// Re-reads the open file; on errors nothing changes and false is returned.
    bool reloadFromDisk();
    /// Keeps the document as it is, marked modified, since it differs from the file now.
    void keepMyVersion();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void answerRestore(const RecoverySnapshot &snapshot, RestoreAnswer answer);
    void showRestoreBar(const RecoverySnapshot &snapshot,
                        std::function<void(RestoreAnswer)> answer);
    void fileChangedOnDisk(const QString &path);
    void showDiskChangeBar(const QString &path, std::function<void(DiskAnswer)> answer);
    NoticeBar *ensureBar(QPointer<NoticeBar> &bar, const QString &objectName);
    void snapshotNow();
    void lockOwnSnapshot();
    void releaseOfferLock();
    void showStatus(const QString &message);
    QString lockPath(const QString &key) const;

    ControllerContext m_context;
    RecoveryStore m_store;
    Autosaver *m_autosaver;
    DiskWatcher *m_diskWatcher;
    std::unique_ptr<QLockFile> m_ownLock;   ///< marks our snapshot as live
    std::unique_ptr<QLockFile> m_offerLock; ///< the orphan on offer, so one instance offers it
    QPointer<NoticeBar> m_restoreBar;
    QPointer<NoticeBar> m_diskBar;
    RestorePrompt m_restorePrompt;
    DiskChangePrompt m_diskPrompt;
    bool m_offered = false;     ///< the start-up offer ran
    bool m_closeAsked = false;  ///< a close event is being handled
    QStringList m_declinedKeys; ///< "Later" this session
};

} // namespace faultline
