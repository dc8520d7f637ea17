// The bundled example library: every incident is valid, cited and arguable.

#include "model/checklist.h"
#include "model/compare/diffengine.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/openableurl.h"

#include <QDir>
#include <QSet>
#include <QtTest>

using namespace faultline;

class TestExamples : public QObject
{
    Q_OBJECT
private:
    static Incident load(const QString &path)
    {
        const LoadResult r = readFaultlineFile(path);
        if (!r.ok())
            qWarning().noquote() << r.errors.join('\n');
        return r.ok() ? *r.incident : Incident();
    }

private Q_SLOTS:
    void example_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples"));
        const QStringList files = dir.entryList({QStringLiteral("*.faultline")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 9, "the library has at least nine incidents");
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void example()
    {
        QFETCH(QString, path);
        const LoadResult loaded = readFaultlineFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join('\n')));
        const Incident &incident = *loaded.incident;
        QVERIFY(!incident.summary.isEmpty());
        QVERIFY(!incident.tags.isEmpty());

        // Every source is complete, openable and cited.
        QSet<QString> cited;
        for (const Interpretation &i : incident.interpretations)
            for (const Link &l : i.links) {
                QVERIFY2(!l.evidence.isEmpty(), qPrintable(i.id + ": link " + l.id + " has no evidence"));
                for (const Evidence &e : l.evidence) {
                    QVERIFY2(incident.findSource(e.sourceId), qPrintable(e.id + " cites no existing source"));
                    cited.insert(e.sourceId);
                }
            }
        for (const Source &s : incident.sources) {
            QVERIFY2(!s.authors.isEmpty() && !s.title.isEmpty() && s.year > 0, qPrintable(s.id));
            QVERIFY2(openableUrl(s).isValid(), qPrintable(s.id + ": no http(s) URL"));
            QVERIFY2(cited.contains(s.id), qPrintable(s.id + " is never cited"));
        }

        // Failure-mode tags come from the checklist (the loader checks this too).
        const Checklist checklist = Checklist::forIncident(incident);
        bool anyTag = false;
        for (const Factor &f : incident.factors)
            for (const QString &tag : f.failureModes) {
                QVERIFY2(checklist.contains(tag), qPrintable(tag));
                anyTag = true;
            }
        QVERIFY(anyTag);

        // At least two readings, one naming several areas, and they disagree somewhere.
        QVERIFY(incident.interpretations.size() >= 2);
        bool multiArea = false;
        QStringList ids;
        for (const Interpretation &i : incident.interpretations) {
            ids.append(i.id);
            QSet<QString> rootAreas;
            for (const Placement &p : i.placements)
                if (p.rootCause)
                    rootAreas.insert(incident.findFactor(p.factorId)->kind);
            multiArea = multiArea || rootAreas.size() >= 2;
        }
        QVERIFY2(multiArea, "no reading names root causes in several areas");
        QVERIFY(!DiffEngine::compare(incident, ids).cruxes.isEmpty());
    }

    void examplesAreStoredAsFaultlineWritesThem()
    {
        // Re-saving a bundled example changes nothing, so "open, save" never
        // shows a spurious diff.
        const QDir dir(QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples"));
        for (const QString &f : dir.entryList({QStringLiteral("*.faultline")}, QDir::Files)) {
            QFile file(dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const LoadResult r = readFaultline(bytes);
            QVERIFY2(r.ok(), qPrintable(f));
            QVERIFY2(writeFaultline(*r.incident) == bytes, qPrintable(f + " is not in canonical form"));
        }
    }
};

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"
