#include "layoutengine.h"

#include "componentpacker.h"
#include "dotcostestimate.h"
#include "graphvizadapter.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace faultline {

namespace {

QRectF boxAt(QPointF centre, QSizeF size)
{
    return QRectF(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(),
                  size.height());
}

GvRank toGvRank(RankHint hint)
{
    switch (hint) {
    case RankHint::Top:
        return GvRank::Top;
    case RankHint::Bottom:
        return GvRank::Bottom;
    case RankHint::Free:
        break;
    }
    return GvRank::Free;
}

void appendStraight(QList<QPointF> &path, QPointF to)
{
    const QPointF from = path.last();
    path.append(from + (to - from) / 3.0);
    path.append(from + (to - from) * (2.0 / 3.0));
    path.append(to);
}

/// One cubic Bézier path (1 + 3k points) from Graphviz's pieces and arrow
/// tips, running from the `from` box to the `to` box and ending on the box
/// borders (the canvas draws its own arrow head at the end).
QList<QPointF> assembleRoute(const GvEdgeRoute &route, QPointF shift, QPointF from, QPointF to)
{
    QList<QPointF> path;
    if (route.startTip)
        path.append(*route.startTip + shift);
    for (const QList<QPointF> &piece : route.pieces) {
        if (piece.size() < 4 || (piece.size() - 1) % 3 != 0)
            return {};
        if (path.isEmpty())
            path.append(piece.first() + shift);
        else if (path.last() != piece.first() + shift)
            appendStraight(path, piece.first() + shift);
        for (qsizetype i = 1; i < piece.size(); ++i)
            path.append(piece[i] + shift);
    }
    if (route.endTip && !path.isEmpty())
        appendStraight(path, *route.endTip + shift);
    if (path.size() < 4)
        return {};
    // Graphviz may hand back the points of a reversed (back) edge head first.
    const auto distance = [](QPointF a, QPointF b) {
        return std::hypot(a.x() - b.x(), a.y() - b.y());
    };
    if (distance(path.first(), to) + distance(path.last(), from) <
        distance(path.first(), from) + distance(path.last(), to))
        std::reverse(path.begin(), path.end());
    return path;
}

/// Moves arranged, non-fixed boxes right until none overlaps a fixed box or
/// a box already handled (top-left first). Returns whether any box moved.
bool pushOffFixed(const LayoutRequest &request, QHash<QString, QPointF> &positions, double margin)
{
    QList<QRectF> obstacles;
    QList<int> movable;
    for (int i = 0; i < request.nodes.size(); ++i) {
        const LayoutNode &node = request.nodes[i];
        if (node.fixed || !node.arranged)
            obstacles.append(boxAt(positions.value(node.id), node.size));
        else
            movable.append(i);
    }
    if (obstacles.isEmpty())
        return false;
    std::sort(movable.begin(), movable.end(), [&](int a, int b) {
        const QPointF pa = positions.value(request.nodes[a].id);
        const QPointF pb = positions.value(request.nodes[b].id);
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    });
    bool moved = false;
    for (int i : std::as_const(movable)) {
        const LayoutNode &node = request.nodes[i];
        QRectF box = boxAt(positions.value(node.id), node.size);
        for (qsizetype guard = 0; guard <= obstacles.size(); ++guard) {
            const QRectF grown = box.adjusted(-margin, -margin, margin, margin);
            const auto hit = std::find_if(obstacles.cbegin(), obstacles.cend(),
                                          [&](const QRectF &o) { return grown.intersects(o); });
            if (hit == obstacles.cend())
                break;
            box.moveLeft(hit->right() + margin);
            moved = true;
        }
        positions.insert(node.id, box.center());
        obstacles.append(box);
    }
    return moved;
}

} // namespace

GvLayoutIn LayoutEngine::arrangeInput(const LayoutRequest &request, QString *engineName)
{
    const LayoutOptions &options = request.options;
    GvLayoutIn in;
    in.nodeSep = options.nodeSep;
    in.rankSep = options.rankSep;
    QHash<QString, bool> arranged;
    arranged.reserve(request.nodes.size());
    for (const LayoutNode &node : request.nodes) {
        arranged.insert(node.id, node.arranged);
        if (node.arranged)
            in.nodes.append({node.id, node.size, std::nullopt, toGvRank(node.rank)});
    }
    for (const LayoutEdge &edge : request.edges)
        if (arranged.value(edge.from) && arranged.value(edge.to))
            in.edges.append({edge.id, edge.from, edge.to, edge.weight});

    const qsizetype count = in.nodes.size();
    in.engine = GvEngine::Dot;
    if (options.engine == LayoutEngineChoice::Sfdp)
        in.engine = GvEngine::Sfdp;
    else if (options.engine == LayoutEngineChoice::Auto &&
             (count > options.hugeGraphThreshold || estimatedDotWork(in) > options.maxDotWork))
        in.engine = GvEngine::Sfdp;
    const bool bounded = in.engine == GvEngine::Dot && count > options.largeGraphThreshold;
    if (engineName)
        *engineName = in.engine == GvEngine::Sfdp ? QStringLiteral("sfdp")
                      : bounded                   ? QStringLiteral("dot-bounded")
                                                  : QStringLiteral("dot");
    // Spline routing around thousands of boxes dominates large layouts:
    // big dot drawings get straight links, sfdp none (the canvas draws its own).
    in.routeEdges = in.engine == GvEngine::Dot;
    if (bounded) {
        in.nsLimit = kBoundedNsLimit;
        in.mcLimit = kBoundedMcLimit;
        in.straightEdges = true;
    }
    return in;
}

