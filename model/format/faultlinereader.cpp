#include "faultlinereader.h"

#include "faultlinewriter.h"
#include "incidentvalidator.h"
#include "jsonfieldreader.h"
#include "limitedjsonparser.h"
#include "model/format/boundedread.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace faultline {

namespace {
using Json = nlohmann::json;

// lupdate files a free tr() call under the class or namespace around the call,
// not under a helper's context: calls name this context class instead.
struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(faultline::Reader)
};

QString indexPath(const QString &path, std::size_t i)
{
    return path + QStringLiteral("[%1]").arg(i);
}

// Parses with limits enforced while the tree is built: nesting depth and the
// number of values. A too-deep tree must never exist, because copying,
// dumping or comparing it would recurse and overflow the stack.
/// "line L, column C: not valid JSON: what" for a byte offset, with the line
/// and column counted as editors count them.
QString invalidJsonAt(const QByteArray &bytes, qsizetype offset, const QString &what)
{
    const QByteArray before = bytes.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
    return ReaderText::tr("line %1, column %2: not valid JSON: %3").arg(line).arg(column).arg(what);
}

std::optional<Json> parseWithLimits(const QByteArray &bytes, QStringList &errors)
{
    // nlohmann ends its input at a NUL byte, so "{…}\0anything" parsed as the
    // object alone and a re-save dropped the tail. JSON text holds no raw NUL.
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        errors.append(invalidJsonAt(
            bytes, nul,
            ReaderText::tr("a NUL byte at offset %1 (nothing may follow the document)").arg(nul)));
        return std::nullopt;
    }
    try {
        return LimitedJsonParser::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const JsonLimitExceeded &e) {
        errors.append(ReaderText::tr("file too complex: %1").arg(e.message));
    } catch (const JsonDuplicateKey &e) {
        errors.append(ReaderText::tr("%1: the key appears twice in one object").arg(e.path));
    } catch (const Json::parse_error &e) {
        // Report a line and column rather than nlohmann's byte offset.
        const qsizetype offset = qBound<qsizetype>(0, qsizetype(e.byte) - 1, bytes.size());
        QString what = QString::fromUtf8(e.what());
        const int cut =
            what.indexOf(QLatin1String(": "), what.indexOf(QLatin1String("parse error")));
        if (cut >= 0)
            what = what.mid(cut + 2);
        errors.append(invalidJsonAt(bytes, offset, what));
    } catch (const Json::exception &e) {
        // e.g. out_of_range for "1e400": nlohmann gives no position for these.
        QString what = QString::fromUtf8(e.what());
        what = what.mid(what.indexOf(QLatin1Char(']')) + 1).trimmed();
        errors.append(ReaderText::tr("not valid JSON: %1").arg(what));
    }
    return std::nullopt;
}

class IncidentBuilder
{
public:
    explicit IncidentBuilder(QStringList &errors) : m_errors(errors) {}

