#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QString>

namespace faultline {

/// Write `data` to `path` so that a crash or a full disk at any moment leaves
/// either the old file or the complete new one: QSaveFile (temp file + rename),
/// then fsync of the directory so the rename itself is durable.
/// Only regular files are replaced: a symlink is written through to the regular
/// file it points at (the link stays), and a path that is (or links to) a
/// device, pipe or folder is refused. On failure leaves the old file
/// untouched and reports one error whose message names the file and the
/// reason (its place is `path`).
[[nodiscard]] Status writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace faultline
