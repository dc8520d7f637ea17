#include "model/versioning/documentdiff.h"

#include "model/versioning/elementrecords.h"
#include "model/versioning/versioningtext.h"

#include <QMap>

namespace faultline {

namespace {
using Json = nlohmann::ordered_json;

QString compact(const Json &value)
{
    return QString::fromStdString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
}

// A name to show next to an added or removed element's key.
QString elementName(const Json &fields)
{
    for (const char *key : {"label", "name", "title"})
        if (const auto it = fields.find(key); it != fields.end() && it->is_string())
            return QStringLiteral(" \"%1\"").arg(QString::fromStdString(it->get<std::string>()));
    return {};
}

bool onlyLayoutChanges(const QList<ElementChange> &changes, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i)
        if (!changes[i].isLayout())
            return false;
    return true;
}
} // namespace

bool ElementChange::isLayout() const
{
    return type == Type::Changed && ElementRecords::isLayoutField(kind, field);
}

QList<ElementChange> diffIncidents(const Incident &before, const Incident &after, bool ignoreLayout)
{
    const ElementRecords oldRecords = ElementRecords::fromIncident(before);
    const ElementRecords newRecords = ElementRecords::fromIncident(after);
    QList<ElementChange> changes;
    // An element whose parent was added or removed is part of that change.
    const auto parentIn = [](const ElementRecords &records, const ElementRecords &other,
                             const ElementRecord &record) {
        return record.parent >= 0 && !other.find(records.records()[record.parent].key);
    };
    for (const ElementRecord &old : oldRecords.records()) {
        const ElementRecord *now = newRecords.find(old.key);
        if (!now) {
            if (!parentIn(oldRecords, newRecords, old))
                changes.append({ElementChange::Type::Removed,
                                old.key,
                                old.kind,
                                old.jsonPath,
                                {},
                                old.fields,
                                Json()});
            continue;
        }
        QStringList fields;
        for (auto it = old.fields.begin(); it != old.fields.end(); ++it)
            fields.append(QString::fromStdString(it.key()));
        for (auto it = now->fields.begin(); it != now->fields.end(); ++it)
            if (!old.fields.contains(it.key()))
                fields.append(QString::fromStdString(it.key()));
        for (const QString &field : fields) {
            const std::string name = field.toStdString();
            const Json a = old.fields.value(name, Json());
            const Json b = now->fields.value(name, Json());
            if (a == b || (ignoreLayout && ElementRecords::isLayoutField(old.kind, field)))
                continue;
            changes.append(
                {ElementChange::Type::Changed, old.key, old.kind, now->jsonPath, field, a, b});
        }
    }
    for (const ElementRecord &now : newRecords.records())
        if (!oldRecords.find(now.key) && !parentIn(newRecords, oldRecords, now))
            changes.append({ElementChange::Type::Added,
                            now.key,
                            now.kind,
                            now.jsonPath,
                            {},
                            Json(),
                            now.fields});
    return changes;
}

QString describeJsonValue(const Json &value)
{
    if (value.is_null())
        return VersioningText::tr("(none)");
    if (value.is_string())
        return QStringLiteral("\"%1\"").arg(QString::fromStdString(value.get<std::string>()));
    return compact(value);
}

QString documentDiffText(const QList<ElementChange> &changes)
{
    QString text;
    // Readings whose placements only moved, or whose links were only re-routed:
    // one line each instead of one per element.
    QMap<QString, QStringList> moved;
    QMap<QString, QStringList> rerouted;
    for (qsizetype i = 0; i < changes.size();) {
        const ElementChange &change = changes[i];
        qsizetype end = i + 1;
        while (end < changes.size() && changes[end].key == change.key)
            ++end;
        if (onlyLayoutChanges(changes, i, end)) {
            const QString reading = ElementRecords::parentKey(change.key);
            const QString id = change.key.mid(change.key.lastIndexOf(QLatin1Char(':')) + 1);
            (change.kind == QLatin1String("placement") ? moved : rerouted)[reading].append(id);
            i = end;
            continue;
        }
        for (; i < end; ++i) {
            const ElementChange &c = changes[i];
            const QString element = describeElementKey(c.key);
            switch (c.type) {
            case ElementChange::Type::Added:
                text +=
                    QStringLiteral("+ ") + element + elementName(c.newValue) + QLatin1Char('\n');
                break;
            case ElementChange::Type::Removed:
                text +=
                    QStringLiteral("- ") + element + elementName(c.oldValue) + QLatin1Char('\n');
                break;
            case ElementChange::Type::Changed:
                text += QStringLiteral("~ ") +
                        VersioningText::tr("%1: %2 %3 → %4")
                            .arg(element, c.field, describeJsonValue(c.oldValue),
                                 describeJsonValue(c.newValue)) +
                        QLatin1Char('\n');
                break;
            }
        }
    }
    for (auto it = moved.cbegin(); it != moved.cend(); ++it)
        text += QStringLiteral("~ ") +
                VersioningText::tr("%1: moved %2")
                    .arg(describeElementKey(it.key()), it.value().join(QStringLiteral(", "))) +
                QLatin1Char('\n');
    for (auto it = rerouted.cbegin(); it != rerouted.cend(); ++it)
        text += QStringLiteral("~ ") +
                VersioningText::tr("%1: re-routed %2")
                    .arg(describeElementKey(it.key()), it.value().join(QStringLiteral(", "))) +
                QLatin1Char('\n');
    return text;
}

QByteArray documentDiffJson(const QList<ElementChange> &changes)
{
    Json list = Json::array();
    for (const ElementChange &c : changes) {
        Json o = Json::object();
        static const char *const types[] = {"added", "removed", "changed"};
        o["change"] = types[int(c.type)];
        o["element"] = c.kind.toStdString();
        o["key"] = c.key.toStdString();
        o["path"] = c.jsonPath.toStdString();
        if (c.type == ElementChange::Type::Changed) {
            o["field"] = c.field.toStdString();
            o["old"] = c.oldValue;
            o["new"] = c.newValue;
        } else {
            o["value"] = c.type == ElementChange::Type::Added ? c.newValue : c.oldValue;
        }
        list.push_back(std::move(o));
    }
    Json root = Json::object();
    root["equal"] = changes.isEmpty();
    root["changes"] = std::move(list);
    return QByteArray::fromStdString(root.dump(2, ' ', false, Json::error_handler_t::replace) +
                                     "\n");
}

QString documentOutline(const Incident &incident)
{
    QString text;
    const ElementRecords records = ElementRecords::fromIncident(incident);
    for (const ElementRecord &record : records.records()) {
        text += record.key;
        for (auto it = record.fields.begin(); it != record.fields.end(); ++it)
            text += QLatin1Char(' ') + QString::fromStdString(it.key()) + QLatin1Char('=') +
                    compact(it.value());
        text += QLatin1Char('\n');
    }
    for (const MergeConflict &conflict : incident.conflicts)
        text += QStringLiteral("conflict %1 %2 base=%3 ours=%4 theirs=%5\n")
                    .arg(conflict.element, conflict.field, conflict.base, conflict.ours,
                         conflict.theirs);
    return text;
}

} // namespace faultline
