#include "model/format/boundedread.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace faultline {

namespace {
// The reader's context, so these messages keep their translations.
struct ReadText
{
    Q_DECLARE_TR_FUNCTIONS(faultline::Reader)
};

Failure failureAt(const QString &path, const QString &message)
{
    return Failure(ResultError(message, path));
}
} // namespace

Result<QByteArray> readFileBounded(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path); // follows symlinks for exists(), isFile(), size()
    if (!info.exists())
        return failureAt(path, ReadText::tr("cannot open: %1").arg(ReadText::tr("no such file")));
    if (!info.isFile())
        return failureAt(path, ReadText::tr("not a regular file (a folder, device or pipe)"));
    if (info.size() > maxBytes)
        return failureAt(
            path,
            ReadText::tr("file too large: %1 bytes (limit %2)").arg(info.size()).arg(maxBytes));
    QFile file(info.canonicalFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return failureAt(path, ReadText::tr("cannot open: %1").arg(file.errorString()));
    // Bounded even if the file grew since the size was checked.
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return failureAt(path, ReadText::tr("file too large: more than %1 bytes").arg(maxBytes));
    if (file.error() != QFileDevice::NoError)
        return failureAt(path, ReadText::tr("cannot read: %1").arg(file.errorString()));
    return bytes;
}

} // namespace faultline
