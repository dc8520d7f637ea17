#pragma once

// Looking inside exported files from tests: the text, image and viewBox of
// an SVG; page counts, image objects and page sizes of PDFs (through poppler's pdfinfo/pdfimages
// when installed, the raw objects otherwise — Qt writes its object dictionaries uncompressed).
// Header-only so each test stays one executable.

#include <QFile>
#include <QList>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QSizeF>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>

namespace faultline::test {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Standard output of `tool args`, or "<tool failed: …>" (starting with '<').
inline QString runTool(const QString &tool, const QStringList &args)
{
    QProcess process;
    process.start(tool, args);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>")
            .arg(tool, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// Page objects in the raw file.
inline int rawPageCount(const QByteArray &pdf)
{
    return int(QString::fromLatin1(pdf).count(
        QRegularExpression(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"))));
}

inline int pdfPageCount(const QString &path)
{
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty())
        return rawPageCount(readFile(path));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(runTool(pdfinfo, {path}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// Image XObjects: in the raw dictionaries, and (when poppler is installed)
/// also in the decompressed content as pdfimages sees it; -1 if pdfimages failed.
inline int pdfImageCount(const QString &path)
{
    const QByteArray raw = readFile(path);
    const int rawImages = int(
        QString::fromLatin1(raw).count(QRegularExpression(QStringLiteral("/Subtype\\s*/Image"))));
    const QString pdfimages = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
    if (pdfimages.isEmpty())
        return rawImages;
    const QString list = runTool(pdfimages, {QStringLiteral("-list"), path});
    if (list.startsWith(QLatin1Char('<')))
        return -1;
    // Two header lines, then one line per image.
    const int listed =
        std::max(0, int(list.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size()) - 2);
    return std::max(rawImages, listed);
}

/// Every page's MediaBox size, in points.
inline QList<QSizeF> pdfMediaBoxes(const QByteArray &pdf)
{
    QList<QSizeF> boxes;
    const QRegularExpression box(QStringLiteral(
        "/MediaBox\\s*\\[\\s*([-0-9.]+)\\s+([-0-9.]+)\\s+([-0-9.]+)\\s+([-0-9.]+)\\s*\\]"));
    for (auto it = box.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        boxes.append(QSizeF(m.captured(3).toDouble() - m.captured(1).toDouble(),
                            m.captured(4).toDouble() - m.captured(2).toDouble()));
    }
    return boxes;
}

/// What an SVG holds: its <text> contents, <image> count and viewBox, or the XML error.
struct SvgContents
{
    QString error;
    QStringList texts;
    int images = 0;
    QRectF viewBox;
};

inline SvgContents readSvg(const QByteArray &svg)
{
    SvgContents contents;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("svg")) {
            const QStringList box =
                xml.attributes().value(QLatin1String("viewBox")).toString().split(QLatin1Char(' '));
            if (box.size() == 4)
                contents.viewBox = QRectF(box[0].toDouble(), box[1].toDouble(), box[2].toDouble(),
                                          box[3].toDouble());
        } else if (xml.name() == QLatin1String("image")) {
            ++contents.images;
        } else if (xml.name() == QLatin1String("text")) {
            contents.texts.append(
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
        }
    }
    if (xml.hasError())
        contents.error = xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber());
    return contents;
}

} // namespace faultline::test
