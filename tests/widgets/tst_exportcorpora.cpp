// The Big List of Naughty Strings (tests/data/third_party) as the title, a
// factor label, a reading's name and a link label of real SVG exports: every
// file is well-formed XML, holds no element or attribute that could run,
// load or link anything, and a crafted title cannot close <title> early.
// The same strings in one PDF (a page each) that poppler reads whole.
#include "../common/sampleincident.h"
#include "testpaths.h"
#include "widgets/export/exportcomposer.h"
#include "widgets/export/exportjob.h"
#include "widgets/export/exportwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <QtTest>
#include <memory>
#include <vector>

using namespace faultline;

namespace {

QStringList naughtyStrings()
{
    QFile file(QStringLiteral(FAULTLINE_TEST_DATA "/third_party/blns/blns.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList strings;
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).array())
        strings.append(v.toString());
    return strings;
}

/// Why `svg` is unsafe or not well-formed; empty when it is neither.
QString svgProblem(const QByteArray &svg, QString *titleText)
{
    // What QSvgGenerator writes and nothing else: no script, foreignObject,
    // link, image, iframe or event handler can appear.
    static const QStringList allowed{QStringLiteral("svg"),
                                     QStringLiteral("title"),
                                     QStringLiteral("desc"),
                                     QStringLiteral("defs"),
                                     QStringLiteral("g"),
                                     QStringLiteral("path"),
                                     QStringLiteral("text"),
                                     QStringLiteral("rect"),
                                     QStringLiteral("polyline"),
                                     QStringLiteral("polygon"),
                                     QStringLiteral("ellipse"),
                                     QStringLiteral("circle"),
                                     QStringLiteral("line"),
                                     QStringLiteral("linearGradient"),
                                     QStringLiteral("radialGradient"),
                                     QStringLiteral("stop"),
                                     QStringLiteral("clipPath"),
                                     QStringLiteral("tspan")};
    QXmlStreamReader reader(svg);
    int titles = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (!allowed.contains(reader.name().toString()))
            return QStringLiteral("element <%1>").arg(reader.name().toString());
        for (const QXmlStreamAttribute &a : reader.attributes()) {
            if (a.name().startsWith(QLatin1String("on")) || a.name() == QLatin1String("href") ||
                a.value().contains(QLatin1String("javascript:"), Qt::CaseInsensitive))
                return QStringLiteral("attribute %1=\"%2\"")
                    .arg(a.name().toString(), a.value().toString());
        }
        if (reader.name() == QLatin1String("title")) {
            ++titles;
            *titleText = reader.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    if (reader.hasError())
        return reader.errorString();
    // QSvgGenerator leaves the element out for an empty title.
    return titles <= 1 ? QString() : QStringLiteral("%1 <title> elements").arg(titles);
}

} // namespace

class TestExportCorpora : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void naughtyStringsGiveSafeSvg()
    {
        const QStringList strings = naughtyStrings();
        QVERIFY(strings.size() > 500);
        int files = 0;
        for (const QString &text : strings) {
            Incident incident = test::sampleIncident();
            incident.title = text;
            incident.factors[0].label = text;
            incident.interpretations[0].name = text;
            incident.interpretations[0].links[0].label = text;
            ExportOptions options;
            options.format = ExportFormat::Svg;
            options.interpretationIds = {QStringLiteral("both")};
            ExportJob job(incident, options);
            QVERIFY2(job.error().isEmpty(), qPrintable(job.error()));
            const ExportComposer composer(job.pages().first(), job.options());
            const QByteArray svg = ExportWriter::renderSvg(composer, text);
            QString title;
            const QString problem = svgProblem(svg, &title);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(text, problem)));
            // The title is the text itself, less what XML cannot hold.
            QString expected;
            for (const char32_t c : text.toUcs4())
                if (!((c < 0x20 && c != 0x9 && c != 0xA && c != 0xD) || c == 0xFFFE || c == 0xFFFF))
                    expected += QString::fromUcs4(&c, 1);
            QCOMPARE(title, expected);
            ++files;
        }
        qInfo("Naughty strings: %d SVG exports, all well-formed and inert", files);
    }

    void naughtyStringsGiveOneWellFormedPdf()
    {
        // Every string on a page of its own, in one PDF through the real
        // writer; poppler must read all of it (cross-reference table, page
        // tree, text objects).
        const QStringList strings = naughtyStrings();
        std::vector<std::unique_ptr<ExportJob>> jobs;
        std::vector<std::unique_ptr<ExportComposer>> composers;
        QList<const ExportComposer *> pages;
        for (const QString &text : strings) {
            Incident incident = test::sampleIncident();
            incident.title = text;
            incident.factors[0].label = text;
            ExportOptions options;
            options.format = ExportFormat::Pdf;
            options.interpretationIds = {QStringLiteral("both")};
            jobs.push_back(std::make_unique<ExportJob>(incident, options));
            QVERIFY2(jobs.back()->error().isEmpty(), qPrintable(jobs.back()->error()));
            composers.push_back(std::make_unique<ExportComposer>(jobs.back()->pages().first(),
                                                                 jobs.back()->options()));
            pages.append(composers.back().get());
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("naughty.pdf"));
        QString error;
        QVERIFY2(ExportWriter::writePdf(pages, path, strings.join(QLatin1Char(' ')), &error),
                 qPrintable(error));
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        QVERIFY2(!pdfinfo.isEmpty(), "pdfinfo (poppler-utils, scripts/packages.txt) is needed");
        QProcess info;
        info.start(pdfinfo, {path});
        QVERIFY(info.waitForFinished(60000));
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(info.exitCode() == 0, qPrintable(QString::fromUtf8(info.readAllStandardError())));
        const QRegularExpressionMatch pagesLine =
            QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"),
                               QRegularExpression::MultilineOption)
                .match(out);
        QVERIFY2(pagesLine.hasMatch() && pagesLine.captured(1).toInt() == strings.size(),
                 qPrintable(out));
        qInfo("Naughty strings: one PDF of %lld pages, read by pdfinfo", qlonglong(strings.size()));
    }

    void craftedTitleStaysText()
    {
        const QString title =
            QStringLiteral("</title><script>alert(1)</script><image href=\"file:///etc/passwd\"/>"
                           "<a href=\"javascript:alert(2)\">x</a>\x01\x02") +
            QChar(0xFFFE);
        ExportOptions options;
        options.format = ExportFormat::Svg;
        options.interpretationIds = {QStringLiteral("both")};
        ExportJob job(test::sampleIncident(), options);
        const ExportComposer composer(job.pages().first(), job.options());
        QString text;
        const QString problem = svgProblem(ExportWriter::renderSvg(composer, title), &text);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(text.startsWith(QStringLiteral("</title><script>")));
    }
};

QTEST_MAIN(TestExportCorpora)
#include "tst_exportcorpora.moc"
