// The editing facade (model/editing/documenteditor.h), paste planning
// (model/editing/pasteplan.h) and the release-safe checks of the Document
// mutators and element accessors, all without a GUI.

#include "../common/sampleincident.h"
#include "model/commands/addfactorcommand.h"
#include "model/commands/editelementcommand.h"
#include "model/commands/evidencepresencecommand.h"
#include "model/commands/interpretationpresencecommand.h"
#include "model/commands/linkpresencecommand.h"
#include "model/commands/movefactorscommand.h"
#include "model/commands/placefactorcommand.h"
#include "model/commands/removefactorcommand.h"
#include "model/commands/sourcepresencecommand.h"
#include "model/document.h"
#include "model/editing/documenteditor.h"
#include "model/editing/pasteplan.h"
#include "model/format/faultlinewriter.h"
#include "model/format/incidentvalidator.h"
#include "model/layout/layoutresult.h"

#include <QRegularExpression>
#include <QtTest>
#include <functional>

using namespace faultline;

namespace {

const QString both = QStringLiteral("both");
const QString rewardOnly = QStringLiteral("reward-only");

/// Ids "<prefix>new<n>", counted per test, so plans are predictable.
IdAllocator counter()
{
    auto next = std::make_shared<int>(0);
    return [next](const QString &prefix) { return prefix + "new" + QString::number(++*next); };
}

/// A fragment as the canvas copies it: `placements` and the links among them
/// from `interpretationId` of the sample incident, titled `title`.
Incident fragmentOf(const QString &interpretationId, const QStringList &factorIds,
                    const QString &title)
{
    const Incident sample = test::sampleIncident();
    const Interpretation &from = *sample.findInterpretation(interpretationId);
    Incident fragment;
    fragment.title = title;
    Interpretation part;
    part.id = "fragment";
    part.name = "fragment";
    for (const Placement &p : from.placements) {
        if (!factorIds.contains(p.factorId))
            continue;
        part.placements.append(p);
        fragment.factors.append(*sample.findFactor(p.factorId));
    }
    for (const Link &link : from.links)
        if (factorIds.contains(link.from) && factorIds.contains(link.to))
            part.links.append(link);
    fragment.interpretations.append(part);
    fragment.sources = sample.sources;
    fragment.customKinds = sample.customKinds;
    fragment.checklistExtensions = sample.checklistExtensions;
    return fragment;
}

/// Expects the qWarning of one refused edit, so the run stays quiet and a
/// refusal that forgets to log fails.
void expectRefusal()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("refused|unknown"));
}

using Edit = std::function<bool(DocumentEditor &)>;
using Mutation = std::function<void(Document &)>;

} // namespace

Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(Mutation)

