#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

namespace faultline {

/// Watches the open document's file and reports when its content on disk
/// changes through someone else: another program, a sync tool, git.
///
/// The file and its folder are both watched: saving with QSaveFile (ours or
/// another editor's) renames a new file over the old one, after which the
/// watch on the old inode is gone; the folder's notification re-arms it.
/// Whether a change is foreign is decided by content, not by timing: the
/// watcher remembers a hash of the bytes we last loaded or saved, so the
/// notification that our own save causes (it arrives later, from the event
/// loop) finds the same bytes and is ignored.
class DiskWatcher : public QObject
{
    Q_OBJECT
public:
    explicit DiskWatcher(QObject *parent = nullptr);

    /// Starts watching `path` (empty: stop) and takes its current content as known.
    void watch(const QString &path);
    /// Takes the file's current content as known (after our own save or a reload).
    void acceptCurrentContent();
    QString path() const { return m_path; }
    /// While held, watch() takes the content as known but sets up no file
    /// system watch (the first inotify watch costs milliseconds, which the
    /// window's first frame should not wait for). Releasing arms the watch and
    /// checks the file once, so a change made meanwhile is still reported.
    void setArmingHeld(bool held);
    bool isArmed() const
    {
        return !m_watcher.files().isEmpty() || !m_watcher.directories().isEmpty();
    }

    /// Notifications are collected for this long before the file is read, so a
    /// program that writes in several steps gives one report.
    static constexpr int kSettleMs = 150;

Q_SIGNALS:
    /// The file now holds bytes we neither loaded nor saved.
    void changedOnDisk(const QString &path);

private:
    void rearm();
    void check();
    static QByteArray hashOf(const QString &path, bool *exists);

    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QString m_path;
    QByteArray m_knownHash; ///< empty while the file is missing
    bool m_armingHeld = false;
};

} // namespace faultline
