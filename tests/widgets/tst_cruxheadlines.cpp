// Crux headlines of every bundled example fit on one line of a 1280-pixel-wide
// screen in the application's font, whichever readings are compared.

#include "model/compare/cruxdescriber.h"
#include "model/compare/diffengine.h"
#include "model/format/faultlinereader.h"
#include "testpaths.h"

#include <QApplication>
#include <QDir>
#include <QFontMetrics>
#include <QtTest>

using namespace faultline;

class TestCruxHeadlines : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyHeadlineFitsOneLineAt1280Pixels_data()
    {
        QTest::addColumn<QString>("path");
        const QDir examples(QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples"));
        const QStringList files =
            examples.entryList({QStringLiteral("*.faultline")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 9);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << examples.filePath(file);
    }

    void everyHeadlineFitsOneLineAt1280Pixels()
    {
        QFETCH(QString, path);
        const LoadResult loaded = readFaultlineFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.firstMessage()));
        const Incident &incident = loaded.value();
        const CruxDescriber describer(incident);
        const QFontMetrics metrics(QApplication::font());
        // A line of the crux list or the text report, less a margin for the number.
        const int available = 1280 - 80;
        // Every pair of readings, and all of them together.
        QList<QStringList> comparisons;
        QStringList all;
        for (const Interpretation &a : incident.interpretations) {
            all.append(a.id);
            for (const Interpretation &b : incident.interpretations)
                if (a.id < b.id)
                    comparisons.append({a.id, b.id});
        }
        comparisons.append(all);
        int headlines = 0;
        for (const QStringList &ids : std::as_const(comparisons)) {
            for (const Crux &crux : DiffEngine::compare(incident, ids).cruxes) {
                const QString headline = describer.headline(crux);
                ++headlines;
                QVERIFY2(!headline.contains(QLatin1Char('\n')), qPrintable(headline));
                QVERIFY2(metrics.horizontalAdvance(headline) <= available,
                         qPrintable(QStringLiteral("%1 px: %2")
                                        .arg(metrics.horizontalAdvance(headline))
                                        .arg(headline)));
            }
        }
        QVERIFY(headlines > 0);
    }
};

QTEST_MAIN(TestCruxHeadlines)
#include "tst_cruxheadlines.moc"