    Incident build(const Json &root)
    {
        Incident incident;
        JsonFieldReader r(root, m_errors,
                          {"format", "version", "title", "summary", "tags", "sources",
                           "customKinds", "checklist", "factors", "interpretations", "discussion",
                           "conflicts"});
        incident.title = r.string("title", true);
        incident.summary = r.string("summary");
        incident.tags = r.strings("tags");
        incident.sources.reserve(qsizetype(r.arraySize("sources")));
        incident.factors.reserve(qsizetype(r.arraySize("factors")));
        incident.interpretations.reserve(qsizetype(r.arraySize("interpretations")));
        each(r, "sources", [&](const JsonFieldReader &o) { incident.sources.append(source(o)); },
             {"id", "authors", "title", "year", "venue", "url", "doi"});
        each(r, "customKinds",
             [&](const JsonFieldReader &o) {
                 incident.customKinds.append({o.string("id", true), o.string("name", true),
                                              o.string("color"), o.string("shape")});
             },
             {"id", "name", "color", "shape"});
        each(r, "checklist",
             [&](const JsonFieldReader &o) {
                 incident.checklistExtensions.append(
                     {o.string("id", true), o.string("area", true), o.string("name", true),
                      o.string("description"), o.string("reference")});
             },
             {"id", "area", "name", "description", "reference"});
        each(r, "factors",
             [&](const JsonFieldReader &o) {
                 incident.factors.append({o.string("id", true), o.string("kind", true),
                                          o.string("label", true), o.string("description"),
                                          o.strings("failureModes"), o.string("actual"),
                                          o.string("ideal")});
             },
             {"id", "kind", "label", "description", "failureModes", "actual", "ideal"});
        each(r, "interpretations",
             [&](const JsonFieldReader &o) { incident.interpretations.append(interpretation(o)); },
             {"id", "name", "author", "stance", "summary", "placements", "links", "ruledOut"});
        if (const Json *discussion = r.object("discussion"))
            incident.discussion = readDiscussion(
                JsonFieldReader(*discussion, r, "discussion", -1, {"participants", "cruxes"}));
        readConflicts(root, r, incident.conflicts);
        return incident;
    }

private:
    // Version 3: what a three-way merge left unresolved. Each version is kept
    // as the JSON it is (compact), so any field's value round-trips.
    static void readConflicts(const Json &root, const JsonFieldReader &r,
                              QList<MergeConflict> &conflicts)
    {
        const Json *array = r.array("conflicts");
        if (!array)
            return;
        if (root.at("version").get<std::int64_t>() < 3)
            r.error(r.pathOf("conflicts"), ReaderText::tr("a conflicts section needs version 3"));
        for (std::size_t i = 0; i < array->size(); ++i) {
            const Json &value = (*array)[i];
            const JsonFieldReader item(value, r, "conflicts", qsizetype(i),
                                       {"element", "field", "base", "ours", "theirs"});
            if (!item.isObject())
                continue;
            MergeConflict conflict{item.string("element", true), item.string("field"), {}, {}, {}};
            const auto version = [&value](const char *key) {
                const auto found = value.find(key);
                return found == value.end() ? QString() : QString::fromStdString(found->dump());
            };
            conflict.base = version("base");
            conflict.ours = version("ours");
            conflict.theirs = version("theirs");
            conflicts.append(std::move(conflict));
        }
    }

    template <typename Fn>
    void each(const JsonFieldReader &parent, const char *key, Fn fn,
              std::initializer_list<const char *> allowed)
    {
        const Json *array = parent.array(key);
        if (!array)
            return;
        for (std::size_t i = 0; i < array->size(); ++i) {
            JsonFieldReader item((*array)[i], parent, key, qsizetype(i), allowed);
            if (item.isObject())
                fn(item);
        }
    }

    static Source source(const JsonFieldReader &o)
    {
        Source s;
        s.id = o.string("id", true);
        s.authors = o.string("authors");
        s.title = o.string("title");
        s.year = o.integer("year", 0, 0, 2100);
        s.venue = o.string("venue");
        s.url = o.string("url");
        s.doi = o.string("doi");
        return s;
    }

    Interpretation interpretation(const JsonFieldReader &o)
    {
        Interpretation interp;
        interp.id = o.string("id", true);
        interp.name = o.string("name", true);
        interp.author = o.string("author");
        interp.stance = o.string("stance");
        interp.summary = o.string("summary");
        interp.placements.reserve(qsizetype(o.arraySize("placements")));
        interp.links.reserve(qsizetype(o.arraySize("links")));
        each(o, "placements",
             [&](const JsonFieldReader &p) {
                 Placement placement;
                 placement.factorId = p.string("factor", true);
                 placement.pos = QPointF(p.number("x", 0, -1e6, 1e6), p.number("y", 0, -1e6, 1e6));
                 placement.pinned = p.boolean("pinned");
                 placement.rootCause = p.boolean("rootCause");
                 placement.leverNote = p.string("lever");
                 interp.placements.append(std::move(placement));
             },
             {"factor", "x", "y", "pinned", "rootCause", "lever"});
        each(o, "links", [&](const JsonFieldReader &l) { interp.links.append(link(l)); },
             {"id", "from", "to", "relation", "strength", "label", "evidence", "route"});
        if (const Json *ruledOut = o.object("ruledOut")) {
            JsonFieldReader r(*ruledOut, o, "ruledOut", -1, {"areas", "failureModes"});
            const auto readRuledOut = [](const JsonFieldReader &x) {
                return RuledOut{x.string("target", true), x.string("reason")};
            };
            each(r, "areas",
                 [&](const JsonFieldReader &x) { interp.ruledOutAreas.append(readRuledOut(x)); },
                 {"target", "reason"});
            each(r, "failureModes",
                 [&](const JsonFieldReader &x) {
                     interp.ruledOutFailureModes.append(readRuledOut(x));
                 },
                 {"target", "reason"});
        }
        return interp;
    }

