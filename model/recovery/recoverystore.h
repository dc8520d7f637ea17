#pragma once

#include "model/incident.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace faultline {

/// One recovery snapshot found on disk.
struct RecoverySnapshot
{
    QString key;          ///< identifies the snapshot within the store
    QString snapshotPath; ///< the .faultline copy
    QString originalPath; ///< the file the document came from; empty when untitled
    QString title;
    QDateTime savedAt;
    qint64 ownerPid = 0; ///< process that wrote it
};

/// The folder of crash-recovery snapshots (by default under the application
/// data location). Each snapshot is a .faultline file plus a small JSON
/// side-car naming the original file, written atomically and synced.
class RecoveryStore
{
public:
    explicit RecoveryStore(QString directory = defaultDirectory());
    static QString defaultDirectory();

    QString directory() const { return m_directory; }

    /// Write a snapshot of `document` bytes for `key`; false and `error` on failure.
    bool write(const QString &key, const QByteArray &documentBytes, const QString &originalPath,
               const QString &title, QString *error = nullptr) const;
    /// Remove the snapshot for `key` (after a clean save or close).
    void remove(const QString &key) const;
    /// Snapshots left behind by processes that are no longer running, newest first.
    QList<RecoverySnapshot> orphans() const;
    /// Every snapshot in the store, newest first.
    QList<RecoverySnapshot> all() const;

private:
    QString snapshotPath(const QString &key) const;
    QString metaPath(const QString &key) const;

    QString m_directory;
};

} // namespace faultline
