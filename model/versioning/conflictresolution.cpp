#include "model/versioning/conflictresolution.h"

#include "model/versioning/documentdiff.h"
#include "model/versioning/elementrecords.h"
#include "model/versioning/versioningtext.h"

#include <QSet>

namespace faultline {

namespace {
using Json = nlohmann::ordered_json;

// Drops what refers to elements that are gone: references inside a field
// (an evidence item's source, failure points, rule-outs) are cleared, elements
// that cannot exist without their target (placements, links, crux records,
// children of a removed element) are removed.
void dropDanglingReferences(QList<ElementRecord> &records)
{
    for (bool changed = true; changed;) {
        changed = false;
        QSet<QString> keys;
        for (const ElementRecord &record : records)
            keys.insert(record.key);
        for (qsizetype i = records.size() - 1; i >= 0; --i) {
            ElementRecord &record = records[i];
            const QString parent = ElementRecords::parentKey(record.key);
            bool remove = !parent.isEmpty() && !keys.contains(parent);
            for (const QString &ref : ElementRecords::references(record)) {
                if (keys.contains(ref))
                    continue;
                const std::string id = ref.mid(ref.indexOf(QLatin1Char(':')) + 1).toStdString();
                Json &f = record.fields;
                if (record.kind == QLatin1String("evidence")) {
                    f.erase("source");
                } else if (record.kind == QLatin1String("factor") && f.contains("failureModes")) {
                    Json &modes = f["failureModes"];
                    modes.erase(std::remove(modes.begin(), modes.end(), Json(id)), modes.end());
                    if (modes.empty())
                        f.erase("failureModes");
                    remove = remove || !ref.startsWith(QLatin1String("checklist:"));
                } else if (record.kind == QLatin1String("interpretation") &&
                           f.contains("ruledOut")) {
                    for (auto &[list, items] : f["ruledOut"].items())
                        items.erase(std::remove_if(
                                        items.begin(), items.end(),
                                        [&](const Json &r) { return r.value("target", "") == id; }),
                                    items.end());
                } else {
                    remove = true;
                }
                changed = true;
            }
            if (remove) {
                records.removeAt(i);
                changed = true;
            }
        }
    }
}

Result<Incident> apply(const Incident &incident, int index, const QString &json)
{
    if (index < 0 || index >= incident.conflicts.size())
        return Failure(ResultError(VersioningText::tr("no conflict %1").arg(index)));
    const MergeConflict conflict = incident.conflicts[index];
    const QString place = QStringLiteral("conflicts[%1]").arg(index);
    Json value;
    if (!json.isEmpty()) {
        value = Json::parse(json.toStdString(), nullptr, false);
        if (value.is_discarded() || (conflict.isWholeElement() && !value.is_object()))
            return Failure(ResultError(
                VersioningText::tr("%1: not a valid value: %2").arg(place, json), place));
    }
    QList<ElementRecord> records = ElementRecords::fromIncident(incident).records();
    const auto found = std::find_if(records.begin(), records.end(), [&](const ElementRecord &r) {
        return r.key == conflict.element;
    });
    if (conflict.isWholeElement() && json.isEmpty()) {
        if (found != records.end())
            records.erase(found);
    } else if (conflict.isWholeElement() && found != records.end()) {
        found->fields = value;
    } else if (conflict.isWholeElement()) {
        const qsizetype colon = conflict.element.lastIndexOf(QLatin1Char(':'));
        const QString kindAndId =
            conflict.element.mid(conflict.element.lastIndexOf(QLatin1Char('/'), colon) + 1);
        records.append({conflict.element,
                        kindAndId.section(QLatin1Char(':'), 0, 0),
                        conflict.element.mid(colon + 1),
                        -1,
                        0,
                        {},
                        value});
    } else if (found == records.end()) {
        return Failure(ResultError(VersioningText::tr("%1: %2 is not in the document")
                                       .arg(place, describeElementKey(conflict.element)),
                                   place));
    } else if (json.isEmpty()) {
        found->fields.erase(conflict.field.toStdString());
    } else {
        found->fields[conflict.field.toStdString()] = value;
    }
    dropDanglingReferences(records);
    Result<Incident> resolved = ElementRecords::toIncident(records);
    if (!resolved.ok())
        return Failure(resolved.errors());
    Incident result = std::move(resolved).value();
    QSet<QString> keys;
    for (const ElementRecord &record : records)
        keys.insert(record.key);
    for (int i = 0; i < incident.conflicts.size(); ++i) {
        const MergeConflict &other = incident.conflicts[i];
        if (i != index && keys.contains(other.element))
            result.conflicts.append(other);
    }
    return result;
}
} // namespace

Result<Incident> resolveConflict(const Incident &incident, int index, ConflictChoice choice)
{
    if (index < 0 || index >= incident.conflicts.size())
        return apply(incident, index, {});
    const MergeConflict &conflict = incident.conflicts[index];
    return apply(incident, index, choice == ConflictChoice::Ours ? conflict.ours : conflict.theirs);
}

Result<Incident> resolveConflictWith(const Incident &incident, int index, const QString &json)
{
    return apply(incident, index, json);
}

QString conflictPlace(const Incident &incident, int index)
{
    const MergeConflict &conflict = incident.conflicts.at(index);
    const ElementRecords records = ElementRecords::fromIncident(incident);
    const ElementRecord *record = records.find(conflict.element);
    if (!record || record->jsonPath.isEmpty())
        return QStringLiteral("conflicts[%1]").arg(index);
    return conflict.field.isEmpty() ? record->jsonPath
                                    : record->jsonPath + QLatin1Char('.') + conflict.field;
}

QString describeConflictVersion(const QString &json)
{
    if (json.isEmpty())
        return VersioningText::tr("(absent)");
    const Json value = Json::parse(json.toStdString(), nullptr, false);
    return value.is_discarded() ? json : describeJsonValue(value);
}

QString describeConflict(const MergeConflict &conflict)
{
    const QString element = describeElementKey(conflict.element);
    if (conflict.isWholeElement()) {
        if (conflict.ours.isEmpty())
            return VersioningText::tr("%1: deleted on our side, kept or changed on theirs")
                .arg(element);
        if (conflict.theirs.isEmpty())
            return VersioningText::tr("%1: deleted on their side, kept or changed on ours")
                .arg(element);
    }
    return VersioningText::tr("%1, %2: base %3, ours %4, theirs %5")
        .arg(element,
             conflict.field.isEmpty() ? VersioningText::tr("whole element") : conflict.field,
             describeConflictVersion(conflict.base), describeConflictVersion(conflict.ours),
             describeConflictVersion(conflict.theirs));
}

} // namespace faultline
