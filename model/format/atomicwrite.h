#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QString>

namespace faultline {

/// Write `data` to `path` so that a crash or a full disk at any moment leaves
/// either the old file or the complete new one: QSaveFile (temp file + rename),
/// then fsync of the directory so the rename itself is durable.
/// On failure leaves the old file untouched and reports one error whose
/// message names the file and the reason (its place is `path`).
[[nodiscard]] Status writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace faultline
