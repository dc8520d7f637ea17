// The diagram canvas, driven through real mouse and keyboard events on the
// view (offscreen), checked against the Document model and its undo stack.

#include "model/commands/editelementcommand.h"
#include "model/commands/movefactorscommand.h"
#include "model/document.h"
#include "model/format/faultlinereader.h"
#include "model/kindstyle.h"
#include "widgets/canvas/canvasclipboard.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/canvas/kindshapes.h"
#include "widgets/canvas/linkitem.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace faultline;

namespace {

Factor factor(const QString &id, const QString &kind, const QString &label, QStringList modes = {})
{
    Factor f;
    f.id = id;
    f.kind = kind;
    f.label = label;
    f.failureModes = std::move(modes);
    return f;
}

Placement placement(const QString &id, QPointF pos, bool rootCause = false)
{
    Placement p;
    p.factorId = id;
    p.pos = pos;
    p.rootCause = rootCause;
    return p;
}

Link link(const QString &id, const QString &from, const QString &to, Relation relation = Relation::Causes)
{
    Link l;
    l.id = id;
    l.from = from;
    l.to = to;
    l.relation = relation;
    return l;
}

// "a" uses four factors and two links (one with cited evidence); "b" shares
// one factor with "a".
Incident sampleIncident()
{
    Incident incident;
    incident.title = QStringLiteral("CoinRun: the agent runs right");
    incident.sources = {{QStringLiteral("cobbe"), QStringLiteral("Cobbe et al."),
                         QStringLiteral("Quantifying Generalization in RL"), 2019, {}, {}, {}}};
    incident.factors = {
        factor(QStringLiteral("rew"), QStringLiteral("reward"), QStringLiteral("+10 for the coin"),
               {QStringLiteral("reward-misspecified")}),
        factor(QStringLiteral("env"), QStringLiteral("environment"), QStringLiteral("Coin always at the right end")),
        factor(QStringLiteral("run"), QStringLiteral("behaviour"), QStringLiteral("Agent runs right, ignores coin")),
        factor(QStringLiteral("ppo"), QStringLiteral("algorithm"), QStringLiteral("PPO")),
    };
    Interpretation a;
    a.id = QStringLiteral("a");
    a.name = QStringLiteral("Environment");
    a.placements = {placement(QStringLiteral("rew"), {-200, 0}), placement(QStringLiteral("env"), {100, 0}, true),
                    placement(QStringLiteral("run"), {0, 200}), placement(QStringLiteral("ppo"), {-400, 200})};
    Link l1 = link(QStringLiteral("l1"), QStringLiteral("env"), QStringLiteral("run"));
    Evidence e;
    e.id = QStringLiteral("e1");
    e.kind = EvidenceKind::Experiment;
    e.sourceId = QStringLiteral("cobbe");
    l1.evidence = {e};
    a.links = {l1, link(QStringLiteral("l2"), QStringLiteral("rew"), QStringLiteral("run"), Relation::Enables)};
    Interpretation b;
    b.id = QStringLiteral("b");
    b.name = QStringLiteral("Algorithm");
    b.placements = {placement(QStringLiteral("ppo"), {0, 0})};
    incident.interpretations = {a, b};
    return incident;
}

const Placement *placementOf(const Document &doc, const QString &interp, const QString &factorId)
{
    return doc.incident().findInterpretation(interp)->findPlacement(factorId);
}

} // namespace

class TestCanvas : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<CanvasView> m_view;

    CanvasView *openView(const QString &interp = QStringLiteral("a"))
    {
        m_view = std::make_unique<CanvasView>(m_doc.get(), interp);
        m_view->resize(1000, 700);
        m_view->show();
        m_view->activateWindow();
        if (!QTest::qWaitForWindowExposed(m_view.get()))
            qFatal("canvas window not exposed");
        m_view->centerOn(0, 100);
        m_view->setFocus();
        return m_view.get();
    }

    QPoint at(const QPointF &scenePos) const { return m_view->mapFromScene(scenePos); }
    QWidget *viewport() const { return m_view->viewport(); }
    FactorItem *item(const QString &id) const { return m_view->canvasScene()->factorItem(id); }
    int undoCount() const { return m_doc->undoStack()->count(); }

    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mouseMove(viewport(), from);
        QTest::mousePress(viewport(), Qt::LeftButton, modifiers, from);
        QTest::mouseMove(viewport(), from + (to - from) / 3);
        QTest::mouseMove(viewport(), from + (to - from) * 2 / 3);
        QTest::mouseMove(viewport(), to);
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, to);
    }

