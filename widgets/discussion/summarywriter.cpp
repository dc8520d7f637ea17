#include "summarywriter.h"

#include "model/format/atomicwrite.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace faultline {

Status SummaryWriter::write(const QString &markdown, const QString &title, const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return writePdf(markdown, title, path);
    return writeFileAtomically(path, markdown.toUtf8());
}

Status SummaryWriter::writePdf(const QString &markdown, const QString &title, const QString &path)
{
    const auto fail = [&path](const QString &message) {
        return Failure(ResultError(message, path));
    };
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(path + QLatin1String(": ") +
                    QCoreApplication::translate("faultline::SummaryWriter",
                                                "PDF output needs the graphical application "
                                                "(fonts); none is running"));
    // Written to memory first and then through the one atomic writer: QPdfWriter
    // reports no write errors, so writing the file directly could leave a
    // truncated PDF in place of the old one on a full disk and still succeed.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Faultline"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
    writer.setResolution(300);

    QTextDocument document;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);
    // Lay out for the writer's resolution (not the screen's), and paginate in
    // its device pixels, so point sizes come out as points on paper.
    document.documentLayout()->setPaintDevice(&writer);
    // No HTML: the text comes from a document file and must stay plain text
    // (an <img> would make Qt read a local file).
    document.setMarkdown(markdown,
                         QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                         QTextDocument::MarkdownNoHTML));
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    document.setPageSize(page.size());
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(
            QCoreApplication::translate("faultline::SummaryWriter", "cannot write a PDF to \"%1\"")
                .arg(path));
    const int pages = document.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        document.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height()));
        painter.restore();
    }
    painter.end();
    return writeFileAtomically(path, buffer.data());
}

} // namespace faultline
