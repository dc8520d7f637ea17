#include "graphvizadapter.h"

#include <QRegularExpression>
#include <QScopeGuard>

#include <algorithm>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <locale.h>
#include <mutex>
#include <utility>
#include <vector>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

// Flushes cgraph's lexer buffer. Exported by libcgraph but not declared in
// its public headers; weak, so a Graphviz without it still links (the
// error check after parsing still refuses a graph that had a syntax error).
extern "C" void aglexbad(void) __attribute__((weak));

namespace faultline {

namespace {

/// cgraph's lexer keeps unread input after a parse (it was made to read
/// several graphs from one file), and after a parser error it may keep the
/// rest of the failed text: the next agmemread would start inside it.
void flushLexer()
{
    if (aglexbad)
        aglexbad();
}

// Graphviz keeps global state (dictionaries, the error buffer, plugin
// tables) and is not thread-safe even for reads, so every entry point holds
// this mutex for its whole duration.
std::mutex &graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

// One context for the whole process: freeing and recreating contexts gave a
// use-after-free in the text-layout plugin. Never freed on purpose, so an
// abandoned layout thread can still be running at exit.
GVC_t *context()
{
    static GVC_t *gvc = gvContext();
    return gvc;
}

constexpr qsizetype kMaxMessageBytes = 64 * 1024;

QByteArray &messageBuffer()
{
    static QByteArray buffer;
    return buffer;
}

int collectMessage(char *text)
{
    QByteArray &buffer = messageBuffer();
    if (text && buffer.size() < kMaxMessageBytes)
        buffer.append(text);
    return 0;
}

/// Holds the mutex, switches the calling thread to the C numeric locale
/// (uselocale is per thread, so the GUI thread's locale is untouched) and
/// routes Graphviz messages into messageBuffer() instead of stderr.
class Session
{
public:
    Session() : m_lock(graphvizMutex())
    {
        const locale_t current = uselocale(locale_t(nullptr));
        locale_t base = duplocale(current);
        if (base) {
            m_cLocale = newlocale(LC_NUMERIC_MASK, "C", base);
            if (!m_cLocale)
                freelocale(base);
        }
        if (m_cLocale)
            m_previous = uselocale(m_cLocale);
        messageBuffer().clear();
        agseterr(AGWARN);
        agseterrf(collectMessage);
        agreseterrors();
    }
    ~Session()
    {
        if (m_cLocale) {
            uselocale(m_previous);
            freelocale(m_cLocale);
        }
    }
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    /// Graphviz messages since the session began, one per line, without empty lines.
    QStringList messages() const
    {
        QStringList lines;
        for (const QByteArray &line : messageBuffer().split('\n')) {
            const QString text = QString::fromUtf8(line).trimmed();
            if (!text.isEmpty())
                lines.append(text.left(500));
        }
        return lines;
    }

private:
    std::unique_lock<std::mutex> m_lock;
    locale_t m_cLocale = locale_t(nullptr);
    locale_t m_previous = locale_t(nullptr);
};

// Graphviz 2.42 takes char* where newer releases take const char*: always
// hand it a mutable copy that lives for the duration of the call.
Agsym_t *declare(Agraph_t *g, int kind, const char *name, const QByteArray &defaultValue)
{
    QByteArray n(name);
    QByteArray d(defaultValue);
    return agattr(g, kind, n.data(), d.data());
}

void setValue(void *object, Agsym_t *symbol, const QByteArray &value)
{
    QByteArray v(value);
    agxset(object, symbol, v.data());
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 10);
}
QByteArray inches(double points)
{
    return number(points / 72.0);
}

const char *engineName(GvEngine engine)
{
    switch (engine) {
    case GvEngine::Dot:
        return "dot";
    case GvEngine::Neato:
        return "neato";
    case GvEngine::Sfdp:
        return "sfdp";
    }
    return "dot";
}

/// A cgraph graph built from a GvLayoutIn, with the element order kept so
/// results can be mapped back to ids without relying on names.
struct BuiltGraph
{
    Agraph_t *graph = nullptr;
    std::vector<Agnode_t *> nodes;                 ///< parallel to GvLayoutIn::nodes
    std::vector<std::pair<Agedge_t *, int>> edges; ///< (edge, index into GvLayoutIn::edges)
    bool anyFixed = false;
    QStringList warnings;

