#include "atomicwrite.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

namespace faultline {

namespace {
// lupdate files a free tr() call under the class or namespace around the call,
// not under a helper's context: calls name this context class instead.
struct AtomicWriteText
{
    Q_DECLARE_TR_FUNCTIONS(faultline::AtomicWrite)
};

// QSaveFile::commit() renames over the target but does not sync the
// directory entry; without this the rename can be lost on power failure.
bool syncDirectory(const QString &dirPath)
{
    const int fd = ::open(QFile::encodeName(dirPath).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

/// Where a write to `path` goes: a symlink is written through to the file it
/// points at (the link stays a link); an empty result means the target exists
/// and is not a regular file.
QString writeTarget(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isSymLink())
        return info.exists() && !info.isFile() ? QString() : path;
    // A chain of links ends at the canonical path when its end exists; a
    // dangling link is written where it points (a new regular file there).
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return QFileInfo(canonical).isFile() ? canonical : QString();
    QString target = info.symLinkTarget();
    for (int hops = 0; hops < 32 && QFileInfo(target).isSymLink(); ++hops)
        target = QFileInfo(target).symLinkTarget();
    return QFileInfo(target).isSymLink() ? QString() : target;
}
} // namespace

Status writeFileAtomically(const QString &path, const QByteArray &data)
{
    // QSaveFile renames a new file over the path: run as root onto /dev/null,
    // or onto a link to a device, it replaced the device with a regular file.
    const QString target = writeTarget(path);
    if (target.isEmpty())
        return Failure(ResultError{
            AtomicWriteText::tr(
                "%1: not a regular file (a folder, device or pipe); nothing was written")
                .arg(path),
            path});
    QSaveFile file(target);
    // Unbuffered, and every write checked: through Qt's write buffer a write
    // that failed part-way (a full disk, the file size limit) was reported as
    // complete, and commit() then renamed the truncated file over the old one.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Failure(ResultError{
            AtomicWriteText::tr("%1: cannot write: %2").arg(path, file.errorString()), path});
    qint64 written = 0;
    while (written < data.size()) {
        const qint64 n = file.write(data.constData() + written, data.size() - written);
        if (n <= 0)
            break;
        written += n;
    }
    if (written != data.size() || file.size() != data.size()) {
        const QString reason =
            file.error() != QFileDevice::NoError
                ? file.errorString()
                : AtomicWriteText::tr("only %1 of %2 bytes written").arg(written).arg(data.size());
        file.cancelWriting();
        return Failure(
            ResultError{AtomicWriteText::tr("%1: cannot write: %2").arg(path, reason), path});
    }
    // QSaveFile fsyncs the temporary file itself before the rename in commit().
    if (!file.commit())
        return Failure(ResultError{
            AtomicWriteText::tr("%1: cannot save: %2").arg(path, file.errorString()), path});
    syncDirectory(QFileInfo(target).absolutePath());
    return {};
}

} // namespace faultline
