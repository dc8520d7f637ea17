#include "layoutjson.h"

#include "layoutengine.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace faultline {

namespace {
constexpr int kProtocolVersion = 1;

QJsonArray pointToJson(QPointF p)
{
    return QJsonArray{p.x(), p.y()};
}

bool pointFromJson(const QJsonValue &value, QPointF *point)
{
    const QJsonArray a = value.toArray();
    if (a.size() != 2 || !a[0].isDouble() || !a[1].isDouble())
        return false;
    *point = QPointF(a[0].toDouble(), a[1].toDouble());
    return true;
}

QJsonArray pathToJson(const QList<QPointF> &path)
{
    QJsonArray a;
    for (QPointF p : path) {
        a.append(p.x());
        a.append(p.y());
    }
    return a;
}

bool pathFromJson(const QJsonValue &value, QList<QPointF> *path)
{
    const QJsonArray a = value.toArray();
    if (a.size() % 2 != 0)
        return false;
    path->reserve(a.size() / 2);
    for (qsizetype i = 0; i < a.size(); i += 2) {
        if (!a[i].isDouble() || !a[i + 1].isDouble())
            return false;
        path->append(QPointF(a[i].toDouble(), a[i + 1].toDouble()));
    }
    return true;
}

const char *rankName(RankHint rank)
{
    switch (rank) {
    case RankHint::Top:
        return "top";
    case RankHint::Bottom:
        return "bottom";
    case RankHint::Free:
        break;
    }
    return "free";
}

const char *engineName(LayoutEngineChoice engine)
{
    switch (engine) {
    case LayoutEngineChoice::Dot:
        return "dot";
    case LayoutEngineChoice::Sfdp:
        return "sfdp";
    case LayoutEngineChoice::Auto:
        break;
    }
    return "auto";
}

std::optional<QJsonObject> parseObject(const QByteArray &json, QString *error)
{
    if (json.size() > kMaxLayoutMessageBytes) {
        *error = QStringLiteral("layout message too large");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("malformed layout message: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    if (object.value(QLatin1String("protocol")).toInt() != kProtocolVersion) {
        *error = QStringLiteral("unsupported layout protocol version");
        return std::nullopt;
    }
    return object;
}
} // namespace

QByteArray layoutRequestToJson(const LayoutRequest &request)
{
    QJsonArray nodes;
    for (const LayoutNode &n : request.nodes) {
        nodes.append(QJsonObject{{QStringLiteral("id"), n.id},
                                 {QStringLiteral("w"), n.size.width()},
                                 {QStringLiteral("h"), n.size.height()},
                                 {QStringLiteral("pos"), pointToJson(n.position)},
                                 {QStringLiteral("arranged"), n.arranged},
                                 {QStringLiteral("fixed"), n.fixed},
                                 {QStringLiteral("rank"), QLatin1String(rankName(n.rank))}});
    }
    QJsonArray edges;
    for (const LayoutEdge &e : request.edges) {
        edges.append(QJsonObject{{QStringLiteral("id"), e.id},
                                 {QStringLiteral("from"), e.from},
                                 {QStringLiteral("to"), e.to},
                                 {QStringLiteral("weight"), e.weight}});
    }
    const LayoutOptions &o = request.options;
    const QJsonObject options{{QStringLiteral("engine"), QLatin1String(engineName(o.engine))},
                              {QStringLiteral("large"), o.largeGraphThreshold},
                              {QStringLiteral("huge"), o.hugeGraphThreshold},
                              {QStringLiteral("maxDotWork"), double(o.maxDotWork)},
                              {QStringLiteral("nodeSep"), o.nodeSep},
                              {QStringLiteral("rankSep"), o.rankSep},
                              {QStringLiteral("packAspect"), o.packAspect}};
    const QJsonObject root{{QStringLiteral("protocol"), kProtocolVersion},
                           {QStringLiteral("interpretation"), request.interpretationId},
                           {QStringLiteral("nodes"), nodes},
                           {QStringLiteral("edges"), edges},
                           {QStringLiteral("options"), options}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<LayoutRequest> layoutRequestFromJson(const QByteArray &json, QString *error)
{
    const std::optional<QJsonObject> root = parseObject(json, error);
    if (!root)
        return std::nullopt;
    LayoutRequest request;
    request.interpretationId = root->value(QLatin1String("interpretation")).toString();
    for (const QJsonValue &value : root->value(QLatin1String("nodes")).toArray()) {
        const QJsonObject o = value.toObject();
        LayoutNode n;
        n.id = o.value(QLatin1String("id")).toString();
        n.size =
            QSizeF(o.value(QLatin1String("w")).toDouble(), o.value(QLatin1String("h")).toDouble());
        if (n.id.isEmpty() || !pointFromJson(o.value(QLatin1String("pos")), &n.position)) {
            *error = QStringLiteral("malformed layout node");
            return std::nullopt;
        }
        n.arranged = o.value(QLatin1String("arranged")).toBool(true);
        n.fixed = o.value(QLatin1String("fixed")).toBool(false);
        const QString rank = o.value(QLatin1String("rank")).toString();
        n.rank = rank == QLatin1String("top")      ? RankHint::Top
                 : rank == QLatin1String("bottom") ? RankHint::Bottom
                                                   : RankHint::Free;
        request.nodes.append(n);
    }
    for (const QJsonValue &value : root->value(QLatin1String("edges")).toArray()) {
        const QJsonObject o = value.toObject();
        request.edges.append(
            {o.value(QLatin1String("id")).toString(), o.value(QLatin1String("from")).toString(),
             o.value(QLatin1String("to")).toString(), o.value(QLatin1String("weight")).toInt(1)});
    }
    const QJsonObject o = root->value(QLatin1String("options")).toObject();
    LayoutOptions &options = request.options;
    const QString engine = o.value(QLatin1String("engine")).toString();
    options.engine = engine == QLatin1String("dot")    ? LayoutEngineChoice::Dot
                     : engine == QLatin1String("sfdp") ? LayoutEngineChoice::Sfdp
                                                       : LayoutEngineChoice::Auto;
    options.largeGraphThreshold =
        o.value(QLatin1String("large")).toInt(options.largeGraphThreshold);
    options.hugeGraphThreshold = o.value(QLatin1String("huge")).toInt(options.hugeGraphThreshold);
    options.maxDotWork =
        qint64(o.value(QLatin1String("maxDotWork")).toDouble(double(options.maxDotWork)));
    options.nodeSep = o.value(QLatin1String("nodeSep")).toDouble(options.nodeSep);
    options.rankSep = o.value(QLatin1String("rankSep")).toDouble(options.rankSep);
    options.packAspect = o.value(QLatin1String("packAspect")).toDouble(options.packAspect);
    return request;
}

QByteArray layoutResultToJson(const LayoutResult &result)
{
    QJsonObject positions;
    for (auto it = result.positions.cbegin(); it != result.positions.cend(); ++it)
        positions.insert(it.key(), pointToJson(it.value()));
    QJsonObject routes;
    for (auto it = result.routes.cbegin(); it != result.routes.cend(); ++it)
        routes.insert(it.key(), pathToJson(it.value()));
    const QRectF &b = result.bounds;
    const QJsonObject root{
        {QStringLiteral("protocol"), kProtocolVersion},
        {QStringLiteral("ok"), result.ok},
        {QStringLiteral("error"), result.error},
        {QStringLiteral("engine"), result.engine},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)},
        {QStringLiteral("positions"), positions},
        {QStringLiteral("routes"), routes},
        {QStringLiteral("bounds"), QJsonArray{b.x(), b.y(), b.width(), b.height()}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<LayoutResult> layoutResultFromJson(const QByteArray &json, QString *error)
{
    const std::optional<QJsonObject> root = parseObject(json, error);
    if (!root)
        return std::nullopt;
    LayoutResult result;
    result.ok = root->value(QLatin1String("ok")).toBool();
    result.error = root->value(QLatin1String("error")).toString();
    result.engine = root->value(QLatin1String("engine")).toString();
    for (const QJsonValue &w : root->value(QLatin1String("warnings")).toArray())
        result.warnings.append(w.toString());
    const QJsonObject positions = root->value(QLatin1String("positions")).toObject();
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it) {
        QPointF p;
        if (!pointFromJson(it.value(), &p)) {
            *error = QStringLiteral("malformed position of \"%1\"").arg(it.key());
            return std::nullopt;
        }
        result.positions.insert(it.key(), p);
    }
    const QJsonObject routes = root->value(QLatin1String("routes")).toObject();
    for (auto it = routes.constBegin(); it != routes.constEnd(); ++it) {
        QList<QPointF> path;
        if (!pathFromJson(it.value(), &path)) {
            *error = QStringLiteral("malformed route of \"%1\"").arg(it.key());
            return std::nullopt;
        }
        result.routes.insert(it.key(), path);
    }
    const QJsonArray b = root->value(QLatin1String("bounds")).toArray();
    if (b.size() == 4)
        result.bounds = QRectF(b[0].toDouble(), b[1].toDouble(), b[2].toDouble(), b[3].toDouble());
    return result;
}

bool serveLayoutRequest(QIODevice &in, QIODevice &out, QString *error)
{
    // Read in chunks and stop one chunk past the limit, so an oversized
    // request is refused without being held in memory.
    QByteArray json;
    while (json.size() <= kMaxLayoutMessageBytes) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty()) // blocking devices (stdin, buffers) return nothing only at the end
            break;
        json += chunk;
    }
    const std::optional<LayoutRequest> request = layoutRequestFromJson(json, error);
    if (!request)
        return false;
    const QByteArray answer = layoutResultToJson(LayoutEngine::run(*request));
    if (out.write(answer) != answer.size()) {
        *error = QStringLiteral("could not write the layout result");
        return false;
    }
    return true;
}

} // namespace faultline
