#pragma once

#include "checklistentry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace faultline {

struct Incident;

/// The failure-mode checklist: the built-in entries from the resource
/// `:/faultline/checklist.json` plus an incident's own extensions.
class Checklist
{
public:
    /// The built-in checklist, loaded once from the compiled-in resource.
    static const Checklist &builtIn();
    /// Built-in entries followed by the incident's checklist extensions.
    static Checklist forIncident(const Incident &incident);
    /// Parse checklist JSON (the resource's format); on error returns an empty
    /// checklist and sets `error`.
    static Checklist fromJson(const QByteArray &json, QString *error);

    const QList<ChecklistEntry> &entries() const { return m_entries; }
    const ChecklistEntry *find(const QString &id) const;
    bool contains(const QString &id) const { return find(id) != nullptr; }
    /// Entries whose area is `kindId`, in checklist order.
    QList<ChecklistEntry> entriesForArea(const QString &kindId) const;
    /// Full text of a reference key, e.g. "krakovna2020" → "Krakovna et al. …".
    QString referenceText(const QString &key) const { return m_references.value(key); }

    /// Translated name and description of a built-in entry (document entries are returned as
    /// written).
    static QString displayName(const ChecklistEntry &entry);
    static QString displayDescription(const ChecklistEntry &entry);
    /// The source texts (names, descriptions) of the built-in checklist that
    /// are marked for translation, so a test can check they match the resource.
    static QStringList translatableTexts();

private:
    QList<ChecklistEntry> m_entries;
    QHash<QString, QString> m_references;
};

} // namespace faultline