LayoutResult LayoutEngine::run(const LayoutRequest &request)
{
    if (std::optional<LayoutResult> packed = ComponentPacker::run(request))
        return *packed;
    LayoutResult result;
    const LayoutOptions &options = request.options;
    QHash<QString, int> indexById;
    indexById.reserve(request.nodes.size());
    for (int i = 0; i < request.nodes.size(); ++i) {
        if (indexById.contains(request.nodes[i].id)) {
            result.error = QCoreApplication::translate("faultline::LayoutEngine",
                                                       "Factor \"%1\" appears twice in the layout")
                               .arg(request.nodes[i].id);
            return result;
        }
        indexById.insert(request.nodes[i].id, i);
    }

    const GvLayoutIn in = arrangeInput(request, &result.engine);
    const GvEngine engine = in.engine;
    const int arrangedCount = int(in.nodes.size());
    if (engine == GvEngine::Sfdp && options.engine == LayoutEngineChoice::Auto)
        result.warnings.append(QCoreApplication::translate(
            "faultline::LayoutEngine",
            "The graph is too large for a layered layout in reasonable time: the force-directed "
            "sfdp engine "
            "was used, so causes are not always drawn above their effects."));

    QHash<QString, QPointF> positions;
    positions.reserve(request.nodes.size());
    bool hasFixed = false;
    bool hasContext = false;
    for (const LayoutNode &node : request.nodes) {
        hasFixed = hasFixed || node.fixed;
        hasContext = hasContext || !node.arranged;
        if (node.fixed || !node.arranged)
            positions.insert(node.id, node.position);
    }

    GvLayoutOut first;
    QPointF shift;
    bool reroute = hasContext;
    if (arrangedCount > 0) {
        first = GraphvizAdapter::layout(in);
        if (!first.ok) {
            result.error = first.error;
            return result;
        }
        result.warnings += first.warnings;

        if (engine == GvEngine::Sfdp) {
            // sfdp knows no direction: mirror the drawing when most links point up.
            int up = 0;
            for (const GvEdgeIn &edge : in.edges)
                up += first.nodeCentres.value(edge.from).y() > first.nodeCentres.value(edge.to).y()
                          ? 1
                          : 0;
            if (2 * up > in.edges.size()) {
                const double axis = first.boundingBox.top() + first.boundingBox.bottom();
                for (QPointF &p : first.nodeCentres)
                    p.setY(axis - p.y());
            }
        }

        int anchors = 0;
        QPointF anchorSum;
        QRectF before;
        QRectF after;
        for (const LayoutNode &node : request.nodes) {
            if (!node.arranged)
                continue;
            const QPointF laidOut = first.nodeCentres.value(node.id);
            if (node.fixed) {
                anchorSum += node.position - laidOut;
                ++anchors;
            }
            before = before.isNull() ? boxAt(node.position, node.size)
                                     : before.united(boxAt(node.position, node.size));
            after = after.isNull() ? boxAt(laidOut, node.size)
                                   : after.united(boxAt(laidOut, node.size));
        }
        shift = anchors > 0 ? anchorSum / anchors : before.topLeft() - after.topLeft();
        for (const LayoutNode &node : request.nodes) {
            if (!node.arranged)
                continue;
            const QPointF laidOut = first.nodeCentres.value(node.id) + shift;
            if (node.fixed && (laidOut - node.position).manhattanLength() > 0.5)
                reroute = true;
            if (!node.fixed)
                positions.insert(node.id, laidOut);
        }
    }
    if ((hasFixed || hasContext) && pushOffFixed(request, positions, options.nodeSep / 2))
        reroute = true;

    if (!reroute) {
        for (const LayoutEdge &edge : request.edges) {
            const auto it = first.edgeRoutes.constFind(edge.id);
            if (it == first.edgeRoutes.cend())
                continue;
            const QList<QPointF> path =
                assembleRoute(*it, shift, positions.value(edge.from), positions.value(edge.to));
            if (!path.isEmpty())
                result.routes.insert(edge.id, path);
        }
    } else if (request.nodes.size() <= options.largeGraphThreshold) {
        // Positions are final: let neato route every edge around the boxes
        // with every node pinned where it now is.
        GvLayoutIn in;
        in.engine = GvEngine::Neato;
        for (const LayoutNode &node : request.nodes)
            in.nodes.append({node.id, node.size, positions.value(node.id), GvRank::Free});
        for (const LayoutEdge &edge : request.edges)
            if (indexById.contains(edge.from) && indexById.contains(edge.to))
                in.edges.append({edge.id, edge.from, edge.to, edge.weight});
        const GvLayoutOut routed = GraphvizAdapter::layout(in);
        result.warnings += routed.warnings;
        if (routed.ok) {
            for (const LayoutEdge &edge : request.edges) {
                const auto it = routed.edgeRoutes.constFind(edge.id);
                if (it == routed.edgeRoutes.cend())
                    continue;
                const QList<QPointF> path = assembleRoute(
                    *it, QPointF(), positions.value(edge.from), positions.value(edge.to));
                if (!path.isEmpty())
                    result.routes.insert(edge.id, path);
            }
        } else {
            result.warnings.append(
                QCoreApplication::translate("faultline::LayoutEngine", "Links were not routed: %1")
                    .arg(routed.error));
        }
    } else {
        result.warnings.append(QCoreApplication::translate(
            "faultline::LayoutEngine",
            "Links were not routed: too many factors to route around fixed ones"));
    }

    for (const LayoutNode &node : request.nodes) {
        const QRectF box = boxAt(positions.value(node.id), node.size);
        result.bounds = result.bounds.isNull() ? box : result.bounds.united(box);
    }
    result.positions = positions;
    result.ok = true;
    return result;
}

} // namespace faultline
