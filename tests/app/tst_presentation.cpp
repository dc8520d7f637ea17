// Presentation mode (F5) with real key events on the presentation window:
// the stepping order (title, each reading link by link in causal order, the
// compare view, each crux, the end), every clicker key, the reveal toggle,
// and Esc back to the editor with the same tab, selection and zoom.

#include "../common/elementbuilders.h"
#include "../common/mainwindowfixture.h"
#include "app/controllers/comparecontroller.h"
#include "app/controllers/presentationcontroller.h"
#include "app/window/mainwindow.h"
#include "model/document.h"
#include "model/format/faultlinereader.h"
#include "testpaths.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/canvas/linkitem.h"
#include "widgets/common/interpretationtabs.h"
#include "widgets/compare/comparescenes.h"
#include "widgets/discussion/compareslide.h"
#include "widgets/discussion/cruxslide.h"
#include "widgets/discussion/diagramslide.h"
#include "widgets/discussion/presentationwindow.h"
#include "widgets/discussion/revealorder.h"

#include "model/compare/discussionsummary.h"
#include "widgets/discussion/textslide.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace faultline;
using faultline::test::factor;
using faultline::test::link;
using faultline::test::placement;
using Kind = PresentationStep::Kind;

namespace {
// Reading A: rew (root cause) → obs → run; env (not a root cause, nothing
// points at it) → run; also run → obs back (a cycle through obs). Listed in
// an order unlike the causal one. Reading B: env → run only.
Incident incident()
{
    Incident incident;
    incident.title = QStringLiteral("CoinRun");
    incident.summary = QStringLiteral("The agent runs right instead of fetching the coin.");
    incident.factors = {factor("rew", "reward", "+10 coin"),
                        factor("env", "environment", "Coin at end"),
                        factor("obs", "environment", "Coin always right"),
                        factor("run", "behaviour", "Runs right")};
    Interpretation a;
    a.id = "A";
    a.name = "Reward reading";
    a.author = "Ada";
    a.stance = "The reward is to blame";
    a.placements = {placement("rew", {0, 0}, true), placement("env", {300, 0}),
                    placement("obs", {0, 200}), placement("run", {150, 400})};
    a.links = {link("a-run-obs", "run", "obs"), link("a-obs-run", "obs", "run"),
               link("a-env-run", "env", "run"), link("a-rew-obs", "rew", "obs")};
    Interpretation b;
    b.id = "B";
    b.name = "Environment reading";
    b.author = "Ben";
    b.placements = {placement("env", {300, 0}, true), placement("run", {150, 400})};
    b.links = {link("b-env-run", "env", "run")};
    incident.interpretations = {a, b};
    incident.discussion.participants = {"Ana", "Bo"};
    return incident;
}
} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