    Discussion readDiscussion(const JsonFieldReader &d)
    {
        Discussion discussion;
        discussion.participants = d.strings("participants");
        each(d, "cruxes",
             [&](const JsonFieldReader &c) {
                 CruxRecord record;
                 record.interpretationIds = c.strings("interpretations");
                 record.cruxKey = c.string("crux", true);
                 each(c, "positions",
                      [&](const JsonFieldReader &p) {
                          CruxPosition position{p.string("participant", true),
                                                p.string("agreesWith")};
                          const QString stance = p.string("stance");
                          if (const auto st = positionStanceFromString(stance))
                              position.stance = *st;
                          else if (!stance.isEmpty())
                              p.error(p.pathOf("stance"),
                                      ReaderText::tr("unknown stance \"%1\" (expected reading, "
                                                     "both-partly or neither)")
                                          .arg(stance));
                          position.note = p.string("note");
                          record.positions.append(position);
                      },
                      {"participant", "agreesWith", "stance", "note"});
                 record.note = c.string("note");
                 const QString resolution = c.string("resolution");
                 if (const auto r = cruxResolutionFromString(resolution))
                     record.resolution = *r;
                 else if (!resolution.isEmpty())
                     c.error(c.pathOf("resolution"),
                             ReaderText::tr("unknown resolution \"%1\" (expected open, resolved, "
                                            "both-partly or needs-evidence)")
                                 .arg(resolution));
                 record.resolvedAs = c.string("resolvedAs");
                 discussion.records.append(std::move(record));
             },
             {"interpretations", "crux", "positions", "note", "resolution", "resolvedAs"});
        return discussion;
    }

    Link link(const JsonFieldReader &l)
    {
        Link link;
        link.id = l.string("id", true);
        link.from = l.string("from", true);
        link.to = l.string("to", true);
        const QString relation = l.string("relation");
        if (!relation.isEmpty()) {
            if (const auto r = relationFromString(relation))
                link.relation = *r;
            else
                l.error(
                    l.pathOf("relation"),
                    ReaderText::tr("unknown relation \"%1\" (expected causes, enables, prevents or "
                                   "amplifies)")
                        .arg(relation));
        }
        link.strength = l.integer("strength", 3, 1, 5);
        link.label = l.string("label");
        each(l, "evidence", [&](const JsonFieldReader &e) { link.evidence.append(evidence(e)); },
             {"id", "kind", "source", "locator", "quote", "confidence", "stance", "note"});
        if (const Json *route = l.array("route")) {
            for (std::size_t i = 0; i < route->size(); ++i) {
                const Json &point = (*route)[i];
                const bool valid = point.is_array() && point.size() == 2 && point[0].is_number() &&
                                   point[1].is_number() &&
                                   std::abs(point[0].get<double>()) <= 1e6 &&
                                   std::abs(point[1].get<double>()) <= 1e6;
                if (!valid) {
                    l.error(indexPath(l.pathOf("route"), i),
                            ReaderText::tr("expected a point [x, y] within ±1000000"));
                    continue;
                }
                link.route.append(QPointF(point[0].get<double>(), point[1].get<double>()));
            }
            if (!link.route.isEmpty() && link.route.size() % 3 != 1)
                l.error(
                    l.pathOf("route"),
                    ReaderText::tr("a route needs 1 + 3k points, found %1").arg(link.route.size()));
        }
        return link;
    }

