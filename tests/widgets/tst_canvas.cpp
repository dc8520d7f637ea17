// The diagram canvas, driven through real mouse and keyboard events on the
// view (offscreen), checked against the Document model and its undo stack.

#include "canvasfixture.h"

using namespace faultline;
using namespace faultline::test;

class TestCanvas : public CanvasFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpDocument(); }
    void cleanup() { tearDownView(); }

    void sceneMirrorsInterpretation()
    {
        openView();
        CanvasScene *scene = m_view->canvasScene();
        QCOMPARE(scene->factorItems().size(), 4);
        QCOMPARE(scene->linkItems().size(), 2);
        QCOMPARE(item(QStringLiteral("env"))->pos(), QPointF(100, 0));
        QVERIFY(item(QStringLiteral("env"))->isRootCause());
        QCOMPARE(item(QStringLiteral("rew"))->failureModeCount(), 1);
        QCOMPARE(scene->linkItem(QStringLiteral("l1"))->evidenceCount(), 1);
        QCOMPARE(scene->linkItem(QStringLiteral("l2"))->evidenceCount(), 0);
        QVERIFY(int(FactorItem::Type) != int(LinkItem::Type));

        // Fine-grained updates: a label edit changes that item only.
        FactorItem *before = item(QStringLiteral("run"));
        Factor f = *m_doc->incident().findFactor(QStringLiteral("run"));
        f.label =
            QStringLiteral("A much longer label that has to wrap over several lines in the box");
        m_doc->push(new EditFactorCommand(m_doc.get(), FactorAccess{f.id}, f, QString(),
                                          QStringLiteral("edit")));
        QCOMPARE(item(QStringLiteral("run")), before);
        QCOMPARE(before->labelText(), f.label);
        QVERIFY(before->labelLines().size() > 1);
        QVERIFY(before->boxRect().width() <= 160 + 2 * 40);

        // A model move moves the item and the links follow.
        LinkItem *l1 = scene->linkItem(QStringLiteral("l1"));
        const QPointF oldMid = l1->midPoint();
        m_doc->push(new MoveFactorsCommand(m_doc.get(), QStringLiteral("a"),
                                           {{QStringLiteral("env"), QPointF(400, 0)}}));
        QCOMPARE(item(QStringLiteral("env"))->pos(), QPointF(400, 0));
        QVERIFY(l1->midPoint() != oldMid);
        // The link ends on the target box's outline, not at its centre.
        const FactorItem *run = item(QStringLiteral("run"));
        const QPointF tip = l1->curve().pointAtPercent(1);
        QVERIFY(
            !run->outlinePath().translated(run->pos()).contains(tip - (tip - run->pos()) * 0.1) ||
            QLineF(tip, run->pos()).length() > 20);

        m_doc->resetIncident(sampleIncident());
        QCOMPARE(scene->factorItems().size(), 4);
        QCOMPARE(item(QStringLiteral("env"))->pos(), QPointF(100, 0));
    }

    void addFactorOfEachKind_data()
    {
        QTest::addColumn<QString>("kind");
        for (const KindStyle &style : builtInKinds())
            QTest::newRow(qPrintable(style.id)) << style.id;
    }

    void addFactorOfEachKind()
    {
        QFETCH(QString, kind);
        openView();
        const int count = undoCount();
        m_view->addFactorAt(kind, QPointF(300, 300));
        QCOMPARE(undoCount(), count + 1);
        const QStringList selected = m_view->selectedFactorIds();
        QCOMPARE(selected.size(), 1);
        const Factor *added = m_doc->incident().findFactor(selected.first());
        QVERIFY(added);
        QCOMPARE(added->kind, kind);
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), added->id)->pos, QPointF(300, 300));
        QCOMPARE(item(added->id)->shapeName(), kindStyle(m_doc->incident(), kind).shape);
        // The label editor opened on the new factor; Esc keeps the default label.
        QVERIFY(m_view->isEditingLabel());
        QTest::keyClick(m_view->labelEditor(), Qt::Key_Escape);
        QVERIFY(!m_view->isEditingLabel());
        QCOMPARE(undoCount(), count + 1);
        QVERIFY(!added->label.isEmpty());
    }

    void clickToPlace_data() { addFactorOfEachKind_data(); }

    void clickToPlace()
    {
        QFETCH(QString, kind);
        openView();
        QSignalSpy modeSpy(m_view.get(), &CanvasView::placementModeChanged);
        m_view->setPlacementKind(kind);
        QCOMPARE(modeSpy.size(), 1);
        const int factors = int(m_doc->incident().factors.size());
        const QPoint spot = at(QPointF(350, -150));
        QVERIFY(!m_view->itemAt(spot));
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, spot);
        QCOMPARE(int(m_doc->incident().factors.size()), factors + 1);
        const Factor &added = m_doc->incident().factors.last();
        QCOMPARE(added.kind, kind);
        QVERIFY(QLineF(placementOf(*m_doc, QStringLiteral("a"), added.id)->pos,
                       m_view->mapToScene(spot))
                    .length() < 1);
        QCOMPARE(m_view->placementKind(), QString());
        QCOMPARE(modeSpy.size(), 2);
        QCOMPARE(modeSpy.last().first().toString(), QString());
        QTest::keyClick(m_view->labelEditor(), Qt::Key_Escape);
        // The mode is one-shot: another click on empty canvas adds nothing.
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, at(QPointF(350, 450)));
        QCOMPARE(int(m_doc->incident().factors.size()), factors + 1);
    }

    void connectByDraggingHandle()
    {
        openView();
        FactorItem *from = item(QStringLiteral("ppo"));
        FactorItem *to = item(QStringLiteral("rew"));
        const int links =
            int(m_doc->incident().findInterpretation(QStringLiteral("a"))->links.size());
        const int count = undoCount();
        const QPoint handle = at(from->mapToScene(from->handlePos(FactorItem::RightHandle)));
        const QPoint target = at(to->pos());
        QTest::mouseMove(viewport(), handle);
        QTest::mousePress(viewport(), Qt::LeftButton, {}, handle);
        QTest::mouseMove(viewport(), (handle + target) / 2);
        QTest::mouseMove(viewport(), target);
        QCOMPARE(undoCount(), count);              // nothing happens before the release
        QCOMPARE(from->pos(), QPointF(-400, 200)); // and the box did not move
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, target);
        const Interpretation *a = m_doc->incident().findInterpretation(QStringLiteral("a"));
        QCOMPARE(int(a->links.size()), links + 1);
        const Link &created = a->links.last();
        QCOMPARE(created.from, QStringLiteral("ppo"));
        QCOMPARE(created.to, QStringLiteral("rew"));
        QVERIFY(created.relation == Relation::Causes);
        QCOMPARE(created.strength, 3);
        QCOMPARE(undoCount(), count + 1);
        QCOMPARE(m_view->selectedLinkIds(), QStringList{created.id});
        QVERIFY(m_view->canvasScene()->linkItem(created.id));

        // Releasing on empty canvas or on the source itself creates nothing.
        drag(handle, at(QPointF(-400, 600)));
        drag(handle, at(from->pos()));
        QCOMPARE(undoCount(), count + 1);
        m_doc->undoStack()->undo();
        QCOMPARE(int(a->links.size()), links);
    }

    void editLabelInline()
    {
        openView();
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, at(item(QStringLiteral("ppo"))->pos()));
        QCOMPARE(m_view->selectedFactorIds(), QStringList{QStringLiteral("ppo")});
        const int count = undoCount();
        QTest::keyClick(m_view.get(), Qt::Key_F2);
        QPlainTextEdit *editor = m_view->labelEditor();
        QVERIFY(editor);
        QCOMPARE(editor->toPlainText(), QStringLiteral("PPO"));
        QTest::keyClicks(editor, QStringLiteral("Proximal policy optimisation"));
        QCOMPARE(undoCount(), count); // typing pushes nothing
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(!m_view->isEditingLabel());
        QCOMPARE(m_doc->incident().findFactor(QStringLiteral("ppo"))->label,
                 QStringLiteral("Proximal policy optimisation"));
        QCOMPARE(item(QStringLiteral("ppo"))->labelText(),
                 QStringLiteral("Proximal policy optimisation"));
        QCOMPARE(undoCount(), count + 1);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->incident().findFactor(QStringLiteral("ppo"))->label, QStringLiteral("PPO"));

        // Esc cancels.
        QTest::keyClick(m_view.get(), Qt::Key_F2);
        QTest::keyClicks(m_view->labelEditor(), QStringLiteral("discarded"));
        QTest::keyClick(m_view->labelEditor(), Qt::Key_Escape);
        QCOMPARE(m_doc->incident().findFactor(QStringLiteral("ppo"))->label, QStringLiteral("PPO"));
        QCOMPARE(undoCount(), count + 1); // the undone rename is still on the stack, nothing new

        // Double-click opens the editor too; Shift+Enter inserts a line break.
        QTest::mouseDClick(viewport(), Qt::LeftButton, {}, at(item(QStringLiteral("env"))->pos()));
        QVERIFY(m_view->isEditingLabel());
        QTest::keyClicks(m_view->labelEditor(), QStringLiteral("Coin"));
        QTest::keyClick(m_view->labelEditor(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(m_view->labelEditor(), QStringLiteral("on the right"));
        QTest::keyClick(m_view->labelEditor(), Qt::Key_Return);
        QCOMPARE(m_doc->incident().findFactor(QStringLiteral("env"))->label,
                 QStringLiteral("Coin\non the right"));
    }

    void moveMultiSelectionByDragging()
    {
        openView();
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, at(item(QStringLiteral("rew"))->pos()));
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier,
                          at(item(QStringLiteral("env"))->pos()));
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ShiftModifier,
                          at(item(QStringLiteral("run"))->pos()));
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ShiftModifier,
                          at(item(QStringLiteral("run"))->pos()));
        QCOMPARE(m_view->selectedFactorIds(),
                 (QStringList{QStringLiteral("rew"), QStringLiteral("env")}));

        const int count = undoCount();
        const QPoint from = at(item(QStringLiteral("env"))->pos());
        const QPoint to = from + QPoint(120, 60);
        QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport(), from + QPoint(40, 20));
        QTest::mouseMove(viewport(), to);
        QCOMPARE(undoCount(), count); // no command during the drag
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("env"))->pos,
                 QPointF(100, 0));
        // ...but the boxes and their links follow the pointer on screen.
        QVERIFY(item(QStringLiteral("env"))->pos() != QPointF(100, 0));
        const LinkItem *l1 = m_view->canvasScene()->linkItem(QStringLiteral("l1"));
        QVERIFY(item(QStringLiteral("env"))
                    ->sceneBoundingRect()
                    .contains(l1->curve().pointAtPercent(0)));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(undoCount(), count + 1);
        const QPointF delta = m_view->mapToScene(to) - m_view->mapToScene(from);
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("env"))->pos,
                 QPointF(100, 0) + delta);
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("rew"))->pos,
                 QPointF(-200, 0) + delta);
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("run"))->pos,
                 QPointF(0, 200));
        QCOMPARE(m_view->selectedFactorIds().size(), 2); // dragging keeps the selection

        m_doc->undoStack()->undo();
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("env"))->pos,
                 QPointF(100, 0));
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("rew"))->pos,
                 QPointF(-200, 0));
        QCOMPARE(item(QStringLiteral("env"))->pos(), QPointF(100, 0));
    }

    void snapToGridWhileDragging()
    {
        openView();
        m_view->setSnapToGrid(true);
        const QPoint from = at(item(QStringLiteral("run"))->pos());
        drag(from, from + QPoint(33, 27));
        const QPointF pos = placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("run"))->pos;
        QCOMPARE(std::fmod(pos.x(), 20.0), 0.0);
        QCOMPARE(std::fmod(pos.y(), 20.0), 0.0);
        QVERIFY(pos != QPointF(0, 200));
    }

    void rubberBandSelects()
    {
        openView();
        // From empty canvas above-left of "rew" and "env" to below-right of them.
        drag(at(QPointF(-300, -80)), at(QPointF(200, 60)));
        QCOMPARE(m_view->selectedFactorIds(),
                 (QStringList{QStringLiteral("rew"), QStringLiteral("env")}));
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, at(QPointF(300, 500)));
        QVERIFY(m_view->selectedFactorIds().isEmpty());
    }

    void selectionSignalsOncePerAction()
    {
        openView();
        QSignalSpy spy(m_view.get(), &CanvasView::selectionChanged);
        m_view->selectAll();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(m_view->selectedFactorIds().size(), 4);
        QCOMPARE(m_view->selectedLinkIds().size(), 2);
        m_view->selectElements({QStringLiteral("rew"), QStringLiteral("env")},
                               {QStringLiteral("l1")});
        QCOMPARE(spy.size(), 2);
        m_view->selectElements({QStringLiteral("rew"), QStringLiteral("env")},
                               {QStringLiteral("l1")});
        QCOMPARE(spy.size(), 2); // nothing changed, nothing emitted
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, at(item(QStringLiteral("run"))->pos()));
        QCOMPARE(spy.size(), 3);
        QCOMPARE(m_view->selectedFactorIds(), QStringList{QStringLiteral("run")});
        QVERIFY(m_view->selectedLinkIds().isEmpty());
    }

    void deleteAndUndo()
    {
        openView();
        const Incident original = m_doc->incident();
        m_view->selectElements({QStringLiteral("ppo"), QStringLiteral("env")},
                               {QStringLiteral("l2")});
        const int count = undoCount();
        QTest::keyClick(m_view.get(), Qt::Key_Delete);
        QCOMPARE(undoCount(), count + 1);
        const Incident &now = m_doc->incident();
        const Interpretation *a = now.findInterpretation(QStringLiteral("a"));
        QVERIFY(!a->usesFactor(QStringLiteral("ppo")));
        QVERIFY(!a->usesFactor(QStringLiteral("env")));
        QVERIFY(now.findFactor(QStringLiteral("ppo")));  // "b" still uses it
        QVERIFY(!now.findFactor(QStringLiteral("env"))); // used nowhere else: gone
        QVERIFY(now.findInterpretation(QStringLiteral("b"))->usesFactor(QStringLiteral("ppo")));
        QVERIFY(a->links.isEmpty()); // l1 went with env, l2 was selected
        QCOMPARE(m_view->canvasScene()->factorItems().size(), 2);
        QCOMPARE(m_view->canvasScene()->linkItems().size(), 0);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->incident(), original);
        QCOMPARE(m_view->canvasScene()->factorItems().size(), 4);
        QCOMPARE(m_view->canvasScene()->linkItems().size(), 2);
    }

    void copyIntoOtherInterpretationReusesFactors()
    {
        openView();
        m_view->selectElements({QStringLiteral("env"), QStringLiteral("run")}, {});
        m_view->copySelection();
        QVERIFY(QApplication::clipboard()->mimeData()->hasFormat(CanvasClipboard::mimeType()));
        QVERIFY(QApplication::clipboard()->text().contains(
            QStringLiteral("Coin always at the right end")));

        const int factors = int(m_doc->incident().factors.size());
        openView(QStringLiteral("b"));
        const int count = undoCount();
        m_view->paste();
        QCOMPARE(undoCount(), count + 1);
        QCOMPARE(int(m_doc->incident().factors.size()), factors); // same ids, no new factors
        const Interpretation *b = m_doc->incident().findInterpretation(QStringLiteral("b"));
        QVERIFY(b->usesFactor(QStringLiteral("env")));
        QVERIFY(b->usesFactor(QStringLiteral("run")));
        QCOMPARE(b->findPlacement(QStringLiteral("env"))->pos,
                 QPointF(100, 0)); // same place as in "a"
        QCOMPARE(b->links.size(), 1);
        QCOMPARE(b->links.first().from, QStringLiteral("env"));
        QVERIFY(b->links.first().id != QStringLiteral("l1")); // links always get fresh ids
        QCOMPARE(b->links.first().evidence.size(), 1);
        QVERIFY(b->links.first().evidence.first().id != QStringLiteral("e1"));
        QCOMPARE(m_view->selectedFactorIds(),
                 (QStringList{QStringLiteral("env"), QStringLiteral("run")}));

        // Pasting the same again where everything is already placed makes copies.
        m_view->paste();
        QCOMPARE(int(m_doc->incident().factors.size()), factors + 2);
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QVERIFY(!m_doc->incident()
                     .findInterpretation(QStringLiteral("b"))
                     ->usesFactor(QStringLiteral("env")));
        QCOMPARE(int(m_doc->incident().factors.size()), factors);
    }

    void pasteIntoOtherDocumentCreatesFactors()
    {
        openView();
        m_view->selectElements({QStringLiteral("env"), QStringLiteral("run")}, {});
        QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QApplication::clipboard()->mimeData()->hasFormat(CanvasClipboard::mimeType()));

        Document other;
        Incident empty;
        empty.title = QStringLiteral("Another incident");
        Interpretation only;
        only.id = QStringLiteral("x");
        only.name = QStringLiteral("X");
        // A factor with a clashing id that must not be reused.
        empty.factors = {factor(QStringLiteral("env"), QStringLiteral("environment"),
                                QStringLiteral("Unrelated"))};
        only.placements = {placement(QStringLiteral("env"), {0, 0})};
        empty.interpretations = {only};
        other.resetIncident(empty);
        CanvasView otherView(&other, QStringLiteral("x"));
        otherView.paste();
        QCOMPARE(other.incident().factors.size(), 3);
        QCOMPARE(other.incident().findFactor(QStringLiteral("env"))->label,
                 QStringLiteral("Unrelated"));
        const Interpretation *x = other.incident().findInterpretation(QStringLiteral("x"));
        QCOMPARE(x->placements.size(), 3);
        QCOMPARE(x->links.size(), 1);
        QVERIFY(x->links.first().from != QStringLiteral("env"));
        QVERIFY(other.incident().findSource(QStringLiteral("cobbe"))); // cited source came along
        QCOMPARE(x->links.first().evidence.first().sourceId, QStringLiteral("cobbe"));
        QCOMPARE(other.undoStack()->count(), 1);
    }

    void hostileClipboardIsIgnored()
    {
        openView();
        auto *data = new QMimeData;
        data->setData(CanvasClipboard::mimeType(), QByteArray(100000, '['));
        QApplication::clipboard()->setMimeData(data);
        const Incident before = m_doc->incident();
        m_view->paste();
        QCOMPARE(m_doc->incident(), before);
    }

    void duplicateWithInternalLinks()
    {
        openView();
        m_view->selectElements({QStringLiteral("env"), QStringLiteral("run")}, {});
        const int factors = int(m_doc->incident().factors.size());
        const int count = undoCount();
        QTest::keyClick(m_view.get(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(undoCount(), count + 1);
        QCOMPARE(int(m_doc->incident().factors.size()), factors + 2);
        const QStringList copies = m_view->selectedFactorIds();
        QCOMPARE(copies.size(), 2);
        QVERIFY(!copies.contains(QStringLiteral("env")));
        const Interpretation *a = m_doc->incident().findInterpretation(QStringLiteral("a"));
        QCOMPARE(a->findPlacement(copies[0])->pos, QPointF(120, 20));
        QCOMPARE(a->findPlacement(copies[1])->pos, QPointF(20, 220));
        QCOMPARE(m_doc->incident().findFactor(copies[0])->label,
                 QStringLiteral("Coin always at the right end"));
        QCOMPARE(m_view->selectedLinkIds().size(), 1);
        const Link *copyLink = a->findLink(m_view->selectedLinkIds().first());
        QCOMPARE(copyLink->from, copies[0]);
        QCOMPARE(copyLink->to, copies[1]);
    }
};

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