private:
    test::MainWindowFixture m_window;

    MainWindow *openWindow()
    {
        m_window.create();
        m_window->document()->resetIncident(incident());
        m_window.show();
        return m_window.get();
    }

    PresentationWindow *present()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        auto *controller = m_window->presentationController();
        PresentationWindow *presentation = controller ? controller->presentationWindow() : nullptr;
        if (presentation && !QTest::qWaitForWindowExposed(presentation))
            return nullptr;
        return presentation;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::MainWindowFixture::initTestCase(QStringLiteral("FaultlineTest"),
                                              QStringLiteral("tst_presentation"));
    }

    void cleanup() { m_window.cleanup(); }

    void revealOrderIsCausal()
    {
        const Interpretation a = incident().interpretations.first();
        // rew is a root cause: its link first. env → run is at depth 0 too,
        // but not from a root cause. obs is at depth 1 (rew → obs), so
        // obs → run comes next; run (depth 2) → obs closes the cycle last.
        QCOMPARE(RevealOrder::linkIds(a),
                 (QStringList{"a-rew-obs", "a-env-run", "a-obs-run", "a-run-obs"}));
        // Ties at one depth go by position: the left factor's link first.
        Interpretation ties;
        ties.placements = {placement("x", {200, 0}), placement("y", {0, 0}),
                           placement("z", {100, 300})};
        ties.links = {link("l1", "x", "z"), link("l2", "y", "z")};
        QCOMPARE(RevealOrder::linkIds(ties), (QStringList{"l2", "l1"}));
    }

    void stepsThroughEverythingInOrder()
    {
        MainWindow *w = openWindow();
        // The presentation setting: one link per step.
        QSettings().setValue(QStringLiteral("presentation/reveal"), QStringLiteral("links"));
        PresentationWindow *p = present();
        QVERIFY(p);
        QVERIFY(p->isFullScreen());
        QCOMPARE(p->currentStep().kind, Kind::Title);
        QCOMPARE(p->comparedIds(), (QStringList{"A", "B"}));
        const int cruxes = int(p->compareSlide()->scenes()->diff().cruxes.size());
        QVERIFY(cruxes > 0);

        QList<PresentationStep> expected{{Kind::Title, 0, -1}};
        for (int shown = 0; shown <= 4; ++shown)
            expected.append({Kind::Reading, 0, shown});
        expected.append({Kind::Reading, 1, 0});
        expected.append({Kind::Reading, 1, 1});
        expected.append({Kind::Compare, 0, -1});
        for (int i = 0; i < cruxes; ++i)
            expected.append({Kind::Crux, i, -1});
        expected.append({Kind::End, 0, -1});

        // Each clicker key moves one step forward; record what is shown.
        const QList<Qt::Key> forward{Qt::Key_Right, Qt::Key_PageDown, Qt::Key_Space, Qt::Key_Down};
        QList<PresentationStep> seen{p->currentStep()};
        const QStringList order = p->readingSlide(0)->revealOrder();
        QCOMPARE(order, (QStringList{"a-rew-obs", "a-env-run", "a-obs-run", "a-run-obs"}));
        for (int i = 0; i < expected.size() - 1; ++i) {
            QTest::keyClick(p, forward[i % forward.size()]);
            seen.append(p->currentStep());
            const PresentationStep step = p->currentStep();
            if (step.kind == Kind::Reading && step.index == 0) {
                DiagramSlide *slide = p->readingSlide(0);
                QCOMPARE(p->currentSlide(), slide);
                // Exactly the first `revealed` links of the causal order are visible.
                for (int l = 0; l < order.size(); ++l)
                    QCOMPARE(slide->scene()->linkItem(order[l])->isVisible(), l < step.revealed);
                // The root cause shows from the start; obs only once a link reaches it.
                QVERIFY(slide->scene()->factorItem("rew")->isVisible());
                QCOMPARE(slide->scene()->factorItem("obs")->isVisible(), step.revealed >= 1);
            }
            if (step.kind == Kind::Crux)
                QVERIFY(p->cruxSlide()->text().contains(
                    QStringLiteral("Crux %1 of %2").arg(step.index + 1).arg(cruxes)));
        }
        QCOMPARE(seen, expected);
        QTest::keyClick(p, Qt::Key_Right); // past the end: stays
        QCOMPARE(p->stepIndex(), int(expected.size()) - 1);

        // Backwards with every key, Home and End.
        QTest::keyClick(p, Qt::Key_Left);
        QCOMPARE(p->currentStep(), expected[expected.size() - 2]);
        QTest::keyClick(p, Qt::Key_PageUp);
        QTest::keyClick(p, Qt::Key_Backspace);
        QTest::keyClick(p, Qt::Key_Up);
        QCOMPARE(p->currentStep(), expected[expected.size() - 5]);
        QTest::keyClick(p, Qt::Key_Home);
        QCOMPARE(p->stepIndex(), 0);
        QTest::keyClick(p, Qt::Key_End);
        QCOMPARE(p->currentStep().kind, Kind::End);
        Q_UNUSED(w);
    }

    void revealInStagesByDefault()
    {
        openWindow();
        PresentationWindow *p = present();
        QVERIFY(p);
        QCOMPARE(p->revealMode(), RevealMode::Stages);
        DiagramSlide *slide = p->readingSlide(0);
        QCOMPARE(slide->behaviourFactorIds(), QStringList{"run"});
        // Reading A in three presses, whatever its four links: root causes,
        // the paths, the behaviour.
        struct Expected
        {
            QStringList factors;
            QStringList links;
            QStringList highlighted;
        };
        // env: not a root cause but unlinked except into the behaviour, so it
        // is part of the paths' stage.
        const QList<Expected> stages{{{"rew"}, {}, {}},
                                     {{"rew", "env", "obs"}, {"a-rew-obs"}, {}},
                                     {{"rew", "env", "obs", "run"},
                                      {"a-rew-obs", "a-env-run", "a-obs-run", "a-run-obs"},
                                      {"a-env-run", "a-obs-run"}}};
        const QStringList allFactors{"rew", "env", "obs", "run"};
        const QStringList allLinks = slide->revealOrder();
        for (int stage = 0; stage < stages.size(); ++stage) {
            QTest::keyClick(p, Qt::Key_Right);
            QCOMPARE(p->currentStep(), (PresentationStep{Kind::Reading, 0, -1, stage}));
            QCOMPARE(p->currentSlide(), slide);
            for (const QString &id : allFactors)
                QCOMPARE(slide->scene()->factorItem(id)->isVisible(),
                         stages[stage].factors.contains(id));
            for (const QString &id : allLinks) {
                LinkItem *item = slide->scene()->linkItem(id);
                QCOMPARE(item->isVisible(), stages[stage].links.contains(id));
                QCOMPARE(item->emphasis() == Emphasis::Highlighted,
                         stages[stage].highlighted.contains(id));
            }
        }
        // Reading B: three steps too, then the compare slide.
        for (int stage = 0; stage < 3; ++stage) {
            QTest::keyClick(p, Qt::Key_Right);
            QCOMPARE(p->currentStep(), (PresentationStep{Kind::Reading, 1, -1, stage}));
        }
        QCOMPARE(p->readingSlide(1)->scene()->factorItem("run")->isVisible(), true);
        QTest::keyClick(p, Qt::Key_Right);
        QCOMPARE(p->currentStep().kind, Kind::Compare);
        int readingSteps = 0;
        for (const PresentationStep &step : p->steps())
            readingSteps += step.kind == Kind::Reading ? 1 : 0;
        QCOMPARE(readingSteps, 6);
    }

    void revealModeCycles()
    {
        openWindow();
        PresentationWindow *p = present();
        QVERIFY(p);
        QTest::keyClick(p, Qt::Key_Right);
        QTest::keyClick(p, Qt::Key_Right); // reading A, the paths
        QCOMPARE(p->currentStep(), (PresentationStep{Kind::Reading, 0, -1, 1}));
        QTest::keyClick(p, Qt::Key_R); // link by link, from the reading's start
        QCOMPARE(p->revealMode(), RevealMode::Links);
        QCOMPARE(p->currentStep(), (PresentationStep{Kind::Reading, 0, 0}));
        QCOMPARE(QSettings().value(QStringLiteral("presentation/reveal")).toString(),
                 QStringLiteral("links"));
        QTest::keyClick(p, Qt::Key_Right); // reading A, one link shown
        QCOMPARE(p->currentStep(), (PresentationStep{Kind::Reading, 0, 1}));
        QTest::keyClick(p, Qt::Key_R); // all at once: the whole diagram
        QCOMPARE(p->revealMode(), RevealMode::All);
        QCOMPARE(p->currentStep(), (PresentationStep{Kind::Reading, 0, -1}));
        for (const QString &id : p->readingSlide(0)->revealOrder())
            QVERIFY(p->readingSlide(0)->scene()->linkItem(id)->isVisible());
        QTest::keyClick(p, Qt::Key_Right);
        QCOMPARE(p->currentStep(), (PresentationStep{Kind::Reading, 1, -1}));
        QTest::keyClick(p, Qt::Key_Right);
        QCOMPARE(p->currentStep().kind, Kind::Compare);
        QTest::keyClick(p, Qt::Key_R); // stages again: elsewhere nothing moves
        QCOMPARE(p->revealMode(), RevealMode::Stages);
        QCOMPARE(p->currentStep().kind, Kind::Compare);
        QTest::keyClick(p, Qt::Key_Left);
        QCOMPARE(p->currentStep(), (PresentationStep{Kind::Reading, 1, -1, 2}));
        QCOMPARE(QSettings().value(QStringLiteral("presentation/reveal")).toString(),
                 QStringLiteral("stages"));
        // The setting is what the next presentation starts with.
        QSettings().setValue(QStringLiteral("presentation/reveal"), QStringLiteral("all"));
        QTest::keyClick(p, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->presentationController()->presentationWindow());
        p = present();
        QVERIFY(p);
        QCOMPARE(p->revealMode(), RevealMode::All);
    }

    void escapeReturnsToTheEditorAsItWas()
    {
        MainWindow *w = openWindow();
        w->tabs()->setCurrentInterpretation("B");
        CanvasView *canvas = w->tabs()->currentView();
        static_cast<CanvasScene *>(canvas->scene())->selectElements({"env"}, {});
        const QTransform zoom = canvas->transform();
        const int tab = w->tabs()->tabWidget()->currentIndex();

        QPointer<PresentationWindow> p = present();
        QVERIFY(p);
        QTest::keyClick(p, Qt::Key_End);
        QTest::keyClick(p, Qt::Key_Escape);
        QTRY_VERIFY(!p); // closed and deleted
        QCOMPARE(w->tabs()->tabWidget()->currentIndex(), tab);
        QCOMPARE(w->tabs()->currentInterpretationId(), QStringLiteral("B"));
        QCOMPARE(w->tabs()->currentView()->selectedFactorIds(), QStringList{"env"});
        QCOMPARE(w->tabs()->currentView()->transform(), zoom);
        QVERIFY(w->isVisible());
        QVERIFY(w->document()->undoStack()->isClean()); // presenting never edits
    }

    void wholeCoinRunSession()
    {
        // The bundled example end to end: every step reachable, every reading
        // fully revealed at its last step. FAULTLINE_PRESENTATION_SHOTS=<dir>
        // saves a picture of each kind of slide for a human look.
        const LoadResult loaded = readFaultlineFile(
            QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples/coinrun.faultline"));
        QVERIFY(loaded.ok());
        openWindow();
        m_window->document()->resetIncident(loaded.value());
        PresentationWindow *p = present();
        QVERIFY(p);
        p->resize(1600, 900);
        QCoreApplication::processEvents();
        const QString shots = qEnvironmentVariable("FAULTLINE_PRESENTATION_SHOTS");
        QSet<int> shotKinds;
        int steps = 1;
        while (true) {
            const PresentationStep step = p->currentStep();
            if (step.kind == Kind::Reading &&
                (step.stage == 2 ||
                 step.revealed == int(loaded.value().interpretations[step.index].links.size())))
                QCOMPARE(p->readingSlide(step.index)->visibleLinkIds().size(),
                         loaded.value().interpretations[step.index].links.size());
            const int kind =
                int(step.kind) * 10 + (step.kind == Kind::Reading ? step.stage + 1 : 0);
            if (!shots.isEmpty() && !shotKinds.contains(kind)) {
                shotKinds.insert(kind);
                QVERIFY(p->grab().save(
                    QStringLiteral("%1/slide-%2.png").arg(shots).arg(p->stepIndex())));
            }
            if (step.kind == Kind::End)
                break;
            QTest::keyClick(p, Qt::Key_PageDown);
            ++steps;
        }
        QCOMPARE(steps, int(p->steps().size()));
        QTest::keyClick(p, Qt::Key_Escape);
    }

    void cruxSlideShowsRecordedPositions()
    {
        MainWindow *w = openWindow();
        QVERIFY(w->compareController()->open({"B", "A"}));
        PresentationWindow *p = present();
        QVERIFY(p);
        QCOMPARE(p->comparedIds(), (QStringList{"B", "A"})); // the last compared set
        const DiffResult &diff = p->compareSlide()->scenes()->diff();
        Discussion discussion = w->document()->incident().discussion;
        CruxRecord record;
        record.interpretationIds = diff.interpretationIds;
        record.cruxKey = cruxKey(diff.cruxes.first());
        record.positions = {{"Ana", "A"}, {"Bo", ""}};
        record.note = "Look at the maze videos";
        discussion.records = {record};
        w->document()->setDiscussion(discussion);
        QTest::keyClick(p, Qt::Key_End);
        QTest::keyClick(p, Qt::Key_Left); // the last crux
        while (p->currentStep().kind == Kind::Crux && p->currentStep().index > 0)
            QTest::keyClick(p, Qt::Key_Left);
        QCOMPARE(p->currentStep(), (PresentationStep{Kind::Crux, 0, -1}));
        const QString text = p->cruxSlide()->text();
        // Who holds what, by name (B is "A", the second compared reading).
        QVERIFY2(text.contains(QStringLiteral("Ana: reading B")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Bo: unsure")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Look at the maze videos")));
        QVERIFY(text.contains(QStringLiteral("Resolution: Open")));
        QTest::keyClick(p, Qt::Key_Escape);
    }

    void closingSlideSavesTheSummary()
    {
        MainWindow *w = openWindow();
        auto *compare = w->compareController();
        QVERIFY(compare);
        QTemporaryDir dir;
        QList<QWidget *> askedOver;
        QString answer;
        compare->setAskPathFunction([&](QWidget *parent, const QString &) {
            askedOver.append(parent);
            return answer;
        });
        PresentationWindow *p = present();
        QVERIFY(p);
        QVERIFY(!p->saveSummaryButton()->isVisible());
        // S anywhere but on the closing slide does nothing.
        QTest::keyClick(p, Qt::Key_S);
        QVERIFY(askedOver.isEmpty());
        QTest::keyClick(p, Qt::Key_End);
        QCOMPARE(p->currentStep().kind, Kind::End);
        QVERIFY(p->saveSummaryButton()->isVisible());
        QCOMPARE(p->saveSummaryButton()->text(),
                 QCoreApplication::translate("faultline::DiscussionPanel", "Save Summary…"));

        // S: the file dialog over the presentation, then the Markdown summary.
        answer = dir.filePath(QStringLiteral("by-key.md"));
        QTest::keyClick(p, Qt::Key_S);
        QCOMPARE(askedOver, (QList<QWidget *>{p}));
        QFile byKey(answer);
        QVERIFY(byKey.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(byKey.readAll());
        QCOMPARE(markdown,
                 DiscussionSummary::markdown(w->document()->incident(), p->comparedIds()));
        QVERIFY(markdown.contains(QStringLiteral("CoinRun")));
        QCOMPARE(p->currentStep().kind, Kind::End); // still presenting

        // A click on the button does the same; a cancelled dialog writes nothing.
        answer = dir.filePath(QStringLiteral("by-click.md"));
        QTest::mouseClick(p->saveSummaryButton(), Qt::LeftButton);
        QCOMPARE(askedOver.size(), 2);
        QVERIFY(QFile::exists(answer));
        answer.clear();
        QTest::keyClick(p, Qt::Key_S);
        QCOMPARE(askedOver.size(), 3);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);

        // Off the closing slide the button goes away again.
        QTest::keyClick(p, Qt::Key_Left);
        QVERIFY(!p->saveSummaryButton()->isVisible());
        QTest::keyClick(p, Qt::Key_Escape);
    }

    void closingSlideListsRecordsNoLongerCruxes()
    {
        MainWindow *w = openWindow();
        // A record on env → run, which both readings have: no crux (any more).
        Incident withStale = incident();
        CruxRecord stale;
        stale.interpretationIds = {"A", "B"};
        stale.cruxKey = QStringLiteral("link-presence||env,run");
        stale.positions = {{QStringLiteral("Ana"), QStringLiteral("A")}};
        stale.resolution = CruxResolution::BothPartly;
        withStale.discussion.records = {stale};
        w->document()->resetIncident(withStale);
        const QString header =
            QCoreApplication::translate("faultline::DiscussionSummary", "No longer a crux");

        PresentationWindow *p = present();
        QVERIFY(p);
        const QList<CruxRecord> staleRecords =
            DiscussionSummary::staleRecords(withStale, p->compareSlide()->scenes()->diff());
        QCOMPARE(staleRecords.size(), 1); // really not a crux
        QTest::keyClick(p, Qt::Key_End);
        QCOMPARE(p->currentSlide(), p->endSlide());
        const QString text = p->endSlide()->text();
        QVERIFY2(
            text.contains(header + QLatin1Char('\n') + QStringLiteral("• ") +
                          DiscussionSummary::recordDescription(withStale, stale) +
                          QStringLiteral(" — ") +
                          DiscussionSummary::resolutionText(withStale, &stale, p->comparedIds())),
            qPrintable(text));
        QVERIFY2(text.contains(DiscussionSummary::holdersText(&stale, p->comparedIds())),
                 qPrintable(text));
        QTest::keyClick(p, Qt::Key_Escape);
        QTRY_VERIFY(!w->presentationController()->presentationWindow()); // deleted on close

        // Without such a record the closing slide has no such section.
        w->document()->resetIncident(incident());
        p = present();
        QVERIFY(p);
        QTest::keyClick(p, Qt::Key_End);
        QVERIFY(!p->endSlide()->text().contains(header));
        QTest::keyClick(p, Qt::Key_Escape);
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