    static Evidence evidence(const JsonFieldReader &e)
    {
        Evidence ev;
        ev.id = e.string("id", true);
        const QString kind = e.string("kind", true);
        if (const auto k = evidenceKindFromString(kind))
            ev.kind = *k;
        else if (!kind.isEmpty())
            e.error(e.pathOf("kind"), ReaderText::tr("unknown evidence kind \"%1\"").arg(kind));
        ev.sourceId = e.string("source");
        ev.locator = e.string("locator");
        ev.quote = e.string("quote");
        ev.confidence = e.number("confidence", 0.5, 0.0, 1.0);
        const QString stance = e.string("stance");
        if (const auto s = stanceFromString(stance))
            ev.stance = *s;
        else if (!stance.isEmpty())
            e.error(e.pathOf("stance"),
                    ReaderText::tr("unknown stance \"%1\" (expected supports or contradicts)")
                        .arg(stance));
        ev.note = e.string("note");
        return ev;
    }

    QStringList &m_errors;
};

bool checkHeader(const Json &root, QStringList &errors)
{
    if (!root.is_object()) {
        errors.append(ReaderText::tr("not a Faultline file: the top level is %1, not an object")
                          .arg(JsonFieldReader::typeName(root)));
        return false;
    }
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() ||
        format->get_ref<const std::string &>() != "faultline") {
        errors.append(
            ReaderText::tr("format: not a Faultline file (expected \"format\": \"faultline\")"));
        return false;
    }
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer()) {
        errors.append(ReaderText::tr("version: missing or not a whole number"));
        return false;
    }
    const auto v = version->get<std::int64_t>();
    if (v < 1 || v > kFaultlineFormatVersion) {
        errors.append(
            ReaderText::tr("version: unsupported version %1 (this build reads versions 1 to %2)")
                .arg(v)
                .arg(kFaultlineFormatVersion));
        return false;
    }
    return true;
}
} // namespace

namespace {
// The reader words each problem as "json.path: message"; the path, when a
// message starts with one, becomes the error's place, else `fallbackPlace`.
// JSON paths are keys and indices only, so a sentence such as
// "line 3, column 7: not valid JSON" is never taken for one.
Failure failure(const QStringList &messages, const QString &fallbackPlace = {})
{
    static const QRegularExpression jsonPath(
        QStringLiteral("^([A-Za-z_]\\w*(?:\\[\\d+\\])*(?:\\.[A-Za-z_]\\w*(?:\\[\\d+\\])*)*): "));
    QList<ResultError> errors;
    errors.reserve(messages.size());
    for (const QString &message : messages) {
        const QRegularExpressionMatch path = jsonPath.match(message);
        errors.append(ResultError{message, path.hasMatch() ? path.captured(1) : fallbackPlace});
    }
    return Failure(std::move(errors));
}
} // namespace

LoadResult readFaultline(const QByteArray &bytes)
{
    QStringList errors;
    if (bytes.size() > kMaxFileBytes)
        return failure({ReaderText::tr("file too large: %1 bytes (limit %2)")
                            .arg(bytes.size())
                            .arg(kMaxFileBytes)});
    const std::optional<Json> root = parseWithLimits(bytes, errors);
    if (!root || !checkHeader(*root, errors))
        return failure(errors);
    Incident incident = IncidentBuilder(errors).build(*root);
    if (root->at("version").get<std::int64_t>() < 3) // crux keys changed in version 3
        incident.discussion = withCurrentCruxKeys(std::move(incident.discussion));
    // Consistency checks run even after structural errors, so one pass reports
    // every problem of a file.
    errors += validateIncident(incident);
    if (!errors.isEmpty())
        return failure(errors);
    return incident;
}

LoadResult readFaultlineFile(const QString &path)
{
    const Result<QByteArray> bytes = readFileBounded(path, kMaxFileBytes);
    if (!bytes)
        return Failure(bytes.errors());
    LoadResult result = readFaultline(bytes.value());
    if (result.ok())
        return result;
    return failure(result.messages(), path);
}

} // namespace faultline
