// The three-way merge of two versions of an incident (model/versioning): the
// cases the issue defines, id clashes, conflict resolution, and RapidCheck
// properties over random edit sequences from the same base.

#include "testpaths.h"

#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/format/incidentvalidator.h"
#include "model/versioning/conflictresolution.h"
#include "model/versioning/documentdiff.h"
#include "model/versioning/threewaymerge.h"

#include <QtTest>
#include <rapidcheck.h>

using namespace faultline;

namespace {
Incident loadExample(const QString &name)
{
    LoadResult loaded =
        readFaultlineFile(QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples/") + name);
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.firstMessage()));
    return std::move(loaded).value();
}

MergeOutcome merged(const Incident &base, const Incident &ours, const Incident &theirs)
{
    Result<MergeOutcome> outcome = mergeIncidents(base, ours, theirs);
    if (!outcome.ok())
        qFatal("merge failed: %s", qPrintable(outcome.messages().join('\n')));
    return std::move(outcome).value();
}

Factor &factor(Incident &incident, const QString &id)
{
    return incident.factors[incident.factorIndex(id)];
}

void removeFactor(Incident &incident, const QString id)
{
    incident.factors.removeAt(incident.factorIndex(id));
    for (Interpretation &reading : incident.interpretations) {
        reading.placements.removeIf([&](const Placement &p) { return p.factorId == id; });
        reading.links.removeIf([&](const Link &l) { return l.from == id || l.to == id; });
    }
}

Incident resolvedAll(Incident incident, ConflictChoice choice)
{
    while (!incident.conflicts.isEmpty()) {
        Result<Incident> next = resolveConflict(incident, 0, choice);
        if (!next.ok())
            qFatal("resolution failed: %s", qPrintable(next.firstMessage()));
        incident = std::move(next).value();
    }
    return incident;
}

// --- random edits for the properties -----------------------------------------

struct Edit
{
    int op = 0;
    unsigned a = 0;
    unsigned b = 0;
};

constexpr int kEditKinds = 9;

// Applies one edit; new ids start with `side` so that the two sides' additions
// never clash here (clashes have their own test). Texts come from a small set,
// so both sides often set the same field, alike or differently.
void applyEdit(Incident &incident, const Edit &edit, const QString &side, int serial)
{
    static const QStringList texts{"alpha", "beta", "gamma"};
    const QString text = texts[edit.b % texts.size()];
    if (incident.factors.isEmpty() || incident.interpretations.isEmpty())
        return;
    Factor &f = incident.factors[edit.a % incident.factors.size()];
    Interpretation &reading = incident.interpretations[edit.a % incident.interpretations.size()];
    switch (edit.op) {
    case 0:
        f.label = text;
        break;
    case 1:
        f.description = text;
        break;
    case 2: {
        const QString id = side + QString::number(serial);
        incident.factors.append({id, QStringLiteral("behaviour"), text, {}, {}, {}, {}});
        reading.placements.append({id, QPointF(edit.b % 500, 40), false, false, {}});
        break;
    }
    case 3:
        if (incident.factors.size() > 1)
            removeFactor(incident, QString(f.id)); // a copy: f goes
        break;
    case 4:
        if (!reading.placements.isEmpty())
            reading.placements[edit.b % reading.placements.size()].pos +=
                QPointF(10 + edit.b % 7, 5);
        break;
    case 5:
        if (!reading.links.isEmpty())
            reading.links[edit.b % reading.links.size()].strength = 1 + int(edit.b % 5);
        break;
    case 6:
        if (reading.placements.size() >= 2) {
            const QString from = reading.placements[edit.b % reading.placements.size()].factorId;
            const QString to =
                reading.placements[(edit.b + 1) % reading.placements.size()].factorId;
            Link link;
            link.id = side + QStringLiteral("l") + QString::number(serial);
            link.from = from;
            link.to = to;
            reading.links.append(link);
        }
        break;
    case 7:
        if (!reading.links.isEmpty())
            reading.links.removeAt(edit.b % reading.links.size());
        break;
    case 8:
        reading.name = text;
        break;
    }
}

Incident edited(const Incident &base, const std::vector<Edit> &edits, const QString &side)
{
    Incident incident = base;
    int serial = 0;
    for (const Edit &edit : edits)
        applyEdit(incident, edit, side, ++serial);
    return incident;
}

rc::Gen<std::vector<Edit>> edits()
{
    return rc::gen::container<std::vector<Edit>>(
        rc::gen::build<Edit>(rc::gen::set(&Edit::op, rc::gen::inRange(0, kEditKinds)),
                             rc::gen::set(&Edit::a, rc::gen::arbitrary<unsigned>()),
                             rc::gen::set(&Edit::b, rc::gen::arbitrary<unsigned>())));
}

