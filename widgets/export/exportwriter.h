#pragma once

#include "exportoptions.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QStringList>

class QMimeData;

namespace faultline {

class ExportComposer;
class ExportJob;

/// Turns composed pages into files: PNG through QImage, SVG through
/// QSvgGenerator (text stays text), PDF through QPdfWriter (vector, fonts
/// embedded, one page per page of the job).
class ExportWriter
{
public:
    /// Writes every page of `job` to `path` (PNG/SVG with several pages: one
    /// file each, "name-<interpretation>.ext"; PDF: one page each, or one file
    /// each unless options().singlePdf). Returns the files written; on failure
    /// an empty list and `error` set.
    static QStringList write(const ExportJob &job, const QString &path, QString *error);

    /// The paths write() would use for `pageCount` pages with these keys.
    static QStringList outputPaths(const QString &path, const QStringList &fileKeys,
                                   const ExportOptions &options);

    static QImage renderImage(const ExportComposer &composer, const ExportOptions &options);
    static QByteArray renderSvg(const ExportComposer &composer, const QString &title = {});
    /// A multi-page PDF of `composers`.
    static bool writePdf(const QList<const ExportComposer *> &composers, const QString &path,
                         const QString &title, QString *error);
    /// PNG (image data) and SVG (image/svg+xml) of one page for the clipboard.
    static QMimeData *mimeData(const ExportComposer &composer, const ExportOptions &options);

    /// Output pixel size of a PNG of `composer` (dpi or fixed size, clamped to what memory allows).
    static QSize imageSize(const ExportComposer &composer, const ExportOptions &options);
};

} // namespace faultline
