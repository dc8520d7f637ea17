// LensStyler and the overlays on crafted scenes: which items each lens
// emphasises, the levers what-if, overlays that follow their factor and
// never take clicks, and that no lens ever touches the document.

#include "canvasfixture.h"

#include "../common/lensoverlays.h"
#include "model/analysis/diagnostics.h"
#include "model/commands/linkpresencecommand.h"
#include "model/editing/documenteditor.h"
#include "model/format/faultlinewriter.h"
#include "widgets/lens/diagnosticmarkeritem.h"
#include "widgets/lens/diagnosticmarkers.h"
#include "widgets/lens/gapoverlayitem.h"
#include "widgets/lens/interventionmarkitem.h"
#include "widgets/lens/lensnoteitem.h"
#include "widgets/lens/lensstyler.h"
#include "widgets/lens/lenssummary.h"
#include "widgets/lens/overlayanchor.h"

using namespace faultline;
using namespace faultline::test;

namespace {

// rew (reward, root cause) and env (environment, root cause) cause the
// behaviour "hack"; alg (algorithm) causes it too but is no root cause;
// ovs prevents it (never on a path); int feeds the reward from upstream;
// lone has no links at all.
Incident lensIncident()
{
    Incident incident;
    incident.title = QStringLiteral("Lens test");
    Factor rew = factor(QStringLiteral("rew"), QStringLiteral("reward"),
                        QStringLiteral("Points for touching"));
    rew.actual = QStringLiteral("Pays for contact");
    rew.ideal = QStringLiteral("Pays for the finished task");
    incident.factors = {
        rew,
        factor(QStringLiteral("env"), QStringLiteral("environment"),
               QStringLiteral("Walls have gaps")),
        factor(QStringLiteral("alg"), QStringLiteral("algorithm"),
               QStringLiteral("Greedy optimiser")),
        factor(QStringLiteral("hack"), QStringLiteral("behaviour"),
               QStringLiteral("Agent exploits the gap")),
        factor(QStringLiteral("ovs"), QStringLiteral("oversight"),
               QStringLiteral("Reviewer watches")),
        factor(QStringLiteral("int"), QStringLiteral("intent"), QStringLiteral("Finish the task")),
        factor(QStringLiteral("lone"), QStringLiteral("environment"),
               QStringLiteral("Night lighting")),
    };
    Interpretation a;
    a.id = QStringLiteral("a");
    a.name = QStringLiteral("Reading");
    Placement pRew = placement(QStringLiteral("rew"), {-300, 0}, true);
    pRew.leverNote = QStringLiteral("Pay only for the finished task");
    a.placements = {pRew,
                    placement(QStringLiteral("env"), {0, 0}, true),
                    placement(QStringLiteral("alg"), {300, 0}),
                    placement(QStringLiteral("hack"), {0, 250}),
                    placement(QStringLiteral("ovs"), {300, 250}),
                    placement(QStringLiteral("int"), {-300, -250}),
                    placement(QStringLiteral("lone"), {-300, 250})};
    a.links = {link(QStringLiteral("l1"), QStringLiteral("rew"), QStringLiteral("hack")),
               link(QStringLiteral("l2"), QStringLiteral("env"), QStringLiteral("hack"),
                    Relation::Enables),
               link(QStringLiteral("l3"), QStringLiteral("alg"), QStringLiteral("hack")),
               link(QStringLiteral("l4"), QStringLiteral("ovs"), QStringLiteral("hack"),
                    Relation::Prevents),
               link(QStringLiteral("l5"), QStringLiteral("int"), QStringLiteral("rew"))};
    incident.interpretations = {a};
    return incident;
}

} // namespace

class TestLens : public CanvasFixture
{
    Q_OBJECT

private:
    CanvasScene *scene() const { return m_view->canvasScene(); }
    Emphasis factorEmphasis(const QString &id) const { return scene()->factorItem(id)->emphasis(); }
    Emphasis linkEmphasis(const QString &id) const { return scene()->linkItem(id)->emphasis(); }

