// The lenses in the editor window on the bundled hide-and-seek example,
// driven through real keyboard and mouse events (offscreen): the lens
// shortcuts, the levers what-if on the canvas and in the status bar, the
// checklist panel following tags and ruled-out marks, the diagnostics panel.

#include "../common/lensoverlays.h"
#include "../common/mainwindowfixture.h"
#include "app/controllers/languagecontroller.h"
#include "app/controllers/lenscontroller.h"
#include "app/window/mainwindow.h"
#include "app/window/windowactions.h"
#include "model/commands/editelementcommand.h"
#include "model/document.h"
#include "model/format/faultlinewriter.h"
#include "testpaths.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/canvas/linkitem.h"
#include "widgets/common/interpretationtabs.h"
#include "widgets/lens/gapoverlayitem.h"
#include "widgets/lens/interventionmarkitem.h"
#include "widgets/lens/lensnoteitem.h"
#include "widgets/lens/overlayanchor.h"
#include "widgets/panels/checklistpanel.h"
#include "widgets/panels/diagnosticspanel.h"
#include "widgets/panels/gaplistpanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace faultline;

namespace {
const QString kHideAndSeek =
    QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples/hide-and-seek.faultline");
const QString kBoth = QStringLiteral("reward-and-environment");
} // namespace

class TestLensGui : public QObject
{
    Q_OBJECT

private:
    test::MainWindowFixture m_window;

    Document *doc() const { return m_window->document(); }
    LensController *lenses() const { return m_window->lensController(); }
    CanvasView *view() const { return m_window->currentView(); }
    CanvasScene *scene() const { return view()->canvasScene(); }
    QString status() const { return lenses()->statusLabel()->text(); }

    template <typename T> QList<T *> overlaysOf() const { return test::lensOverlaysOf<T>(scene()); }

    void showInterpretation(const QString &id)
    {
        m_window->tabs()->setCurrentInterpretation(id);
        QCOMPARE(m_window->tabs()->currentInterpretationId(), id);
        view()->setFocus();
        QApplication::processEvents();
    }

