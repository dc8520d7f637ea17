#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QString>

namespace faultline {

/// The one way Faultline reads a file it is given: only a regular file (a
/// symlink is followed to one) is read, its size is checked before reading,
/// and at most `maxBytes` are read. A device (a link to /dev/zero would
/// otherwise be read until memory runs out), a FIFO (which would block for
/// ever) or a folder is refused. An error's place is `path`; its message says
/// why without repeating the path, as the loader's messages do.
[[nodiscard]] Result<QByteArray> readFileBounded(const QString &path, qint64 maxBytes);

} // namespace faultline