private Q_SLOTS:
    void init()
    {
        m_doc = std::make_unique<Document>();
        m_doc->resetIncident(sampleIncident());
        QApplication::clipboard()->clear();
    }

    void cleanup()
    {
        m_view.reset();
        m_doc.reset();
    }

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
        f.label = QStringLiteral("A much longer label that has to wrap over several lines in the box");
        m_doc->push(new EditFactorCommand(m_doc.get(), FactorAccess{f.id}, f, QString(), QStringLiteral("edit")));
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
        QVERIFY(!run->outlinePath().translated(run->pos()).contains(tip - (tip - run->pos()) * 0.1)
                || QLineF(tip, run->pos()).length() > 20);

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
        QVERIFY(QLineF(placementOf(*m_doc, QStringLiteral("a"), added.id)->pos, m_view->mapToScene(spot)).length()
                < 1);
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
        const int links = int(m_doc->incident().findInterpretation(QStringLiteral("a"))->links.size());
        const int count = undoCount();
        const QPoint handle = at(from->mapToScene(from->handlePos(FactorItem::RightHandle)));
        const QPoint target = at(to->pos());
        QTest::mouseMove(viewport(), handle);
        QTest::mousePress(viewport(), Qt::LeftButton, {}, handle);
        QTest::mouseMove(viewport(), (handle + target) / 2);
        QTest::mouseMove(viewport(), target);
        QCOMPARE(undoCount(), count); // nothing happens before the release
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
        QCOMPARE(item(QStringLiteral("ppo"))->labelText(), QStringLiteral("Proximal policy optimisation"));
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
        QCOMPARE(m_doc->incident().findFactor(QStringLiteral("env"))->label, QStringLiteral("Coin\non the right"));
    }

    void moveMultiSelectionByDragging()
    {
        openView();
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, at(item(QStringLiteral("rew"))->pos()));
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier, at(item(QStringLiteral("env"))->pos()));
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ShiftModifier, at(item(QStringLiteral("run"))->pos()));
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ShiftModifier, at(item(QStringLiteral("run"))->pos()));
        QCOMPARE(m_view->selectedFactorIds(), (QStringList{QStringLiteral("rew"), QStringLiteral("env")}));

        const int count = undoCount();
        const QPoint from = at(item(QStringLiteral("env"))->pos());
        const QPoint to = from + QPoint(120, 60);
        QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport(), from + QPoint(40, 20));
        QTest::mouseMove(viewport(), to);
        QCOMPARE(undoCount(), count); // no command during the drag
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("env"))->pos, QPointF(100, 0));
        // ...but the boxes and their links follow the pointer on screen.
        QVERIFY(item(QStringLiteral("env"))->pos() != QPointF(100, 0));
        const LinkItem *l1 = m_view->canvasScene()->linkItem(QStringLiteral("l1"));
        QVERIFY(item(QStringLiteral("env"))->sceneBoundingRect().contains(l1->curve().pointAtPercent(0)));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(undoCount(), count + 1);
        const QPointF delta = m_view->mapToScene(to) - m_view->mapToScene(from);
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("env"))->pos, QPointF(100, 0) + delta);
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("rew"))->pos, QPointF(-200, 0) + delta);
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("run"))->pos, QPointF(0, 200));
        QCOMPARE(m_view->selectedFactorIds().size(), 2); // dragging keeps the selection

        m_doc->undoStack()->undo();
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("env"))->pos, QPointF(100, 0));
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("rew"))->pos, QPointF(-200, 0));
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
        QCOMPARE(m_view->selectedFactorIds(), (QStringList{QStringLiteral("rew"), QStringLiteral("env")}));
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
        m_view->selectElements({QStringLiteral("rew"), QStringLiteral("env")}, {QStringLiteral("l1")});
        QCOMPARE(spy.size(), 2);
        m_view->selectElements({QStringLiteral("rew"), QStringLiteral("env")}, {QStringLiteral("l1")});
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
        m_view->selectElements({QStringLiteral("ppo"), QStringLiteral("env")}, {QStringLiteral("l2")});
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
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("Coin always at the right end")));

        const int factors = int(m_doc->incident().factors.size());
        openView(QStringLiteral("b"));
        const int count = undoCount();
        m_view->paste();
        QCOMPARE(undoCount(), count + 1);
        QCOMPARE(int(m_doc->incident().factors.size()), factors); // same ids, no new factors
        const Interpretation *b = m_doc->incident().findInterpretation(QStringLiteral("b"));
        QVERIFY(b->usesFactor(QStringLiteral("env")));
        QVERIFY(b->usesFactor(QStringLiteral("run")));
        QCOMPARE(b->findPlacement(QStringLiteral("env"))->pos, QPointF(100, 0)); // same place as in "a"
        QCOMPARE(b->links.size(), 1);
        QCOMPARE(b->links.first().from, QStringLiteral("env"));
        QVERIFY(b->links.first().id != QStringLiteral("l1")); // links always get fresh ids
        QCOMPARE(b->links.first().evidence.size(), 1);
        QVERIFY(b->links.first().evidence.first().id != QStringLiteral("e1"));
        QCOMPARE(m_view->selectedFactorIds(), (QStringList{QStringLiteral("env"), QStringLiteral("run")}));

        // Pasting the same again where everything is already placed makes copies.
        m_view->paste();
        QCOMPARE(int(m_doc->incident().factors.size()), factors + 2);
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QVERIFY(!m_doc->incident().findInterpretation(QStringLiteral("b"))->usesFactor(QStringLiteral("env")));
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
        empty.factors = {factor(QStringLiteral("env"), QStringLiteral("environment"), QStringLiteral("Unrelated"))};
        only.placements = {placement(QStringLiteral("env"), {0, 0})};
        empty.interpretations = {only};
        other.resetIncident(empty);
        CanvasView otherView(&other, QStringLiteral("x"));
        otherView.paste();
        QCOMPARE(other.incident().factors.size(), 3);
        QCOMPARE(other.incident().findFactor(QStringLiteral("env"))->label, QStringLiteral("Unrelated"));
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
        QCOMPARE(m_doc->incident().findFactor(copies[0])->label, QStringLiteral("Coin always at the right end"));
        QCOMPARE(m_view->selectedLinkIds().size(), 1);
        const Link *copyLink = a->findLink(m_view->selectedLinkIds().first());
        QCOMPARE(copyLink->from, copies[0]);
        QCOMPARE(copyLink->to, copies[1]);
    }

    void kindsHaveDistinctShapes()
    {
        const QRectF rect(0, 0, 160, 60);
        QList<QImage> images;
        for (const QString &shape : kindShapes()) {
            QImage image(160, 60, QImage::Format_Grayscale8);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::black);
            painter.drawPath(kindShapePath(shape, rect));
            painter.end();
            images.append(image);
        }
        for (qsizetype i = 0; i < images.size(); ++i)
            for (qsizetype j = i + 1; j < images.size(); ++j) {
                int differing = 0;
                for (int y = 0; y < 60; ++y)
                    for (int x = 0; x < 160; ++x)
                        differing += qAbs(qGray(images[i].pixel(x, y)) - qGray(images[j].pixel(x, y))) > 128;
                QVERIFY2(differing > 120, qPrintable(kindShapes()[i] + QStringLiteral(" vs ") + kindShapes()[j]));
            }
        QSet<QString> builtInShapes;
        for (const KindStyle &style : builtInKinds())
            builtInShapes.insert(style.shape);
        QCOMPARE(builtInShapes.size(), builtInKinds().size());
        QVERIFY(!kindIcon(builtInKinds().first()).isNull());
    }

    void textStaysInsideShapes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("label");
        for (const KindStyle &style : builtInKinds()) {
            QTest::newRow(qPrintable(style.id + QStringLiteral("/short"))) << style.id << QStringLiteral("X");
            QTest::newRow(qPrintable(style.id + QStringLiteral("/long")))
                << style.id
                << QStringLiteral("A long label about the reward function that wraps onto four or five lines of "
                                  "text inside the box");
        }
    }

    void textStaysInsideShapes()
    {
        QFETCH(QString, kind);
        QFETCH(QString, label);
        Incident incident = sampleIncident();
        incident.factors[0].kind = kind;
        incident.factors[0].label = label;
        m_doc->resetIncident(incident);
        CanvasScene scene(m_doc.get(), QStringLiteral("a"));
        const FactorItem *f = scene.factorItem(QStringLiteral("rew"));
        const QRectF text = f->labelRect().adjusted(1, 1, -1, -1);
        for (const QPointF &corner : {text.topLeft(), text.topRight(), text.bottomLeft(), text.bottomRight()})
            QVERIFY2(f->outlinePath().contains(corner), qPrintable(QStringLiteral("%1,%2").arg(corner.x()).arg(corner.y())));
        QVERIFY(f->boxRect().width() <= 160 + 2 * 60);
    }

    void labelsArePlainText()
    {
        const QString hostile = QStringLiteral("<img src=\"/etc/passwd\"> <b>bold</b>");
        Incident incident = sampleIncident();
        incident.factors[0].label = hostile;
        m_doc->resetIncident(incident);
        openView();
        FactorItem *rew = item(QStringLiteral("rew"));
        QCOMPARE(rew->labelText(), hostile);
        // Wrapped lines hold exactly the typed characters (no markup was interpreted).
        QString shown = rew->labelLines().join(QString());
        QString typed = hostile;
        shown.remove(QLatin1Char(' '));
        typed.remove(QLatin1Char(' '));
        QCOMPARE(shown, typed);
        QVERIFY(rew->toolTip().contains(QStringLiteral("&lt;img")));
        QVERIFY(!rew->toolTip().contains(QStringLiteral("<img")));
        m_view->editLabel(QStringLiteral("rew"));
        QCOMPARE(m_view->labelEditor()->toPlainText(), hostile);
        QTest::keyClick(m_view->labelEditor(), Qt::Key_Escape);
    }

    void arrowKeysNudge()
    {
        openView();
        m_view->selectElements({QStringLiteral("run")}, {});
        const int count = undoCount();
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("run"))->pos, QPointF(20, 200));
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("run"))->pos, QPointF(19, 220));
        QCOMPARE(undoCount(), count + 1); // nudges merge
        m_doc->undoStack()->undo();
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("run"))->pos, QPointF(0, 200));
    }

    void keyboardConnect()
    {
        openView();
        m_view->selectElements({QStringLiteral("ppo")}, {});
        m_view->startLinkFromSelection();
        QVERIFY(m_view->isConnecting());
        const QString first = m_view->connectTargetId();
        QVERIFY(!first.isEmpty() && first != QStringLiteral("ppo"));
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        const QString second = m_view->connectTargetId();
        QVERIFY(second != first && second != QStringLiteral("ppo"));
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        const QString chosen = m_view->connectTargetId();
        QVERIFY(!chosen.isEmpty() && chosen != QStringLiteral("ppo"));
        const int count = undoCount();
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QVERIFY(!m_view->isConnecting());
        QCOMPARE(undoCount(), count + 1);
        const Link &created = m_doc->incident().findInterpretation(QStringLiteral("a"))->links.last();
        QCOMPARE(created.from, QStringLiteral("ppo"));
        QCOMPARE(created.to, chosen);

        // Esc cancels without a command.
        m_view->selectElements({QStringLiteral("ppo")}, {});
        m_view->startLinkFromSelection();
        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QVERIFY(!m_view->isConnecting());
        QCOMPARE(undoCount(), count + 1);
    }

    void tabCyclesFactors()
    {
        openView();
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        // Reading order: row y=0 (rew, env), then row y=200 (ppo, run).
        QCOMPARE(m_view->selectedFactorIds(), QStringList{QStringLiteral("rew")});
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        QCOMPARE(m_view->selectedFactorIds(), QStringList{QStringLiteral("env")});
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        QCOMPARE(m_view->selectedFactorIds(), QStringList{QStringLiteral("ppo")});
        QTest::keyClick(m_view.get(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(m_view->selectedFactorIds(), QStringList{QStringLiteral("env")});
    }

    void findNextWraps()
    {
        openView();
        QVERIFY(m_view->findNext(QStringLiteral("RIGHT")));
        QCOMPARE(m_view->selectedFactorIds(), QStringList{QStringLiteral("env")});
        QVERIFY(m_view->findNext(QStringLiteral("right")));
        QCOMPARE(m_view->selectedFactorIds(), QStringList{QStringLiteral("run")});
        QVERIFY(m_view->findNext(QStringLiteral("right")));
        QCOMPARE(m_view->selectedFactorIds(), QStringList{QStringLiteral("env")});
        QVERIFY(!m_view->findNext(QStringLiteral("no such text")));
    }

    void dropsPlaceFactors()
    {
        openView(QStringLiteral("b"));
        const auto drop = [this](const QString &format, const QByteArray &payload, const QPoint &pos) {
            QMimeData data;
            data.setData(format, payload);
            QDragEnterEvent enter(pos, Qt::CopyAction, &data, Qt::LeftButton, {});
            QApplication::sendEvent(viewport(), &enter);
            if (!enter.isAccepted())
                return false;
            QDragMoveEvent move(pos, Qt::CopyAction, &data, Qt::LeftButton, {});
            QApplication::sendEvent(viewport(), &move);
            QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, &data, Qt::LeftButton, {});
            QApplication::sendEvent(viewport(), &dropEvent);
            return dropEvent.isAccepted();
        };
        const QPoint pos = at(QPointF(200, 100));
        QVERIFY(drop(CanvasView::factorMimeType(), "env", pos));
        const Interpretation *b = m_doc->incident().findInterpretation(QStringLiteral("b"));
        QVERIFY(b->usesFactor(QStringLiteral("env")));
        QVERIFY(QLineF(b->findPlacement(QStringLiteral("env"))->pos, QPointF(200, 100)).length() < 1);
        QVERIFY(!drop(CanvasView::factorMimeType(), "env", pos)); // already placed
        QVERIFY(!drop(CanvasView::kindMimeType(), "no-such-kind", pos));
        const int factors = int(m_doc->incident().factors.size());
        QVERIFY(drop(CanvasView::kindMimeType(), "shift", at(QPointF(-200, 100))));
        QCOMPARE(int(m_doc->incident().factors.size()), factors + 1);
        QCOMPARE(m_doc->incident().factors.last().kind, QStringLiteral("shift"));
        QTest::keyClick(m_view->labelEditor(), Qt::Key_Escape);
    }

    void zoomAndPan()
    {
        openView();
        QSignalSpy spy(m_view.get(), &CanvasView::zoomChanged);
        m_view->zoomIn();
        QCOMPARE(m_view->zoom(), 1.25);
        QCOMPARE(spy.size(), 1);
        m_view->zoomReset();
        QCOMPARE(m_view->zoom(), 1.0);
        // Ctrl+wheel zooms and keeps the scene point under the pointer.
        const QPoint pointer(300, 200);
        const QPointF under = m_view->mapToScene(pointer);
        QWheelEvent wheel(pointer, m_view->viewport()->mapToGlobal(pointer), QPoint(), QPoint(0, 240), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport(), &wheel);
        QVERIFY(m_view->zoom() > 1.2);
        QVERIFY(QLineF(m_view->mapToScene(pointer), under).length() < 3);
        m_view->zoomToFit();
        const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
        for (FactorItem *f : m_view->canvasScene()->factorItems())
            QVERIFY(visible.contains(f->sceneBoundingRect()));
        // Middle-drag pans without touching the model.
        const int h = m_view->horizontalScrollBar()->value();
        const int count = undoCount();
        QTest::mousePress(viewport(), Qt::MiddleButton, {}, QPoint(500, 300));
        QTest::mouseMove(viewport(), QPoint(450, 300));
        QTest::mouseRelease(viewport(), Qt::MiddleButton, {}, QPoint(400, 300));
        QVERIFY(m_view->horizontalScrollBar()->value() != h);
        QCOMPARE(undoCount(), count);
        // Space + left drag pans too, even when it starts on a factor.
        const int v = m_view->verticalScrollBar()->value();
        const QPoint onFactor = at(item(QStringLiteral("run"))->pos());
        QTest::keyPress(m_view.get(), Qt::Key_Space);
        QTest::mousePress(viewport(), Qt::LeftButton, {}, onFactor);
        QTest::mouseMove(viewport(), onFactor + QPoint(0, -30));
        QTest::mouseMove(viewport(), onFactor + QPoint(0, -60));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, onFactor + QPoint(0, -60));
        QTest::keyRelease(m_view.get(), Qt::Key_Space);
        QVERIFY(m_view->verticalScrollBar()->value() != v);
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("run"))->pos, QPointF(0, 200));
        QCOMPARE(undoCount(), count);
    }

    void relationsLookDifferent()
    {
        Incident incident = sampleIncident();
        Interpretation &a = incident.interpretations[0];
        a.links.clear();
        a.placements = {placement(QStringLiteral("rew"), {0, 0}), placement(QStringLiteral("run"), {0, 240})};
        QList<QImage> images;
        for (const Relation relation : allRelations()) {
            a.links = {link(QStringLiteral("l"), QStringLiteral("rew"), QStringLiteral("run"), relation)};
            m_doc->resetIncident(incident);
            CanvasScene scene(m_doc.get(), QStringLiteral("a"));
            scene.setExportMode(true);
            const QRectF area(-40, 20, 80, 200);
            QImage image(80, 200, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            scene.render(&painter, QRectF(0, 0, 80, 200), area);
            painter.end();
            images.append(image);
        }
        for (qsizetype i = 0; i < images.size(); ++i)
            for (qsizetype j = i + 1; j < images.size(); ++j)
                QVERIFY(images[i] != images[j]);
    }

    void everyKindIsDrawnInItsColours()
    {
        Incident incident = sampleIncident();
        incident.customKinds = {{QStringLiteral("probe"), QStringLiteral("Mechanistic interpreter"),
                                 QStringLiteral("#aa5500"), QStringLiteral("document")}};
        Interpretation &a = incident.interpretations[0];
        a.links.clear();
        a.placements.clear();
        incident.factors.clear();
        QList<KindStyle> kinds = builtInKinds();
        kinds.append(kindStyle(incident, QStringLiteral("probe")));
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            const QString id = QStringLiteral("k%1").arg(i);
            incident.factors.append(factor(id, kinds[i].id, QStringLiteral("A %1 factor").arg(kinds[i].id),
                                           i % 3 == 0 ? QStringList{QStringLiteral("reward-misspecified")}
                                                      : QStringList{}));
            a.placements.append(placement(id, QPointF((i % 4) * 240 - 360, (i / 4) * 160), i == 0));
        }
        a.links = {link(QStringLiteral("l1"), QStringLiteral("k0"), QStringLiteral("k4")),
                   link(QStringLiteral("l2"), QStringLiteral("k1"), QStringLiteral("k2"), Relation::Enables)};
        a.links[1].route = {{-120, 0}, {-60, -60}, {-20, 60}, {40, 0}};
        m_doc->resetIncident(incident);
        openView();
        m_view->centerOn(0, 80);
        m_view->selectElements({QStringLiteral("k5")}, {});
        m_view->editLabel(QStringLiteral("k3"));
        QTest::mouseMove(viewport(), at(item(QStringLiteral("k6"))->pos()));
        QVERIFY(m_view->canvasScene()->linkItem(QStringLiteral("l2"))->usesRoute());
        const QImage screen = m_view->grab().toImage();
        for (const KindStyle &style : kinds) {
            // The box is filled with the light tint of the kind colour.
            const QRgb fill = kindFillColor(style.color).rgb();
            bool found = false;
            for (int y = 0; y < screen.height() && !found; y += 2)
                for (int x = 0; x < screen.width() && !found; x += 2)
                    found = screen.pixel(x, y) == fill;
            QVERIFY2(found, qPrintable(style.id));
        }
        QTest::keyClick(m_view->labelEditor(), Qt::Key_Escape);
        const QString dir = qEnvironmentVariable("FAULTLINE_CANVAS_SCREENSHOTS");
        if (!dir.isEmpty())
            screen.save(dir + QStringLiteral("/canvas-kinds.png"));
    }

    void largeDiagram()
    {
        // 1,000 factors and 1,500 links: built, moved all at once and undone
        // through the fine-grained signals, without rebuilding the scene.
        Incident incident;
        incident.title = QStringLiteral("Large");
        Interpretation a;
        a.id = QStringLiteral("a");
        a.name = QStringLiteral("A");
        const QStringList kinds{QStringLiteral("reward"), QStringLiteral("environment"), QStringLiteral("behaviour")};
        for (int i = 0; i < 1000; ++i) {
            const QString id = QStringLiteral("f%1").arg(i);
            incident.factors.append(factor(id, kinds[i % 3], QStringLiteral("Factor number %1").arg(i)));
            a.placements.append(placement(id, QPointF((i % 40) * 220, (i / 40) * 140)));
        }
        for (int i = 0; i < 1500; ++i)
            a.links.append(link(QStringLiteral("l%1").arg(i), QStringLiteral("f%1").arg(i % 1000),
                                QStringLiteral("f%1").arg((i * 7 + 1) % 1000)));
        incident.interpretations = {a};
        QElapsedTimer timer;
        timer.start();
        m_doc->resetIncident(incident);
        openView();
        const qint64 built = timer.restart();
        QCOMPARE(m_view->canvasScene()->factorItems().size(), 1000);
        QSignalSpy rebuilt(m_view->canvasScene(), &CanvasScene::rebuilt);
        m_view->selectAll();
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QCOMPARE(item(QStringLiteral("f999"))->pos(), QPointF(39 * 220 + 20, 24 * 140));
        m_doc->undoStack()->undo();
        QCOMPARE(item(QStringLiteral("f999"))->pos(), QPointF(39 * 220, 24 * 140));
        m_view->zoomToFit();
        m_view->grab();
        QCOMPARE(rebuilt.size(), 0);
        if (qEnvironmentVariableIsSet("FAULTLINE_CANVAS_TIMINGS"))
            qInfo() << "build" << built << "ms; select, move, undo, fit, paint" << timer.elapsed() << "ms";
    }

    void bundledExamplesRender_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples"));
        for (const QString &name : dir.entryList({QStringLiteral("*.faultline")}, QDir::Files))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void bundledExamplesRender()
    {
        QFETCH(QString, path);
        const LoadResult loaded = readFaultlineFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        m_doc->resetIncident(*loaded.incident);
        for (const Interpretation &interp : loaded.incident->interpretations) {
            openView(interp.id);
            CanvasScene *scene = m_view->canvasScene();
            QCOMPARE(scene->factorItems().size(), interp.placements.size());
            QCOMPARE(scene->linkItems().size(), interp.links.size());
            for (LinkItem *l : scene->linkItems())
                QVERIFY(l->isVisible() && !l->curve().isEmpty());
            m_view->zoomToFit();
            const QString dir = qEnvironmentVariable("FAULTLINE_CANVAS_SCREENSHOTS");
            if (!dir.isEmpty())
                m_view->grab().save(dir + QLatin1Char('/') + QFileInfo(path).baseName() + QLatin1Char('-')
                                    + interp.id + QStringLiteral(".png"));
        }
    }

    void exportModeRendersCleanly()
    {
        Incident incident = sampleIncident();
        incident.interpretations[0].links[0].label = QStringLiteral("hides the goal");
        incident.interpretations[0].links.append(
            link(QStringLiteral("l3"), QStringLiteral("ppo"), QStringLiteral("run"), Relation::Amplifies));
        incident.interpretations[0].links.append(
            link(QStringLiteral("l4"), QStringLiteral("run"), QStringLiteral("rew"), Relation::Prevents));
        incident.interpretations[0].links.last().strength = 5;
        m_doc->resetIncident(incident);
        openView();
        m_view->selectElements({QStringLiteral("run")}, {QStringLiteral("l3")});
        m_view->zoomToFit();
        const QImage screen = m_view->grab().toImage();
        CanvasScene *scene = m_view->canvasScene();
        scene->setExportMode(true);
        const QRectF area = scene->diagramRect().adjusted(-20, -20, 20, 20);
        QImage exported(area.size().toSize() * 2, QImage::Format_ARGB32);
        exported.fill(Qt::white);
        QPainter painter(&exported);
        scene->render(&painter, QRectF(QPointF(0, 0), exported.size()), area);
        painter.end();
        scene->setExportMode(false);
        int inked = 0;
        for (int y = 0; y < exported.height(); y += 3)
            for (int x = 0; x < exported.width(); x += 3)
                inked += exported.pixel(x, y) != qRgb(255, 255, 255);
        QVERIFY(inked > 500);
        // Set FAULTLINE_CANVAS_SCREENSHOTS=dir to look at the pictures.
        const QString dir = qEnvironmentVariable("FAULTLINE_CANVAS_SCREENSHOTS");
        if (!dir.isEmpty()) {
            screen.save(dir + QStringLiteral("/canvas-screen.png"));
            exported.save(dir + QStringLiteral("/canvas-export.png"));
        }
    }
};

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
