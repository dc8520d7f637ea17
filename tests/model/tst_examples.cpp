// The bundled example library: every incident is valid, cited and arguable.

#include "model/checklist.h"
#include "model/compare/diffengine.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/openableurl.h"
#include "testpaths.h"

#include <QDir>
#include <QSet>
#include <QtTest>

using namespace faultline;

class TestExamples : public QObject
{
    Q_OBJECT
private:
    static QDir examplesDir()
    {
        return QDir(QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples"));
    }

    static QStringList exampleFiles()
    {
        return examplesDir().entryList({QStringLiteral("*.faultline")}, QDir::Files, QDir::Name);
    }

private Q_SLOTS:
    void example_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = exampleFiles();
        QVERIFY2(files.size() >= 9, "the library has at least nine incidents");
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << examplesDir().filePath(f);
    }

    void example()
    {
        QFETCH(QString, path);
        const LoadResult loaded = readFaultlineFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.messages().join('\n')));
        const Incident &incident = loaded.value();
        QVERIFY(!incident.summary.isEmpty());
        QVERIFY(!incident.tags.isEmpty());

        // Every link is backed by evidence that points to an existing source.
        // A verbatim quote must say where in the source it is; speculation is
        // never presented with more than even confidence.
        QSet<QString> cited;
        for (const Interpretation &i : incident.interpretations)
            for (const Link &l : i.links) {
                QVERIFY2(!l.evidence.isEmpty(),
                         qPrintable(i.id + ": link " + l.id + " has no evidence"));
                for (const Evidence &e : l.evidence) {
                    QVERIFY2(incident.findSource(e.sourceId),
                             qPrintable(e.id + " cites no existing source"));
                    QVERIFY2(!e.note.trimmed().isEmpty(),
                             qPrintable(e.id + " says nothing about what it shows"));
                    QVERIFY2(e.quote.isEmpty() || !e.locator.isEmpty(),
                             qPrintable(e.id + " quotes its source without a locator"));
                    if (e.kind == EvidenceKind::Speculation)
                        QVERIFY2(e.confidence <= 0.5,
                                 qPrintable(e.id + ": speculation with confidence " +
                                            QString::number(e.confidence)));
                    cited.insert(e.sourceId);
                }
            }

        // Every source is complete, openable and cited.
        for (const Source &s : incident.sources) {
            QVERIFY2(!s.authors.isEmpty() && !s.title.isEmpty() && s.year > 0 && !s.venue.isEmpty(),
                     qPrintable(s.id));
            QVERIFY2(openableUrl(s).isValid(), qPrintable(s.id + ": no http(s) URL"));
            QVERIFY2(cited.contains(s.id), qPrintable(s.id + " is never cited"));
        }

        // Failure-mode tags come from the checklist (the loader checks factors
        // too; ruled-out failure modes are checked here).
        const Checklist checklist = Checklist::forIncident(incident);
        bool anyTag = false;
        for (const Factor &f : incident.factors)
            for (const QString &tag : f.failureModes) {
                QVERIFY2(checklist.contains(tag), qPrintable(tag));
                anyTag = true;
            }
        QVERIFY(anyTag);
        for (const Interpretation &i : incident.interpretations)
            for (const RuledOut &r : i.ruledOutFailureModes)
                QVERIFY2(checklist.contains(r.target), qPrintable(i.id + ": " + r.target));

        // At least two readings, each saying whose it is and where it stands,
        // one naming root causes in several areas.
        QVERIFY(incident.interpretations.size() >= 2);
        bool multiArea = false;
        for (const Interpretation &i : incident.interpretations) {
            QVERIFY2(!i.author.trimmed().isEmpty(), qPrintable(i.id + " has no author"));
            QVERIFY2(!i.stance.trimmed().isEmpty(), qPrintable(i.id + " has no stance"));
            QVERIFY2(!i.stance.contains('\n'), qPrintable(i.id + ": the stance is one line"));
            QSet<QString> rootAreas;
            for (const Placement &p : i.placements)
                if (p.rootCause)
                    rootAreas.insert(incident.findFactor(p.factorId)->kind);
            multiArea = multiArea || rootAreas.size() >= 2;
        }
        QVERIFY2(multiArea, "no reading names root causes in several areas");

        // The first two readings, the pair the gallery opens for comparison,
        // disagree somewhere the diff engine can show.
        const QStringList firstTwo{incident.interpretations.at(0).id,
                                   incident.interpretations.at(1).id};
        QVERIFY2(!DiffEngine::compare(incident, firstTwo).cruxes.isEmpty(),
                 qPrintable(firstTwo.join(" vs ") + ": no crux"));
    }

    void examplesAreStoredAsFaultlineWritesThem()
    {
        // Re-saving a bundled example changes nothing, so "open, save" never
        // shows a spurious diff.
        const QDir dir = examplesDir();
        for (const QString &f : exampleFiles()) {
            QFile file(dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const LoadResult r = readFaultline(bytes);
            QVERIFY2(r.ok(), qPrintable(f));
            QVERIFY2(writeFaultline(r.value()) == bytes,
                     qPrintable(f + " is not in canonical form"));
        }
    }

    void evidenceIdsAreUniqueWithinEachExample()
    {
        // The format requires it; the library is hand-edited, so say which id clashes.
        for (const QString &f : exampleFiles()) {
            const LoadResult r = readFaultlineFile(examplesDir().filePath(f));
            QVERIFY2(r.ok(), qPrintable(f));
            QSet<QString> ids;
            for (const Interpretation &i : r.value().interpretations)
                for (const Link &l : i.links)
                    for (const Evidence &e : l.evidence) {
                        QVERIFY2(!ids.contains(e.id),
                                 qPrintable(f + ": " + e.id + " appears twice"));
                        ids.insert(e.id);
                    }
        }
    }
};

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"