    void clickFactor(const QString &id)
    {
        const QPoint pos = view()->mapFromScene(scene()->factorItem(id)->scenePos());
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, pos);
    }

    /// Clicks Rule Out… and types `reason` into the dialog it opens, then Return;
    /// false when no dialog came up.
    bool answerRuleOutDialog(const QString &reason)
    {
        bool answered = false;
        QTimer::singleShot(0, this, [&answered, reason] {
            QWidget *dialog = QApplication::activeModalWidget();
            auto *edit =
                dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("ruleOutReason")) : nullptr;
            if (!edit) {
                if (dialog)
                    dialog->close();
                return;
            }
            QTest::keyClicks(edit, reason);
            QTest::keyClick(edit, Qt::Key_Return);
            answered = true;
        });
        QTest::mouseClick(lenses()->checklistPanel()->ruleOutButton(), Qt::LeftButton);
        return answered;
    }

    void clickItem(QTreeWidget *tree, QTreeWidgetItem *item, int column = 0)
    {
        tree->scrollToItem(item);
        const QRect rect = tree->visualItemRect(item);
        QPoint pos(rect.left() + 4, rect.center().y());
        if (column > 0)
            pos.setX(tree->header()->sectionViewportPosition(column) + 8);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, pos);
    }

    /// The checklist panel, with its dock's tab raised.
    ChecklistPanel *raisedChecklist() const
    {
        ChecklistPanel *panel = lenses()->checklistPanel();
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            if (dock->widget() == panel)
                dock->raise();
        return panel;
    }

    void saveShot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("FAULTLINE_LENS_SHOTS");
        if (!dir.isEmpty())
            m_window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::MainWindowFixture::initTestCase(QStringLiteral("FaultlineTest"),
                                              QStringLiteral("tst_lensgui"));
    }

    void init()
    {
        m_window.createShown({1500, 950});
        QVERIFY(m_window->openFile(kHideAndSeek));
        QVERIFY(lenses());
    }

    void cleanup()
    {
        m_window.cleanup();
        LanguageController::applyLanguage(QStringLiteral("en")); // also after a failed check
    }

    void lensTextsOnTheCanvasFollowTheLanguage()
    {
        showInterpretation(kBoth);
        QTest::keyClick(view()->viewport(), Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(lenses()->lens(), Lens::Levers);
        QVERIFY(!overlaysOf<LensNoteItem>().isEmpty());
        QCOMPARE(overlaysOf<LensNoteItem>().first()->caption(), QStringLiteral("Lever"));
        const QString englishStatus = status();
        QVERIFY(englishStatus.startsWith(QStringLiteral("Levers lens")));

        QVERIFY(LanguageController::applyLanguage(QStringLiteral("de")));
        const QString germanCaption = QCoreApplication::translate("LensStyler", "Lever");
        QVERIFY(germanCaption != QStringLiteral("Lever"));
        QTRY_VERIFY(!overlaysOf<LensNoteItem>().isEmpty() &&
                    overlaysOf<LensNoteItem>().first()->caption() == germanCaption);
        QTRY_VERIFY(status() != englishStatus &&
                    !status().startsWith(QStringLiteral("Levers lens")));
        // The lens itself is unchanged: the notes are the document's own words.
        QVERIFY(overlaysOf<LensNoteItem>().first()->text() != QString());

        QVERIFY(LanguageController::applyLanguage(QStringLiteral("en")));
        QTRY_COMPARE(status(), englishStatus);
        QTRY_VERIFY(overlaysOf<LensNoteItem>().first()->caption() == QStringLiteral("Lever"));
    }

    void leversWhatIfThroughTheKeyboard()
    {
        showInterpretation(kBoth);
        const QByteArray before = writeFaultline(doc()->incident());
        const int steps = doc()->undoStack()->count();

        QTest::keyClick(view()->viewport(), Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(lenses()->lens(), Lens::Levers);
        QVERIFY(m_window->windowActions()->lensLevers->isChecked());
        // Both root causes carry a lever note; it shows under each box.
        QStringList notes;
        for (LensNoteItem *note : overlaysOf<LensNoteItem>())
            notes.append(note->text());
        QCOMPARE(notes.size(), 2);
        QVERIFY(
            notes.contains(QStringLiteral("Apply movement force only on contact with the ground")));
        QVERIFY(status().contains(QStringLiteral("press I")));
        saveShot(QStringLiteral("levers"));

        clickFactor(QStringLiteral("physics"));
        QCOMPARE(view()->selectedFactorIds(), QStringList{QStringLiteral("physics")});
        QTest::keyClick(view()->viewport(), Qt::Key_I);
        QCOMPARE(lenses()->intervened(kBoth), QSet<QString>{QStringLiteral("physics")});

        // The physics link is cut; the reward's path to box surfing remains.
        QCOMPARE(overlaysOf<InterventionMarkItem>().size(), 1);
        QCOMPARE(scene()->linkItem(QStringLiteral("l12"))->emphasis(), Emphasis::Faded);
        QCOMPARE(scene()->linkItem(QStringLiteral("l11"))->emphasis(), Emphasis::Highlighted);
        QVERIFY2(
            status().contains(QStringLiteral("4 of 5 paths to “Seekers surf on boxes” remain")),
            qPrintable(status()));
        QVERIFY(status().contains(QStringLiteral("Agents can push themselves in mid-air")));
        bool behaviourNote = false;
        for (LensNoteItem *note : overlaysOf<LensNoteItem>())
            behaviourNote =
                behaviourNote || (note->tone() == LensNoteItem::Tone::Remains &&
                                  note->text() == QStringLiteral("4 of 5 paths remain"));
        QVERIFY(behaviourNote);
        saveShot(QStringLiteral("levers-whatif"));

        // A what-if is no edit.
        QCOMPARE(writeFaultline(doc()->incident()), before);
        QCOMPARE(doc()->undoStack()->count(), steps);
        QVERIFY(!doc()->isModified());

        // I again takes the intervention back.
        QTest::keyClick(view()->viewport(), Qt::Key_I);
        QVERIFY(lenses()->intervened(kBoth).isEmpty());
        QVERIFY(overlaysOf<InterventionMarkItem>().isEmpty());
        QCOMPARE(scene()->linkItem(QStringLiteral("l12"))->emphasis(), Emphasis::Normal);
    }

    void everyLensOnEveryCanvas()
    {
        showInterpretation(kBoth);
        QTest::keyClick(view()->viewport(), Qt::Key_1, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(lenses()->lens(), Lens::RootCause);
        // Other tabs are styled too, not only the visible one.
        for (int i = 0; i < m_window->tabs()->count(); ++i) {
            CanvasScene *other = m_window->tabs()->view(i)->canvasScene();
            int faded = 0;
            for (FactorItem *item : other->factorItems())
                faded += item->emphasis() == Emphasis::Faded ? 1 : 0;
            QVERIFY2(faded > 0, qPrintable(other->interpretationId()));
        }
        QCOMPARE(scene()->factorItem(QStringLiteral("env-design"))->emphasis(), Emphasis::Faded);
        QCOMPARE(scene()->factorItem(QStringLiteral("physics"))->emphasis(), Emphasis::Highlighted);
        QVERIFY(status().startsWith(QStringLiteral("Root cause lens")));
        saveShot(QStringLiteral("rootcause"));

        QTest::keyClick(view()->viewport(), Qt::Key_3, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(lenses()->lens(), Lens::Gaps);
        QCOMPARE(overlaysOf<GapOverlayItem>().size(), 3);
        QVERIFY(lenses()->gapListPanel()->factorItem(QStringLiteral("physics")));
        QVERIFY(!lenses()->gapListPanel()->factorItem(QStringLiteral("self-play")));
        QVERIFY(lenses()->gapListPanel()->isVisible());
        saveShot(QStringLiteral("gaps"));

        // An edit while a lens is on: the canvas catches up a moment later.
        Factor selfPlay = *doc()->incident().findFactor(QStringLiteral("self-play"));
        selfPlay.actual = QStringLiteral("Each team only ever meets the other");
        doc()->push(new EditFactorCommand(doc(), {QStringLiteral("self-play")}, selfPlay, {},
                                          QStringLiteral("gap")));
        QTRY_COMPARE(overlaysOf<GapOverlayItem>().size(), 4);
        QTRY_VERIFY(lenses()->gapListPanel()->factorItem(QStringLiteral("self-play")));

        QTest::keyClick(view()->viewport(), Qt::Key_0, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(lenses()->lens(), Lens::Plain);
        QVERIFY(OverlayAnchor::overlays(scene(), OverlayAnchor::Group::Lens).isEmpty());
        for (FactorItem *item : scene()->factorItems())
            QCOMPARE(item->emphasis(), Emphasis::Normal);
        QVERIFY(!lenses()->statusLabel()->isVisible());
    }

    void rightClickIntervenesInTheLeversLens()
    {
        showInterpretation(kBoth);
        const QByteArray before = writeFaultline(doc()->incident());
        const int steps = doc()->undoStack()->count();
        const auto rightClick = [this](const QString &factorId) {
            const QPoint pos = view()->mapFromScene(scene()->factorItem(factorId)->scenePos());
            QTest::mousePress(view()->viewport(), Qt::RightButton, {}, pos);
            QTest::mouseRelease(view()->viewport(), Qt::RightButton, {}, pos);
            QContextMenuEvent event(QContextMenuEvent::Mouse, pos,
                                    view()->viewport()->mapToGlobal(pos));
            QApplication::sendEvent(view()->viewport(), &event);
            return event.isAccepted();
        };
        const auto chooseFromMenu = [](const QString &actionName) {
            QMenu *menu = nullptr;
            const bool shown = QTest::qWaitFor(
                [&menu] {
                    menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                    return menu != nullptr;
                },
                5000);
            if (!shown)
                return false;
            if (!menu || menu->objectName() != QStringLiteral("interventionMenu"))
                return false;
            QAction *action = menu->findChild<QAction *>(actionName);
            if (!action) {
                menu->close();
                return false;
            }
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
            return true;
        };

        // Outside the levers lens the canvas keeps its own right click.
        QCOMPARE(lenses()->lens(), Lens::Plain);
        rightClick(QStringLiteral("physics"));
        QVERIFY(!qobject_cast<QMenu *>(QApplication::activePopupWidget()));

        QTest::keyClick(view()->viewport(), Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(lenses()->lens(), Lens::Levers);
        QVERIFY(rightClick(QStringLiteral("physics")));
        QVERIFY(chooseFromMenu(QStringLiteral("lensInterveneHere")));
        QTRY_COMPARE(lenses()->intervened(kBoth), QSet<QString>{QStringLiteral("physics")});
        QCOMPARE(overlaysOf<InterventionMarkItem>().size(), 1);
        QCOMPARE(scene()->linkItem(QStringLiteral("l12"))->emphasis(), Emphasis::Faded);
        QVERIFY2(status().contains(QStringLiteral("4 of 5 paths")), qPrintable(status()));

        // The same factor now offers to take the intervention back.
        QVERIFY(rightClick(QStringLiteral("physics")));
        QVERIFY(chooseFromMenu(QStringLiteral("lensRemoveIntervention")));
        QTRY_VERIFY(lenses()->intervened(kBoth).isEmpty());
        QVERIFY(overlaysOf<InterventionMarkItem>().isEmpty());

        // A what-if, never an edit.
        QCOMPARE(writeFaultline(doc()->incident()), before);
        QCOMPARE(doc()->undoStack()->count(), steps);
        QVERIFY(!doc()->isModified());
    }

    void checklistRulesOutAreasAndAddsEntries()
    {
        ChecklistPanel *panel = raisedChecklist();
        QTreeWidget *tree = panel->tree();
        showInterpretation(QStringLiteral("reward-only"));
        QTRY_COMPARE(panel->interpretationId(), QStringLiteral("reward-only"));
        const int steps = doc()->undoStack()->count();

        const auto areasRuledOut = [this] {
            return doc()
                ->incident()
                .findInterpretation(QStringLiteral("reward-only"))
                ->ruledOutAreas;
        };
        const auto environmentRow = [panel] {
            return panel->areaItem(QStringLiteral("environment"));
        };
        // The example's "reward only" reading rules the environment area out: the row says so.
        QCOMPARE(areasRuledOut().size(), 1);
        QVERIFY(environmentRow());
        QVERIFY(environmentRow()
                    ->text(ChecklistPanel::StatusColumn)
                    .startsWith(QStringLiteral("Area ruled out")));
        QCOMPARE(environmentRow()->text(ChecklistPanel::DetailColumn), areasRuledOut()[0].reason);

        // Consider it again: select the area row, Consider Again (one step).
        clickItem(tree, environmentRow(), ChecklistPanel::StatusColumn);
        QCOMPARE(tree->currentItem(), environmentRow());
        QVERIFY(panel->considerButton()->isEnabled());
        QTest::mouseClick(panel->considerButton(), Qt::LeftButton);
        QCOMPARE(doc()->undoStack()->count(), steps + 1);
        QVERIFY(areasRuledOut().isEmpty());
        QTRY_VERIFY(!environmentRow()
                         ->text(ChecklistPanel::StatusColumn)
                         .startsWith(QStringLiteral("Area ruled out")));
        QCOMPARE(environmentRow()->text(ChecklistPanel::DetailColumn), QString());

        // Rule it out again with a reason typed into the dialog: Rule Out…, type, Return.
        clickItem(tree, environmentRow(), ChecklistPanel::StatusColumn);
        QCOMPARE(tree->currentItem(), environmentRow());
        QVERIFY(panel->ruleOutButton()->isEnabled());
        QVERIFY(!panel->considerButton()->isEnabled());
        QVERIFY(answerRuleOutDialog(QStringLiteral("The arena was checked frame by frame")));
        QTRY_COMPARE(doc()->undoStack()->count(), steps + 2);
        QCOMPARE(areasRuledOut().size(), 1);
        QCOMPARE(areasRuledOut()[0].target, QStringLiteral("environment"));
        QCOMPARE(areasRuledOut()[0].reason, QStringLiteral("The arena was checked frame by frame"));
        QTRY_VERIFY(environmentRow()
                        ->text(ChecklistPanel::StatusColumn)
                        .startsWith(QStringLiteral("Area ruled out")));
        QCOMPARE(environmentRow()->text(ChecklistPanel::DetailColumn),
                 QStringLiteral("The arena was checked frame by frame"));

        // Undo and redo.
        doc()->undoStack()->undo();
        QTRY_VERIFY(areasRuledOut().isEmpty());
        QTRY_COMPARE(environmentRow()->text(ChecklistPanel::DetailColumn), QString());
        doc()->undoStack()->redo();
        QCOMPARE(areasRuledOut().size(), 1);
        QTRY_VERIFY(!environmentRow()->text(ChecklistPanel::DetailColumn).isEmpty());

        // A document-specific entry in the selected row's area.
        clickItem(tree, panel->entryItem(QStringLiteral("broken-physics")));
        QVERIFY(!panel->addEntryButton()->isEnabled()); // nothing typed yet
        const int entriesBefore = panel->areaItem(QStringLiteral("environment"))->childCount();
        panel->newEntryEdit()->setFocus();
        QTest::keyClicks(panel->newEntryEdit(), QStringLiteral("Boxes can be locked mid-air"));
        QVERIFY(panel->addEntryButton()->isEnabled());
        QTest::keyClick(panel->newEntryEdit(), Qt::Key_Return);
        QCOMPARE(doc()->undoStack()->count(), steps + 3);
        QCOMPARE(doc()->incident().checklistExtensions.size(), 1);
        const ChecklistEntry added = doc()->incident().checklistExtensions.first();
        QCOMPARE(added.area, QStringLiteral("environment"));
        QCOMPARE(added.name, QStringLiteral("Boxes can be locked mid-air"));
        QCOMPARE(added.id, QStringLiteral("boxes-can-be-locked-mid-air"));
        QVERIFY(panel->newEntryEdit()->text().isEmpty());
        QTRY_VERIFY(panel->entryItem(added.id));
        QCOMPARE(panel->entryItem(added.id)->parent(),
                 panel->areaItem(QStringLiteral("environment")));
        QCOMPARE(panel->areaItem(QStringLiteral("environment"))->childCount(), entriesBefore + 1);
        QCOMPARE(panel->entryItem(added.id)->text(ChecklistPanel::StatusColumn),
                 QStringLiteral("Not considered"));
        // The new entry can be ruled out like any other.
        panel->ruleOut(added.id, QStringLiteral("Locks exist"));
        QTRY_COMPARE(panel->entryItem(added.id)->text(ChecklistPanel::StatusColumn),
                     QStringLiteral("Ruled out"));
        // Undo takes the rule-out, then the entry away.
        doc()->undoStack()->undo();
        doc()->undoStack()->undo();
        QVERIFY(doc()->incident().checklistExtensions.isEmpty());
        QTRY_VERIFY(!panel->entryItem(added.id));
    }

    void checklistFollowsTagsAndRuledOutMarks()
    {
        ChecklistPanel *panel = raisedChecklist();
        QTreeWidget *tree = panel->tree();

        // "Reward only" uses no physics factor: broken physics is not considered there.
        showInterpretation(QStringLiteral("reward-only"));
        QTRY_COMPARE(panel->interpretationId(), QStringLiteral("reward-only"));
        QCOMPARE(
            panel->entryItem(QStringLiteral("broken-physics"))->text(ChecklistPanel::StatusColumn),
            QStringLiteral("Not considered"));
        QCOMPARE(panel->entryItem(QStringLiteral("reward-misspecified"))
                     ->text(ChecklistPanel::StatusColumn),
                 QStringLiteral("Implicated"));

        showInterpretation(kBoth);
        QTRY_COMPARE(panel->interpretationId(), kBoth);
        QTreeWidgetItem *physics = panel->entryItem(QStringLiteral("broken-physics"));
        QCOMPARE(physics->text(ChecklistPanel::StatusColumn), QStringLiteral("Implicated"));
        QVERIFY(physics->text(ChecklistPanel::DetailColumn).contains(QStringLiteral("mid-air")));
        QCOMPARE(panel->areaItem(QStringLiteral("environment"))->text(ChecklistPanel::StatusColumn),
                 QStringLiteral("3 of 7 considered"));
        saveShot(QStringLiteral("checklist"));

        // Clicking an implicated entry selects its factors on the canvas.
        clickItem(tree, physics);
        QCOMPARE(view()->selectedFactorIds(), QStringList{QStringLiteral("physics")});

        // Rule one out with a reason, typed into the row: one undo step.
        const QString entry = QStringLiteral("lacks-diverse-environments");
        const int steps = doc()->undoStack()->count();
        clickItem(tree, panel->entryItem(entry));
        QCOMPARE(tree->currentItem(), panel->entryItem(entry));
        QVERIFY(panel->ruleOutButton()->isEnabled());
        QVERIFY(answerRuleOutDialog(QStringLiteral("Only one arena, by design")));
        QTRY_COMPARE(doc()->undoStack()->count(), steps + 1);
        const Interpretation *both = doc()->incident().findInterpretation(kBoth);
        QCOMPARE(both->ruledOutFailureModes.size(), 1);
        QCOMPARE(both->ruledOutFailureModes[0].target, entry);
        QCOMPARE(both->ruledOutFailureModes[0].reason, QStringLiteral("Only one arena, by design"));
        QTRY_COMPARE(panel->entryItem(entry)->text(ChecklistPanel::StatusColumn),
                     QStringLiteral("Ruled out"));
        QCOMPARE(panel->areaItem(QStringLiteral("environment"))->text(ChecklistPanel::StatusColumn),
                 QStringLiteral("4 of 7 considered"));

        // Undo brings it back to "not considered"; redo rules it out again.
        doc()->undoStack()->undo();
        QTRY_COMPARE(panel->entryItem(entry)->text(ChecklistPanel::StatusColumn),
                     QStringLiteral("Not considered"));
        doc()->undoStack()->redo();
        QTRY_COMPARE(panel->entryItem(entry)->text(ChecklistPanel::StatusColumn),
                     QStringLiteral("Ruled out"));

        // Consider again is its own step.
        clickItem(tree, panel->entryItem(entry));
        QVERIFY(panel->considerButton()->isEnabled());
        QTest::mouseClick(panel->considerButton(), Qt::LeftButton);
        QCOMPARE(doc()->undoStack()->count(), steps + 2);
        QTRY_COMPARE(panel->entryItem(entry)->text(ChecklistPanel::StatusColumn),
                     QStringLiteral("Not considered"));

        // Tagging a used factor with the entry implicates it.
        Factor envDesign = *doc()->incident().findFactor(QStringLiteral("env-design"));
        envDesign.failureModes.append(entry);
        doc()->push(new EditFactorCommand(doc(), {QStringLiteral("env-design")}, envDesign, {},
                                          QStringLiteral("tag")));
        QTRY_COMPARE(panel->entryItem(entry)->text(ChecklistPanel::StatusColumn),
                     QStringLiteral("Implicated"));
        QVERIFY(!panel->ruleOutButton()->isEnabled() ||
                tree->currentItem() != panel->entryItem(entry));
    }

    void diagnosticsSelectTheirElements()
    {
        showInterpretation(kBoth);
        DiagnosticsPanel *panel = lenses()->diagnosticsPanel();
        QTRY_COMPARE(panel->interpretationId(), kBoth);
        // Make the physics factor a root cause without effect.
        const Link l12 =
            *doc()->incident().findInterpretation(kBoth)->findLink(QStringLiteral("l12"));
        Link weak = l12;
        weak.relation = Relation::Prevents;
        doc()->push(new EditLinkCommand(doc(), {kBoth, QStringLiteral("l12")}, weak, {},
                                        QStringLiteral("prevent")));
        QTRY_VERIFY(!panel->diagnostics().isEmpty());
        int row = -1;
        for (int i = 0; i < panel->diagnostics().size(); ++i)
            if (panel->diagnostics()[i].type == DiagnosticType::RootCauseWithoutEffect)
                row = i;
        QVERIFY(row >= 0);
        QCOMPARE(panel->diagnostics()[row].factorIds, QStringList{QStringLiteral("physics")});
        // A marker sits on the factor.
        QTRY_VERIFY(!OverlayAnchor::overlays(scene(), OverlayAnchor::Group::Diagnostics).isEmpty());
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            if (dock->widget() == panel)
                dock->raise();
        saveShot(QStringLiteral("diagnostics"));
        clickItem(panel->tree(), panel->tree()->topLevelItem(row));
        QCOMPARE(view()->selectedFactorIds(), QStringList{QStringLiteral("physics")});
        // Markers can be turned off.
        panel->markersBox()->click();
        QVERIFY(OverlayAnchor::overlays(scene(), OverlayAnchor::Group::Diagnostics).isEmpty());
    }
};

QTEST_MAIN(TestLensGui)
#include "tst_lensgui.moc"
