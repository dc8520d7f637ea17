#pragma once

#include "graphvizadapter.h"
#include "layoutrequest.h"
#include "layoutresult.h"

namespace faultline {

/// The layout pipeline, a pure function of its request: arrange the
/// `arranged` nodes with Graphviz, keep `fixed` nodes exactly where they are,
/// move arranged boxes off fixed ones, and route every edge.
///
/// Fixed nodes: dot cannot pin nodes, so the dot result is translated so the
/// fixed nodes among the arranged ones (pinned factors) land, on average, on
/// their positions; each is then put back exactly, arranged boxes overlapping
/// a fixed box are pushed right, and the edges are re-routed by neato with
/// every node pinned. With a single pinned node the translation is exact and
/// dot's own routes are kept. Without fixed nodes the drawing keeps the top
/// left corner of the boxes' previous extent, so the view does not jump.
///
/// Thread-safe (Graphviz calls are serialised); may take seconds on large graphs.
class LayoutEngine
{
public:
    static LayoutResult run(const LayoutRequest &request);

    /// The Graphviz job of run()'s first pass (arranging the nodes), and in
    /// `engine` the name run() reports for it. For benchmarks that time bare
    /// Graphviz on exactly the same graph.
    static GvLayoutIn arrangeInput(const LayoutRequest &request, QString *engine = nullptr);

    /// Network-simplex iterations per node and crossing-minimisation scale
    /// used for large graphs (see LayoutOptions::largeGraphThreshold).
    static constexpr double kBoundedNsLimit = 0.1;
    static constexpr double kBoundedMcLimit = 0.3;
};

} // namespace faultline
