// The compare view's scenes and widgets on crafted incidents: ghosts exactly
// for what a column lacks, shared factors at identical positions, crux focus,
// synchronised columns, matrix and coverage cells.

#include "../common/bundledexample.h"
#include "../common/threereadings.h"
#include "model/compare/diffengine.h"
#include "model/layout/causallayout.h"
#include "model/layout/layoutengine.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/canvas/linkitem.h"
#include "widgets/compare/comparecolumnview.h"
#include "widgets/compare/comparescenes.h"
#include "widgets/compare/compareview.h"
#include "widgets/compare/coveragewidget.h"
#include "widgets/compare/cruxitemdelegate.h"
#include "widgets/compare/cruxlistwidget.h"
#include "widgets/compare/cruxnumberitem.h"
#include "widgets/compare/interpretationpickerdialog.h"
#include "widgets/compare/marklegendstrip.h"
#include "widgets/compare/onlyheremarker.h"
#include "widgets/compare/rootcausematrixwidget.h"
#include "widgets/export/legendentries.h"

#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QTest>

#include "model/format/faultlinereader.h"
#include "testpaths.h"

using namespace faultline;
using faultline::test::ReadingPlaces;
using faultline::test::threeReadings;

namespace {

QSet<QString> pairsOf(CanvasScene *scene, bool ghosts, const CompareScenes &scenes, int column)
{
    QSet<QString> pairs;
    for (LinkItem *item : scene->linkItems())
        if (scenes.isGhostLink(column, item->linkId()) == ghosts)
            pairs.insert(item->fromId() + QStringLiteral("→") + item->toId());
    return pairs;
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ghostsExactlyForMissingElements_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QList<QStringList>>("ghostFactors"); // per column
        QTest::addColumn<QList<QStringList>>("ghostPairs");   // per column, "from→to"
        QTest::newRow("A,B") << QStringList{"A", "B"} << QList<QStringList>{{"ppo"}, {"rew"}}
                             << QList<QStringList>{{"ppo→run"}, {"rew→run"}};
        QTest::newRow("A,B,C") << QStringList{"A", "B", "C"}
                               << QList<QStringList>{{"ppo"}, {"rew"}, {"env", "ppo"}}
                               << QList<QStringList>{
                                      {"ppo→run"}, {"rew→run"}, {"env→run", "ppo→run"}};
        QTest::newRow("A,C") << QStringList{"A", "C"} << QList<QStringList>{{}, {"env"}}
                             << QList<QStringList>{{}, {"env→run"}};
    }

    void ghostsExactlyForMissingElements()
    {
        QFETCH(QStringList, ids);
        QFETCH(QList<QStringList>, ghostFactors);
        QFETCH(QList<QStringList>, ghostPairs);
        const Incident incident = threeReadings(ReadingPlaces::Apart);
        CompareScenes scenes(incident, ids);
        QCOMPARE(scenes.count(), ids.size());
        for (int column = 0; column < scenes.count(); ++column) {
            CanvasScene *scene = scenes.scene(column);
            const Interpretation *own = incident.findInterpretation(ids[column]);
            QCOMPARE(scenes.ghostFactorIds(column), ghostFactors[column]);
            // Every factor of the union is in the column: its own ones Normal, the others Ghost.
            for (FactorItem *item : scene->factorItems()) {
                const bool ghost = ghostFactors[column].contains(item->factorId());
                QCOMPARE(own->usesFactor(item->factorId()), !ghost);
                QCOMPARE(item->emphasis(), ghost ? Emphasis::Ghost : Emphasis::Normal);
                QVERIFY(item->isVisible());
            }
            QCOMPARE(scene->factorItems().size(),
                     own->placements.size() + ghostFactors[column].size());
            const QStringList expectedPairs = ghostPairs[column];
            QCOMPARE(pairsOf(scene, true, scenes, column),
                     QSet<QString>(expectedPairs.cbegin(), expectedPairs.cend()));
            QCOMPARE(pairsOf(scene, false, scenes, column).size(), own->links.size());
            for (LinkItem *item : scene->linkItems())
                QCOMPARE(item->emphasis(), scenes.isGhostLink(column, item->linkId())
                                               ? Emphasis::Ghost
                                               : Emphasis::Normal);
        }
        // The original incident is never touched: ghosts live in the snapshot only.
        QCOMPARE(scenes.incident(), incident);
    }

