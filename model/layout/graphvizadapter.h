#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <optional>

namespace faultline {

// The only code of the project that talks to Graphviz. Everything crossing
// this boundary is a plain value type: the rest of the model never sees a
// cgraph pointer, an inch or an upward y axis.

/// Graphviz layout engine to run.
enum class GvEngine
{
    Dot,
    Neato,
    Sfdp
};

/// Rank constraint of a node for the dot engine (ignored by other engines).
enum class GvRank
{
    Free,
    Top,
    Bottom
};

/// A node to lay out: a box of `size` points, centred on its position.
struct GvNodeIn
{
    QString id;
    QSizeF size;
    /// Keep the node exactly here (points, y down). Honoured by neato (pinned);
    /// dot and sfdp ignore it.
    std::optional<QPointF> fixedPos;
    GvRank rank = GvRank::Free;
};

/// A directed edge between two node ids.
struct GvEdgeIn
{
    QString id;
    QString from;
    QString to;
    int weight = 1; ///< dot: heavier edges are kept shorter and straighter
};

/// A whole layout job for one Graphviz call.
struct GvLayoutIn
{
    QList<GvNodeIn> nodes;
    QList<GvEdgeIn> edges;
    GvEngine engine = GvEngine::Dot;
    double nodeSep = 48;        ///< points between boxes of one rank
    double rankSep = 64;        ///< points between ranks
    bool routeEdges = true;     ///< false: positions only (much faster for big graphs)
    bool straightEdges = false; ///< route as straight lines (cheap) instead of splines
    /// dot: cap network-simplex iterations at `nsLimit` × nodes for both the
    /// ranking and the x-coordinate passes; 0 means unbounded.
    double nsLimit = 0;
    /// dot: scale of crossing-minimisation iterations (Graphviz mclimit); 0 keeps the default.
    double mcLimit = 0;
    /// sfdp: iterations of the overlap removal (Graphviz "prismN"); 0 keeps overlaps.
    int overlapIterations = 20;
};

/// The routed path of one edge: every Bézier piece of the Graphviz spline
/// (each 3k+1 points) and the arrow tips at the node borders, when present.
struct GvEdgeRoute
{
    QList<QList<QPointF>> pieces;
    std::optional<QPointF> startTip;
    std::optional<QPointF> endTip;
};

/// Result of a layout: positions in points with y growing downwards.
///
/// Coordinates: when any input node has a fixed position, output uses the
/// same frame as the input (fixed nodes come back where they were given);
/// otherwise the drawing is moved so its bounding box starts at y = 0.
struct GvLayoutOut
{
    bool ok = false;
    QString error;
    QStringList warnings;                   ///< Graphviz warnings, in order
    QHash<QString, QPointF> nodeCentres;    ///< node id → centre
    QHash<QString, GvEdgeRoute> edgeRoutes; ///< edge id → route (empty when not routed)
    QRectF boundingBox;
};

/// A node or an edge read from a DOT file, with its allowed attributes.
struct GvParsedElement
{
    QString name;                       ///< node name (empty for edges)
    QString from;                       ///< edges: tail node name
    QString to;                         ///< edges: head node name
    QHash<QString, QString> attributes; ///< only allow-listed, non-empty values
    QSet<QString> htmlAttributes;       ///< names whose value was an HTML string <...>
};

/// Outcome of reading DOT text without laying it out.
struct GvParsedGraph
{
    bool ok = false;
    QString error;     ///< Graphviz's message, e.g. "syntax error in line 3 near ';'"
    int errorLine = 0; ///< 1-based, 0 when unknown
    bool directed = true;
    QString name;
    QHash<QString, QString> graphAttributes;
    QList<GvParsedElement> nodes; ///< every node of every subgraph, once, in file order
    QList<GvParsedElement> edges;
};

/// Thin, thread-safe wrapper around libgvc/libcgraph. One GVC context per
/// process, every call serialised under one mutex and run in the C numeric
/// locale (Graphviz parses and prints numbers with the C library).
class GraphvizAdapter
{
public:
    /// Lay out `in` with its engine. Never throws; failures set `error`.
    static GvLayoutOut layout(const GvLayoutIn &in);

    /// Parse DOT text with cgraph (no layout, no rendering, so no attribute
    /// can make Graphviz open a file). Only attributes named in `allowed` are
    /// returned. Stops with an error once more than `maxElements` nodes plus
    /// edges were seen. The caller checks size and nesting beforehand.
    static GvParsedGraph parse(const QByteArray &dot, const QStringList &allowed, int maxElements);

    /// The DOT text of the graph layout() would build for `in` (for
    /// debugging and for benchmarking Graphviz on exactly the same graph).
    static QByteArray graphSource(const GvLayoutIn &in);

    /// Bare Graphviz: read `dot`, lay it out with `engine` and render it to
    /// `format` (e.g. "xdot"), as the `dot` program would. Only for trusted
    /// input (benchmarks): rendering may read files named by attributes.
    static bool layoutAndRender(const QByteArray &dot, const QString &engine, const QString &format,
                                QByteArray *output, QString *error);

    /// Graphviz library version, e.g. "2.43.0".
    static QString version();
};

} // namespace faultline
