#include "dotimporter.h"

#include "model/format/incidentvalidator.h"
#include "model/interchange/uniqueids.h"
#include "model/kindstyle.h"
#include "model/layout/graphvizadapter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTextDocumentFragment>

#include <cctype>
#include <cmath>

namespace faultline {

namespace {

const QString kImportedKind = QStringLiteral("imported");
constexpr double kMaxCoordinate = 1e6;

// Everything else (image, shapefile, fontpath, imagepath, URL, width, …) is
// never even read.
const QStringList &allowedAttributes()
{
    static const QStringList names{QStringLiteral("label"),     QStringLiteral("kind"),
                                   QStringLiteral("rootCause"), QStringLiteral("description"),
                                   QStringLiteral("pos"),       QStringLiteral("relation"),
                                   QStringLiteral("strength"),  QStringLiteral("id")};
    return names;
}

QString clamped(QString text, QStringList &warnings, const QString &what)
{
    if (text.size() > kMaxImportedTextLength) {
        text.truncate(kMaxImportedTextLength);
        if (text.back().isHighSurrogate())
            text.chop(1);
        warnings.append(QCoreApplication::translate("faultline::DotImporter",
                                                    "%1: text shortened to %2 characters")
                            .arg(what)
                            .arg(kMaxImportedTextLength));
    }
    return text;
}

/// `text` with each HTML entity (named, decimal or hexadecimal) replaced by its
/// character; unknown names stay as written. Each entity is handed to Qt's
/// HTML reader alone, so no markup, image or link can ever be interpreted.
QString withEntitiesDecoded(const QString &text)
{
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"));
    if (!text.contains(QLatin1Char('&')))
        return text;
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : entity.globalMatch(text)) {
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString decoded = QTextDocumentFragment::fromHtml(m.captured()).toPlainText();
        // A non-breaking space is a space in a factor label.
        out += decoded == QString(QChar(0x00A0)) ? QStringLiteral(" ") : decoded;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

/// Labels are plain text in Faultline: decode Graphviz escapes or strip HTML.
QString plainText(const QString &value, bool html, const QString &objectName,
                  const QString &graphName)
{
    QString out;
    if (html) {
        static const QRegularExpression lineBreak(QStringLiteral("<\\s*br\\s*/?\\s*>"),
                                                  QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
        out = value;
        out.replace(lineBreak, QStringLiteral("\n"));
        out.remove(tag);
    } else {
        out.reserve(value.size());
        for (qsizetype i = 0; i < value.size(); ++i) {
            const QChar c = value.at(i);
            if (c != QLatin1Char('\\') || i + 1 == value.size()) {
                out += c;
                continue;
            }
            const QChar next = value.at(++i);
            switch (next.unicode()) {
            case 'n':
            case 'l':
            case 'r':
                out += QLatin1Char('\n');
                break;
            case 'N':
                out += objectName;
                break;
            case 'G':
                out += graphName;
                break;
            case 'E':
            case 'T':
            case 'H':
                break; // edge, tail and head names make no sense in a factor label
            default:
                out += next;
            }
        }
    }
    // Graphviz reads HTML entities in every label, HTML or not (&dagger; is †).
    out = withEntitiesDecoded(out);
    QString clean;
    clean.reserve(out.size());
    for (const QChar c : std::as_const(out))
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t') ||
            c.category() != QChar::Other_Control)
            clean += c;
    return clean.trimmed();
}

QString sanitizedId(const QString &name, const QString &fallback)
{
    QString id;
    for (const QChar c : name) {
        if (id.size() == 64)
            break;
        const bool allowed = (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('_') ||
                             c == QLatin1Char('.') || c == QLatin1Char(':') ||
                             c == QLatin1Char('-');
        id += allowed ? c : QLatin1Char('_');
    }
    return id.isEmpty() ? fallback : id;
}

bool isTrue(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1");
}

std::optional<QPointF> parsePos(const QString &value)
{
    QString v = value.trimmed();
    if (v.endsWith(QLatin1Char('!')))
        v.chop(1);
    const QStringList parts = v.split(QLatin1Char(','));
    if (parts.size() != 2 && parts.size() != 3)
        return std::nullopt;
    bool okX = false;
    bool okY = false;
    const double x = parts[0].toDouble(&okX);
    const double y = parts[1].toDouble(&okY);
    if (!okX || !okY || !std::isfinite(x) || !std::isfinite(y))
        return std::nullopt;
    // Graphviz's y axis points up; ours points down.
    return QPointF(std::clamp(x, -kMaxCoordinate, kMaxCoordinate),
                   std::clamp(-y, -kMaxCoordinate, kMaxCoordinate));
}

bool isAnonymous(const QString &graphName)
{
    return graphName.isEmpty() || graphName.startsWith(QLatin1Char('%'));
}

DotImportResult failure(const QString &error, int line = 0)
{
    DotImportResult result;
    // Graphviz's own messages already name the line ("syntax error in line 3 …").
    const bool named = error.contains(QStringLiteral("line %1").arg(line));
    result.error = line > 0 && !named
                       ? QCoreApplication::translate("faultline::DotImporter", "line %1: %2")
                             .arg(line)
                             .arg(error)
                       : error;
    result.errorLine = line;
    return result;
}

} // namespace

DotScan scanDot(QByteArray &dot, int limit)
{
    DotScan scan;
    enum class State
    {
        Normal,
        Quoted,
        Html,
        LineComment,
        BlockComment
    };
    State state = State::Normal;
    int depth = 0;
    bool inGraph = false; // between a top-level graph's first token and its closing brace
    int htmlDepth = 0;
    int lineNumber = 1;
    const qsizetype n = dot.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = dot[i];
        const char next = i + 1 < n ? dot[i + 1] : '\0';
        if (c == '\n')
            ++lineNumber;
        switch (state) {
        case State::Normal:
            if (c == '"') {
                state = State::Quoted;
            } else if (c == '<') {
                state = State::Html;
                htmlDepth = 1;
            } else if (c == '/' && (next == '/' || next == '*')) {
                state = next == '/' ? State::LineComment : State::BlockComment;
                ++i;
            } else if (c == '#' && (i == 0 || dot[i - 1] == '\n')) {
                // A preprocessor line, as cgraph reads it: blanked, so its file
                // name never reaches an error message.
                for (qsizetype j = i; j < n && dot[j] != '\n'; ++j)
                    dot[j] = ' ';
            } else if (c == '{') {
                if (++depth > limit) {
                    scan.deepest = -1;
                    scan.tooDeepLine = lineNumber;
                    return scan;
                }
                scan.deepest = std::max(scan.deepest, depth);
            } else if (c == '}' && depth > 0) {
                if (--depth == 0)
                    inGraph = false;
            } else if (depth == 0 && !inGraph && c != ';' &&
                       !std::isspace(static_cast<unsigned char>(c))) {
                inGraph = true; // "strict", "digraph", a name: the start of a graph
                ++scan.graphs;
            }
            break;
        case State::Quoted:
            if (c == '\\' && i + 1 < n) {
                if (next == '\n')
                    ++lineNumber;
                ++i;
            } else if (c == '"') {
                state = State::Normal;
            }
            break;
        case State::Html:
            if (c == '<')
                ++htmlDepth;
            else if (c == '>' && --htmlDepth == 0)
                state = State::Normal;
            break;
        case State::LineComment:
            if (c == '\n')
                state = State::Normal;
            break;
        case State::BlockComment:
            if (c == '*' && next == '/') {
                state = State::Normal;
                ++i;
            }
            break;
        }
    }
    return scan;
}

int dotNestingDepth(const QByteArray &dot, int limit, int *line)
{
    QByteArray copy = dot;
    const DotScan scan = scanDot(copy, limit);
    if (line && scan.deepest < 0)
        *line = scan.tooDeepLine;
    return scan.deepest;
}

DotImportResult importDotInto(const QByteArray &dot, const Incident &into,
                              const QString &fallbackName)
{
    if (dot.size() > kMaxDotBytes)
        return failure(
            QCoreApplication::translate("faultline::DotImporter", "the file is larger than %1 MiB")
                .arg(kMaxDotBytes / (1024 * 1024)));
    if (dot.contains('\0'))
        return failure(QCoreApplication::translate(
            "faultline::DotImporter", "this is binary data, not a Graphviz text file"));
    QByteArray text = dot;
    const DotScan scan = scanDot(text, kMaxDotNesting);
    if (scan.deepest < 0)
        return failure(QCoreApplication::translate("faultline::DotImporter",
                                                   "braces are nested more than %1 deep")
                           .arg(kMaxDotNesting),
                       scan.tooDeepLine);

    const GvParsedGraph graph = GraphvizAdapter::parse(text, allowedAttributes(), kMaxDotElements);
    if (!graph.ok) {
        QString message = graph.error;
        message.remove(QRegularExpression(QStringLiteral("^(Error|Warning):\\s*")));
        return failure(message.isEmpty() ? QCoreApplication::translate("faultline::DotImporter",
                                                                       "not a Graphviz graph")
                                         : message,
                       graph.errorLine);
    }
    if (graph.nodes.isEmpty())
        return failure(
            QCoreApplication::translate("faultline::DotImporter", "the graph has no nodes"));

    DotImportResult result;
    result.incident = into;
    Incident &incident = result.incident;
    QStringList &warnings = result.warnings;
    const QString graphName = isAnonymous(graph.name) ? QString() : graph.name;
    const QString graphLabel =
        plainText(graph.graphAttributes.value(QStringLiteral("label")), false, graphName, graphName)
            .simplified()
            .left(200);
    QString name = !graphLabel.isEmpty()  ? graphLabel
                   : !graphName.isEmpty() ? graphName
                                          : fallbackName;
    if (name.trimmed().isEmpty())
        name = QCoreApplication::translate("faultline::DotImporter", "Imported");
    name = clamped(name.simplified(), warnings, QStringLiteral("graph"));
    if (incident.title.trimmed().isEmpty())
        incident.title = name;
    if (scan.graphs > 1)
        warnings.append(
            QCoreApplication::translate("faultline::DotImporter",
                                        "The file holds %1 graphs: only the first was imported")
                .arg(scan.graphs));
    if (!graph.directed)
        warnings.append(QCoreApplication::translate(
            "faultline::DotImporter",
            "The graph is undirected: each link points from the first node written to the second"));

    UniqueIds factorIds;
    for (const Factor &f : std::as_const(incident.factors))
        factorIds.insert(f.id);
    UniqueIds linkIds;
    UniqueIds interpretationIds;
    for (const Interpretation &interp : std::as_const(incident.interpretations)) {
        interpretationIds.insert(interp.id);
        for (const Link &l : interp.links)
            linkIds.insert(l.id);
    }

    Interpretation interp;
    interp.id = interpretationIds.take(sanitizedId(graphName, QStringLiteral("imported")));
    interp.name = name;
    result.interpretationId = interp.id;

    bool allPositioned = true;
    bool needImportedKind = false;
    QHash<QString, QString> factorOfNode;
    for (const GvParsedElement &node : graph.nodes) {
        const auto attr = [&node](const char *key) {
            return node.attributes.value(QLatin1String(key));
        };
        QString label =
            plainText(attr("label"), node.htmlAttributes.contains(QStringLiteral("label")),
                      node.name, graphName);
        if (label.isEmpty() || label == QLatin1String("\\N"))
            label = plainText(node.name, false, node.name, graphName);
        if (label.isEmpty())
            label = QCoreApplication::translate("faultline::DotImporter", "(unnamed)");
        label = clamped(label, warnings, node.name.left(64));

        QString factorId;
        if (const Factor *existing = into.findFactor(node.name);
            existing &&
            (!node.attributes.contains(QStringLiteral("label")) || existing->label == label)) {
            factorId = existing->id; // the same factor, seen by another reading
        } else {
            Factor factor;
            factor.id = factorIds.take(sanitizedId(node.name, QStringLiteral("f")));
            factor.label = label;
            const QString kind = attr("kind").trimmed();
            if (isBuiltInKind(kind) || into.findCustomKind(kind)) {
                factor.kind = kind;
            } else {
                factor.kind = kImportedKind;
                needImportedKind = true;
            }
            factor.description =
                clamped(plainText(attr("description"),
                                  node.htmlAttributes.contains(QStringLiteral("description")),
                                  node.name, graphName),
                        warnings, node.name.left(64));
            incident.factors.append(factor);
            factorId = factor.id;
        }
        factorOfNode.insert(node.name, factorId);

        Placement placement;
        placement.factorId = factorId;
        placement.rootCause = isTrue(attr("rootCause"));
        const std::optional<QPointF> pos = parsePos(attr("pos"));
        allPositioned = allPositioned && pos.has_value();
        placement.pos = pos.value_or(QPointF());
        interp.placements.append(placement);
    }
    if (!allPositioned) {
        // A readable grid until the user runs automatic layout.
        const int columns =
            std::max(1, int(std::ceil(std::sqrt(double(interp.placements.size())))));
        for (int i = 0; i < interp.placements.size(); ++i)
            interp.placements[i].pos = QPointF((i % columns) * 240.0, (i / columns) * 140.0);
    }
    result.positioned = allPositioned;

    for (const GvParsedElement &edge : graph.edges) {
        const QString from = factorOfNode.value(edge.from);
        const QString to = factorOfNode.value(edge.to);
        if (from.isEmpty() || to.isEmpty())
            continue;
        if (from == to) {
            warnings.append(QCoreApplication::translate("faultline::DotImporter",
                                                        "Left out the link from \"%1\" to itself")
                                .arg(edge.from.left(64)));
            continue;
        }
        const auto attr = [&edge](const char *key) {
            return edge.attributes.value(QLatin1String(key));
        };
        Link link;
        const QString wantedId = attr("id").trimmed();
        if (isValidId(wantedId) && !linkIds.contains(wantedId)) {
            link.id = wantedId;
            linkIds.insert(wantedId);
        } else {
            link.id = linkIds.take(QStringLiteral("l%1").arg(interp.links.size() + 1));
        }
        link.from = from;
        link.to = to;
        link.relation = relationFromString(attr("relation").trimmed()).value_or(Relation::Causes);
        bool numeric = false;
        const int strength = attr("strength").trimmed().toInt(&numeric);
        link.strength = numeric ? std::clamp(strength, 1, 5) : 3;
        link.label =
            clamped(plainText(attr("label"), edge.htmlAttributes.contains(QStringLiteral("label")),
                              edge.from + QLatin1String("->") + edge.to, graphName),
                    warnings, edge.from.left(64));
        interp.links.append(link);
    }

    if (needImportedKind && !incident.findCustomKind(kImportedKind))
        incident.customKinds.append(
            {kImportedKind, QCoreApplication::translate("faultline::DotImporter", "Imported"),
             QStringLiteral("#999999"), QStringLiteral("document")});
    incident.interpretations.append(interp);

    // The mapping above should always give a valid document; check, so a
    // mistake here surfaces as an import error instead of a broken file.
    const QStringList problems = validateIncident(incident);
    if (!problems.isEmpty())
        return failure(
            QCoreApplication::translate("faultline::DotImporter",
                                        "the graph could not be mapped to an incident: %1")
                .arg(problems.first()));
    result.ok = true;
    return result;
}

DotImportResult importDot(const QByteArray &dot, const QString &fallbackName)
{
    return importDotInto(dot, Incident{}, fallbackName);
}

} // namespace faultline