    void sharedFactorsAtIdenticalPositions()
    {
        const Incident incident = threeReadings(ReadingPlaces::Apart);
        CompareScenes scenes(incident, {"B", "A", "C"});
        const QStringList all{"rew", "env", "run", "ppo"};
        for (const QString &id : all) {
            const QPointF first = scenes.scene(0)->factorItem(id)->scenePos();
            for (int column = 1; column < scenes.count(); ++column)
                QCOMPARE(scenes.scene(column)->factorItem(id)->scenePos(), first);
        }
        // Without a union layout, the first placing reading (B here) decides.
        QCOMPARE(scenes.scene(2)->factorItem("run")->scenePos(), QPointF(700, 500));
        QCOMPARE(scenes.scene(1)->factorItem("rew")->scenePos(), QPointF(0, 0));
        // Identical scene rectangles, so scroll positions mean the same in every column.
        QCOMPARE(scenes.scene(0)->sceneRect(), scenes.scene(2)->sceneRect());
    }

    void unionLayoutPositionsAreUsed()
    {
        const Incident incident = threeReadings(ReadingPlaces::Apart);
        const QStringList ids{"A", "B"};
        const LayoutResult result = LayoutEngine::run(CausalLayout::unionRequest(incident, ids));
        QVERIFY2(result.ok, qPrintable(result.error));
        CompareScenes scenes(incident, ids, result);
        QVERIFY(scenes.usesUnionLayout());
        for (const QString &id : {QStringLiteral("rew"), QStringLiteral("env"),
                                  QStringLiteral("run"), QStringLiteral("ppo")}) {
            QCOMPARE(scenes.scene(0)->factorItem(id)->scenePos(), result.positions.value(id));
            QCOMPARE(scenes.scene(1)->factorItem(id)->scenePos(), result.positions.value(id));
        }
    }

    void onlyHereMarkersAndDiffStylingToggle()
    {
        CompareScenes scenes(threeReadings(ReadingPlaces::Apart), {"A", "B"});
        QCOMPARE(scenes.uniqueFactorIds(0), QStringList{"rew"});
        QCOMPARE(scenes.uniqueFactorIds(1), QStringList{"ppo"});
        QCOMPARE(scenes.uniqueLinkIds(0), QStringList{"a1"});
        const auto visibleMarkers = [](CanvasScene *scene) {
            int n = 0;
            for (QGraphicsItem *item : scene->items())
                n += item->type() == OnlyHereMarker::Type && item->isVisible();
            return n;
        };
        QCOMPARE(visibleMarkers(scenes.scene(0)), 2); // factor rew, link rew → run
        scenes.setDiffStyling(false);
        QCOMPARE(visibleMarkers(scenes.scene(0)), 0);
        QVERIFY(!scenes.scene(0)->factorItem("ppo")->isVisible());
        QVERIFY(!scenes.linkItemForPair(0, "ppo", "run")->isVisible());
        scenes.setDiffStyling(true);
        QVERIFY(scenes.scene(0)->factorItem("ppo")->isVisible());
    }

    void focusCruxHighlightsInEveryColumn()
    {
        const Incident incident = threeReadings(ReadingPlaces::Apart);
        CompareScenes scenes(incident, {"A", "B", "C"});
        // The link presence crux about ppo → run: B has it, A and C show it as a ghost.
        const Crux *crux = nullptr;
        for (const Crux &c : scenes.diff().cruxes)
            if (c.key == QLatin1String("factor|ppo"))
                crux = &c;
        QVERIFY(crux);
        const QRectF area = scenes.focusCrux(*crux);
        QVERIFY(!area.isEmpty());
        QCOMPARE(scenes.linkItemForPair(1, "ppo", "run")->emphasis(), Emphasis::Highlighted);
        QCOMPARE(scenes.scene(1)->factorItem("ppo")->emphasis(), Emphasis::Highlighted);
        QCOMPARE(scenes.scene(1)->factorItem("run")->emphasis(), Emphasis::Highlighted);
        QCOMPARE(scenes.scene(1)->factorItem("env")->emphasis(), Emphasis::Faded);
        QCOMPARE(scenes.linkItemForPair(1, "env", "run")->emphasis(), Emphasis::Faded);
        for (int column : {0, 2}) {
            QCOMPARE(scenes.linkItemForPair(column, "ppo", "run")->emphasis(), Emphasis::Ghost);
            QCOMPARE(scenes.linkItemForPair(column, "ppo", "run")->opacity(), 1.0);
            QCOMPARE(scenes.scene(column)->factorItem("run")->emphasis(), Emphasis::Highlighted);
        }
        QVERIFY(scenes.scene(2)->factorItem("env")->opacity() <
                1.0); // an uninvolved ghost steps back
        scenes.clearFocus();
        QCOMPARE(scenes.scene(1)->factorItem("env")->emphasis(), Emphasis::Normal);
        QCOMPARE(scenes.linkItemForPair(0, "ppo", "run")->emphasis(), Emphasis::Ghost);
        QCOMPARE(scenes.scene(2)->factorItem("env")->opacity(), 1.0);
    }