    BuiltGraph() = default;
    BuiltGraph(const BuiltGraph &) = delete;
    BuiltGraph &operator=(const BuiltGraph &) = delete;
    ~BuiltGraph()
    {
        if (graph)
            agclose(graph);
    }
};

void setGraphAttributes(Agraph_t *g, const GvLayoutIn &in, bool anyFixed)
{
    declare(g, AGRAPH, "splines", !in.routeEdges ? "none" : in.straightEdges ? "line" : "spline");
    declare(g, AGRAPH, "outputorder", "edgesfirst");
    switch (in.engine) {
    case GvEngine::Dot:
        declare(g, AGRAPH, "rankdir", "TB");
        declare(g, AGRAPH, "nodesep", inches(in.nodeSep));
        declare(g, AGRAPH, "ranksep", inches(in.rankSep));
        if (in.nsLimit > 0) {
            declare(g, AGRAPH, "nslimit", number(in.nsLimit));
            declare(g, AGRAPH, "nslimit1", number(in.nsLimit));
        }
        if (in.mcLimit > 0)
            declare(g, AGRAPH, "mclimit", number(in.mcLimit));
        break;
    case GvEngine::Neato:
        // Keep given coordinates as they are and never push pinned boxes apart.
        declare(g, AGRAPH, "notranslate", "true");
        declare(g, AGRAPH, "overlap", "true");
        declare(g, AGRAPH, "esep", "+6");
        if (!anyFixed)
            declare(g, AGRAPH, "start", "regular");
        break;
    case GvEngine::Sfdp:
        declare(g, AGRAPH, "overlap",
                in.overlapIterations > 0
                    ? QByteArray("prism") + QByteArray::number(in.overlapIterations)
                    : QByteArray("true"));
        break;
    }
}

bool buildGraph(const GvLayoutIn &in, BuiltGraph &built, QString *error)
{
    QByteArray graphName("faultline");
    built.graph = agopen(graphName.data(), Agdirected, nullptr);
    if (!built.graph) {
        *error = QStringLiteral("Graphviz could not create a graph");
        return false;
    }
    Agraph_t *g = built.graph;
    for (const GvNodeIn &node : in.nodes)
        built.anyFixed = built.anyFixed || node.fixedPos.has_value();
    setGraphAttributes(g, in, built.anyFixed);

    // Empty labels: boxes are sized by us, so Graphviz never measures text
    // (which is slow and depends on installed fonts).
    declare(g, AGNODE, "shape", "box");
    declare(g, AGNODE, "fixedsize", "true");
    declare(g, AGNODE, "label", "");
    Agsym_t *width = declare(g, AGNODE, "width", "2.5");
    Agsym_t *height = declare(g, AGNODE, "height", "0.8");
    Agsym_t *pos = built.anyFixed ? declare(g, AGNODE, "pos", "") : nullptr;
    Agsym_t *pin = built.anyFixed ? declare(g, AGNODE, "pin", "false") : nullptr;
    Agsym_t *weight = declare(g, AGEDGE, "weight", "1");

    Agraph_t *top = nullptr;
    Agraph_t *bottom = nullptr;
    Agsym_t *rank = nullptr;
    QHash<QString, Agnode_t *> byId;
    byId.reserve(in.nodes.size());
    built.nodes.reserve(size_t(in.nodes.size()));
    for (const GvNodeIn &node : in.nodes) {
        QByteArray name = node.id.toUtf8();
        if (byId.contains(node.id)) {
            *error = QStringLiteral("duplicate node id \"%1\"").arg(node.id);
            return false;
        }
        Agnode_t *n = agnode(g, name.data(), 1);
        byId.insert(node.id, n);
        built.nodes.push_back(n);
        setValue(n, width, inches(std::max(node.size.width(), 1.0)));
        setValue(n, height, inches(std::max(node.size.height(), 1.0)));
        if (node.fixedPos) {
            // Graphviz's y axis points up; ours points down.
            setValue(n, pos, inches(node.fixedPos->x()) + ',' + inches(-node.fixedPos->y()) + '!');
            setValue(n, pin, "true");
        }
        if (in.engine != GvEngine::Dot || node.rank == GvRank::Free)
            continue;
        if (!rank)
            rank = declare(g, AGRAPH, "rank", "");
        Agraph_t *&sub = node.rank == GvRank::Top ? top : bottom;
        if (!sub) {
            QByteArray subName(node.rank == GvRank::Top ? "faultline_top" : "faultline_bottom");
            sub = agsubg(g, subName.data(), 1);
            setValue(sub, rank, node.rank == GvRank::Top ? "min" : "max");
        }
        agsubnode(sub, n, 1);
    }
    built.edges.reserve(size_t(in.edges.size()));
    for (int i = 0; i < in.edges.size(); ++i) {
        const GvEdgeIn &edge = in.edges[i];
        Agnode_t *t = byId.value(edge.from);
        Agnode_t *h = byId.value(edge.to);
        if (!t || !h) {
            built.warnings.append(
                QStringLiteral("edge \"%1\" names an unknown node; left out").arg(edge.id));
            continue;
        }
        // A null name in a non-strict graph always creates a new edge, so
        // parallel links stay separate.
        Agedge_t *e = agedge(g, t, h, nullptr, 1);
        if (edge.weight != 1)
            setValue(e, weight, QByteArray::number(std::max(edge.weight, 0)));
        built.edges.emplace_back(e, i);
    }
    return true;
}

GvLayoutOut extract(const GvLayoutIn &in, const BuiltGraph &built)
{
    GvLayoutOut out;
    const boxf bb = GD_bb(built.graph);
    // Flip y. Without fixed nodes the drawing starts at y = 0. With fixed
    // nodes, come back in the caller's frame: neato may still translate the
    // drawing (centring, packing) despite notranslate, so measure the offset
    // on the first fixed node rather than trusting it.
    QPointF offset(0, bb.UR.y);
    if (built.anyFixed) {
        for (size_t i = 0; i < built.nodes.size(); ++i) {
            if (const auto &fixed = in.nodes[qsizetype(i)].fixedPos) {
                const pointf raw = ND_coord(built.nodes[i]);
                offset = QPointF(fixed->x() - raw.x, fixed->y() + raw.y);
                break;
            }
        }
    }
    const auto toScene = [&](pointf p) { return QPointF(p.x + offset.x(), offset.y() - p.y); };
    const QPointF a = toScene(bb.LL);
    const QPointF b = toScene(bb.UR);
    out.boundingBox = QRectF(a, b).normalized();
    out.nodeCentres.reserve(in.nodes.size());
    for (size_t i = 0; i < built.nodes.size(); ++i)
        out.nodeCentres.insert(in.nodes[qsizetype(i)].id, toScene(ND_coord(built.nodes[i])));
    for (const auto &[e, index] : built.edges) {
        GvEdgeRoute route;
        if (const splines *spl = ED_spl(e)) {
            for (int p = 0; p < spl->size; ++p) {
                const bezier &piece = spl->list[p];
                QList<QPointF> points;
                points.reserve(piece.size);
                for (int k = 0; k < piece.size; ++k)
                    points.append(toScene(piece.list[k]));
                if (!points.isEmpty())
                    route.pieces.append(points);
                // Arrow tips: the first piece starts the edge, the last ends it.
                if (p == 0 && piece.sflag)
                    route.startTip = toScene(piece.sp);
                if (p == spl->size - 1 && piece.eflag)
                    route.endTip = toScene(piece.ep);
            }
        }
        out.edgeRoutes.insert(in.edges[index].id, route);
    }
    out.ok = true;
    return out;
}

QByteArray writeGraph(Agraph_t *g)
{
    char *data = nullptr;
    size_t size = 0;
    FILE *stream = open_memstream(&data, &size);
    if (!stream)
        return {};
    agwrite(g, stream);
    std::fclose(stream);
    QByteArray text(data, qsizetype(size));
    std::free(data);
    return text;
}

} // namespace