void assertLoads(const Incident &incident)
{
    RC_ASSERT(validateIncident(incident).isEmpty());
    RC_ASSERT(readFaultline(writeFaultline(incident)).ok());
}

MergeConflict swapped(MergeConflict c)
{
    std::swap(c.ours, c.theirs);
    return c;
}
} // namespace

class TestMerge3 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void disjointEditsMerge()
    {
        const Incident base = loadExample(QStringLiteral("hide-and-seek.faultline"));
        Incident ours = base;
        factor(ours, QStringLiteral("physics")).label = QStringLiteral("Ours");
        Incident theirs = base;
        factor(theirs, QStringLiteral("physics")).description = QStringLiteral("Theirs");
        factor(theirs, QStringLiteral("box-lock")).label = QStringLiteral("Theirs too");
        const MergeOutcome m = merged(base, ours, theirs);
        QVERIFY(m.incident.conflicts.isEmpty());
        Incident expected = ours;
        factor(expected, QStringLiteral("physics")).description = QStringLiteral("Theirs");
        factor(expected, QStringLiteral("box-lock")).label = QStringLiteral("Theirs too");
        QCOMPARE(writeFaultline(m.incident), writeFaultline(expected));
    }

    void sameFieldChangedDifferentlyConflicts()
    {
        const Incident base = loadExample(QStringLiteral("hide-and-seek.faultline"));
        Incident ours = base;
        factor(ours, QStringLiteral("physics")).label = QStringLiteral("B");
        Incident theirs = base;
        factor(theirs, QStringLiteral("physics")).label = QStringLiteral("C");
        const MergeOutcome m = merged(base, ours, theirs);
        QCOMPARE(m.incident.conflicts.size(), 1);
        const MergeConflict &c = m.incident.conflicts.first();
        QCOMPARE(c.element, QStringLiteral("factor:physics"));
        QCOMPARE(c.field, QStringLiteral("label"));
        QCOMPARE(c.ours, QStringLiteral("\"B\""));
        QCOMPARE(c.theirs, QStringLiteral("\"C\""));
        QCOMPARE(conflictPlace(m.incident, 0), QStringLiteral("factors[1].label"));
        QCOMPARE(m.incident.findFactor(QStringLiteral("physics"))->label, QStringLiteral("B"));

        const Result<Incident> taken = resolveConflict(m.incident, 0, ConflictChoice::Theirs);
        QVERIFY(taken.ok());
        QVERIFY(taken->conflicts.isEmpty());
        QCOMPARE(writeFaultline(*taken), writeFaultline(theirs));
        const Result<Incident> edited = resolveConflictWith(m.incident, 0, QStringLiteral("\"D\""));
        QVERIFY(edited.ok());
        QCOMPARE(edited->findFactor(QStringLiteral("physics"))->label, QStringLiteral("D"));
    }

    void deletionAgainstChangeConflicts()
    {
        const Incident base = loadExample(QStringLiteral("hide-and-seek.faultline"));
        Incident ours = base;
        removeFactor(ours, QStringLiteral("physics"));
        Incident theirs = base;
        factor(theirs, QStringLiteral("physics")).label = QStringLiteral("Changed");
        const MergeOutcome m = merged(base, ours, theirs);
        QVERIFY(validateIncident(m.incident).isEmpty());
        QCOMPARE(m.incident.conflicts.size(), 1);
        QCOMPARE(m.incident.conflicts.first().element, QStringLiteral("factor:physics"));
        QVERIFY(m.incident.conflicts.first().ours.isEmpty());
        QCOMPARE(m.incident.findFactor(QStringLiteral("physics"))->label,
                 QStringLiteral("Changed"));

        const Result<Incident> deleted = resolveConflict(m.incident, 0, ConflictChoice::Ours);
        QVERIFY2(deleted.ok(), qPrintable(deleted.firstMessage()));
        QCOMPARE(writeFaultline(*deleted), writeFaultline(ours));
    }

    void deletionOfUnchangedIsTaken()
    {
        const Incident base = loadExample(QStringLiteral("hide-and-seek.faultline"));
        Incident ours = base;
        removeFactor(ours, QStringLiteral("physics"));
        Incident theirs = base;
        factor(theirs, QStringLiteral("box-lock")).label = QStringLiteral("Changed");
        const MergeOutcome m = merged(base, ours, theirs);
        QVERIFY(m.incident.conflicts.isEmpty());
        QVERIFY(!m.incident.findFactor(QStringLiteral("physics")));
        QCOMPARE(m.incident.findFactor(QStringLiteral("box-lock"))->label,
                 QStringLiteral("Changed"));
    }

    void linkToDeletedFactorConflicts()
    {
        const Incident base = loadExample(QStringLiteral("hide-and-seek.faultline"));
        Incident ours = base;
        removeFactor(ours, QStringLiteral("box-lock"));
        Incident theirs = base;
        Interpretation &reading = theirs.interpretations.first();
        QVERIFY(reading.usesFactor(QStringLiteral("box-lock")));
        Link link;
        link.id = QStringLiteral("new-link");
        link.from = QStringLiteral("box-lock");
        link.to = reading.placements.first().factorId;
        reading.links.append(link);
        const MergeOutcome m = merged(base, ours, theirs);
        QVERIFY(validateIncident(m.incident).isEmpty());
        QVERIFY(m.incident.findFactor(QStringLiteral("box-lock")));
        QVERIFY(m.incident.interpretations.first().findLink(QStringLiteral("new-link")));
        bool factorConflict = false;
        for (const MergeConflict &c : m.incident.conflicts)
            factorConflict = factorConflict || c.element == QLatin1String("factor:box-lock");
        QVERIFY(factorConflict);
    }

    void bothMovedKeepsOurs()
    {
        const Incident base = loadExample(QStringLiteral("hide-and-seek.faultline"));
        Incident ours = base;
        ours.interpretations[0].placements[0].pos = QPointF(1, 2);
        Incident theirs = base;
        theirs.interpretations[0].placements[0].pos = QPointF(3, 4);
        const MergeOutcome m = merged(base, ours, theirs);
        QVERIFY(m.incident.conflicts.isEmpty());
        QCOMPARE(m.incident.interpretations[0].placements[0].pos, QPointF(1, 2));
        QCOMPARE(m.layoutKeptOurs.size(), 1);
    }

    void clashingNewIdsAreRenamed()
    {
        const Incident base = loadExample(QStringLiteral("hide-and-seek.faultline"));
        Incident ours = base;
        ours.factors.append({"f1", "behaviour", "Ours", {}, {}, {}, {}});
        Incident theirs = base;
        theirs.factors.append({"f1", "reward", "Theirs", {}, {}, {}, {}});
        theirs.interpretations[0].placements.append({"f1", QPointF(5, 5), false, false, {}});
        const MergeOutcome m = merged(base, ours, theirs);
        QVERIFY(m.incident.conflicts.isEmpty());
        QCOMPARE(m.renamed.size(), 1);
        QCOMPARE(m.incident.findFactor("f1")->label, QStringLiteral("Ours"));
        QCOMPARE(m.incident.findFactor("f1-2")->label, QStringLiteral("Theirs"));
        QVERIFY(m.incident.interpretations[0].usesFactor("f1-2"));
        QVERIFY(!m.incident.interpretations[0].usesFactor("f1"));
        // The same addition on both sides is one element.
        const MergeOutcome same = merged(base, ours, ours);
        QVERIFY(same.renamed.isEmpty());
        QCOMPARE(writeFaultline(same.incident), writeFaultline(ours));
    }

    void properties()
    {
        if (qEnvironmentVariableIsEmpty("RC_PARAMS"))
            qputenv("RC_PARAMS", "max_success=300 max_size=30 verbose_progress=0");
        const Incident base = loadExample(QStringLiteral("hide-and-seek.faultline"));
        const QByteArray baseBytes = writeFaultline(base);
        const bool ok = rc::check("merge identities, symmetry and loading", [&] {
            const Incident x = edited(base, *edits(), QStringLiteral("x"));
            const Incident y = edited(base, *edits(), QStringLiteral("y"));
            RC_ASSERT(validateIncident(x).isEmpty());
            RC_ASSERT(validateIncident(y).isEmpty());
            const QByteArray xBytes = writeFaultline(x);
            const QByteArray yBytes = writeFaultline(y);
            RC_ASSERT(writeFaultline(merged(base, x, base).incident) == xBytes);
            RC_ASSERT(writeFaultline(merged(base, base, y).incident) == yBytes);
            RC_ASSERT(writeFaultline(merged(base, x, x).incident) == xBytes);

            const Incident xy = merged(base, x, y).incident;
            const Incident yx = merged(base, y, x).incident;
            assertLoads(xy);
            assertLoads(yx);
            // The same conflicts, with the sides named the other way round.
            RC_ASSERT(xy.conflicts.size() == yx.conflicts.size());
            for (const MergeConflict &c : xy.conflicts)
                RC_ASSERT(yx.conflicts.contains(swapped(c)));
            // Taking x's side everywhere gives the same document (order and
            // the layout both sides moved aside: there ours wins by design).
            const Incident xFirst = resolvedAll(xy, ConflictChoice::Ours);
            const Incident xSecond = resolvedAll(yx, ConflictChoice::Theirs);
            assertLoads(xFirst);
            assertLoads(xSecond);
            RC_ASSERT(diffIncidents(xFirst, xSecond, true).isEmpty());
            RC_ASSERT(writeFaultline(base) == baseBytes);
        });
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestMerge3)
#include "tst_merge3.moc"
