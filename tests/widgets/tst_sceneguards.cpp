// Guard rails for large documents that cannot be flaky: no timing, only
// structure. The scene keeps Qt's BSP index (fast hit-testing at thousands of
// items), a model change repaints and re-routes only the items it affects,
// the bulk build routes every link once, and low zoom draws no text.

#include "../bench/generatedincident.h"

#include "model/commands/editelementcommand.h"
#include "model/commands/movefactorscommand.h"
#include "model/document.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/canvas/linkitem.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace faultline;

namespace {
/// The generated incident with its factors spread in two columns, so items do not overlap.
Incident spreadIncident(int factors)
{
    Incident incident = test::generatedIncident(factors);
    QList<Placement> &placements = incident.interpretations.first().placements;
    for (int i = 0; i < placements.size(); ++i)
        placements[i].pos = QPointF((i % 2) * 260.0,
                                    i * 90.0); // a tall strip: links reach a few dozen factors down
    return incident;
}

/// Union of every region the scene reported as changed.
QRectF changedArea(const QSignalSpy &spy)
{
    QRectF area;
    for (const QList<QVariant> &arguments : spy)
        for (const QRectF &rect : arguments.at(0).value<QList<QRectF>>())
            area = area.united(rect);
    return area;
}

/// What a change of `factorId` may repaint: the factor and the links touching it.
QRectF affectedArea(const CanvasScene &scene, const QString &factorId)
{
    QRectF area = scene.factorItem(factorId)->sceneBoundingRect();
    for (LinkItem *link : scene.linkItems())
        if (link->fromId() == factorId || link->toId() == factorId)
            area = area.united(link->sceneBoundingRect());
    return area.adjusted(-2, -2, 2, 2);
}
} // namespace

