#include "recoverystore.h"

#include "model/format/boundedread.h"

#include "model/format/atomicwrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <nlohmann/json.hpp>

#include <cerrno>
#include <signal.h>

namespace faultline {

namespace {
bool processIsRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
    // Signal 0 checks existence; EPERM still means "exists, owned by someone else".
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}
} // namespace

RecoveryStore::RecoveryStore(QString directory) : m_directory(std::move(directory)) {}

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

QString RecoveryStore::snapshotPath(const QString &key) const
{
    return m_directory + QLatin1Char('/') + key + QStringLiteral(".faultline");
}
QString RecoveryStore::metaPath(const QString &key) const
{
    return m_directory + QLatin1Char('/') + key + QStringLiteral(".recovery.json");
}

bool RecoveryStore::write(const QString &key, const QByteArray &documentBytes,
                          const QString &originalPath, const QString &title, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QCoreApplication::translate("faultline::Recovery", "%1: cannot create folder")
                         .arg(m_directory);
        return false;
    }
    nlohmann::ordered_json meta;
    meta["originalPath"] = originalPath.toStdString();
    meta["title"] = title.toStdString();
    meta["savedAt"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
    meta["pid"] = QCoreApplication::applicationPid();
    // Snapshot first, side-car second: a side-car always points at a complete snapshot.
    Status written = writeFileAtomically(snapshotPath(key), documentBytes);
    if (written.ok())
        written = writeFileAtomically(metaPath(key), QByteArray::fromStdString(meta.dump(2)));
    return written.succeeded(error);
}

void RecoveryStore::remove(const QString &key) const
{
    QFile::remove(metaPath(key));
    QFile::remove(snapshotPath(key));
}

QList<RecoverySnapshot> RecoveryStore::all() const
{
    QList<RecoverySnapshot> result;
    const QDir dir(m_directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.recovery.json")}, QDir::Files)) {
        const Result<QByteArray> bytes = readFileBounded(dir.filePath(name), 64 * 1024);
        if (!bytes)
            continue;
        const auto meta = nlohmann::json::parse(bytes.value().toStdString(), nullptr, false);
        if (!meta.is_object())
            continue;
        RecoverySnapshot s;
        s.key = name.chopped(int(qstrlen(".recovery.json")));
        s.snapshotPath = snapshotPath(s.key);
        if (!QFile::exists(s.snapshotPath))
            continue;
        s.originalPath = QString::fromStdString(meta.value("originalPath", std::string()));
        s.title = QString::fromStdString(meta.value("title", std::string()));
        s.savedAt = QDateTime::fromString(
            QString::fromStdString(meta.value("savedAt", std::string())), Qt::ISODateWithMs);
        s.ownerPid = meta.value("pid", qint64(0));
        result.append(s);
    }
    std::sort(result.begin(), result.end(),
              [](const auto &a, const auto &b) { return a.savedAt > b.savedAt; });
    return result;
}

QList<RecoverySnapshot> RecoveryStore::orphans() const
{
    QList<RecoverySnapshot> result;
    for (const RecoverySnapshot &s : all())
        if (s.ownerPid != QCoreApplication::applicationPid() && !processIsRunning(s.ownerPid))
            result.append(s);
    return result;
}

} // namespace faultline
