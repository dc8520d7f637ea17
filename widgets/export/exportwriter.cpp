#include "exportwriter.h"

#include "exportcomposer.h"
#include "exportjob.h"
#include "model/format/atomicwrite.h"
#include "model/format/textescape.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeData>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <memory>

namespace faultline {

namespace {
constexpr qreal kUnitsPerInch = 96;
constexpr int kMaxImageSide =
    16384; ///< QImage and most viewers cope with this; memory stays under ~1 GB

// lupdate files a free tr() call under the class or namespace around the call,
// not under a helper's context: calls name this context class instead.
struct WriterText
{
    Q_DECLARE_TR_FUNCTIONS(faultline::ExportWriter)
};

} // namespace

QSize ExportWriter::imageSize(const ExportComposer &composer, const ExportOptions &options)
{
    if (options.pixelSize.isValid() && !options.pixelSize.isEmpty())
        return options.pixelSize.boundedTo(QSize(kMaxImageSide, kMaxImageSide));
    const QSizeF page = composer.pageSize() * (options.dpi / kUnitsPerInch);
    const qreal shrink = std::min(1.0, kMaxImageSide / std::max(page.width(), page.height()));
    return QSize(std::max(1, int(std::ceil(page.width() * shrink))),
                 std::max(1, int(std::ceil(page.height() * shrink))));
}

QImage ExportWriter::renderImage(const ExportComposer &composer, const ExportOptions &options)
{
    const QSize size = imageSize(composer, options);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    // Painted at 96 dpi, the resolution the layout is measured in: text in
    // point sizes (e.g. the compare view's "only here" tags) would otherwise
    // be enlarged by the image's resolution on top of the painter's scale
    // and burst out of boxes sized at 96 dpi.
    image.setDotsPerMeterX(qRound(kUnitsPerInch / 0.0254));
    image.setDotsPerMeterY(qRound(kUnitsPerInch / 0.0254));
    QPainter painter(&image);
    painter.scale(size.width() / composer.pageSize().width(),
                  size.height() / composer.pageSize().height());
    composer.paint(&painter);
    painter.end();
    // Stored with the resolution the user asked for, so layout programs place it at the right size.
    const qreal dotsPerMeter =
        (options.pixelSize.isEmpty() ? options.dpi
                                     : kUnitsPerInch * size.width() / composer.pageSize().width()) /
        0.0254;
    image.setDotsPerMeterX(int(dotsPerMeter));
    image.setDotsPerMeterY(int(dotsPerMeter));
    return image;
}

QByteArray ExportWriter::renderSvg(const ExportComposer &composer, const QString &title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    const QSizeF page = composer.pageSize();
    generator.setSize(page.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), page));
    generator.setResolution(int(kUnitsPerInch));
    // QSvgGenerator writes its title and description into the file as they
    // are (markup in a title would be live), and any text it draws with the
    // characters XML forbids: escape the one, filter the other.
    generator.setTitle(TextEscape::xmlText(title));
    generator.setDescription(QStringLiteral("Faultline diagram"));
    QPainter painter(&generator);
    composer.paint(&painter);
    painter.end();
    return TextEscape::withoutXmlForbiddenBytes(buffer.data());
}

bool ExportWriter::writePdf(const QList<const ExportComposer *> &composers, const QString &path,
                            const QString &title, QString *error)
{
    if (composers.isEmpty())
        return false;
    // Written to memory first, so a failed export never leaves half a file.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Faultline"));
        // Device units = layout units. At the default 1200 dpi with a scaled
        // painter, QFont::AbsoluteSpacing (the spaced-out kind captions and
        // headings) was applied in device pixels unscaled-by-the-painter and
        // spread the letters of "OBSERVED BEHAVIOUR" far past the box.
        writer.setResolution(int(kUnitsPerInch));
        const auto pageSizeOf = [](const ExportComposer *c) {
            const QSizeF points = c->pageSize() * (72.0 / kUnitsPerInch);
            return QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch);
        };
        writer.setPageLayout(
            QPageLayout(pageSizeOf(composers.first()), QPageLayout::Portrait, QMarginsF()));
        QPainter painter;
        for (int i = 0; i < composers.size(); ++i) {
            if (i > 0) {
                writer.setPageLayout(
                    QPageLayout(pageSizeOf(composers[i]), QPageLayout::Portrait, QMarginsF()));
                writer.newPage();
            }
            if (i == 0 && !painter.begin(&writer)) {
                if (error)
                    *error = WriterText::tr("cannot create the PDF");
                return false;
            }
            painter.save();
            const qreal scale = writer.resolution() / kUnitsPerInch;
            painter.scale(scale, scale);
            composers[i]->paint(&painter);
            painter.restore();
        }
        painter.end();
    }
    return writeFileAtomically(path, buffer.data()).succeeded(error);
}

QStringList ExportWriter::outputPaths(const QString &path, const QStringList &fileKeys,
                                      const ExportOptions &options)
{
    const bool onePdf = options.format == ExportFormat::Pdf && options.singlePdf;
    if (fileKeys.size() <= 1 || onePdf)
        return {path};
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? options.suffix() : info.suffix();
    const QString base = info.suffix().isEmpty()
                             ? info.filePath()
                             : info.path() + QLatin1Char('/') + info.completeBaseName();
    QStringList paths;
    for (const QString &key : fileKeys) {
        QString safe = key;
        safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
        paths.append(base + QLatin1Char('-') + safe + QLatin1Char('.') + suffix);
    }
    return paths;
}

QStringList ExportWriter::write(const ExportJob &job, const QString &path, QString *error)
{
    if (!job.error().isEmpty()) {
        if (error)
            *error = job.error();
        return {};
    }
    const ExportOptions &options = job.options();
    std::vector<std::unique_ptr<ExportComposer>> composers;
    QStringList keys;
    for (const ExportPage &page : job.pages()) {
        composers.push_back(std::make_unique<ExportComposer>(page, options));
        keys.append(page.fileKey);
    }
    const QStringList paths = outputPaths(path, keys, options);
    const QString title = job.pages().isEmpty() ? QString() : job.pages().first().title;
    if (options.format == ExportFormat::Pdf && paths.size() == 1) {
        QList<const ExportComposer *> all;
        for (const auto &c : composers)
            all.append(c.get());
        return writePdf(all, paths.first(), title, error) ? paths : QStringList();
    }
    for (int i = 0; i < paths.size(); ++i) {
        const ExportComposer &composer = *composers[size_t(i)];
        bool ok = true;
        switch (options.format) {
        case ExportFormat::Png: {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            ok = renderImage(composer, options).save(&buffer, "PNG") &&
                 writeFileAtomically(paths[i], bytes).succeeded(error);
            if (!ok && error && error->isEmpty())
                *error = WriterText::tr("cannot encode %1").arg(paths[i]);
            break;
        }
        case ExportFormat::Svg:
            ok = writeFileAtomically(paths[i], renderSvg(composer, title)).succeeded(error);
            break;
        case ExportFormat::Pdf:
            ok = writePdf({&composer}, paths[i], title, error);
            break;
        }
        if (!ok)
            return {};
    }
    return paths;
}

QMimeData *ExportWriter::mimeData(const ExportComposer &composer, const ExportOptions &options)
{
    auto *mime = new QMimeData;
    const QImage image = renderImage(composer, options);
    mime->setImageData(image);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    mime->setData(QStringLiteral("image/png"), png);
    mime->setData(QStringLiteral("image/svg+xml"), renderSvg(composer));
    return mime;
}

} // namespace faultline