class TestSceneGuards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sceneKeepsTheBspIndex()
    {
        Document document;
        document.resetIncident(spreadIncident(300));
        CanvasScene scene(&document, document.incident().interpretations.first().id);
        QCOMPARE(scene.itemIndexMethod(), QGraphicsScene::BspTreeIndex);
        QCOMPARE(scene.factorItems().size(), 300);
        // Hit-testing goes through the index: a point query finds exactly the box there.
        FactorItem *item = scene.factorItems().at(123);
        const QList<QGraphicsItem *> hits = scene.items(item->scenePos());
        QVERIFY(hits.contains(item));
        const auto factorHits = std::count_if(hits.cbegin(), hits.cend(), [](QGraphicsItem *hit) {
            return hit->type() == FactorItem::Type;
        });
        QCOMPARE(factorHits, 1);
    }

    void editingOneFactorRepaintsOnlyItAndItsLinks()
    {
        Document document;
        document.resetIncident(spreadIncident(200));
        const QString interp = document.incident().interpretations.first().id;
        CanvasScene scene(&document, interp);
        QCoreApplication::processEvents(); // settle the initial build
        const QString target = document.incident().factors.at(57).id;
        const QRectF allowed = affectedArea(scene, target);
        QVERIFY(allowed.height() < scene.itemsBoundingRect().height() / 3);

        QSignalSpy changed(&scene, &QGraphicsScene::changed);
        Factor edited = *document.incident().findFactor(target);
        edited.label = QStringLiteral("A new label for one factor");
        document.undoStack()->push(new EditFactorCommand(&document, FactorAccess{target}, edited,
                                                         QStringLiteral("label"),
                                                         QStringLiteral("Rename")));
        QTRY_VERIFY(!changed.isEmpty());
        const QRectF area = changedArea(changed);
        QVERIFY2(allowed.contains(area),
                 qPrintable(QStringLiteral("changed %1,%2 %3x%4 outside the factor and its links")
                                .arg(area.x())
                                .arg(area.y())
                                .arg(area.width())
                                .arg(area.height())));
    }

    void accessibleNameFollowsOnlyTheSelection()
    {
        // The canvas's accessible name is worked out again on a change only
        // while something is selected (a layout changes every link at once).
        Document document;
        document.resetIncident(spreadIncident(30));
        const QString interp = document.incident().interpretations.first().id;
        CanvasView view(&document, interp);
        const QString idle = view.accessibleName();
        QVERIFY(!idle.isEmpty());
        const QString target = document.incident().factors.at(7).id;
        const auto rename = [&](const QString &label) {
            Factor edited = *document.incident().findFactor(target);
            edited.label = label;
            document.undoStack()->push(new EditFactorCommand(&document, FactorAccess{target},
                                                             edited, QStringLiteral("label"),
                                                             QStringLiteral("Rename")));
        };
        rename(QStringLiteral("Renamed with nothing selected"));
        QCOMPARE(view.accessibleName(), idle);
        view.canvasScene()->factorItem(target)->setSelected(true);
        QVERIFY(view.accessibleName().contains(QStringLiteral("Renamed with nothing selected")));
        rename(QStringLiteral("Renamed while selected"));
        QVERIFY(view.accessibleName().contains(QStringLiteral("Renamed while selected")));
        view.canvasScene()->clearSelection();
        QCOMPARE(view.accessibleName(), idle);
    }

    void movingOneFactorRepaintsOnlyItsNeighbourhood()
    {
        Document document;
        document.resetIncident(spreadIncident(200));
        const QString interp = document.incident().interpretations.first().id;
        CanvasScene scene(&document, interp);
        QCoreApplication::processEvents();
        const QString target = document.incident().factors.at(88).id;
        const QRectF before = affectedArea(scene, target);

        QSignalSpy changed(&scene, &QGraphicsScene::changed);
        const QPointF to = scene.factorItem(target)->pos() + QPointF(40, 20);
        document.undoStack()->push(
            new MoveFactorsCommand(&document, interp, QHash<QString, QPointF>{{target, to}}));
        QTRY_VERIFY(!changed.isEmpty());
        const QRectF allowed = before.united(affectedArea(scene, target));
        QVERIFY(allowed.contains(changedArea(changed)));
        QVERIFY(allowed.height() < scene.itemsBoundingRect().height() / 3);
    }

    void buildingRoutesEachLinkOnceAndWrapsEachLabelOnce()
    {
        // The complexity guard of the scene build: a bulk build that
        // re-routed neighbours per added link, or re-wrapped labels on every
        // move, would show here as counts above one, whatever the machine.
        Document document;
        document.resetIncident(spreadIncident(300));
        CanvasScene scene(&document, document.incident().interpretations.first().id);
        const QList<LinkItem *> links = scene.linkItems();
        QCOMPARE(links.size(), 450);
        for (LinkItem *link : links)
            QCOMPARE(link->geometryUpdateCount(), 1);
        for (FactorItem *factor : scene.factorItems())
            QCOMPARE(factor->textLayoutCount(), 1);
    }

    void renamingOneFactorReroutesOnlyItsLinks()
    {
        Document document;
        document.resetIncident(spreadIncident(200));
        CanvasScene scene(&document, document.incident().interpretations.first().id);
        const QString target = document.incident().factors.at(57).id;
        QHash<LinkItem *, int> before;
        for (LinkItem *link : scene.linkItems())
            before.insert(link, link->geometryUpdateCount());
        Factor edited = *document.incident().findFactor(target);
        edited.label = QStringLiteral("A much longer label that wraps onto more lines than before");
        document.undoStack()->push(new EditFactorCommand(&document, FactorAccess{target}, edited,
                                                         QStringLiteral("label"),
                                                         QStringLiteral("Rename")));
        int rerouted = 0;
        for (LinkItem *link : scene.linkItems()) {
            const bool touches = link->fromId() == target || link->toId() == target;
            const int updates = link->geometryUpdateCount() - before.value(link);
            QVERIFY2(touches || updates == 0, qPrintable(link->linkId()));
            rerouted += updates > 0 ? 1 : 0;
        }
        QVERIFY(rerouted > 0); // its own links did follow the new box size
        for (FactorItem *factor : scene.factorItems())
            QCOMPARE(factor->textLayoutCount(), factor->factorId() == target ? 2 : 1);
    }

    void buildingMakesNoHitShapesOrTooltips()
    {
        // Hit shapes (a stroke of every curve) and tooltips are made on
        // first use; a build that made them for every item would show here.
        Document document;
        document.resetIncident(spreadIncident(100));
        CanvasScene scene(&document, document.incident().interpretations.first().id);
        for (LinkItem *link : scene.linkItems()) {
            QCOMPARE(link->shapeBuildCount(), 0);
            QVERIFY(static_cast<QGraphicsItem *>(link)->toolTip().isEmpty());
        }
        for (FactorItem *factor : scene.factorItems())
            QVERIFY(static_cast<QGraphicsItem *>(factor)->toolTip().isEmpty());
        // Asked for, they are there: a hit test strokes exactly that link once.
        LinkItem *link = scene.linkItems().at(7);
        const QPointF onCurve = link->curve().pointAtPercent(0.3);
        QVERIFY(link->shape().contains(onCurve));
        QVERIFY(link->shape().contains(onCurve));
        QCOMPARE(link->shapeBuildCount(), 1);
        QVERIFY(link->toolTipText().contains(QStringLiteral("strength")));
        FactorItem *factor = scene.factorItems().at(3);
        QVERIFY(factor->toolTipText().contains(factor->labelText().toHtmlEscaped()));
    }

    void tooltipIsBuiltWhenItShows()
    {
        Document document;
        document.resetIncident(spreadIncident(20));
        CanvasView view(&document, document.incident().interpretations.first().id);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        FactorItem *factor = view.canvasScene()->factorItems().at(2);
        view.centerOn(factor);
        const QPoint at =
            view.mapFromScene(factor->scenePos() + QPointF(0, factor->boxRect().height() / 2 - 4));
        QCOMPARE(view.canvasScene()->elementAt(view.mapToScene(at), view.transform()), factor);
        QHelpEvent help(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
        QApplication::sendEvent(view.viewport(), &help);
        QCOMPARE(static_cast<QGraphicsItem *>(factor)->toolTip(), factor->toolTipText());
        QVERIFY(QToolTip::text().contains(factor->labelText().toHtmlEscaped()));
        QToolTip::hideText();
    }

    void dragStepReroutesOnlyTheMovedFactorsLinks()
    {
        // A drag moves the box on screen; each step must re-route only its
        // own links.
        Document document;
        document.resetIncident(spreadIncident(200));
        const QString interp = document.incident().interpretations.first().id;
        CanvasView view(&document, interp);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        FactorItem *moved = view.canvasScene()->factorItems().at(101);
        view.centerOn(moved);
        QApplication::processEvents();
        const QList<LinkItem *> links = view.canvasScene()->linkItems();
        // A point of the box no link crosses (links are drawn above boxes).
        QPoint at;
        const QRectF box = moved->boxRect().translated(moved->scenePos());
        for (qreal y = box.top() + 6; at.isNull() && y < box.bottom() - 6; y += 4)
            for (qreal x = box.left() + 10; at.isNull() && x < box.right() - 10; x += 4)
                if (view.canvasScene()->elementAt(QPointF(x, y), view.transform()) == moved)
                    at = view.mapFromScene(QPointF(x, y));
        QVERIFY(!at.isNull());
        QTest::mouseMove(view.viewport(), at);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, at);
        QHash<LinkItem *, int> routes;
        for (LinkItem *link : links)
            routes.insert(link, link->geometryUpdateCount());
        int own = 0;
        for (int step = 1; step <= 5; ++step) {
            at += QPoint(9, 5);
            QTest::mouseMove(view.viewport(), at);
            QApplication::processEvents(); // the repaint
        }
        for (LinkItem *link : links) {
            const bool touches =
                link->fromId() == moved->factorId() || link->toId() == moved->factorId();
            const int steps = link->geometryUpdateCount() - routes.value(link);
            QVERIFY2(touches ? steps == 5 : steps == 0, qPrintable(link->linkId()));
            own += touches ? 1 : 0;
        }
        QVERIFY(own > 0);
        QVERIFY(moved->pos() != moved->placementPos()); // the box follows the pointer
        const int commands = document.undoStack()->count();
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(document.undoStack()->count(), commands + 1); // one undoable move
    }

    void lowZoomDrawsNoLabels()
    {
        Document document;
        document.resetIncident(spreadIncident(20));
        CanvasScene scene(&document, document.incident().interpretations.first().id);
        FactorItem *item = scene.factorItems().at(5);
        const QRectF source = item->sceneBoundingRect();
        const auto renderAt = [&](qreal scale) {
            QImage image((source.size() * scale).toSize() + QSize(2, 2), QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            scene.render(&painter, QRectF(QPointF(0, 0), source.size() * scale), source);
        };
        renderAt(1.0);
        QVERIFY(item->paintedDetail()); // full size: caption, label and badges
        renderAt(0.2);
        QVERIFY(!item->paintedDetail()); // overview: the box only, no text
        renderAt(0.5);
        QVERIFY(item->paintedDetail());
    }
};

QTEST_MAIN(TestSceneGuards)
#include "tst_sceneguards.moc"