class TestEditing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ---- paste planning ----
    void pasteFromAnotherIncidentRemapsClashingIds()
    {
        const Incident target = test::sampleIncident();
        Incident fragment = fragmentOf(both, {"physics", "surfing"}, "Another incident");
        fragment.sources[0].title = "A different paper under the same id";
        const PastePlan plan = planPaste(target, rewardOnly, fragment, false, {}, counter());

        // Every factor is a new one with a fresh id, even where the id exists in the target.
        QCOMPARE(plan.toPlace.size(), 0);
        QCOMPARE(plan.toAdd.size(), 2);
        for (const auto &[factor, placement] : plan.toAdd) {
            QVERIFY2(!target.findFactor(factor.id), qPrintable(factor.id));
            QCOMPARE(placement.factorId, factor.id);
        }
        QCOMPARE(plan.factorIds.value("physics"), plan.toAdd[0].first.id);
        QCOMPARE(plan.factorIds.value("surfing"), plan.toAdd[1].first.id);

        // The link follows its factors' new ids and gets fresh ids for itself and its evidence.
        QCOMPARE(plan.linksToAdd.size(), 1);
        const Link &link = plan.linksToAdd.first();
        QVERIFY(link.id != "l1" && !target.findInterpretation(both)->findLink(link.id));
        QCOMPARE(link.from, plan.factorIds.value("physics"));
        QCOMPARE(link.to, plan.factorIds.value("surfing"));
        QCOMPARE(link.evidence.size(), 2);
        QVERIFY(link.evidence[0].id != "e1" && link.evidence[1].id != "e2");

        // A different source under a used id is added with a fresh id, and cited by it;
        // an identical one is shared.
        QCOMPARE(plan.sourcesToAdd.size(), 1);
        const QString newSource = plan.sourceIds.value("baker2019");
        QVERIFY(newSource != "baker2019" && !newSource.isEmpty());
        QCOMPARE(plan.sourcesToAdd.first().id, newSource);
        QCOMPARE(link.evidence[0].sourceId, newSource);
        QCOMPARE(plan.sourceIds.value("s2"), QStringLiteral("s2"));
        // Kinds and checklist entries the target already has are not added again.
        QVERIFY(plan.kindsToAdd.isEmpty());
        QVERIFY(plan.checklistToAdd.isEmpty());
    }

    void pasteIntoSameIncidentMergesIntoExistingFactors()
    {
        const Incident target = test::sampleIncident();
        // "reward-only" already places reward and surfing, and links reward → surfing (l3).
        const Incident fragment = fragmentOf(both, {"reward", "physics", "surfing"}, target.title);
        const PastePlan plan = planPaste(target, rewardOnly, fragment, false, {10, 10}, counter());

        QVERIFY(plan.toAdd.isEmpty());
        QCOMPARE(plan.toPlace.size(), 1); // only physics is new here
        QCOMPARE(plan.toPlace.first().factorId, QStringLiteral("physics"));
        QCOMPARE(plan.toPlace.first().pos, QPointF(220.5, 0)); // reused factors are not offset
        QCOMPARE(plan.factorIds.value("reward"), QStringLiteral("reward"));
        // l1 (physics → surfing) is added; l2 (reward → surfing) merges into the existing l3.
        QCOMPARE(plan.linksToAdd.size(), 1);
        QCOMPARE(plan.linksToAdd.first().from, QStringLiteral("physics"));
        QCOMPARE(plan.linksToAdd.first().to, QStringLiteral("surfing"));
        // surfing did not arrive with the paste, so the old route no longer fits.
        QVERIFY(plan.linksToAdd.first().route.isEmpty());
        QVERIFY(plan.sourcesToAdd.isEmpty());
    }

    void pasteWhereEverythingIsMakesOffsetCopies()
    {
        const Incident target = test::sampleIncident();
        const Incident fragment = fragmentOf(both, {"physics", "surfing"}, target.title);
        const PastePlan plan = planPaste(target, both, fragment, false, {30, 40}, counter());
        QVERIFY(plan.toPlace.isEmpty());
        QCOMPARE(plan.toAdd.size(), 2);
        QCOMPARE(plan.toAdd[0].second.pos, QPointF(250.5, 40));
        QCOMPARE(plan.linksToAdd.size(), 1);
        QVERIFY(plan.linksToAdd.first().route.isEmpty()); // moved ends: the route is dropped
    }

    void pasteIntoUnknownInterpretationPlansNothing()
    {
        const Incident target = test::sampleIncident();
        const Incident fragment = fragmentOf(both, {"physics"}, "Other");
        int ids = 0;
        const PastePlan plan =
            planPaste(target, "nope", fragment, false, {},
                      [&ids](const QString &prefix) { return prefix + QString::number(++ids); });
        QVERIFY(plan.isEmpty());
        QCOMPARE(ids, 0);
    }

    // ---- the facade ----
    void facadePasteIsOneUndoStep()
    {
        Document doc;
        doc.resetIncident(test::sampleIncident());
        const QByteArray before = writeFaultline(doc.incident());
        const auto result = doc.editor().paste(
            rewardOnly, fragmentOf(both, {"physics", "surfing"}, "Other"), false, {}, "Paste");
        QCOMPARE(result.factorIds.size(), 2);
        QCOMPARE(result.linkIds.size(), 1);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->text(0), QStringLiteral("Paste"));
        const Interpretation &interp = *doc.incident().findInterpretation(rewardOnly);
        const Link &link = *interp.findLink(result.linkIds.first());
        QCOMPARE(link.from, result.factorIds[0]);
        QCOMPARE(link.to, result.factorIds[1]);
        QVERIFY2(validateIncident(doc.incident()).isEmpty(),
                 qPrintable(validateIncident(doc.incident()).join('\n')));
        doc.undoStack()->undo();
        QCOMPARE(writeFaultline(doc.incident()), before);
    }

    void facadeRefusesStalePastePlan()
    {
        Document doc;
        doc.resetIncident(test::sampleIncident());
        PastePlan plan;
        plan.toAdd.append({*doc.incident().findFactor("physics"), Placement{}}); // id in use
        const QByteArray before = writeFaultline(doc.incident());
        expectRefusal();
        const auto result = doc.editor().paste(rewardOnly, plan, "Paste");
        QVERIFY(result.factorIds.isEmpty());
        QCOMPARE(writeFaultline(doc.incident()), before);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void facadeRefusesUnknownIds_data()
    {
        QTest::addColumn<Edit>("edit");
        const auto row = [](const char *name, Edit edit) { QTest::newRow(name) << edit; };
        Factor ghost;
        ghost.id = "ghost";
        ghost.kind = "reward";
        row("edit unknown factor", [=](DocumentEditor &e) { return e.editFactor(ghost, "", "x"); });
        row("remove unknown factor", [](DocumentEditor &e) { return e.removeFactor("ghost"); });
        row("add factor with used id", [](DocumentEditor &e) {
            Factor f;
            f.id = "physics";
            return e.addFactor(f);
        });
        row("add factor to unknown interpretation",
            [=](DocumentEditor &e) { return e.addFactor(ghost, "nope"); });
        row("place unknown factor", [](DocumentEditor &e) {
            return e.placeFactor(both, Placement{"ghost", {}, false, false, {}});
        });
        row("place factor twice", [](DocumentEditor &e) {
            return e.placeFactor(both, Placement{"physics", {}, false, false, {}});
        });
        row("unplace unplaced factor",
            [](DocumentEditor &e) { return e.unplaceFactor(rewardOnly, "physics"); });
        row("move unknown placement", [](DocumentEditor &e) {
            return e.moveFactors(both, {{"physics", QPointF(1, 1)}, {"ghost", QPointF(2, 2)}});
        });
        row("move in unknown interpretation", [](DocumentEditor &e) {
            return e.moveFactors("nope", {{"physics", QPointF(1, 1)}});
        });
        row("edit unknown placement", [](DocumentEditor &e) {
            return e.editPlacement(rewardOnly, Placement{"physics", {}, false, false, {}}, "", "x");
        });
        row("add link to unplaced factor", [](DocumentEditor &e) {
            Link l;
            l.id = "lnew";
            l.from = "reward";
            l.to = "physics";
            return e.addLink(rewardOnly, l);
        });
        row("remove unknown link", [](DocumentEditor &e) { return e.removeLink(both, "l3"); });
        row("edit unknown link", [](DocumentEditor &e) {
            Link l;
            l.id = "ghost";
            return e.editLink(both, l, "", "x");
        });
        row("add evidence to unknown link", [](DocumentEditor &e) {
            Evidence ev;
            ev.id = "enew";
            return e.addEvidence(both, "ghost", ev);
        });
        row("remove unknown evidence",
            [](DocumentEditor &e) { return e.removeEvidence(both, "l1", "ghost"); });
        row("edit evidence of unknown link", [](DocumentEditor &e) {
            Evidence ev;
            ev.id = "e1";
            return e.editEvidence(both, "ghost", ev, "", "x");
        });
        row("remove unknown source", [](DocumentEditor &e) { return e.removeSource("ghost"); });
        row("edit unknown source", [](DocumentEditor &e) {
            Source s;
            s.id = "ghost";
            return e.editSource(s, "", "x");
        });
        row("add source with used id", [](DocumentEditor &e) {
            Source s;
            s.id = "s2";
            return e.addSource(s);
        });
        row("remove unknown interpretation",
            [](DocumentEditor &e) { return e.removeInterpretation("nope"); });
        row("duplicate unknown interpretation",
            [](DocumentEditor &e) { return !e.duplicateInterpretation("nope").isEmpty(); });
        row("edit unknown interpretation", [](DocumentEditor &e) {
            Interpretation i;
            i.id = "nope";
            i.name = "x";
            return e.editInterpretation(i, "", "x");
        });
        row("move unknown interpretation",
            [](DocumentEditor &e) { return e.moveInterpretation("nope", 0); });
        row("reorder with unknown interpretation", [](DocumentEditor &e) {
            return e.reorderInterpretations({"reward-only", "nope"}, "x");
        });
        row("lay out unknown interpretation",
            [](DocumentEditor &e) { return e.applyLayout("nope", LayoutResult{}, "x"); });
        row("paste into unknown interpretation", [](DocumentEditor &e) {
            return !e.paste("nope", fragmentOf(both, {"physics"}, "Other"), false, {}, "x")
                        .factorIds.isEmpty();
        });
    }

    void facadeRefusesUnknownIds()
    {
        QFETCH(Edit, edit);
        Document doc;
        doc.resetIncident(test::sampleIncident());
        const QByteArray before = writeFaultline(doc.incident());
        expectRefusal();
        QVERIFY(!edit(doc.editor()));
        QCOMPARE(writeFaultline(doc.incident()), before);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void facadeKeepsMergingEditsAndMoves()
    {
        Document doc;
        doc.resetIncident(test::sampleIncident());
        DocumentEditor &editor = doc.editor();
        Factor f = *doc.incident().findFactor("physics");
        for (const char *text : {"P", "Ph", "Phy"}) {
            f.label = text;
            QVERIFY(editor.editFactor(f, "label", "Edit label"));
        }
        QCOMPARE(doc.undoStack()->count(), 1);
        for (int step = 1; step <= 3; ++step)
            QVERIFY(editor.moveFactors(both, {{"physics", QPointF(10 * step, 0)}}));
        QCOMPARE(doc.undoStack()->count(), 2);
        // Command ids are unchanged, so edits pushed elsewhere still merge with these.
        QCOMPARE(doc.undoStack()->command(1)->id(), int(MoveFactorsId));
        QCOMPARE(doc.undoStack()->command(0)->id(), int(EditFactorId));
        QVERIFY(!editor.moveFactors(both, {{"physics", QPointF(30, 0)}})); // already there
        QCOMPARE(doc.undoStack()->count(), 2);
    }

    void facadeDeletesSelectionAsOneStep()
    {
        Document doc;
        doc.resetIncident(test::sampleIncident());
        // physics is placed only in "both": it leaves the incident; surfing stays in it.
        QVERIFY(
            doc.editor().deleteElements(both, {"physics", "surfing", "ghost"}, {"l2"}, "Delete"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(!doc.incident().findFactor("physics"));
        QVERIFY(doc.incident().findFactor("surfing"));
        QVERIFY(doc.incident().findInterpretation(both)->links.isEmpty());
        QVERIFY(!doc.editor().deleteElements(both, {"ghost"}, {}, "Delete"));
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void facadeReordersWithOneMove()
    {
        Document doc;
        doc.resetIncident(test::sampleIncident());
        QVERIFY(doc.editor().reorderInterpretations({rewardOnly, both}, "Reorder"));
        QCOMPARE(doc.incident().interpretations.first().id, rewardOnly);
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(!doc.editor().reorderInterpretations({rewardOnly, both}, "Reorder"));
    }

    // ---- release-safe mutators and accessors ----
    void mutatorsIgnoreUnknownIds_data()
    {
        QTest::addColumn<Mutation>("mutate");
        const auto row = [](const char *name, Mutation f) { QTest::newRow(name) << f; };
        row("remove factor", [](Document &d) { d.removeFactor("ghost"); });
        row("replace factor", [](Document &d) {
            Factor f;
            f.id = "ghost";
            d.replaceFactor(f);
        });
        row("remove placement", [](Document &d) { d.removePlacement(rewardOnly, "physics"); });
        row("remove placement, unknown interpretation",
            [](Document &d) { d.removePlacement("nope", "physics"); });
        row("insert placement, unknown interpretation", [](Document &d) {
            d.insertPlacement("nope", 0, Placement{"physics", {}, false, false, {}});
        });
        row("replace placement", [](Document &d) {
            d.replacePlacement(rewardOnly, Placement{"physics", {}, false, false, {}});
        });
        row("remove link", [](Document &d) { d.removeLink(both, "l3"); });
        row("insert link, unknown interpretation",
            [](Document &d) { d.insertLink("nope", 0, Link{}); });
        row("replace link", [](Document &d) {
            Link l;
            l.id = "ghost";
            d.replaceLink(both, l);
        });
        row("remove source", [](Document &d) { d.removeSource("ghost"); });
        row("replace source", [](Document &d) {
            Source s;
            s.id = "ghost";
            d.replaceSource(s);
        });
        row("remove interpretation", [](Document &d) { d.removeInterpretation("nope"); });
        row("replace interpretation fields", [](Document &d) {
            Interpretation i;
            i.id = "nope";
            d.replaceInterpretationFields(i);
        });
        row("move interpretation", [](Document &d) { d.moveInterpretation("nope", 1); });
        row("edit command, unknown factor", [](Document &d) {
            Factor f;
            f.id = "ghost";
            d.push(new EditFactorCommand(&d, FactorAccess{"ghost"}, f, "label", "x"));
        });
        row("edit command, evidence of unknown link", [](Document &d) {
            d.push(new EditEvidenceCommand(&d, EvidenceAccess{both, "ghost", "e1"}, Evidence{}, "",
                                           "x"));
        });
        row("edit command, placement in unknown interpretation", [](Document &d) {
            d.push(new EditPlacementCommand(&d, PlacementAccess{"nope", "physics"}, Placement{}, "",
                                            "x"));
        });
        row("edit command, unknown interpretation", [](Document &d) {
            d.push(new EditInterpretationCommand(&d, InterpretationAccess{"nope"}, Interpretation{},
                                                 "", "x"));
        });
        row("add factor command, unknown interpretation", [](Document &d) {
            d.push(new AddFactorCommand(&d, {"fnew", "reward", "x", {}, {}, {}, {}}, "nope"));
        });
        row("remove factor command",
            [](Document &d) { d.push(new RemoveFactorCommand(&d, "ghost")); });
        row("unplace command", [](Document &d) {
            d.push(new PlaceFactorCommand(&d, PlaceFactorCommand::Unplace, rewardOnly,
                                          Placement{"physics", {}, false, false, {}}));
        });
        row("place command, unknown interpretation", [](Document &d) {
            d.push(new PlaceFactorCommand(&d, PlaceFactorCommand::Place, "nope",
                                          Placement{"physics", {}, false, false, {}}));
        });
        row("move command, unknown placement", [](Document &d) {
            d.push(new MoveFactorsCommand(&d, rewardOnly, {{"physics", QPointF(1, 1)}}));
        });
        row("remove link command", [](Document &d) {
            Link l;
            l.id = "l3";
            d.push(new LinkPresenceCommand(&d, LinkPresenceCommand::Remove, both, l));
        });
        row("add evidence command, unknown link", [](Document &d) {
            Evidence e;
            e.id = "enew";
            d.push(new EvidencePresenceCommand(&d, EvidencePresenceCommand::Add, both, "l3", e));
        });
        row("remove evidence command", [](Document &d) {
            Evidence e;
            e.id = "ghost";
            d.push(new EvidencePresenceCommand(&d, EvidencePresenceCommand::Remove, both, "l1", e));
        });
        row("remove source command", [](Document &d) {
            Source s;
            s.id = "ghost";
            d.push(new SourcePresenceCommand(&d, SourcePresenceCommand::Remove, s));
        });
        row("remove interpretation command", [](Document &d) {
            Interpretation i;
            i.id = "nope";
            d.push(new InterpretationPresenceCommand(&d, InterpretationPresenceCommand::Remove, i));
        });
    }

    void mutatorsIgnoreUnknownIds()
    {
        QFETCH(Mutation, mutate);
        Document doc;
        doc.resetIncident(test::sampleIncident());
        const QByteArray before = writeFaultline(doc.incident());
        QSignalSpy changed(&doc, &Document::factorChanged);
        QSignalSpy removed(&doc, &Document::placementRemoved);
        // One warning naming the id: the mutator's check or the command's constructor
        // (which marks the command obsolete, so push drops it unrun).
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("unknown"));
        mutate(doc); // must not crash in a release build
        QCOMPARE(writeFaultline(doc.incident()), before);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(doc.undoStack()->count(), 0); // no empty undo step either
    }
};

QTEST_GUILESS_MAIN(TestEditing)
#include "tst_editing.moc"
