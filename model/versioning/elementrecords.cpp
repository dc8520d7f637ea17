#include "model/versioning/elementrecords.h"

#include "model/checklist.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/kindstyle.h"
#include "model/versioning/versioningtext.h"

#include <functional>

namespace faultline {

namespace {
using Json = nlohmann::ordered_json;

QString str(const Json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

// The array of the file format that holds elements of `kind`.
const char *arrayOf(const QString &kind)
{
    static const QHash<QString, const char *> arrays{
        {QStringLiteral("source"), "sources"},
        {QStringLiteral("customKind"), "customKinds"},
        {QStringLiteral("checklist"), "checklist"},
        {QStringLiteral("factor"), "factors"},
        {QStringLiteral("interpretation"), "interpretations"},
        {QStringLiteral("placement"), "placements"},
        {QStringLiteral("link"), "links"},
        {QStringLiteral("evidence"), "evidence"},
        {QStringLiteral("crux"), "cruxes"}};
    return arrays.value(kind, "");
}

bool isChildArray(const std::string &key)
{
    return key == "placements" || key == "links" || key == "evidence" || key == "cruxes";
}

// An element's own fields: everything but its id field and its child lists
// (moved out of `object`, which is not read again but for its children).
Json ownFields(Json &object, const char *idField)
{
    Json fields = Json::object();
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.key() != idField && !isChildArray(it.key()))
            fields.emplace(it.key(), std::move(it.value()));
    return fields;
}

bool isDocumentKind(const QString &kind)
{
    return !kind.isEmpty() && !isBuiltInKind(kind);
}

bool isDocumentChecklistEntry(const QString &id)
{
    return !Checklist::builtIn().contains(id);
}
} // namespace

void ElementRecords::add(ElementRecord record)
{
    m_index.insert(record.key, int(m_records.size()));
    m_records.append(std::move(record));
}

ElementRecords ElementRecords::fromIncident(const Incident &incident)
{
    ElementRecords result;
    Json root = faultlineJson(incident);
    qsizetype count = 2 + incident.sources.size() + incident.customKinds.size() +
                      incident.checklistExtensions.size() + incident.factors.size() +
                      incident.interpretations.size() + incident.discussion.records.size();
    for (const Interpretation &reading : incident.interpretations) {
        count += reading.placements.size() + reading.links.size();
        for (const Link &link : reading.links)
            count += link.evidence.size();
    }
    result.m_records.reserve(count);
    result.m_index.reserve(count);
    Json incidentFields = Json::object();
    for (const char *key : {"title", "summary", "tags"})
        if (root.contains(key))
            incidentFields[key] = root[key];
    result.add({QStringLiteral("incident"),
                QStringLiteral("incident"),
                {},
                -1,
                1,
                {},
                std::move(incidentFields)});

    // Adds the elements of `owner[array]` and, through `children`, their own elements.
    std::function<void(Json &, int, const QString &, const QString &, const char *, const QString &,
                       const char *)>
        addArray;
    addArray = [&](Json &owner, int parent, const QString &parentKey, const QString &parentPath,
                   const char *array, const QString &kind, const char *idField) {
        const auto found = owner.find(array);
        if (found == owner.end())
            return;
        const QString arrayPath =
            (parentPath.isEmpty() ? QString() : parentPath + QLatin1Char('.')) +
            QLatin1String(array);
        for (std::size_t i = 0; i < found->size(); ++i) {
            Json &object = (*found)[i];
            ElementRecord record;
            record.kind = kind;
            record.parent = parent;
            record.jsonPath = arrayPath + QStringLiteral("[%1]").arg(i);
            if (kind == QLatin1String("crux")) {
                QStringList readings;
                for (const Json &id : object.value("interpretations", Json::array()))
                    readings.append(str(id));
                record.id = readings.join(QLatin1Char(',')) + QLatin1Char('|') +
                            str(object.value("crux", Json()));
            } else {
                record.id = str(object[idField]);
            }
            if (kind == QLatin1String("placement")) {
                // One field, so that x and y merge and conflict together.
                record.fields = Json::object();
                record.fields["position"] = Json::array({object["x"], object["y"]});
                object.erase("x");
                object.erase("y");
                record.fields.update(ownFields(object, idField));
            } else {
                record.fields = ownFields(object, idField);
            }
            record.key = (parentKey.isEmpty() ? QString() : parentKey + QLatin1Char('/')) + kind +
                         QLatin1Char(':') + record.id;
            const int index = int(result.m_records.size());
            const QString key = record.key;
            const QString path = record.jsonPath;
            result.add(std::move(record));
            if (kind == QLatin1String("interpretation")) {
                addArray(object, index, key, path, "placements", QStringLiteral("placement"),
                         "factor");
                addArray(object, index, key, path, "links", QStringLiteral("link"), "id");
            } else if (kind == QLatin1String("link")) {
                addArray(object, index, key, path, "evidence", QStringLiteral("evidence"), "id");
            }
            result.m_records[index].subtreeEnd = int(result.m_records.size());
        }
    };
    addArray(root, -1, {}, {}, "sources", QStringLiteral("source"), "id");
    addArray(root, -1, {}, {}, "customKinds", QStringLiteral("customKind"), "id");
    addArray(root, -1, {}, {}, "checklist", QStringLiteral("checklist"), "id");
    addArray(root, -1, {}, {}, "factors", QStringLiteral("factor"), "id");
    addArray(root, -1, {}, {}, "interpretations", QStringLiteral("interpretation"), "id");

    Json discussion = root.value("discussion", Json::object());
    const int discussionIndex = int(result.m_records.size());
    Json discussionFields = Json::object();
    if (discussion.contains("participants"))
        discussionFields["participants"] = discussion["participants"];
    result.add({QStringLiteral("discussion"),
                QStringLiteral("discussion"),
                {},
                -1,
                0,
                QStringLiteral("discussion"),
                std::move(discussionFields)});
    addArray(discussion, discussionIndex, QStringLiteral("discussion"),
             QStringLiteral("discussion"), "cruxes", QStringLiteral("crux"), "");
    result.m_records[discussionIndex].subtreeEnd = int(result.m_records.size());
    return result;
}

const ElementRecord *ElementRecords::find(const QString &key) const
{
    const int i = indexOf(key);
    return i < 0 ? nullptr : &m_records[i];
}

bool ElementRecords::sameSubtree(const ElementRecords &other, const QString &key) const
{
    const int a = indexOf(key);
    const int b = other.indexOf(key);
    if (a < 0 || b < 0)
        return a == b;
    const ElementRecord &ra = m_records[a];
    const ElementRecord &rb = other.m_records[b];
    if (ra.subtreeEnd - a != rb.subtreeEnd - b)
        return false;
    for (int i = 0; i < ra.subtreeEnd - a; ++i) {
        const ElementRecord &x = m_records[a + i];
        const ElementRecord &y = other.m_records[b + i];
        if (x.key != y.key || x.fields != y.fields)
            return false;
    }
    return true;
}

QStringList ElementRecords::references(const ElementRecord &record)
{
    QStringList refs;
    const Json &f = record.fields;
    const auto kindRef = [&refs](const QString &kind) {
        if (isDocumentKind(kind))
            refs.append(QStringLiteral("customKind:") + kind);
    };
    const auto checklistRef = [&refs](const QString &id) {
        if (isDocumentChecklistEntry(id))
            refs.append(QStringLiteral("checklist:") + id);
    };
    const QString &kind = record.kind;
    if (kind == QLatin1String("factor")) {
        kindRef(str(f.value("kind", Json())));
        for (const Json &mode : f.value("failureModes", Json::array()))
            checklistRef(str(mode));
    } else if (kind == QLatin1String("checklist")) {
        kindRef(str(f.value("area", Json())));
    } else if (kind == QLatin1String("placement")) {
        refs.append(QStringLiteral("factor:") + record.id);
    } else if (kind == QLatin1String("link")) {
        const QString reading = parentKey(record.key);
        for (const char *end : {"from", "to"})
            refs.append(reading + QStringLiteral("/placement:") + str(f.value(end, Json())));
    } else if (kind == QLatin1String("evidence")) {
        if (const QString source = str(f.value("source", Json())); !source.isEmpty())
            refs.append(QStringLiteral("source:") + source);
    } else if (kind == QLatin1String("interpretation")) {
        const Json ruledOut = f.value("ruledOut", Json::object());
        for (const Json &area : ruledOut.value("areas", Json::array()))
            kindRef(str(area.value("target", Json())));
        for (const Json &mode : ruledOut.value("failureModes", Json::array()))
            checklistRef(str(mode.value("target", Json())));
    } else if (kind == QLatin1String("crux")) {
        for (const Json &id : f.value("interpretations", Json::array()))
            refs.append(QStringLiteral("interpretation:") + str(id));
    }
    return refs;
}

bool ElementRecords::isLayoutField(const QString &kind, const QString &field)
{
    return (kind == QLatin1String("placement") && field == QLatin1String("position")) ||
           (kind == QLatin1String("link") && field == QLatin1String("route"));
}

QString ElementRecords::parentKey(const QString &key)
{
    // Crux keys may hold any text after "discussion/crux:"; ids never hold '/'.
    if (key.startsWith(QLatin1String("discussion/")))
        return QStringLiteral("discussion");
    const qsizetype slash = key.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : key.left(slash);
}

QString ElementRecords::idIn(const QString &key, const QString &kind)
{
    for (const QString &segment : key.split(QLatin1Char('/')))
        if (segment.startsWith(kind + QLatin1Char(':')))
            return segment.mid(kind.size() + 1);
    return {};
}

Result<Incident> ElementRecords::toIncident(QList<ElementRecord> records)
{
    QHash<QString, QList<int>> children;
    QList<int> top;
    for (int i = 0; i < records.size(); ++i) {
        const QString parent = parentKey(records[i].key);
        (parent.isEmpty() ? top : children[parent]).append(i);
    }
    std::function<Json(int)> build = [&](int i) {
        ElementRecord &record = records[i];
        Json object = Json::object();
        if (record.kind == QLatin1String("placement")) {
            object["factor"] = record.id.toStdString();
            const Json position = record.fields.value("position", Json::array({0, 0}));
            object["x"] = position.size() == 2 ? position[0] : Json(0);
            object["y"] = position.size() == 2 ? position[1] : Json(0);
        } else if (record.kind != QLatin1String("crux") && !record.id.isEmpty()) {
            object["id"] = record.id.toStdString();
        }
        for (auto it = record.fields.begin(); it != record.fields.end(); ++it)
            if (it.key() != "position" || record.kind != QLatin1String("placement"))
                object.emplace(it.key(), std::move(it.value()));
        for (int child : children.value(record.key))
            object[arrayOf(records[child].kind)].push_back(build(child));
        return object;
    };
    Json root = Json::object();
    root["format"] = "faultline";
    root["version"] = kFaultlineFormatVersion;
    for (int i : top) {
        const ElementRecord &record = records[i];
        if (record.kind == QLatin1String("incident")) {
            for (auto it = record.fields.begin(); it != record.fields.end(); ++it)
                root[it.key()] = it.value();
        } else if (record.kind == QLatin1String("discussion")) {
            Json discussion = build(i);
            if (!discussion.empty())
                root["discussion"] = std::move(discussion);
        } else {
            root[arrayOf(record.kind)].push_back(build(i));
        }
    }
    return readFaultline(QByteArray::fromStdString(root.dump()));
}

QString describeElementKey(const QString &key)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("incident"), QT_TRANSLATE_NOOP("faultline::Versioning", "incident")},
        {QStringLiteral("discussion"), QT_TRANSLATE_NOOP("faultline::Versioning", "discussion")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("faultline::Versioning", "source")},
        {QStringLiteral("customKind"), QT_TRANSLATE_NOOP("faultline::Versioning", "kind")},
        {QStringLiteral("checklist"),
         QT_TRANSLATE_NOOP("faultline::Versioning", "checklist entry")},
        {QStringLiteral("factor"), QT_TRANSLATE_NOOP("faultline::Versioning", "factor")},
        {QStringLiteral("interpretation"),
         QT_TRANSLATE_NOOP("faultline::Versioning", "interpretation")},
        {QStringLiteral("placement"), QT_TRANSLATE_NOOP("faultline::Versioning", "placement of")},
        {QStringLiteral("link"), QT_TRANSLATE_NOOP("faultline::Versioning", "link")},
        {QStringLiteral("evidence"), QT_TRANSLATE_NOOP("faultline::Versioning", "evidence")},
        {QStringLiteral("crux"), QT_TRANSLATE_NOOP("faultline::Versioning", "crux record")}};
    QStringList segments;
    QString rest = key;
    if (rest.startsWith(QLatin1String("discussion/"))) {
        segments = {QStringLiteral("discussion"), rest.mid(11)};
    } else {
        segments = rest.split(QLatin1Char('/'));
    }
    QString words;
    for (const QString &segment : segments) {
        const qsizetype colon = segment.indexOf(QLatin1Char(':'));
        const QString kind = colon < 0 ? segment : segment.left(colon);
        const char *name = names.value(kind, nullptr);
        QString part = name ? VersioningText::tr(name) : kind;
        if (colon >= 0)
            part += QLatin1Char(' ') + segment.mid(colon + 1);
        // The innermost element first: "link l1 in interpretation both".
        words = words.isEmpty() ? part : VersioningText::tr("%1 in %2").arg(part, words);
    }
    return words;
}

} // namespace faultline
