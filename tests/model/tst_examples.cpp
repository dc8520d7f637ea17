// The bundled example library: every incident is valid, cited and arguable.

#include "model/checklist.h"
#include "model/compare/crux.h"
#include "model/compare/diffengine.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/openableurl.h"
#include "testpaths.h"

#include <QDir>
#include <QRegularExpression>
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

    static QList<Incident> library()
    {
        QList<Incident> incidents;
        for (const QString &f : exampleFiles()) {
            const LoadResult r = readFaultlineFile(examplesDir().filePath(f));
            if (r.ok())
                incidents.append(r.value());
        }
        return incidents;
    }

    /// Why a reading's author line credits a source the file does not back,
    /// or an empty string. A credit is a year in the author line ("Krakovna et
    /// al. 2020", "Ng, Harada & Russell 1999"): some source of that year whose
    /// first author's surname appears in the line must be in the file and be
    /// cited by the reading's own evidence. Lines without a year ("this example
    /// library", "Problem statement") credit no source.
    static QString uncreditedSource(const Incident &incident, const Interpretation &reading)
    {
        QSet<QString> citedHere;
        for (const Link &l : reading.links)
            for (const Evidence &e : l.evidence)
                citedHere.insert(e.sourceId);
        static const QRegularExpression year(QStringLiteral("\\b(19|20)\\d\\d\\b"));
        auto it = year.globalMatch(reading.author);
        while (it.hasNext()) {
            const int y = it.next().captured().toInt();
            bool inFile = false;
            bool cited = false;
            for (const Source &s : incident.sources) {
                const QString surname = s.authors.section(QLatin1Char(','), 0, 0)
                                            .section(QLatin1Char(' '), 0, 0)
                                            .trimmed();
                if (s.year != y || surname.isEmpty() || !reading.author.contains(surname))
                    continue;
                inFile = true;
                cited = cited || citedHere.contains(s.id);
            }
            if (!inFile)
                return reading.id +
                       QStringLiteral(": credits a %1 source that is not in the file").arg(y);
            if (!cited)
                return reading.id +
                       QStringLiteral(": credits a %1 source its evidence never cites").arg(y);
        }
        return {};
    }

private Q_SLOTS:
    void example_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = exampleFiles();
        QVERIFY2(files.size() >= 13, "the library has at least thirteen incidents");
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

        // Every source is complete, openable and cited. A year that no source
        // states (a repository, an undated comment) stays 0 rather than a guess.
        for (const Source &s : incident.sources) {
            QVERIFY2(!s.authors.isEmpty() && !s.title.isEmpty() && s.year >= 0 &&
                         !s.venue.isEmpty(),
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
            const QString credit = uncreditedSource(incident, i);
            QVERIFY2(credit.isEmpty(), qPrintable(credit));
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

    void sourcesDisagreeAndSayWhere()
    {
        // Across the library: the sources' own disagreements are modelled as
        // contradicting evidence, and most evidence says where in its source it is.
        const QList<Incident> incidents = library();
        QCOMPARE(incidents.size(), exampleFiles().size());
        int items = 0;
        int located = 0;
        int contradicting = 0;
        for (const Incident &incident : incidents)
            for (const Interpretation &i : incident.interpretations)
                for (const Link &l : i.links)
                    for (const Evidence &e : l.evidence) {
                        ++items;
                        located += e.locator.trimmed().isEmpty() ? 0 : 1;
                        contradicting += e.stance == Stance::Contradicts ? 1 : 0;
                    }
        QVERIFY2(contradicting >= 5, qPrintable(QString::number(contradicting)));
        QVERIFY2(
            located * 4 >= items * 3,
            qPrintable(
                QStringLiteral("%1 of %2 evidence items have a locator").arg(located).arg(items)));
    }

    void discussionsHangOnCruxesOfTheEngine()
    {
        // A recorded discussion shows the workflow: readers by role, positions
        // on cruxes the diff engine finds today, a note, one crux settled and
        // one left open.
        int withDiscussion = 0;
        for (const Incident &incident : library()) {
            const Discussion &d = incident.discussion;
            if (d.isEmpty())
                continue;
            ++withDiscussion;
            QVERIFY2(d.participants.size() >= 2, qPrintable(incident.title));
            for (const QString &p : d.participants)
                QVERIFY2(p.startsWith(QStringLiteral("Reader ")), qPrintable(p));
            bool resolved = false;
            bool open = false;
            for (const CruxRecord &r : d.records) {
                const QString where = incident.title + QStringLiteral(": ") + r.cruxKey;
                QStringList keys;
                for (const Crux &c : DiffEngine::compare(incident, r.interpretationIds).cruxes)
                    keys.append(cruxKey(c));
                QVERIFY2(keys.contains(r.cruxKey), qPrintable(where + " is no crux of the engine"));
                QVERIFY2(!r.positions.isEmpty(), qPrintable(where + " records no position"));
                QVERIFY2(!r.note.trimmed().isEmpty(), qPrintable(where + " has no note"));
                resolved = resolved || r.resolution == CruxResolution::Resolved;
                open = open || r.resolution == CruxResolution::Open;
            }
            QVERIFY2(resolved && open,
                     qPrintable(incident.title + ": needs a resolved and an open crux"));
        }
        QVERIFY2(withDiscussion >= 3, qPrintable(QString::number(withDiscussion)));
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
