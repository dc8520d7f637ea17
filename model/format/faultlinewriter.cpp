#include "faultlinewriter.h"

#include "atomicwrite.h"
#include "faultlinereader.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace faultline {

namespace {
using Json = nlohmann::ordered_json;

std::string utf8(const QString &s)
{
    return s.toStdString();
}

// Optional fields are written only when they differ from the default, which
// keeps hand-written and generated files alike and diffs small.
void putString(Json &object, const char *key, const QString &value, bool always = false)
{
    if (always || !value.isEmpty())
        object[key] = utf8(value);
}

void putStrings(Json &object, const char *key, const QStringList &values)
{
    if (values.isEmpty())
        return;
    Json array = Json::array();
    for (const QString &v : values)
        array.push_back(utf8(v));
    object[key] = std::move(array);
}

double roundCoordinate(double v)
{
    return std::round(v * 100.0) / 100.0;
}

template <typename T, typename Fn>
void putArray(Json &object, const char *key, const QList<T> &items, Fn toJson)
{
    if (items.isEmpty())
        return;
    Json array = Json::array();
    for (const T &item : items)
        array.push_back(toJson(item));
    object[key] = std::move(array);
}

Json sourceJson(const Source &s)
{
    Json o = Json::object();
    putString(o, "id", s.id, true);
    putString(o, "authors", s.authors);
    putString(o, "title", s.title);
    if (s.year != 0)
        o["year"] = s.year;
    putString(o, "venue", s.venue);
    putString(o, "url", s.url);
    putString(o, "doi", s.doi);
    return o;
}

Json customKindJson(const CustomKind &k)
{
    Json o = Json::object();
    putString(o, "id", k.id, true);
    putString(o, "name", k.name, true);
    putString(o, "color", k.color);
    putString(o, "shape", k.shape);
    return o;
}

Json checklistJson(const ChecklistEntry &c)
{
    Json o = Json::object();
    putString(o, "id", c.id, true);
    putString(o, "area", c.area, true);
    putString(o, "name", c.name, true);
    putString(o, "description", c.description);
    putString(o, "reference", c.reference);
    return o;
}

Json factorJson(const Factor &f)
{
    Json o = Json::object();
    putString(o, "id", f.id, true);
    putString(o, "kind", f.kind, true);
    putString(o, "label", f.label, true);
    putString(o, "description", f.description);
    putStrings(o, "failureModes", f.failureModes);
    putString(o, "actual", f.actual);
    putString(o, "ideal", f.ideal);
    return o;
}

Json placementJson(const Placement &p)
{
    Json o = Json::object();
    putString(o, "factor", p.factorId, true);
    o["x"] = roundCoordinate(p.pos.x());
    o["y"] = roundCoordinate(p.pos.y());
    if (p.pinned)
        o["pinned"] = true;
    if (p.rootCause)
        o["rootCause"] = true;
    putString(o, "lever", p.leverNote);
    return o;
}

Json evidenceJson(const Evidence &e)
{
    Json o = Json::object();
    putString(o, "id", e.id, true);
    o["kind"] = utf8(toString(e.kind));
    putString(o, "source", e.sourceId);
    putString(o, "locator", e.locator);
    putString(o, "quote", e.quote);
    o["confidence"] = e.confidence;
    o["stance"] = utf8(toString(e.stance));
    putString(o, "note", e.note);
    return o;
}

Json linkJson(const Link &l)
{
    Json o = Json::object();
    putString(o, "id", l.id, true);
    putString(o, "from", l.from, true);
    putString(o, "to", l.to, true);
    o["relation"] = utf8(toString(l.relation));
    o["strength"] = l.strength;
    putString(o, "label", l.label);
    putArray(o, "evidence", l.evidence, evidenceJson);
    putArray(o, "route", l.route, [](const QPointF &p) {
        return Json::array({roundCoordinate(p.x()), roundCoordinate(p.y())});
    });
    return o;
}

Json ruledOutJson(const RuledOut &r)
{
    Json o = Json::object();
    putString(o, "target", r.target, true);
    putString(o, "reason", r.reason);
    return o;
}

Json interpretationJson(const Interpretation &i)
{
    Json o = Json::object();
    putString(o, "id", i.id, true);
    putString(o, "name", i.name, true);
    putString(o, "author", i.author);
    putString(o, "stance", i.stance);
    putString(o, "summary", i.summary);
    putArray(o, "placements", i.placements, placementJson);
    putArray(o, "links", i.links, linkJson);
    if (!i.ruledOutAreas.isEmpty() || !i.ruledOutFailureModes.isEmpty()) {
        Json ruledOut = Json::object();
        putArray(ruledOut, "areas", i.ruledOutAreas, ruledOutJson);
        putArray(ruledOut, "failureModes", i.ruledOutFailureModes, ruledOutJson);
        o["ruledOut"] = std::move(ruledOut);
    }
    return o;
}
Json cruxRecordJson(const CruxRecord &r)
{
    Json o = Json::object();
    putStrings(o, "interpretations", r.interpretationIds);
    putString(o, "crux", r.cruxKey, true);
    putArray(o, "positions", r.positions, [](const CruxPosition &p) {
        Json position = Json::object();
        putString(position, "participant", p.participant, true);
        putString(position, "agreesWith", p.agreesWith);
        if (p.stance != PositionStance::Reading)
            position["stance"] = utf8(toString(p.stance));
        putString(position, "note", p.note);
        return position;
    });
    putString(o, "note", r.note);
    o["resolution"] = utf8(toString(r.resolution));
    putString(o, "resolvedAs", r.resolvedAs);
    return o;
}

Json discussionJson(const Discussion &d)
{
    Json o = Json::object();
    putStrings(o, "participants", d.participants);
    putArray(o, "cruxes", d.records, cruxRecordJson);
    return o;
}

Json conflictJson(const MergeConflict &c)
{
    Json o = Json::object();
    putString(o, "element", c.element, true);
    putString(o, "field", c.field);
    // Each version is stored as the JSON value it is; absent stays absent.
    const auto putValue = [&o](const char *key, const QString &json) {
        if (!json.isEmpty())
            o[key] = Json::parse(json.toStdString(), nullptr, false);
    };
    putValue("base", c.base);
    putValue("ours", c.ours);
    putValue("theirs", c.theirs);
    return o;
}
} // namespace

