#pragma once

#include <QString>

namespace faultline {

/// Renders a session summary (Markdown from DiscussionSummary) to an A4 PDF
/// with QTextDocument and QPdfWriter. Needs a QGuiApplication (fonts).
class SummaryPdfWriter
{
public:
    /// Writes `markdown` to `path`; false with `error` set on failure.
    static bool write(const QString &markdown, const QString &title, const QString &path,
                      QString *error);
};

} // namespace faultline
