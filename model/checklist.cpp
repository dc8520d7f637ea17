#include "checklist.h"

#include "incident.h"

#include <QCoreApplication>
#include <QFile>
#include <nlohmann/json.hpp>

namespace faultline {

namespace {
QString str(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}
} // namespace

Checklist Checklist::fromJson(const QByteArray &json, QString *error)
{
    Checklist checklist;
    const nlohmann::json root = nlohmann::json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (root.is_discarded() || !root.is_object() || !root.contains("entries") || !root["entries"].is_array()) {
        if (error)
            *error = QStringLiteral("checklist: not a checklist document");
        return checklist;
    }
    for (const auto &item : root["entries"]) {
        if (!item.is_object())
            continue;
        ChecklistEntry entry{str(item, "id"), str(item, "area"), str(item, "name"), str(item, "description"),
                             str(item, "reference")};
        if (!entry.id.isEmpty())
            checklist.m_entries.append(entry);
    }
    if (root.contains("references") && root["references"].is_object())
        for (const auto &[key, value] : root["references"].items())
            if (value.is_string())
                checklist.m_references.insert(QString::fromStdString(key),
                                              QString::fromStdString(value.get<std::string>()));
    return checklist;
}

const Checklist &Checklist::builtIn()
{
    static const Checklist checklist = [] {
        QFile file(QStringLiteral(":/faultline/checklist.json"));
        if (!file.open(QIODevice::ReadOnly))
            return Checklist();
        return fromJson(file.readAll(), nullptr);
    }();
    return checklist;
}

Checklist Checklist::forIncident(const Incident &incident)
{
    Checklist checklist = builtIn();
    checklist.m_entries.append(incident.checklistExtensions);
    return checklist;
}

const ChecklistEntry *Checklist::find(const QString &id) const
{
    for (const ChecklistEntry &entry : m_entries)
        if (entry.id == id)
            return &entry;
    return nullptr;
}

QList<ChecklistEntry> Checklist::entriesForArea(const QString &kindId) const
{
    QList<ChecklistEntry> result;
    for (const ChecklistEntry &entry : m_entries)
        if (entry.area == kindId)
            result.append(entry);
    return result;
}

// The checklist resource is data; its strings reach translators through the
// "faultline::Checklist" context (see translations/checklist_strings.cpp).
QString Checklist::displayName(const ChecklistEntry &entry)
{
    return QCoreApplication::translate("faultline::Checklist", entry.name.toUtf8().constData());
}

QString Checklist::displayDescription(const ChecklistEntry &entry)
{
    return QCoreApplication::translate("faultline::Checklist", entry.description.toUtf8().constData());
}

} // namespace faultline
