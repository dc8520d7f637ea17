#include "componentpacker.h"

#include "layoutengine.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace faultline {

namespace {
/// Above this many groups only limits that start with the largest group are tried.
constexpr int kAllLimitsUpTo = 60;

struct Packing
{
    QList<QPointF> corners;
    QSizeF size;
};

/// Next-fit in `order`: boxes go along the main axis (down a column when
/// `columns`, else along a row) until `limit` would be passed, then a new line starts.
Packing pack(const QList<QSizeF> &sizes, const QList<int> &order, double limit, QSizeF gap,
             bool columns)
{
    const auto along = [columns](QSizeF s) { return columns ? s.height() : s.width(); };
    const auto across = [columns](QSizeF s) { return columns ? s.width() : s.height(); };
    const double gapAlong = columns ? gap.height() : gap.width();
    const double gapAcross = columns ? gap.width() : gap.height();
    Packing packing;
    packing.corners.resize(sizes.size());
    double lineStart = 0; // across
    double lineDepth = 0; // the line's extent across
    double used = 0;      // along, in the current line
    double longest = 0;
    bool lineEmpty = true;
    for (const int i : order) {
        const QSizeF s = sizes[i];
        if (!lineEmpty && used + gapAlong + along(s) > limit + 1e-6) {
            lineStart += lineDepth + gapAcross;
            lineDepth = 0;
            used = 0;
            lineEmpty = true;
        }
        const double at = lineEmpty ? 0 : used + gapAlong;
        packing.corners[i] = columns ? QPointF(lineStart, at) : QPointF(at, lineStart);
        used = at + along(s);
        lineDepth = std::max(lineDepth, across(s));
        longest = std::max(longest, used);
        lineEmpty = false;
    }
    const double depth = lineStart + lineDepth;
    packing.size = columns ? QSizeF(depth, longest) : QSizeF(longest, depth);
    return packing;
}

/// The weakly connected groups of the request's nodes, in node order.
QList<QList<int>> components(const LayoutRequest &request)
{
    QHash<QString, int> index;
    for (int i = 0; i < request.nodes.size(); ++i)
        index.insert(request.nodes[i].id, i);
    QList<int> parent(request.nodes.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&parent](int i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    for (const LayoutEdge &edge : request.edges) {
        const auto from = index.constFind(edge.from);
        const auto to = index.constFind(edge.to);
        if (from != index.cend() && to != index.cend())
            parent[find(*from)] = find(*to);
    }
    QHash<int, int> groupOfRoot;
    QList<QList<int>> groups;
    for (int i = 0; i < request.nodes.size(); ++i) {
        const int root = find(i);
        if (!groupOfRoot.contains(root)) {
            groupOfRoot.insert(root, int(groups.size()));
            groups.append(QList<int>());
        }
        groups[groupOfRoot.value(root)].append(i);
    }
    return groups;
}
} // namespace

QList<QPointF> ComponentPacker::arrange(const QList<QSizeF> &sizes, double aspect, QSizeF gap)
{
    if (sizes.isEmpty())
        return {};
    Packing best;
    double bestExtent = 0;
    for (const bool columns : {false, true}) {
        const auto along = [columns](QSizeF s) { return columns ? s.height() : s.width(); };
        const double gapAlong = columns ? gap.height() : gap.width();
        // Largest first along the packing axis, so lines start with their widest member.
        QList<int> order(sizes.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return along(sizes[a]) > along(sizes[b]); });
        // Every line length a run of consecutive boxes has is a limit worth trying.
        const int starts = sizes.size() > kAllLimitsUpTo ? 1 : int(sizes.size());
        for (int first = 0; first < starts; ++first) {
            double limit = -gapAlong;
            for (int last = first; last < order.size(); ++last) {
                limit += gapAlong + along(sizes[order[last]]);
                const Packing packing = pack(sizes, order, limit, gap, columns);
                // The scale in an area of the aspect goes with 1 / this.
                const double extent =
                    std::max(packing.size.width() / aspect, packing.size.height());
                if (best.corners.isEmpty() || extent < bestExtent - 1e-6) {
                    best = packing;
                    bestExtent = extent;
                }
            }
        }
    }
    return best.corners;
}

std::optional<LayoutResult> ComponentPacker::run(const LayoutRequest &request)
{
    if (request.options.packAspect <= 0 || request.isLarge())
        return std::nullopt;
    for (const LayoutNode &node : request.nodes)
        if (node.fixed || !node.arranged)
            return std::nullopt;
    const QList<QList<int>> groups = components(request);
    if (groups.size() < 2)
        return std::nullopt;

    LayoutResult result;
    QList<LayoutResult> parts;
    QList<QSizeF> sizes;
    QRectF before;
    for (const QList<int> &group : groups) {
        LayoutRequest part;
        part.interpretationId = request.interpretationId;
        part.options = request.options;
        part.options.packAspect = 0;
        QSet<QString> ids;
        for (const int i : group) {
            const LayoutNode &node = request.nodes[i];
            part.nodes.append(node);
            ids.insert(node.id);
            const QRectF box(node.position - QPointF(node.size.width(), node.size.height()) / 2,
                             node.size);
            before = before.isNull() ? box : before.united(box);
        }
        for (const LayoutEdge &edge : request.edges)
            if (ids.contains(edge.from))
                part.edges.append(edge);
        LayoutResult laidOut = LayoutEngine::run(part);
        if (!laidOut.ok)
            return laidOut;
        for (const QString &warning : std::as_const(laidOut.warnings))
            if (!result.warnings.contains(warning))
                result.warnings.append(warning);
        if (result.engine.isEmpty())
            result.engine = laidOut.engine;
        sizes.append(laidOut.bounds.size());
        parts.append(laidOut);
    }
    // Groups apart by a rank's distance: they read as separate chains of causes.
    const double gap = request.options.rankSep;
    const QList<QPointF> corners = arrange(sizes, request.options.packAspect, QSizeF(gap, gap));
    for (int i = 0; i < parts.size(); ++i) {
        // Like LayoutEngine::run, the drawing keeps the top-left corner of the boxes' extent.
        const QPointF shift = before.topLeft() + corners[i] - parts[i].bounds.topLeft();
        for (auto it = parts[i].positions.cbegin(); it != parts[i].positions.cend(); ++it)
            result.positions.insert(it.key(), it.value() + shift);
        for (auto it = parts[i].routes.cbegin(); it != parts[i].routes.cend(); ++it) {
            QList<QPointF> route = it.value();
            for (QPointF &p : route)
                p += shift;
            result.routes.insert(it.key(), route);
        }
        const QRectF bounds = parts[i].bounds.translated(shift);
        result.bounds = result.bounds.isNull() ? bounds : result.bounds.united(bounds);
    }
    result.ok = true;
    return result;
}

} // namespace faultline
