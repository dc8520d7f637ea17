// `faultline export` as a Makefile runs it: the real executable, with no
// DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM in its environment.

#include "testpaths.h"
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "../common/clirunner.h"
#include "../common/exportprobe.h"

namespace {
const QString kExample =
    QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples/hide-and-seek.faultline");
const int kExampleInterpretations = 4; // readings in the bundled hide-and-seek example

using Run = faultline::test::CliRun;
using faultline::test::pdfMediaBoxes;
using faultline::test::pdfPageCount;
using faultline::test::readFile;
using faultline::test::runFaultline;

Run exportRun(const QStringList &args)
{
    return runFaultline(QStringList{QStringLiteral("export")} + args);
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The runner strips the display variables from the child; make sure
        // this test could not pass by inheriting a platform either.
        QVERIFY(QFile::exists(kExample));
    }

    void svgWithoutAnyDisplay()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("figure.svg"));
        const Run r = exportRun({kExample, QStringLiteral("--format"), QStringLiteral("svg"),
                                 QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), out);
        const QByteArray svg = readFile(out);
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("<text"));
        QVERIFY(!svg.contains("<image"));
    }

    void allToPdfGivesOnePagePerInterpretation()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("all.pdf"));
        const Run r = exportRun({kExample, QStringLiteral("--all"), QStringLiteral("--format"),
                                 QStringLiteral("pdf"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readFile(out).startsWith("%PDF"));
        QCOMPARE(pdfPageCount(out), kExampleInterpretations);
    }

    void compareSlideIsSixteenByNine()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("slide.pdf"));
        const Run r = exportRun({kExample, QStringLiteral("--compare"),
                                 QStringLiteral("reward-only,environment-only"),
                                 QStringLiteral("--format"), QStringLiteral("pdf"),
                                 QStringLiteral("--references"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray pdf = readFile(out);
        QVERIFY(pdf.startsWith("%PDF"));
        // Hide-and-seek's two readings reach 12 px labels only a slide each
        // (issue #20): two slides, both 16:9.
        QCOMPARE(pdfPageCount(out), 2);
        const QList<QSizeF> boxes = pdfMediaBoxes(pdf);
        QCOMPARE(boxes.size(), 2);
        for (const QSizeF &box : boxes)
            QVERIFY2(qAbs(box.width() / box.height() - 16.0 / 9.0) < 0.01,
                     qPrintable(QStringLiteral("%1 x %2").arg(box.width()).arg(box.height())));
        if (const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
            !pdftotext.isEmpty()) {
            QProcess process;
            process.start(pdftotext, {out, QStringLiteral("-")});
            process.waitForFinished(30000);
            const QString text = QString::fromUtf8(process.readAllStandardOutput());
            QVERIFY2(text.contains(QStringLiteral("Reward only")) &&
                         text.contains(QStringLiteral("Environment only")),
                     qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("[1]")), qPrintable(text));
        }
    }

    void pngOfAFixedSizeAndTransparent()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("f.png"));
        const Run r =
            exportRun({kExample, QStringLiteral("--interpretation"),
                       QStringLiteral("Environment only"), QStringLiteral("--format"),
                       QStringLiteral("png"), QStringLiteral("--size"), QStringLiteral("800x450"),
                       QStringLiteral("--transparent"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(out);
        QCOMPARE(image.size(), QSize(800, 450));
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    }

    void lensOption()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("root-cause.svg"));
        const Run r = exportRun({kExample, QStringLiteral("--lens"), QStringLiteral("root-cause"),
                                 QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err)); // the format follows the suffix
        QVERIFY(readFile(out).contains("<svg"));
    }

    void compareWithCruxesListsThemAfterTheSlide()
    {
        // hide-and-seek's two readings differ on more cruxes than fit under
        // the diagrams: the slide, then the numbered list on a following page.
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("cruxes.pdf"));
        const Run r = exportRun({kExample, QStringLiteral("--compare"),
                                 QStringLiteral("reward-only,environment-only"),
                                 QStringLiteral("--cruxes"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(pdfPageCount(out) >= 2);
        if (const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
            !pdftotext.isEmpty()) {
            QProcess process;
            process.start(pdftotext,
                          {QStringLiteral("-f"), QStringLiteral("2"), out, QStringLiteral("-")});
            process.waitForFinished(30000);
            const QString text = QString::fromUtf8(process.readAllStandardOutput());
            QVERIFY2(text.contains(QStringLiteral("CRUXES")), qPrintable(text));
            QVERIFY2(text.contains(QRegularExpression(QStringLiteral("(^|\\n)1 "))),
                     qPrintable(text));
        }
        // Crux numbers belong to a comparison.
        const Run single = exportRun({kExample, QStringLiteral("--cruxes"), QStringLiteral("-o"),
                                      dir.filePath(QStringLiteral("one.pdf"))});
        QCOMPARE(single.exitCode, 2);
        QVERIFY2(single.err.contains(QStringLiteral("--cruxes applies to --compare only")),
                 qPrintable(single.err));
    }

    void clearErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown interpretation")
            << QStringList{kExample,
                           QStringLiteral("--interpretation"),
                           QStringLiteral("no-such-reading"),
                           QStringLiteral("--format"),
                           QStringLiteral("pdf"),
                           QStringLiteral("-o"),
                           QStringLiteral("OUT")}
            << QStringLiteral("unknown interpretation \"no-such-reading\"");
        QTest::newRow("unknown compare interpretation")
            << QStringList{kExample,
                           QStringLiteral("--compare"),
                           QStringLiteral("reward-only,nope"),
                           QStringLiteral("--format"),
                           QStringLiteral("pdf"),
                           QStringLiteral("-o"),
                           QStringLiteral("OUT")}
            << QStringLiteral("unknown interpretation \"nope\"");
        QTest::newRow("unknown option") << QStringList{kExample,
                                                       QStringLiteral("--frobnicate"),
                                                       QStringLiteral("--format"),
                                                       QStringLiteral("pdf"),
                                                       QStringLiteral("-o"),
                                                       QStringLiteral("OUT")}
                                        << QStringLiteral("unknown option \"--frobnicate\"");
        QTest::newRow("bad size") << QStringList{kExample,
                                                 QStringLiteral("--format"),
                                                 QStringLiteral("png"),
                                                 QStringLiteral("--size"),
                                                 QStringLiteral("big"),
                                                 QStringLiteral("-o"),
                                                 QStringLiteral("OUT")}
                                  << QStringLiteral("--size needs WIDTHxHEIGHT");
        QTest::newRow("zero size") << QStringList{kExample,
                                                  QStringLiteral("--format"),
                                                  QStringLiteral("png"),
                                                  QStringLiteral("--size"),
                                                  QStringLiteral("0x1080"),
                                                  QStringLiteral("-o"),
                                                  QStringLiteral("OUT")}
                                   << QStringLiteral("--size needs WIDTHxHEIGHT");
        QTest::newRow("missing -o")
            << QStringList{kExample, QStringLiteral("--format"), QStringLiteral("pdf")}
            << QStringLiteral("missing -o OUT");
    }

    void clearErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.pdf"));
        args.replaceInStrings(QRegularExpression(QStringLiteral("^OUT$")), out);
        const Run r = exportRun(args);
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QVERIFY(r.exitCode > 0); // an error, not a crash
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        // One line says who complains (Qt may add its own notes, e.g. about XDG_RUNTIME_DIR).
        QVERIFY2(r.err.contains(QRegularExpression(QStringLiteral("(^|\n)faultline export: "))),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
