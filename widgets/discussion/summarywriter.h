#pragma once

#include "model/result.h"

#include <QString>

namespace faultline {

/// Writes a session summary (Markdown from DiscussionSummary) to a file: as
/// Markdown, or, for a ".pdf" path, as an A4 PDF rendered with QTextDocument
/// and QPdfWriter (which needs a QGuiApplication for fonts). Either way the
/// file goes through the one atomic writer, so a failed write leaves the old
/// file as it was.
class SummaryWriter
{
public:
    /// Writes `markdown` to `path`, as PDF when its suffix is "pdf".
    [[nodiscard]] static Status write(const QString &markdown, const QString &title,
                                      const QString &path);
    /// Writes `markdown` rendered as an A4 PDF to `path`.
    [[nodiscard]] static Status writePdf(const QString &markdown, const QString &title,
                                         const QString &path);
};

} // namespace faultline
