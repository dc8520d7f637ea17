#include "../bench/generatedincident.h"
#include "layoutfixtures.h"
#include "model/commands/applylayoutcommand.h"
#include "model/document.h"
#include "model/kindstyle.h"
#include "model/layout/causallayout.h"
#include "model/layout/dotcostestimate.h"
#include "model/layout/factorsize.h"
#include "model/layout/layoutengine.h"
#include "model/layout/layoutjson.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QtTest>

#include <clocale>
#include <cstdio>

using namespace faultline;
using faultline::test::link;
using faultline::test::surfingIncident;

Q_DECLARE_METATYPE(faultline::Incident)

namespace {

Incident chainIncident(const QStringList &kinds)
{
    Incident incident;
    incident.title = QStringLiteral("Chain");
    Interpretation interp;
    interp.id = QStringLiteral("chain");
    interp.name = QStringLiteral("Chain");
    for (int i = 0; i < kinds.size(); ++i) {
        const QString id = QStringLiteral("c%1").arg(i);
        incident.factors.append({id, kinds[i], QStringLiteral("Step %1").arg(i), {}, {}, {}, {}});
        // Reverse order and scattered, so the layout has to work.
        interp.placements.append({id, QPointF(37.0 * i, -50.0 * i), false, false, {}});
        if (i > 0) {
            Link l;
            l.id = QStringLiteral("k%1").arg(i);
            l.from = QStringLiteral("c%1").arg(i - 1);
            l.to = id;
            interp.links.append(l);
        }
    }
    incident.interpretations.append(interp);
    return incident;
}

QRectF boxOf(const Incident &incident, const QString &factorId, QPointF centre)
{
    const Factor &factor = *incident.findFactor(factorId);
    const KindStyle kind = kindStyle(incident, factor.kind);
    const QSizeF size = estimatedFactorSize(factor, kind.shape, kind.name);
    return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
}

QPointF bezierPoint(const QList<QPointF> &route, int segment, double t)
{
    const QPointF p0 = route[3 * segment], p1 = route[3 * segment + 1], p2 = route[3 * segment + 2],
                  p3 = route[3 * segment + 3];
    const double u = 1 - t;
    return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
}

bool onBorder(const QRectF &box, QPointF p, double tolerance)
{
    return box.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(p) &&
           !box.adjusted(tolerance, tolerance, -tolerance, -tolerance).contains(p);
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void estimatedSize_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<double>("minHeight");
        QTest::addColumn<double>("maxHeight");
        QTest::addColumn<double>("width");
        // A short label gets the narrowest label area (88) and a rectangle's sides (10 each).
        QTest::newRow("empty") << QString() << 60.0 << 60.0 << 120.0;
        QTest::newRow("short") << QStringLiteral("Reward") << 60.0 << 60.0 << 120.0;
        QTest::newRow("three lines")
            << QStringLiteral("Agents can push themselves in mid-air while riding a box") << 61.0
            << 90.0 << kFactorBoxWidth;
        QTest::newRow("very long is clamped")
            << QString(2000, QLatin1Char('x')) << 140.0 << 140.0 << kFactorBoxWidth;
    }
    void estimatedSize()
    {
        QFETCH(QString, label);
        QFETCH(double, minHeight);
        QFETCH(double, maxHeight);
        QFETCH(double, width);
        Factor f;
        f.label = label;
        const QSizeF size = estimatedFactorSize(f);
        QCOMPARE(size.width(), width);
        QVERIFY2(size.height() >= minHeight && size.height() <= maxHeight,
                 qPrintable(QString::number(size.height())));
    }

    void estimatedSizeGrowsWithLabel()
    {
        Factor f;
        double previous = 0;
        for (int words = 0; words < 60; ++words) {
            f.label += QStringLiteral("word ");
            const double height = estimatedFactorSize(f).height();
            QVERIFY(height >= previous);
            previous = height;
        }
        QVERIFY(previous > kFactorBoxMinHeight);
    }