    QSet<QString> factorsWith(Emphasis emphasis) const
    {
        QSet<QString> ids;
        for (FactorItem *item : scene()->factorItems())
            if (item->emphasis() == emphasis)
                ids.insert(item->factorId());
        return ids;
    }
    QSet<QString> linksWith(Emphasis emphasis) const
    {
        QSet<QString> ids;
        for (LinkItem *item : scene()->linkItems())
            if (item->emphasis() == emphasis)
                ids.insert(item->linkId());
        return ids;
    }
    template <typename T> QList<T *> overlaysOf() const { return test::lensOverlaysOf<T>(scene()); }
    void expectPlain() const
    {
        QCOMPARE(factorsWith(Emphasis::Normal).size(), scene()->factorItems().size());
        QCOMPARE(linksWith(Emphasis::Normal).size(), scene()->linkItems().size());
        QVERIFY(OverlayAnchor::overlays(scene(), OverlayAnchor::Group::Lens).isEmpty());
    }

private Q_SLOTS:
    void init()
    {
        m_doc = std::make_unique<Document>();
        m_doc->resetIncident(lensIncident());
        openView();
    }
    void cleanup() { tearDownView(); }

    void rootCauseFadesExactlyTheFactorsOffEveryPath()
    {
        LensStyler::apply(scene(), Lens::RootCause);
        QCOMPARE(factorsWith(Emphasis::Highlighted), (QSet<QString>{"rew", "env"}));
        QCOMPARE(factorsWith(Emphasis::Normal), (QSet<QString>{"hack"}));
        QCOMPARE(factorsWith(Emphasis::Faded), (QSet<QString>{"alg", "ovs", "int", "lone"}));
        QCOMPARE(linksWith(Emphasis::Highlighted), (QSet<QString>{"l1", "l2"}));
        QCOMPARE(linksWith(Emphasis::Faded), (QSet<QString>{"l3", "l4", "l5"}));
        QVERIFY(OverlayAnchor::overlays(scene(), OverlayAnchor::Group::Lens).isEmpty());
    }

    void rootCauseFollowsTheFlag()
    {
        // alg becomes a root cause: its path lights up, nothing else changes.
        Placement p = *placementOf(*m_doc, "a", "alg");
        p.rootCause = true;
        m_doc->push(new EditPlacementCommand(m_doc.get(), {"a", "alg"}, p, {}, "root"));
        LensStyler::apply(scene(), Lens::RootCause);
        QCOMPARE(factorsWith(Emphasis::Highlighted), (QSet<QString>{"rew", "env", "alg"}));
        QCOMPARE(linksWith(Emphasis::Highlighted), (QSet<QString>{"l1", "l2", "l3"}));
    }

