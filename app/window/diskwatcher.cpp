#include "app/window/diskwatcher.h"

#include "model/format/boundedread.h"
#include "model/format/faultlinereader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace faultline {

DiskWatcher::DiskWatcher(QObject *parent) : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &DiskWatcher::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle.start(); });
    // Any change in the folder (including a rename over our file) triggers a
    // content check; unrelated files give the same hash and are ignored.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
}

void DiskWatcher::watch(const QString &path)
{
    const QString absolute = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (absolute != m_path) {
        if (!m_watcher.files().isEmpty())
            m_watcher.removePaths(m_watcher.files());
        if (!m_watcher.directories().isEmpty())
            m_watcher.removePaths(m_watcher.directories());
        m_path = absolute;
    }
    m_settle.stop();
    acceptCurrentContent();
    rearm();
}

void DiskWatcher::setArmingHeld(bool held)
{
    if (held == m_armingHeld)
        return;
    m_armingHeld = held;
    if (!held)
        check(); // arms, and reports what changed while nothing watched
}

void DiskWatcher::acceptCurrentContent()
{
    bool exists = false;
    m_knownHash = m_path.isEmpty() ? QByteArray() : hashOf(m_path, &exists);
}

void DiskWatcher::rearm()
{
    if (m_path.isEmpty() || m_armingHeld)
        return;
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();
    if (!m_watcher.directories().contains(folder) && QFileInfo(folder).isDir())
        m_watcher.addPath(folder);
    // After a rename over the file the old watch is gone; watch the new inode.
    if (!m_watcher.files().contains(m_path) && info.exists())
        m_watcher.addPath(m_path);
}

void DiskWatcher::check()
{
    if (m_path.isEmpty())
        return;
    rearm();
    bool exists = false;
    const QByteArray hash = hashOf(m_path, &exists);
    // Missing (deleted, or between the steps of another program's save):
    // nothing to offer yet; the folder watch tells us when it is back.
    if (!exists || hash == m_knownHash)
        return;
    m_knownHash = hash; // report each new content once
    Q_EMIT changedOnDisk(m_path);
}

QByteArray DiskWatcher::hashOf(const QString &path, bool *exists)
{
    // Through the one bounded reader: the watched path may have become a
    // device or a pipe since it was opened.
    const Result<QByteArray> bytes = readFileBounded(path, kMaxFileBytes);
    *exists = bytes.ok();
    if (!bytes)
        return {};
    return QCryptographicHash::hash(bytes.value(), QCryptographicHash::Sha256);
}

} // namespace faultline
