// The link geometry the canvas draws with: the cheap halfway point (where the
// evidence badge sits) agrees with QPainterPath::pointAtPercent, and cutting a line
// into pieces for culling keeps the same curve.

#include "widgets/canvas/cubicsegment.h"
#include "widgets/canvas/linkpieces.h"

#include <QLineF>
#include <QTest>

using namespace faultline;

namespace {

QList<QList<CubicSegment>> sampleLines()
{
    return {
        {CubicSegment::defaultCurve({0, 0}, {400, 90}, 0)},
        {CubicSegment::defaultCurve({0, 0}, {30, 1800}, 24)},
        // A lopsided curve: Qt's "percent" is by length between pieces but
        // by parameter within one, far from the length's middle here.
        {{{0, 0}, {0, 0}, {10, 0}, {600, 300}}},
        // A routed line of three pieces, as Graphviz gives them.
        CubicSegment::fromRoute({{0, 0},
                                 {50, 80},
                                 {60, 160},
                                 {120, 240},
                                 {180, 320},
                                 {400, 330},
                                 {420, 500},
                                 {430, 650},
                                 {900, 700},
                                 {1000, 1200}}),
        // Straight and vertical: a control box of zero width.
        {{{10, 0}, {10, 100}, {10, 200}, {10, 900}}},
    };
}

} // namespace

class TestCubicSegment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void halfwayPointIsWhereQtPutsIt()
    {
        for (const QList<CubicSegment> &line : sampleLines()) {
            const QPainterPath path = CubicSegment::toPath(line);
            const QPointF expected = path.pointAtPercent(0.5);
            const QPointF halfway = CubicSegment::halfwayPoint(line);
            QVERIFY2(QLineF(expected, halfway).length() < 1.0,
                     qPrintable(QStringLiteral("(%1, %2) vs (%3, %4)")
                                    .arg(halfway.x())
                                    .arg(halfway.y())
                                    .arg(expected.x())
                                    .arg(expected.y())));
        }
        QCOMPARE(CubicSegment::halfwayPoint({}), QPointF());
    }

    void piecesDrawTheSameCurve()
    {
        for (const QList<CubicSegment> &line : sampleLines()) {
            LinkPieces pieces;
            pieces.reset(line);
            // Nothing to cull: the whole line comes back as one run.
            const QList<LinkPieces::Run> whole = pieces.runsMeeting(RepaintArea{}, false);
            QCOMPARE(whole.size(), 1);
            QCOMPARE(whole.first().path, CubicSegment::toPath(line));
            // The pieces of a run lie on the original curve.
            QVERIFY(pieces.pieceCount() >= line.size());
            const QPainterPath original = CubicSegment::toPath(line);
            QList<QPointF> onOriginal;
            for (int i = 0; i <= 4000; ++i)
                onOriginal.append(original.pointAtPercent(i / 4000.0));
            RepaintArea firstHalf;
            firstHalf.everything = false;
            const QRectF box = original.boundingRect();
            firstHalf.rect =
                QRectF(box.left() - 5, box.top() - 5, box.width() / 2 + 5, box.height() / 2 + 5);
            const QList<LinkPieces::Run> runs = pieces.runsMeeting(firstHalf, true);
            QVERIFY(!runs.isEmpty());
            for (const LinkPieces::Run &run : runs) {
                QVERIFY(run.pieces > 0);
                for (int i = 0; i <= 20; ++i) {
                    const QPointF p = run.path.pointAtPercent(i / 20.0);
                    const auto nearest =
                        std::min_element(onOriginal.cbegin(), onOriginal.cend(),
                                         [&](const QPointF &a, const QPointF &b) {
                                             return QLineF(a, p).length() < QLineF(b, p).length();
                                         });
                    QVERIFY(QLineF(*nearest, p).length() < 1.0);
                }
            }
        }
    }

    void runsKeepOnlyPiecesNearTheArea()
    {
        const QList<CubicSegment> line{{{10, 0}, {10, 100}, {10, 200}, {10, 2000}}};
        LinkPieces pieces;
        pieces.reset(line);
        QVERIFY(pieces.pieceCount() >= 12); // 2,000 px in pieces of at most 160
        RepaintArea area;
        area.everything = false;
        area.rect = QRectF(0, 1000, 40, 30);
        const QList<LinkPieces::Run> runs = pieces.runsMeeting(area, true);
        QCOMPARE(runs.size(), 1);
        QVERIFY(runs.first().pieces <= 2);
        const QRectF drawn = runs.first().path.boundingRect();
        QVERIFY(drawn.top() <= 1000 && drawn.bottom() >= 1030);
        QVERIFY(drawn.height() < 400);
        // The dash pattern picks up where the whole line has it: the run starts
        // as far along as its first point lies on the straight line.
        QVERIFY(std::abs(runs.first().startLength - drawn.top()) < 1.0);
        // A polyline (amplifying rails) keeps the segments reaching the area.
        const QList<QPolygonF> rails = LinkPieces::polylineRunsMeeting(
            QPolygonF{{0, 0}, {0, 500}, {0, 1000}, {0, 1500}}, area);
        QCOMPARE(rails.size(), 1);
        QCOMPARE(rails.first(), (QPolygonF{{0, 500}, {0, 1000}, {0, 1500}}));
    }
};

QTEST_MAIN(TestCubicSegment)
#include "tst_cubicsegment.moc"