GvLayoutOut GraphvizAdapter::layout(const GvLayoutIn &in)
{
    Session session;
    GvLayoutOut out;
    if (in.nodes.isEmpty()) {
        out.ok = true;
        return out;
    }
    BuiltGraph built;
    if (!buildGraph(in, built, &out.error))
        return out;
    GVC_t *gvc = context();
    if (gvLayout(gvc, built.graph, engineName(in.engine)) != 0) {
        const QStringList messages = session.messages();
        out.error = messages.isEmpty() ? QStringLiteral("Graphviz layout failed")
                                       : messages.join(QLatin1Char('\n'));
        return out;
    }
    out = extract(in, built);
    gvFreeLayout(gvc, built.graph);
    out.warnings = built.warnings + session.messages();
    return out;
}

GvParsedGraph GraphvizAdapter::parse(const QByteArray &dot, const QStringList &allowed,
                                     int maxElements)
{
    Session session;
    GvParsedGraph result;
    // agmemread needs a NUL-terminated buffer; QByteArray guarantees one.
    flushLexer();
    Agraph_t *g = agmemread(dot.constData());
    if (g && agerrors() > 0) {
        // A syntax error the parser recovered from (e.g. its stack ran out on
        // a long edge chain) leaves a partial graph: refuse it.
        agclose(g);
        g = nullptr;
    }
    if (!g) {
        flushLexer();
        // Report the errors, not the warnings that may precede them.
        QStringList messages = session.messages();
        const QStringList errors = messages.filter(QRegularExpression(QStringLiteral("^Error")));
        if (!errors.isEmpty())
            messages = errors;
        result.error = messages.isEmpty() ? QStringLiteral("not a Graphviz graph")
                                          : messages.join(QLatin1Char(' '));
        result.error = result.error.left(300);
        static const QRegularExpression lineNumber(QStringLiteral("\\bline (\\d+)"));
        const QRegularExpressionMatch m = lineNumber.match(result.error);
        if (m.hasMatch())
            result.errorLine = m.captured(1).toInt();
        return result;
    }
    const auto closeGraph = qScopeGuard([g] { agclose(g); });
    if (maxElements >= 0 && qint64(agnnodes(g)) + agnedges(g) > maxElements) {
        result.error =
            QStringLiteral("the graph has more than %1 nodes and edges").arg(maxElements);
        return result;
    }
    const auto readAttributes = [&](void *object, int kind, GvParsedElement &element) {
        for (const QString &name : allowed) {
            QByteArray n = name.toUtf8();
            Agsym_t *symbol = agattr(g, kind, n.data(), nullptr);
            if (!symbol)
                continue;
            char *value = agxget(object, symbol);
            if (!value || !*value)
                continue;
            element.attributes.insert(name, QString::fromUtf8(value));
            if (aghtmlstr(value))
                element.htmlAttributes.insert(name);
        }
    };
    result.directed = agisdirected(g);
    result.name = QString::fromUtf8(agnameof(g));
    GvParsedElement graphElement;
    readAttributes(g, AGRAPH, graphElement);
    result.graphAttributes = graphElement.attributes;

    std::vector<Agedge_t *> edges;
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        GvParsedElement node;
        node.name = QString::fromUtf8(agnameof(n));
        readAttributes(n, AGNODE, node);
        result.nodes.append(node);
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e))
            edges.push_back(e);
    }
    // Out-edges come grouped by tail; creation order is file order.
    std::sort(edges.begin(), edges.end(),
              [](Agedge_t *x, Agedge_t *y) { return AGSEQ(x) < AGSEQ(y); });
    for (Agedge_t *e : edges) {
        GvParsedElement edge;
        edge.from = QString::fromUtf8(agnameof(agtail(e)));
        edge.to = QString::fromUtf8(agnameof(aghead(e)));
        readAttributes(e, AGEDGE, edge);
        result.edges.append(edge);
    }
    result.ok = true;
    return result;
}