    void columnsZoomAndScrollTogether()
    {
        CompareView view;
        view.resize(1400, 800);
        view.setComparison(threeReadings(ReadingPlaces::Apart), {"A", "B", "C"});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.columnCount(), 3);
        QCOMPARE(view.columnHeader(1)->text(), QStringLiteral("Environment reading"));
        view.columnView(1)->setZoom(2.0);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(view.columnView(i)->zoom(), 2.0);
        view.columnView(2)->verticalScrollBar()->setValue(
            view.columnView(2)->verticalScrollBar()->value() + 40);
        view.columnView(2)->horizontalScrollBar()->setValue(
            view.columnView(2)->horizontalScrollBar()->value() + 30);
        const QPointF centre =
            view.columnView(2)->mapToScene(view.columnView(2)->viewport()->rect().center());
        for (int i = 0; i < 2; ++i) {
            const QPointF other =
                view.columnView(i)->mapToScene(view.columnView(i)->viewport()->rect().center());
            QVERIFY2((other - centre).manhattanLength() < 3.0,
                     qPrintable(QStringLiteral("column %1").arg(i)));
        }
        // Read-only: a drag in a column pans instead of moving a factor.
        CompareColumnView *column = view.columnView(0);
        FactorItem *item = view.scenes()->scene(0)->factorItem("rew");
        const QPointF before = item->scenePos();
        const QPoint at = column->mapFromScene(item->sceneBoundingRect().center());
        QTest::mousePress(column->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseMove(column->viewport(), at + QPoint(60, 40));
        QTest::mouseRelease(column->viewport(), Qt::LeftButton, {}, at + QPoint(60, 40));
        QCOMPARE(item->scenePos(), before);
        QVERIFY(!item->isSelected());
    }

    void keepsCruxAndZoomWhenContentChanges()
    {
        CompareView view;
        view.resize(1400, 800);
        Incident incident = threeReadings(ReadingPlaces::Apart);
        view.setComparison(incident, {"A", "B"});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentCrux(2);
        const Crux kept = *view.cruxList()->crux(2);
        view.columnView(0)->setZoom(1.7);
        incident.factors[3].label = QStringLiteral("PPO with a CNN"); // changes descriptions
        view.setComparison(incident, {"A", "B"});
        QCOMPARE(view.columnView(1)->zoom(), 1.7);
        QVERIFY(view.currentCrux() >= 0);
        QVERIFY(view.cruxList()->crux(view.currentCrux())->type == kept.type);
        QCOMPARE(view.cruxList()->crux(view.currentCrux())->factorIds, kept.factorIds);
    }

    void matrixAndCoverageCells()
    {
        const Incident incident = threeReadings(ReadingPlaces::Apart);
        CompareView view;
        view.setComparison(incident, {"A", "B", "C"});
        RootCauseMatrixWidget *matrix = view.matrix();
        QCOMPARE(matrix->columnCount(), 3);
        const int reward = matrix->matrix().rowOf(QStringLiteral("reward"));
        const int environment = matrix->matrix().rowOf(QStringLiteral("environment"));
        QVERIFY(reward >= 0 && environment >= 0);
        QCOMPARE(matrix->item(reward, 0)->data(Qt::UserRole).toInt(), int(AreaState::Implicated));
        QVERIFY(matrix->item(reward, 0)->text().contains(displayName(AreaState::Implicated)));
        QCOMPARE(matrix->item(reward, 1)->data(Qt::UserRole).toInt(),
                 int(AreaState::NotConsidered));
        QCOMPARE(matrix->item(environment, 0)->data(Qt::UserRole).toInt(),
                 int(AreaState::Involved));
        QCOMPARE(matrix->item(environment, 1)->data(Qt::UserRole).toInt(),
                 int(AreaState::Implicated));
        QVERIFY(matrix->item(reward, 0)->background().color() !=
                matrix->item(reward, 1)->background().color());
        CoverageWidget *coverage = view.coverage();
        QCOMPARE(coverage->columnCount(), 4);
        QVERIFY(coverage->entryCount() > 0);
        QCOMPARE(
            coverage->topLevelItem(0)->text(1),
            QStringLiteral("%1 of %2").arg(coverage->considered(0)).arg(coverage->entryCount()));
    }