    void chainRunsDownwards_data()
    {
        QTest::addColumn<QStringList>("kinds");
        QTest::newRow("reward to behaviour")
            << QStringList{QStringLiteral("reward"), QStringLiteral("behaviour")};
        QTest::newRow("a b c") << QStringList{QStringLiteral("environment"),
                                              QStringLiteral("algorithm"),
                                              QStringLiteral("behaviour")};
        QTest::newRow("no root-cause kinds") << QStringList{
            QStringLiteral("intent"), QStringLiteral("shift"), QStringLiteral("oversight"),
            QStringLiteral("shift"), QStringLiteral("intent")};
        QTest::newRow("behaviour first") << QStringList{
            QStringLiteral("behaviour"), QStringLiteral("behaviour"), QStringLiteral("reward")};
    }
    void chainRunsDownwards()
    {
        QFETCH(QStringList, kinds);
        const Incident incident = chainIncident(kinds);
        const LayoutResult result = LayoutEngine::run(
            CausalLayout::interpretationRequest(incident, QStringLiteral("chain")));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.engine, QStringLiteral("dot"));
        QCOMPARE(result.positions.size(), kinds.size());
        for (int i = 1; i < kinds.size(); ++i) {
            const double above = result.positions.value(QStringLiteral("c%1").arg(i - 1)).y();
            const double below = result.positions.value(QStringLiteral("c%1").arg(i)).y();
            QVERIFY2(
                below > above + kFactorBoxMinHeight,
                qPrintable(QStringLiteral("step %1: %2 then %3").arg(i).arg(above).arg(below)));
            QVERIFY(result.routes.contains(QStringLiteral("k%1").arg(i)));
        }
    }

    void behaviourEndsBelowItsCauses()
    {
        const Incident incident = surfingIncident();
        const LayoutResult result = LayoutEngine::run(
            CausalLayout::interpretationRequest(incident, QStringLiteral("main")));
        QVERIFY2(result.ok, qPrintable(result.error));
        const auto y = [&](const char *id) {
            return result.positions.value(QString::fromLatin1(id)).y();
        };
        for (const Link &l : incident.interpretations[0].links)
            QVERIFY2(result.positions.value(l.to).y() > result.positions.value(l.from).y(),
                     qPrintable(l.id));
        // Uncaused root-cause areas share the top rank; the final behaviour is alone at the bottom.
        QCOMPARE(y("physics"), y("reward"));
        QCOMPARE(y("lock"), y("reward"));
        QCOMPARE(y("ppo"), y("reward"));
        for (const Factor &f : incident.factors) {
            QVERIFY(result.positions.value(f.id).y() >= y("reward"));
            if (f.id != QLatin1String("win"))
                QVERIFY(y("win") > result.positions.value(f.id).y());
        }
    }

    void routesEndOnBoxesAndAvoidOtherBoxes_data()
    {
        QTest::addColumn<Incident>("incident");
        QTest::addColumn<QString>("interpretation");
        QTest::newRow("box surfing") << surfingIncident() << QStringLiteral("main");
        QTest::newRow("generated 15") << test::generatedIncident(15) << QStringLiteral("main");
        QTest::newRow("generated 40") << test::generatedIncident(40, 7) << QStringLiteral("main");
    }
    void routesEndOnBoxesAndAvoidOtherBoxes()
    {
        QFETCH(Incident, incident);
        QFETCH(QString, interpretation);
        const LayoutResult result =
            LayoutEngine::run(CausalLayout::interpretationRequest(incident, interpretation));
        QVERIFY2(result.ok, qPrintable(result.error));
        const Interpretation &interp = *incident.findInterpretation(interpretation);
        for (const Placement &a : interp.placements)
            for (const Placement &b : interp.placements)
                if (a.factorId < b.factorId)
                    QVERIFY(!boxOf(incident, a.factorId, result.positions.value(a.factorId))
                                 .intersects(boxOf(incident, b.factorId,
                                                   result.positions.value(b.factorId))));
        for (const Link &l : interp.links) {
            const QList<QPointF> route = result.routes.value(l.id);
            QVERIFY2(route.size() >= 4 && (route.size() - 1) % 3 == 0, qPrintable(l.id));
            const QRectF from = boxOf(incident, l.from, result.positions.value(l.from));
            const QRectF to = boxOf(incident, l.to, result.positions.value(l.to));
            QVERIFY2(onBorder(from, route.first(), 3), qPrintable(l.id));
            QVERIFY2(onBorder(to, route.last(), 3), qPrintable(l.id));
            for (const Placement &other : interp.placements) {
                if (other.factorId == l.from || other.factorId == l.to)
                    continue;
                const QRectF box =
                    boxOf(incident, other.factorId, result.positions.value(other.factorId))
                        .adjusted(2, 2, -2, -2);
                for (int s = 0; s < (route.size() - 1) / 3; ++s)
                    for (int k = 0; k <= 20; ++k)
                        QVERIFY2(
                            !box.contains(bezierPoint(route, s, k / 20.0)),
                            qPrintable(QStringLiteral("%1 crosses %2").arg(l.id, other.factorId)));
            }
        }
    }

    void pinnedFactorsDoNotMove_data()
    {
        QTest::addColumn<QStringList>("pinned");
        QTest::addColumn<QList<QPointF>>("at");
        QTest::newRow("one") << QStringList{QStringLiteral("physics")}
                             << QList<QPointF>{QPointF(500.25, -300.5)};
        QTest::newRow("two far apart")
            << QStringList{QStringLiteral("reward"), QStringLiteral("win")}
            << QList<QPointF>{QPointF(0, 0), QPointF(1000, 1000)};
        QTest::newRow("against the flow")
            << QStringList{QStringLiteral("win"), QStringLiteral("ppo")}
            << QList<QPointF>{QPointF(0, -500), QPointF(0, 900)};
        QTest::newRow("in the middle of the drawing")
            << QStringList{QStringLiteral("nobody"), QStringLiteral("lock"),
                           QStringLiteral("shift")}
            << QList<QPointF>{QPointF(200, 100), QPointF(260, 150), QPointF(123.456, 321.987)};
    }
    void pinnedFactorsDoNotMove()
    {
        QFETCH(QStringList, pinned);
        QFETCH(QList<QPointF>, at);
        Incident incident = surfingIncident();
        Interpretation &interp = incident.interpretations[0];
        for (int i = 0; i < pinned.size(); ++i) {
            Placement &p = interp.placements[interp.placementIndex(pinned[i])];
            p.pinned = true;
            p.pos = at[i];
        }
        const LayoutResult result = LayoutEngine::run(
            CausalLayout::interpretationRequest(incident, QStringLiteral("main")));
        QVERIFY2(result.ok, qPrintable(result.error));
        for (int i = 0; i < pinned.size(); ++i)
            QCOMPARE(result.positions.value(pinned[i]), at[i]);
        // Only pinned boxes may overlap each other (the user put them there).
        for (const Placement &a : interp.placements) {
            for (const Placement &b : interp.placements) {
                if (a.factorId >= b.factorId || (a.pinned && b.pinned))
                    continue;
                QVERIFY2(!boxOf(incident, a.factorId, result.positions.value(a.factorId))
                              .intersects(
                                  boxOf(incident, b.factorId, result.positions.value(b.factorId))),
                         qPrintable(a.factorId + QLatin1Char('/') + b.factorId));
            }
        }
        for (const Link &l : interp.links) {
            const QList<QPointF> route = result.routes.value(l.id);
            QVERIFY2(route.size() >= 4 && (route.size() - 1) % 3 == 0, qPrintable(l.id));
            QVERIFY(onBorder(boxOf(incident, l.to, result.positions.value(l.to)), route.last(), 3));
        }
    }

    void layoutIsOneUndoStep()
    {
        Incident incident = surfingIncident();
        incident.interpretations[0].placements[2].pinned = true;
        Document document;
        document.resetIncident(incident);
        const Incident before = document.incident();
        const LayoutResult result =
            LayoutEngine::run(CausalLayout::interpretationRequest(before, QStringLiteral("main")));
        QVERIFY(result.ok);

        QSignalSpy placementChanged(&document, &Document::placementChanged);
        auto *command = new ApplyLayoutCommand(&document, QStringLiteral("main"), result);
        QVERIFY(!command->isNoOp());
        document.push(command);
        QCOMPARE(document.undoStack()->count(), 1);
        QVERIFY(document.isModified());
        QCOMPARE(placementChanged.count(), 7); // every factor but the pinned one
        const Interpretation &after = document.incident().interpretations[0];
        for (const Placement &p : after.placements)
            QCOMPARE(p.pos, result.positions.value(p.factorId));
        for (const Link &l : after.links)
            QCOMPARE(l.route, result.routes.value(l.id));

        document.undoStack()->undo();
        QCOMPARE(document.incident(), before);
        QVERIFY(!document.isModified());
        document.undoStack()->redo();
        QCOMPARE(document.incident().interpretations[0], after);

        // Applying the same layout again changes nothing.
        ApplyLayoutCommand again(&document, QStringLiteral("main"), result);
        QVERIFY(again.isNoOp());
    }

    void linksOfMovedFactorsLoseStaleRoutes()
    {
        Incident incident = surfingIncident();
        Document document;
        document.resetIncident(incident);
        LayoutResult result;
        result.ok = true;
        result.positions.insert(QStringLiteral("reward"), QPointF(400, 400)); // no routes at all
        document.push(new ApplyLayoutCommand(&document, QStringLiteral("main"), result));
        const Interpretation &interp = document.incident().interpretations[0];
        QVERIFY(interp.findLink(QStringLiteral("l1"))->route.isEmpty());
        document.undoStack()->undo();
        QCOMPARE(document.incident(), incident);
    }

    void selectionLayoutKeepsOthersInPlace()
    {
        const Incident laidOut = [] {
            Incident incident = surfingIncident();
            const LayoutResult r = LayoutEngine::run(
                CausalLayout::interpretationRequest(incident, QStringLiteral("main")));
            for (Placement &p : incident.interpretations[0].placements)
                p.pos = r.positions.value(p.factorId);
            return incident;
        }();
        const QSet<QString> selected{QStringLiteral("ppo"), QStringLiteral("shift"),
                                     QStringLiteral("nobody")};
        const LayoutRequest request =
            CausalLayout::selectionRequest(laidOut, QStringLiteral("main"), selected);
        QCOMPARE(request.arrangedCount(), 3);
        const LayoutResult result = LayoutEngine::run(request);
        QVERIFY2(result.ok, qPrintable(result.error));
        const Interpretation &interp = laidOut.interpretations[0];
        for (const Placement &p : interp.placements)
            if (!selected.contains(p.factorId))
                QCOMPARE(result.positions.value(p.factorId), p.pos);
        QVERIFY(result.positions.value(QStringLiteral("shift")).y() >
                result.positions.value(QStringLiteral("ppo")).y());
        for (const QString &s : selected)
            for (const Placement &p : interp.placements)
                if (p.factorId != s)
                    QVERIFY2(!boxOf(laidOut, s, result.positions.value(s))
                                  .intersects(boxOf(laidOut, p.factorId,
                                                    result.positions.value(p.factorId))),
                             qPrintable(s + QLatin1Char('/') + p.factorId));
        for (const Link &l : interp.links)
            QVERIFY2(!result.routes.value(l.id).isEmpty(), qPrintable(l.id));
    }

    void unionLayoutSharesPositions()
    {
        Incident incident = surfingIncident();
        Interpretation other;
        other.id = QStringLiteral("other");
        other.name = QStringLiteral("Reward only");
        for (const char *id : {"reward", "surfing", "win", "ppo"})
            other.placements.append({QString::fromLatin1(id), QPointF(), false, false, {}});
        other.links = {link("o1", "reward", "surfing"), link("o2", "surfing", "win"),
                       link("o3", "ppo", "surfing")};
        incident.interpretations.append(other);

        const QStringList ids{QStringLiteral("main"), QStringLiteral("other")};
        const LayoutRequest request = CausalLayout::unionRequest(incident, ids);
        QCOMPARE(request.nodes.size(), 8);
        QCOMPARE(request.edges.size(), 9); // l1/o1 and l7/o2 merge
        const LayoutResult merged = LayoutEngine::run(request);
        QVERIFY2(merged.ok, qPrintable(merged.error));
        QCOMPARE(merged.positions.size(), 8);
        const LayoutResult main = CausalLayout::resultForInterpretation(incident, ids[0], merged);
        const LayoutResult reward = CausalLayout::resultForInterpretation(incident, ids[1], merged);
        QCOMPARE(main.positions.size(), 8);
        QCOMPARE(reward.positions.size(), 4);
        for (auto it = reward.positions.cbegin(); it != reward.positions.cend(); ++it)
            QCOMPARE(main.positions.value(it.key()), it.value());
        QCOMPARE(reward.routes.size(), 3);
        QCOMPARE(reward.routes.value(QStringLiteral("o1")),
                 main.routes.value(QStringLiteral("l1")));
        QVERIFY(reward.positions.value(QStringLiteral("win")).y() >
                reward.positions.value(QStringLiteral("surfing")).y());
    }

    void largeGraphsUseBoundedEffortOrSfdp_data()
    {
        QTest::addColumn<int>("large");
        QTest::addColumn<int>("huge");
        QTest::addColumn<qint64>("maxWork");
        QTest::addColumn<QString>("engine");
        QTest::newRow("small") << 800 << 5000 << qint64(12000) << QStringLiteral("dot");
        QTest::newRow("large") << 20 << 5000 << qint64(12000) << QStringLiteral("dot-bounded");
        QTest::newRow("huge") << 10 << 20 << qint64(12000) << QStringLiteral("sfdp");
        QTest::newRow("too much work for dot")
            << 800 << 5000 << qint64(59) << QStringLiteral("sfdp");
    }
    void largeGraphsUseBoundedEffortOrSfdp()
    {
        QFETCH(int, large);
        QFETCH(int, huge);
        QFETCH(qint64, maxWork);
        QFETCH(QString, engine);
        const Incident incident = test::generatedIncident(60);
        LayoutOptions options;
        options.largeGraphThreshold = large;
        options.hugeGraphThreshold = huge;
        options.maxDotWork = maxWork;
        const LayoutResult result = LayoutEngine::run(
            CausalLayout::interpretationRequest(incident, QStringLiteral("main"), options));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.engine, engine);
        QCOMPARE(result.positions.size(), 60);
        QSet<QString> distinct;
        for (QPointF p : result.positions)
            distinct.insert(QStringLiteral("%1,%2").arg(p.x()).arg(p.y()));
        QCOMPARE(distinct.size(), 60);
        // sfdp gives positions only, and says so; dot routes every link.
        const bool sfdp = engine == QLatin1String("sfdp");
        QCOMPARE(result.routes.size(), sfdp ? 0 : incident.interpretations[0].links.size());
        QCOMPARE(result.warnings.join(QString()).contains(QStringLiteral("sfdp")), sfdp);
        if (engine ==
            QLatin1String("dot-bounded")) // straight links: every route is one cubic piece
            for (const QList<QPointF> &route : std::as_const(result.routes))
                QVERIFY(route.size() % 3 == 1);
    }

    void dotWorkEstimateCountsVirtualNodes()
    {
        // A chain a→b→c→d plus a shortcut a→d: three ranks skipped by a→d adds two virtual nodes.
        GvLayoutIn in;
        for (const char *id : {"a", "b", "c", "d"})
            in.nodes.append({QString::fromLatin1(id), QSizeF(180, 60), std::nullopt, GvRank::Free});
        in.edges = {{QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("b")},
                    {QStringLiteral("2"), QStringLiteral("b"), QStringLiteral("c")},
                    {QStringLiteral("3"), QStringLiteral("c"), QStringLiteral("d")}};
        QCOMPARE(estimatedDotWork(in), 4);
        in.edges.append({QStringLiteral("4"), QStringLiteral("a"), QStringLiteral("d")});
        QCOMPARE(estimatedDotWork(in), 6);
        // A cycle does not loop forever and a back edge adds nothing.
        in.edges.append({QStringLiteral("5"), QStringLiteral("d"), QStringLiteral("a")});
        QCOMPARE(estimatedDotWork(in), 6);
        // An isolated source sits next to its successor, not on rank 0.
        in.nodes.append({QStringLiteral("e"), QSizeF(180, 60), std::nullopt, GvRank::Free});
        in.edges.append({QStringLiteral("6"), QStringLiteral("e"), QStringLiteral("d")});
        QCOMPARE(estimatedDotWork(in), 7);
        // ... unless it is held on the top rank.
        in.nodes.last().rank = GvRank::Top;
        QCOMPARE(estimatedDotWork(in), 9);
        // Grows much faster than the node count on graphs with long links.
        QVERIFY(estimatedDotWork(LayoutEngine::arrangeInput(CausalLayout::interpretationRequest(
                    test::generatedIncident(3000), QStringLiteral("main")))) > 10 * 3000);
    }

    void germanLocaleGivesTheSameLayout()
    {
        const Incident incident = surfingIncident();
        const LayoutRequest request =
            CausalLayout::interpretationRequest(incident, QStringLiteral("main"));
        const LayoutResult inC = LayoutEngine::run(request);
        QVERIFY(inC.ok);

        const QByteArray previous = std::setlocale(LC_ALL, nullptr);
        const char *german = std::setlocale(LC_ALL, "de_DE.UTF-8");
        QVERIFY2(german, "the de_DE.UTF-8 locale is missing: install the 'locales' package and run "
                         "locale-gen for de_DE.UTF-8 (scripts/setup.sh does)");
        const auto restore = qScopeGuard([&] {
            std::setlocale(LC_ALL, previous.constData());
            QLocale::setDefault(QLocale::c());
        });
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%.1f", 2.5);
        QCOMPARE(QByteArray(buffer), QByteArray("2,5")); // the C library really is German now
        const LayoutResult inGerman = LayoutEngine::run(request);
        QVERIFY(inGerman.ok);
        QCOMPARE(inGerman.positions, inC.positions);
        QCOMPARE(inGerman.routes, inC.routes);
        // The worker protocol must not depend on the locale either.
        QString error;
        const std::optional<LayoutResult> back =
            layoutResultFromJson(layoutResultToJson(inGerman), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, inC);
    }

    void protocolRoundTrip()
    {
        Incident incident = surfingIncident();
        incident.interpretations[0].placements[1].pinned = true;
        incident.interpretations[0].placements[1].pos = QPointF(0.1 + 0.2, -1.0 / 3.0);
        LayoutOptions options;
        options.engine = LayoutEngineChoice::Sfdp;
        options.nodeSep = 12.5;
        LayoutRequest request = CausalLayout::selectionRequest(
            incident, QStringLiteral("main"), {QStringLiteral("reward"), QStringLiteral("physics")},
            options);
        request.edges[0].weight = 3;
        QString error;
        const std::optional<LayoutRequest> back =
            layoutRequestFromJson(layoutRequestToJson(request), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, request);

        request.options = {};
        QBuffer in;
        in.setData(layoutRequestToJson(request));
        in.open(QIODevice::ReadOnly);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY2(serveLayoutRequest(in, out, &error), qPrintable(error));
        const std::optional<LayoutResult> answer = layoutResultFromJson(out.data(), &error);
        QVERIFY2(answer, qPrintable(error));
        QCOMPARE(*answer, LayoutEngine::run(request));

        for (const QByteArray &bad :
             {QByteArray("{"), QByteArray("[]"), QByteArray("{\"protocol\":99}"),
              QByteArray("{\"protocol\":1,\"nodes\":[{\"id\":\"a\"}]}")}) {
            QVERIFY(!layoutRequestFromJson(bad, &error));
            QVERIFY(!error.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
