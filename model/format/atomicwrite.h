#pragma once

#include <QByteArray>
#include <QString>

namespace faultline {

/// Write `data` to `path` so that a crash or a full disk at any moment leaves
/// either the old file or the complete new one: QSaveFile (temp file + rename),
/// then fsync of the directory so the rename itself is durable.
/// On failure returns false, leaves the old file untouched and sets `error`
/// to a message naming the file and the reason.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace faultline