QByteArray GraphvizAdapter::graphSource(const GvLayoutIn &in)
{
    Session session;
    BuiltGraph built;
    QString error;
    if (!buildGraph(in, built, &error))
        return {};
    // agwrite leaves out attributes whose default is empty, and Graphviz's
    // own default label is the node name: say label="" explicitly so the text
    // is the same graph layout() runs.
    QByteArray text = writeGraph(built.graph);
    const qsizetype nodeDefaults = text.indexOf("\tnode [");
    if (nodeDefaults >= 0)
        text.insert(nodeDefaults + 7, "label=\"\",\n\t\t");
    return text;
}

bool GraphvizAdapter::layoutAndRender(const QByteArray &dot, const QString &engine,
                                      const QString &format, QByteArray *output, QString *error)
{
    Session session;
    flushLexer();
    Agraph_t *g = agmemread(dot.constData());
    if (!g) {
        flushLexer();
        if (error)
            *error = session.messages().join(QLatin1Char(' '));
        return false;
    }
    GVC_t *gvc = context();
    bool ok = gvLayout(gvc, g, engine.toUtf8().constData()) == 0;
    if (ok) {
        char *data = nullptr;
        unsigned int length = 0;
        ok = gvRenderData(gvc, g, format.toUtf8().constData(), &data, &length) == 0;
        if (ok && output)
            *output = QByteArray(data, qsizetype(length));
        if (data)
            gvFreeRenderData(data);
        gvFreeLayout(gvc, g);
    }
    if (!ok && error)
        *error = session.messages().join(QLatin1Char(' '));
    agclose(g);
    return ok;
}

QString GraphvizAdapter::version()
{
    Session session;
    return QString::fromUtf8(gvcVersion(context()));
}

} // namespace faultline
