#include "../common/sampleincident.h"
#include "model/commands/addfactorcommand.h"
#include "model/commands/editelementcommand.h"
#include "model/commands/evidencepresencecommand.h"
#include "model/commands/interpretationpresencecommand.h"
#include "model/commands/linkpresencecommand.h"
#include "model/commands/movefactorscommand.h"
#include "model/commands/moveinterpretationcommand.h"
#include "model/commands/placefactorcommand.h"
#include "model/commands/removefactorcommand.h"
#include "model/commands/sourcepresencecommand.h"
#include "model/document.h"
#include "model/format/faultlinewriter.h"
#include "model/format/incidentvalidator.h"

#include <QSignalSpy>
#include <QtTest>
#include <functional>

using namespace faultline;

namespace {
using Factory = std::function<QUndoCommand *(Document *)>;

struct NamedCommand
{
    const char *name;
    Factory make;
};

const QString both = QStringLiteral("both");

template <typename T> T withId(const QString &id)
{
    T value;
    value.id = id;
    return value;
}

const QList<NamedCommand> &commands()
{
    static const QList<NamedCommand> list{
        {"add factor",
         [](Document *d) {
             return new AddFactorCommand(d, {d->newId("f"), "algorithm", "PPO", {}, {}, {}, {}});
         }},
        {"add and place factor",
         [](Document *d) {
             return new AddFactorCommand(d, {d->newId("f"), "algorithm", "PPO", {}, {}, {}, {}},
                                         both, Placement{{}, QPointF(5, 5), false, false, {}});
         }},
        {"remove factor with placements and links",
         [](Document *d) { return new RemoveFactorCommand(d, "surfing"); }},
        {"edit factor",
         [](Document *d) {
             Factor f = *d->incident().findFactor("physics");
             f.label = "Physics glitch";
             f.failureModes.append("simulator-bug");
             return new EditFactorCommand(d, {"physics"}, f, "label", "Edit");
         }},
        {"place existing factor",
         [](Document *d) {
             return new PlaceFactorCommand(d, PlaceFactorCommand::Place, "reward-only",
                                           Placement{"physics", QPointF(1, 2), false, true, {}});
         }},
        {"unplace factor with its links",
         [](Document *d) {
             return new PlaceFactorCommand(d, PlaceFactorCommand::Unplace, both,
                                           Placement{"surfing", {}, false, false, {}});
         }},
        {"move placements clears routes",
         [](Document *d) {
             return new MoveFactorsCommand(
                 d, both, {{"physics", QPointF(300, 20)}, {"surfing", QPointF(10, 400)}});
         }},
        {"edit placement",
         [](Document *d) {
             Placement p = *d->incident().findInterpretation(both)->findPlacement("physics");
             p.rootCause = false;
             p.leverNote = "Fix contact forces";
             return new EditPlacementCommand(d, {both, "physics"}, p, "rootCause", "Edit");
         }},
        {"add link",
         [](Document *d) {
             Link l;
             l.id = d->newId("l");
             l.from = "reward";
             l.to = "physics";
             l.relation = Relation::Amplifies;
             return new LinkPresenceCommand(d, LinkPresenceCommand::Add, both, l);
         }},
        {"remove link",
         [](Document *d) {
             return new LinkPresenceCommand(d, LinkPresenceCommand::Remove, both,
                                            withId<Link>("l1"));
         }},
        {"edit link",
         [](Document *d) {
             Link l = *d->incident().findInterpretation(both)->findLink("l1");
             l.relation = Relation::Prevents;
             l.strength = 1;
             return new EditLinkCommand(d, {both, "l1"}, l, "relation", "Edit");
         }},
        {"add evidence",
         [](Document *d) {
             Evidence e;
             e.id = d->newId("e");
             e.sourceId = "baker2019";
             return new EvidencePresenceCommand(d, EvidencePresenceCommand::Add, both, "l2", e);
         }},
        {"remove evidence",
         [](Document *d) {
             return new EvidencePresenceCommand(d, EvidencePresenceCommand::Remove, both, "l1",
                                                withId<Evidence>("e1"));
         }},
        {"edit evidence",
         [](Document *d) {
             Evidence e =
                 *d->incident().findInterpretation(both)->findLink("l1")->findEvidence("e2");
             e.stance = Stance::Supports;
             e.quote = "new quote";
             return new EditEvidenceCommand(d, {both, "l1", "e2"}, e, "quote", "Edit");
         }},
        {"add source",
         [](Document *d) {
             return new SourcePresenceCommand(d, SourcePresenceCommand::Add,
                                              Source{d->newId("s"), "A", "T", 2020, {}, {}, {}});
         }},
        {"remove cited source",
         [](Document *d) {
             return new SourcePresenceCommand(d, SourcePresenceCommand::Remove,
                                              withId<Source>("baker2019"));
         }},
        {"edit source",
         [](Document *d) {
             Source s = *d->incident().findSource("s2");
             s.url = "https://example.org";
             return new EditSourceCommand(d, {"s2"}, s, "url", "Edit");
         }},
        {"add interpretation",
         [](Document *d) {
             Interpretation i;
             i.id = d->newId("i");
             i.name = "Environment only";
             return new InterpretationPresenceCommand(d, InterpretationPresenceCommand::Add, i, 1);
         }},
        {"duplicate interpretation",
         [](Document *d) {
             return new InterpretationPresenceCommand(
                 d, InterpretationPresenceCommand::Add,
                 InterpretationPresenceCommand::duplicate(d, both));
         }},
        {"remove interpretation",
         [](Document *d) {
             return new InterpretationPresenceCommand(d, InterpretationPresenceCommand::Remove,
                                                      withId<Interpretation>(both));
         }},
        {"rename interpretation",
         [](Document *d) {
             Interpretation i = *d->incident().findInterpretation(both);
             i.name = "Both, renamed";
             i.ruledOutAreas.clear();
             return new EditInterpretationCommand(d, {both}, i, "name", "Rename");
         }},
        {"edit stance",
         [](Document *d) {
             Interpretation i = *d->incident().findInterpretation(both);
             i.stance = "Mostly the physics";
             return new EditInterpretationCommand(d, {both}, i, "stance", "Edit stance");
         }},
        {"record a position",
         [](Document *d) {
             Discussion v = d->incident().discussion;
             v.records[0].positions.append(CruxPosition{"Chen", "reward-only"});
             v.records[1].resolution = CruxResolution::BothPartly;
             return new EditDiscussionCommand(d, {}, v, "position", "Record position");
         }},
        {"reorder interpretations",
         [](Document *d) { return new MoveInterpretationCommand(d, both, 1); }},
        {"edit incident",
         [](Document *d) {
             IncidentFieldsAccess::Value v = IncidentFieldsAccess().read(*d);
             v.title = "New title";
             v.tags.append("extra");
             v.customKinds.append({"tool", "Tool", "#123456", "rounded"});
             return new EditIncidentCommand(d, {}, v, "title", "Edit");
         }},
    };
    return list;
}
} // namespace

class TestCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redoThenUndoRestoresExactJson_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < commands().size(); ++i)
            QTest::newRow(commands()[i].name) << i;
    }

    void redoThenUndoRestoresExactJson()
    {
        QFETCH(int, index);
        Document doc;
        doc.resetIncident(test::sampleIncident());
        const QByteArray before = writeFaultline(doc.incident());
        doc.push(commands()[index].make(&doc));
        const QByteArray after = writeFaultline(doc.incident());
        QVERIFY2(after != before, "the command must change the document");
        QVERIFY2(validateIncident(doc.incident()).isEmpty(),
                 qPrintable(validateIncident(doc.incident()).join('\n')));
        QVERIFY(doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(writeFaultline(doc.incident()), before);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(writeFaultline(doc.incident()), after);
    }

    void removeFactorRemovesPlacementsAndLinksEverywhere()
    {
        Document doc;
        doc.resetIncident(test::sampleIncident());
        doc.push(new RemoveFactorCommand(&doc, "surfing"));
        for (const Interpretation &i : doc.incident().interpretations) {
            QVERIFY(!i.usesFactor("surfing"));
            for (const Link &l : i.links)
                QVERIFY(l.from != "surfing" && l.to != "surfing");
        }
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void removingAnInterpretationTakesItsCruxRecordsAlong()
    {
        Document doc;
        doc.resetIncident(test::sampleIncident());
        QSignalSpy discussionChanged(&doc, &Document::discussionChanged);
        doc.push(new InterpretationPresenceCommand(&doc, InterpretationPresenceCommand::Remove,
                                                   withId<Interpretation>(both)));
        QVERIFY(doc.incident().discussion.records.isEmpty());
        QCOMPARE(doc.incident().discussion.participants.size(), 3); // people stay
        doc.undoStack()->undo();
        QCOMPARE(doc.incident().discussion, test::sampleIncident().discussion);
        QCOMPARE(discussionChanged.count(), 2);
    }

    void typingADiscussionNoteIsOneUndoStep()
    {
        Document doc;
        doc.resetIncident(test::sampleIncident());
        Discussion v = doc.incident().discussion;
        for (const char *text : {"B", "Bo", "Bo s", "Bo says"}) {
            v.records[1].note = QString::fromUtf8(text);
            doc.push(new EditDiscussionCommand(&doc, {}, v, "note:" + v.records[1].cruxKey,
                                               "Edit note"));
        }
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.incident().discussion.records[1].note, "Bo says");
        doc.undoStack()->undo();
        QVERIFY(doc.incident().discussion.records[1].note.isEmpty());
    }

    void removingCitedSourceClearsCitations()
    {
        Document doc;
        doc.resetIncident(test::sampleIncident());
        QCOMPARE(SourcePresenceCommand::citations(doc.incident(), "baker2019").size(), 1);
        doc.push(new SourcePresenceCommand(&doc, SourcePresenceCommand::Remove,
                                           withId<Source>("baker2019")));
        QVERIFY(doc.incident()
                    .findInterpretation(both)
                    ->findLink("l1")
                    ->findEvidence("e1")
                    ->sourceId.isEmpty());
    }

    void consecutiveEditsOfOneFieldMerge()
    {
        Document doc;
        doc.resetIncident(test::sampleIncident());
        Factor f = *doc.incident().findFactor("physics");
        for (const char *text : {"P", "Ph", "Phy"}) {
            f.label = text;
            doc.push(new EditFactorCommand(&doc, {"physics"}, f, "label", "Edit label"));
        }
        QCOMPARE(doc.undoStack()->count(), 1);
        f.description = "other field";
        doc.push(new EditFactorCommand(&doc, {"physics"}, f, "description", "Edit description"));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.incident().findFactor("physics")->label, QStringLiteral("Mid-air push"));
    }

    void consecutiveMovesOfSameSetMerge()
    {
        Document doc;
        doc.resetIncident(test::sampleIncident());
        for (int step = 1; step <= 3; ++step)
            doc.push(new MoveFactorsCommand(
                &doc, both, {{"physics", QPointF(10 * step, 0)}, {"reward", QPointF(0, step)}}));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.push(new MoveFactorsCommand(&doc, both, {{"physics", QPointF(99, 0)}}));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.incident().findInterpretation(both)->findPlacement("physics")->pos,
                 QPointF(220.5, 0));
        QVERIFY(!doc.incident().findInterpretation(both)->findLink("l1")->route.isEmpty());
    }

    void signalsAreFineGrained()
    {
        Document doc;
        doc.resetIncident(test::sampleIncident());
        QSignalSpy changed(&doc, &Document::placementChanged);
        QSignalSpy reset(&doc, &Document::reset);
        doc.push(new MoveFactorsCommand(&doc, both, {{"physics", QPointF(1, 1)}}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).toString(), QStringLiteral("physics"));
        QCOMPARE(reset.size(), 0);
    }

    void newIdsAreNeverReusedInASession()
    {
        Document doc;
        doc.resetIncident(test::sampleIncident());
        const QString first = doc.newId("f");
        doc.push(new AddFactorCommand(&doc, {first, "reward", "x", {}, {}, {}, {}}));
        doc.undoStack()->undo();
        QVERIFY(doc.newId("f") != first);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
