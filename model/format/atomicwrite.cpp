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
} // namespace

Status writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure(ResultError{AtomicWriteText::tr("%1: cannot write: %2").arg(path, file.errorString()), path});
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Failure(ResultError{AtomicWriteText::tr("%1: cannot write: %2").arg(path, reason), path});
    }
    // QSaveFile fsyncs the temporary file itself before the rename in commit().
    if (!file.commit())
        return Failure(ResultError{AtomicWriteText::tr("%1: cannot save: %2").arg(path, file.errorString()), path});
    syncDirectory(QFileInfo(path).absolutePath());
    return {};
}

} // namespace faultline