Json faultlineJson(const Incident &incident)
{
    Json root = Json::object();
    root["format"] = "faultline";
    root["version"] = kFaultlineFormatVersion;
    putString(root, "title", incident.title, true);
    putString(root, "summary", incident.summary);
    putStrings(root, "tags", incident.tags);
    putArray(root, "sources", incident.sources, sourceJson);
    putArray(root, "customKinds", incident.customKinds, customKindJson);
    putArray(root, "checklist", incident.checklistExtensions, checklistJson);
    putArray(root, "factors", incident.factors, factorJson);
    putArray(root, "interpretations", incident.interpretations, interpretationJson);
    if (!incident.discussion.isEmpty())
        root["discussion"] = discussionJson(incident.discussion);
    return root;
}

QByteArray writeFaultline(const Incident &incident)
{
    Json root = faultlineJson(incident);
    putArray(root, "conflicts", incident.conflicts, conflictJson);
    std::string text = root.dump(2);
    text.push_back('\n');
    return QByteArray::fromStdString(text);
}

Status writeFaultlineFile(const Incident &incident, const QString &path)
{
    const QByteArray bytes = writeFaultline(incident);
    // What Faultline writes, Faultline reads: a document its loader would
    // refuse (an empty title, a text past the limits) is refused here, with
    // the loader's JSON paths, before the old file is touched.
    if (const LoadResult again = readFaultline(bytes); !again.ok())
        return Failure(again.errors());
    return writeFileAtomically(path, bytes);
}

} // namespace faultline