    void leversShowNotesWithoutIntervention()
    {
        LensStyler::apply(scene(), Lens::Levers);
        const QList<LensNoteItem *> notes = overlaysOf<LensNoteItem>();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0]->text(), QStringLiteral("Pay only for the finished task"));
        QCOMPARE(notes[0]->tone(), LensNoteItem::Tone::Lever);
        // Under the box of its factor, not on it.
        const FactorItem *rew = scene()->factorItem("rew");
        QVERIFY(notes[0]->sceneBoundingRect().top() > rew->mapRectToScene(rew->boxRect()).bottom());
        QVERIFY(qAbs(notes[0]->sceneBoundingRect().center().x() - rew->scenePos().x()) < 1);
        QCOMPARE(factorsWith(Emphasis::Normal).size(), 7);
        QVERIFY(overlaysOf<InterventionMarkItem>().isEmpty());
    }

    void leversWhatIfMarksTheCutPaths()
    {
        LensStyler::apply(scene(), Lens::Levers, {"env"});
        // The intervened factor is marked; its link is cut, the others remain.
        QCOMPARE(overlaysOf<InterventionMarkItem>().size(), 1);
        QCOMPARE(linkEmphasis("l2"), Emphasis::Faded);
        QCOMPARE(linkEmphasis("l1"), Emphasis::Highlighted);
        QCOMPARE(linkEmphasis("l3"), Emphasis::Highlighted);
        QCOMPARE(linkEmphasis("l4"), Emphasis::Normal); // prevents: never a path
        QCOMPARE(factorEmphasis("env"), Emphasis::Normal);
        QCOMPARE(factorEmphasis("hack"), Emphasis::Normal);
        // The behaviour says what is left.
        QStringList statuses;
        for (LensNoteItem *note : overlaysOf<LensNoteItem>())
            if (note->tone() != LensNoteItem::Tone::Lever)
                statuses.append(note->text());
        QCOMPARE(statuses, QStringList{"2 of 3 paths remain"});
        const QString summary = LensSummary::describe(m_doc->incident(), *scene()->interpretation(),
                                                      Lens::Levers, {"env"});
        QVERIFY2(
            summary.contains(QStringLiteral("2 of 3 paths to “Agent exploits the gap” remain")),
            qPrintable(summary));
    }

    void leversCuttingEveryPathFadesThemAll()
    {
        LensStyler::apply(scene(), Lens::Levers, {"rew", "env", "alg"});
        QCOMPARE(overlaysOf<InterventionMarkItem>().size(), 3);
        QCOMPARE(linksWith(Emphasis::Faded), (QSet<QString>{"l1", "l2", "l3"}));
        QCOMPARE(factorEmphasis("hack"), Emphasis::Faded);
        bool cutNote = false;
        for (LensNoteItem *note : overlaysOf<LensNoteItem>())
            cutNote = cutNote || (note->tone() == LensNoteItem::Tone::Cut &&
                                  note->text() == "all 3 paths cut");
        QVERIFY(cutNote);
        QVERIFY(LensSummary::describe(m_doc->incident(), *scene()->interpretation(), Lens::Levers,
                                      {"rew", "env", "alg"})
                    .contains(QStringLiteral("the failure is fixed")));
    }

    void gapsShowActualAndIdeal()
    {
        LensStyler::apply(scene(), Lens::Gaps);
        const QList<GapOverlayItem *> gaps = overlaysOf<GapOverlayItem>();
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps[0]->actualText(), QStringLiteral("Pays for contact"));
        QCOMPARE(gaps[0]->idealText(), QStringLiteral("Pays for the finished task"));
        QCOMPARE(factorsWith(Emphasis::Normal), (QSet<QString>{"rew"}));
        QCOMPARE(linksWith(Emphasis::Faded).size(), 5);
    }

    void plainRestoresEverything_data()
    {
        QTest::addColumn<int>("lens");
        QTest::newRow("root cause") << int(Lens::RootCause);
        QTest::newRow("levers") << int(Lens::Levers);
        QTest::newRow("gaps") << int(Lens::Gaps);
    }
    void plainRestoresEverything()
    {
        QFETCH(int, lens);
        LensStyler::apply(scene(), Lens(lens), {"env"});
        QVERIFY(!factorsWith(Emphasis::Faded).isEmpty() ||
                !OverlayAnchor::overlays(scene(), OverlayAnchor::Group::Lens).isEmpty());
        LensStyler::apply(scene(), Lens::Plain);
        expectPlain();
    }

    void lensesNeverTouchTheDocument()
    {
        const QByteArray before = writeFaultline(m_doc->incident());
        const int steps = undoCount();
        for (int round = 0; round < 2; ++round)
            for (Lens lens : {Lens::RootCause, Lens::Levers, Lens::Gaps, Lens::Plain}) {
                LensStyler::apply(scene(), lens, {"env", "alg"});
                DiagnosticMarkers::show(scene(),
                                        diagnose(m_doc->incident(), *scene()->interpretation()));
            }
        QCOMPARE(writeFaultline(m_doc->incident()), before);
        QCOMPARE(undoCount(), steps);
        QVERIFY(!m_doc->isModified());
    }

    void reapplyingReplacesOverlays()
    {
        LensStyler::apply(scene(), Lens::Levers, {"env"});
        const int count = OverlayAnchor::overlays(scene(), OverlayAnchor::Group::Lens).size();
        QVERIFY(count > 0);
        LensStyler::apply(scene(), Lens::Levers, {"env"});
        QCOMPARE(OverlayAnchor::overlays(scene(), OverlayAnchor::Group::Lens).size(), count);
    }

    void overlaysIgnoreClicksAndFollowTheirFactor()
    {
        LensStyler::apply(scene(), Lens::Levers);
        LensNoteItem *note = overlaysOf<LensNoteItem>().value(0);
        QVERIFY(note);
        const QPointF onNote = note->sceneBoundingRect().center();
        QCOMPARE(scene()->factorAt(onNote, m_view->viewportTransform()), nullptr);
        QVERIFY(scene()->elementAt(onNote, m_view->viewportTransform()) != note);
        QCOMPARE(note->acceptedMouseButtons(), Qt::NoButton);

        // A click on the note is a click on empty canvas: it selects nothing.
        scene()->selectOnly(item("env"));
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, at(onNote));
        QVERIFY(m_view->selectedFactorIds().isEmpty());
        QVERIFY(m_view->selectedLinkIds().isEmpty());

        // Dragging the factor drags its note along (also before the drop).
        const QPointF noteBefore = note->scenePos();
        const int steps = undoCount();
        drag(at({-300, 0}), at({-300 + 120, -60}));
        QCOMPARE(undoCount(), steps + 1);
        const QPointF moved = item("rew")->scenePos() - QPointF(-300, 0);
        QVERIFY(moved.manhattanLength() > 50);
        QCOMPARE(note->scenePos(), noteBefore + moved);
    }

    void overlaysGoWithTheirFactor()
    {
        LensStyler::apply(scene(), Lens::Gaps);
        QCOMPARE(overlaysOf<GapOverlayItem>().size(), 1);
        scene()->selectOnly(item("rew"));
        m_view->deleteSelection();
        QVERIFY(!item("rew"));
        QVERIFY(overlaysOf<GapOverlayItem>().isEmpty());
        m_doc->undoStack()->undo();
        // The new item comes without overlays until the lens is applied again.
        QVERIFY(item("rew"));
        LensStyler::apply(scene(), Lens::Gaps);
        QCOMPARE(overlaysOf<GapOverlayItem>().size(), 1);
    }

    void diagnosticMarkersSitOnTheirElements()
    {
        // Make the reward a root cause without effect: drop its link.
        m_doc->push(new LinkPresenceCommand(m_doc.get(), LinkPresenceCommand::Remove, "a",
                                            *scene()->interpretation()->findLink("l1")));
        const QList<Diagnostic> diagnostics =
            diagnose(m_doc->incident(), *scene()->interpretation());
        DiagnosticMarkers::show(scene(), diagnostics);
        QList<DiagnosticMarkerItem *> markers;
        for (LensOverlayItem *overlay :
             OverlayAnchor::overlays(scene(), OverlayAnchor::Group::Diagnostics))
            markers.append(static_cast<DiagnosticMarkerItem *>(overlay));
        // One warning on the reward (no effect). The four links without evidence
        // get no marker: their own evidence badge shows "0".
        QCOMPARE(markers.size(), 1);
        int warnings = 0;
        for (DiagnosticMarkerItem *marker : markers)
            if (marker->severity() == DiagnosticSeverity::Warning) {
                ++warnings;
                const FactorItem *rew = item("rew");
                QCOMPARE(marker->scenePos(), rew->mapToScene(rew->boxRect().topLeft()));
            }
        QCOMPARE(warnings, 1);
        // The lens leaves the markers alone, and the markers leave the lens alone.
        LensStyler::apply(scene(), Lens::Levers);
        QCOMPARE(OverlayAnchor::overlays(scene(), OverlayAnchor::Group::Diagnostics).size(), 1);
        DiagnosticMarkers::clear(scene());
        QVERIFY(OverlayAnchor::overlays(scene(), OverlayAnchor::Group::Diagnostics).isEmpty());
        QCOMPARE(overlaysOf<LensNoteItem>().size(), 1);
    }

    void diagnosticMarkerOnALinkFollowsItsPathDuringADrag()
    {
        // Evidence that cites no source: a note marker on the link.
        Evidence unsourced;
        unsourced.id = QStringLiteral("e-unsourced");
        QVERIFY(m_doc->editor().addEvidence("a", "l2", unsourced));
        m_doc->undoStack()->clear(); // the drag below is counted from here
        DiagnosticMarkers::show(scene(), diagnose(m_doc->incident(), *scene()->interpretation()));
        LinkItem *l2 = scene()->linkItem("l2"); // env → hack
        const auto expectedFor = [](const LinkItem *link) {
            return link->mapToScene(link->midPoint()) + QPointF(16, -14);
        };
        DiagnosticMarkerItem *marker = nullptr;
        for (LensOverlayItem *overlay :
             OverlayAnchor::overlays(scene(), OverlayAnchor::Group::Diagnostics))
            if (QLineF(overlay->scenePos(), expectedFor(l2)).length() < 0.5)
                marker = static_cast<DiagnosticMarkerItem *>(overlay);
        QVERIFY(marker);
        const QPointF before = marker->scenePos();

        // Drag the link's source factor with the real mouse, checking mid-drag and after the drop.
        FactorItem *env = item("env");
        const QPoint from = at(env->scenePos());
        const QPoint to = from + QPoint(-160, 90);
        QTest::mouseMove(viewport(), from);
        QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport(), from + (to - from) / 3);
        QTest::mouseMove(viewport(), from + (to - from) * 2 / 3);
        QVERIFY(env->scenePos() != QPointF(0, 0)); // the drag is under way
        QVERIFY(QLineF(marker->scenePos(), expectedFor(l2)).length() < 0.5);
        QTest::mouseMove(viewport(), to);
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(undoCount(), 1); // the move was a real edit
        QVERIFY(QLineF(marker->scenePos(), expectedFor(l2)).length() < 0.5);
        QVERIFY2(QLineF(marker->scenePos(), before).length() > 20,
                 "the link's middle moved, so must the marker");
        // On the re-routed path, not just near the old one.
        const QPointF onPath = marker->scenePos() - QPointF(16, -14);
        QVERIFY(QLineF(onPath, l2->mapToScene(l2->curve().pointAtPercent(0.5))).length() < 40);

        // Undo moves the factor back through the model: the marker follows again.
        m_doc->undoStack()->undo();
        QCOMPARE(env->scenePos(), QPointF(0, 0));
        QVERIFY(QLineF(marker->scenePos(), before).length() < 0.5);

        // Removing the end factor's item or clearing the markers leaves nothing dangling.
        DiagnosticMarkers::clear(scene());
        QTest::mouseMove(viewport(), from);
        QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport(), to);
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
        QVERIFY(OverlayAnchor::overlays(scene(), OverlayAnchor::Group::Diagnostics).isEmpty());
    }

    void renderRectCoversTheOverlays()
    {
        LensStyler::apply(scene(), Lens::Gaps);
        const QRectF rect = LensStyler::renderRect(scene());
        for (LensOverlayItem *overlay :
             OverlayAnchor::overlays(scene(), OverlayAnchor::Group::Lens))
            QVERIFY(rect.contains(overlay->sceneBoundingRect()));
        QVERIFY(rect.contains(scene()->diagramRect()));
    }
};

QTEST_MAIN(TestLens)
#include "tst_lens.moc"