    void pickerAcceptsTwoToFour()
    {
        const Incident incident = threeReadings(ReadingPlaces::Apart);
        InterpretationPickerDialog dialog(incident, {"A", "B"});
        QCOMPARE(dialog.selectedIds(), (QStringList{"A", "B"}));
        QVERIFY(dialog.canAccept());
        dialog.setChecked("A", false);
        QVERIFY(!dialog.canAccept());
        dialog.setChecked("C", true);
        dialog.setChecked("A", true);
        QCOMPARE(dialog.selectedIds(), (QStringList{"A", "B", "C"}));
        QVERIFY(dialog.canAccept());
    }

    void everyCoinRunCruxIsFramedAndNumberedInEveryColumn()
    {
        const Incident coinrun = test::bundledExample(QStringLiteral("coinrun"));
        const QStringList ids = test::interpretationIds(coinrun);
        CompareView view;
        view.resize(1280, 690);
        view.setComparison(coinrun, ids);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int cruxes = int(view.scenes()->diff().cruxes.size());
        QVERIFY(cruxes > 0);
        QWidget *column = view.columnView(0);
        column->setFocus();
        int framed = 0;
        for (int i = 0; i < cruxes; ++i) {
            QTest::keyClick(column, Qt::Key_F8); // the next crux, as a moderator steps
            QCOMPARE(view.currentCrux(), i);
            const Crux &crux = view.scenes()->diff().cruxes[i];
            for (int c = 0; c < view.columnCount(); ++c) {
                CompareColumnView *v = view.columnView(c);
                const QRectF visible = v->mapToScene(v->viewport()->rect()).boundingRect();
                bool numbered = false;
                for (const QString &id : crux.factorIds) {
                    const FactorItem *item = view.scenes()->scene(c)->factorItem(id);
                    if (!item || !item->isVisible())
                        continue;
                    QVERIFY2(visible.contains(item->sceneBoundingRect()),
                             qPrintable(QStringLiteral("crux %1, column %2: %3 clipped")
                                            .arg(i + 1)
                                            .arg(c)
                                            .arg(id)));
                    ++framed;
                    numbered = true;
                }
                if (!numbered)
                    continue;
                bool hasNumber = false;
                for (const CruxNumberItem *item : view.scenes()->cruxItems())
                    hasNumber = hasNumber || (item->scene() == view.scenes()->scene(c) &&
                                              !item->isCallout() && item->number() == i + 1);
                QVERIFY2(hasNumber,
                         qPrintable(QStringLiteral("crux %1, column %2").arg(i + 1).arg(c)));
            }
        }
        QVERIFY(framed > 0);
        // The legend strip names the crux number now shown, and no "only here" (hidden while
        // focused).
        QVERIFY(view.legendStrip()->entryTexts().contains(displayName(LegendMark::CruxNumber)));
        QVERIFY(
            !view.legendStrip()->entryTexts().contains(displayName(LegendMark::OnlyHereFactor)));
    }

    // A title longer than the room left beside the controls ends with "…"
    // (not cut mid-letter); its tooltip and a wider window show it whole.
    void longTitleIsCutWithAnEllipsis()
    {
        const Incident coinrun = test::bundledExample(QStringLiteral("coinrun"));
        CompareView view;
        view.resize(760, 560);
        view.setComparison(coinrun, {coinrun.interpretations[0].id, coinrun.interpretations[1].id});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *title = view.findChild<QLabel *>(QStringLiteral("compareTitle"));
        QVERIFY(title);
        QVERIFY(title->toolTip().contains(coinrun.title));
        QTRY_VERIFY2(title->text().endsWith(QChar(0x2026)), qPrintable(title->text()));
        QVERIFY(title->fontMetrics().horizontalAdvance(title->text()) <= title->width());
        view.resize(1900, 560);
        QTRY_COMPARE(title->text(), title->toolTip());
    }

