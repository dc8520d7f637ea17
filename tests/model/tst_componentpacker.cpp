// ComponentPacker: groups of linked factors laid out apart and arranged to
// fill an area of a given aspect (compare slides whose root causes would
// otherwise form one band wider than the slide), each group still flowing
// from causes down to effects, no box on another, routes moved with their boxes.

#include "model/layout/componentpacker.h"
#include "model/layout/layoutengine.h"

#include <QtTest>

using namespace faultline;

namespace {

constexpr QSizeF kBox(180, 60);

/// `groups` chains of `length` factors each ("g0n0" -> "g0n1" -> ...), all
/// placed at the origin, the first of each chain a root cause.
LayoutRequest chains(int groups, int length, double packAspect)
{
    LayoutRequest request;
    request.options.packAspect = packAspect;
    for (int g = 0; g < groups; ++g)
        for (int n = 0; n < length; ++n) {
            LayoutNode node;
            node.id = QStringLiteral("g%1n%2").arg(g).arg(n);
            node.size = kBox;
            node.rank = n == 0 ? RankHint::Top : RankHint::Free;
            request.nodes.append(node);
            if (n > 0)
                request.edges.append({QStringLiteral("g%1e%2").arg(g).arg(n),
                                      QStringLiteral("g%1n%2").arg(g).arg(n - 1), node.id, 1});
        }
    return request;
}

QRectF boxOf(const LayoutResult &result, const QString &id)
{
    const QPointF c = result.positions.value(id);
    return QRectF(c - QPointF(kBox.width(), kBox.height()) / 2, kBox);
}

} // namespace

class TestComponentPacker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arrangeFillsTheAspect_data()
    {
        QTest::addColumn<QList<QSizeF>>("sizes");
        QTest::addColumn<double>("aspect");
        QTest::addColumn<QSizeF>("expected"); // the extent of the arrangement
        const QSizeF square(100, 100);
        QTest::newRow("four squares in a square")
            << QList<QSizeF>{square, square, square, square} << 1.0 << QSizeF(210, 210);
        QTest::newRow("four squares in a row")
            << QList<QSizeF>{square, square, square, square} << 4.0 << QSizeF(430, 100);
        // Hide-and-seek's groups: the wide one, the two small ones stacked beside it.
        QTest::newRow("one wide, two small beside")
            << QList<QSizeF>{{826, 385}, {422, 195}, {220, 175}} << 3.0 << QSizeF(1258, 385);
    }

    void arrangeFillsTheAspect()
    {
        QFETCH(QList<QSizeF>, sizes);
        QFETCH(double, aspect);
        QFETCH(QSizeF, expected);
        const QList<QPointF> corners = ComponentPacker::arrange(sizes, aspect, QSizeF(10, 10));
        QCOMPARE(corners.size(), sizes.size());
        QRectF extent;
        for (int i = 0; i < sizes.size(); ++i) {
            const QRectF box(corners[i], sizes[i]);
            extent = extent.united(box);
            for (int j = i + 1; j < sizes.size(); ++j)
                QVERIFY2(!box.adjusted(0, 0, 9.9, 9.9).intersects(QRectF(corners[j], sizes[j])),
                         qPrintable(QStringLiteral("%1 on %2").arg(i).arg(j)));
        }
        QCOMPARE(extent.topLeft(), QPointF(0, 0));
        QCOMPARE(extent.size(), expected);
    }

    void groupsArePackedAndStillFlowDown()
    {
        // Six two-factor chains: in one band they are six boxes wide and two high.
        const LayoutResult band = LayoutEngine::run(chains(6, 2, 0));
        const LayoutResult packed = LayoutEngine::run(chains(6, 2, 16.0 / 9));
        QVERIFY2(band.ok && packed.ok, qPrintable(band.error + packed.error));
        QVERIFY2(band.bounds.width() > 5 * kBox.width(),
                 qPrintable(QString::number(band.bounds.width())));
        QVERIFY2(packed.bounds.width() < 4 * kBox.width(),
                 qPrintable(QString::number(packed.bounds.width())));
        const QStringList ids = packed.positions.keys();
        QCOMPARE(ids.size(), 12);
        for (int i = 0; i < ids.size(); ++i)
            for (int j = i + 1; j < ids.size(); ++j)
                QVERIFY2(!boxOf(packed, ids[i]).intersects(boxOf(packed, ids[j])),
                         qPrintable(ids[i] + QStringLiteral(" on ") + ids[j]));
        for (int g = 0; g < 6; ++g) {
            const QString cause = QStringLiteral("g%1n0").arg(g);
            const QString effect = QStringLiteral("g%1n1").arg(g);
            QVERIFY(packed.positions.value(cause).y() < packed.positions.value(effect).y());
            // The route moved with its group: it starts and ends at its boxes.
            const QList<QPointF> route = packed.routes.value(QStringLiteral("g%1e1").arg(g));
            QVERIFY(!route.isEmpty());
            QVERIFY(boxOf(packed, cause).adjusted(-3, -3, 3, 3).contains(route.first()));
            QVERIFY(boxOf(packed, effect).adjusted(-3, -3, 3, 3).contains(route.last()));
        }
    }

    void notPackedWithPinsOrOneGroup()
    {
        LayoutRequest pinned = chains(3, 2, 16.0 / 9);
        pinned.nodes[0].fixed = true;
        QVERIFY(!ComponentPacker::run(pinned));
        QVERIFY(!ComponentPacker::run(chains(1, 4, 16.0 / 9)));
        QVERIFY(!ComponentPacker::run(chains(3, 2, 0)));
        QVERIFY(ComponentPacker::run(chains(3, 2, 16.0 / 9)));
    }
};

QTEST_MAIN(TestComponentPacker)
#include "tst_componentpacker.moc"