    void coinRunCalloutsCoverNoFactor_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("readings");
        QTest::newRow("laptop, three readings") << QSize(980, 560) << 3;
        QTest::newRow("laptop, two readings") << QSize(980, 560) << 2;
        QTest::newRow("projector, three readings") << QSize(1280, 690) << 3;
    }

    void coinRunCalloutsCoverNoFactor()
    {
        QFETCH(QSize, size);
        QFETCH(int, readings);
        const Incident coinrun = test::bundledExample(QStringLiteral("coinrun"));
        const QStringList ids = test::interpretationIds(coinrun);
        CompareView view;
        view.resize(size);
        view.setComparison(coinrun, ids.mid(0, readings));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QWidget *first = view.columnView(0);
        first->setFocus();
        int callouts = 0;
        for (int i = 0; i < int(view.scenes()->diff().cruxes.size()); ++i) {
            QTest::keyClick(first, Qt::Key_F8);
            QCOMPARE(view.currentCrux(), i);
            for (int c = 0; c < view.columnCount(); ++c) {
                CompareColumnView *v = view.columnView(c);
                CanvasScene *scene = view.scenes()->scene(c);
                for (const CruxNumberItem *item : view.scenes()->cruxItems()) {
                    if (!item->isCallout() || item->scene() != scene || !item->isVisible())
                        continue;
                    ++callouts;
                    // Callouts keep their size in pixels: their rectangle on
                    // screen (the bounding rect less its two pixels for the pen).
                    const QRectF onScreen = item->boundingRect()
                                                .adjusted(2, 2, -2, -2)
                                                .translated(v->mapFromScene(item->pos()));
                    const QString where = QStringLiteral("crux %1, column %2").arg(i + 1).arg(c);
                    QVERIFY2(QRectF(v->viewport()->rect()).contains(onScreen),
                             qPrintable(where + QStringLiteral(": callout cut off")));
                    for (const FactorItem *factor : scene->factorItems()) {
                        if (!factor->isVisible())
                            continue;
                        const QRectF box =
                            v->mapFromScene(factor->mapRectToScene(factor->boxRect()))
                                .boundingRect();
                        QVERIFY2(!box.intersects(onScreen),
                                 qPrintable(where + QStringLiteral(": callout over ") +
                                            factor->factorId()));
                    }
                }
            }
        }
        QVERIFY(callouts > 0); // beside the diagrams, not hidden for want of room
    }

    void columnsStackWhenThatDrawsThemLarger()
    {
        CompareView view;
        view.setComparison(threeReadings(ReadingPlaces::Shared), {"A", "B", "C"});
        view.resize(1800, 600); // wide: side by side
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!view.isStacked());
        const qreal wideZoom = view.columnView(0)->zoom();
        view.resize(700, 1400); // tall: one above the other
        QTRY_VERIFY(view.isStacked());
        // Fitted again after the resize: the whole diagram shows in each column.
        QTRY_VERIFY(view.columnView(0)->zoom() != wideZoom);
        CompareColumnView *v = view.columnView(2);
        const QRectF visible = v->mapToScene(v->viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(view.scenes()->scene(2)->diagramRect()));
    }

    void cruxListSteps()
    {
        CruxListWidget list;
        const Incident incident = threeReadings(ReadingPlaces::Apart);
        const QList<Crux> cruxes = DiffEngine::compare(incident, {"A", "B"}).cruxes;
        QVERIFY(cruxes.size() >= 3);
        list.setCruxes(incident, cruxes);
        // Each item: the question headline and a positions table, one row per reading.
        for (int i = 0; i < list.count(); ++i) {
            QVERIFY(list.item(i)->text().endsWith(QLatin1Char('?')));
            const QVariantList table = list.item(i)->data(CruxItemDelegate::PositionsRole).toList();
            QCOMPARE(table.size(), 2);
            for (const QVariant &row : table)
                QCOMPARE(row.toStringList().size(), 3);
        }
        QCOMPARE(list.currentCrux(), -1);
        list.selectNext();
        QCOMPARE(list.currentCrux(), 0);
        list.selectPrevious();
        QCOMPARE(list.currentCrux(), int(cruxes.size()) - 1);
        list.selectNext();
        QCOMPARE(list.currentCrux(), 0);
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
