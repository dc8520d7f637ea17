#pragma once

#include "model/incident.h"
#include "model/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

namespace faultline {

/// One element of an incident as the version diff and the three-way merge see
/// it: a key that names it across versions (ids, never positions), its own
/// fields as JSON (the file format's values, without the id and without child
/// lists) and its place in the element tree.
struct ElementRecord
{
    using Json = nlohmann::ordered_json;

    /// "incident", "discussion", "source:ID", "customKind:ID", "checklist:ID",
    /// "factor:ID", "interpretation:ID", "interpretation:ID/placement:FACTOR",
    /// "interpretation:ID/link:ID", "interpretation:ID/link:ID/evidence:ID",
    /// "discussion/crux:READINGS|KEY".
    QString key;
    QString kind;       ///< "incident", "source", "factor", "placement", "link", "evidence", ...
    QString id;         ///< the element's id (a placement: its factor); empty for singletons
    int parent = -1;    ///< index of the parent record; -1 at the top
    int subtreeEnd = 0; ///< one past the last descendant's index (descendants follow)
    QString jsonPath;   ///< where it is in the file, e.g. "interpretations[1].links[3]"
    Json fields;        ///< own fields; a placement's x and y as one "position"
};

/// An incident as a flat list of element records, parents before their
/// children, in document order.
class ElementRecords
{
public:
    using Json = nlohmann::ordered_json;

    /// Flattens `incident` (its `conflicts` are not elements and are left out).
    static ElementRecords fromIncident(const Incident &incident);
    /// The records, in document order.
    const QList<ElementRecord> &records() const { return m_records; }
    /// The record called `key`, or nullptr.
    const ElementRecord *find(const QString &key) const;
    int indexOf(const QString &key) const { return m_index.value(key, -1); }
    /// True when `key` and its descendants are the same in both (fields and order).
    bool sameSubtree(const ElementRecords &other, const QString &key) const;

    /// The keys of the elements `record` needs to exist: a placement's factor,
    /// a link's two placements, a factor's custom kind and document checklist
    /// entries, an evidence item's source, a crux record's interpretations.
    static QStringList references(const ElementRecord &record);
    /// Whether `field` is layout (a placement's position, a link's route).
    static bool isLayoutField(const QString &kind, const QString &field);

    /// The parent key of `key` ("" at the top).
    static QString parentKey(const QString &key);
    /// The id `key` gives an element of `kind`: "l1" for kind "link" in
    /// "interpretation:both/link:l1"; empty when the key names none.
    static QString idIn(const QString &key, const QString &kind);

    /// A document from records given parent-first; a record's children keep
    /// the order they have in `records`. The result is checked by the loader.
    [[nodiscard]] static Result<Incident> toIncident(QList<ElementRecord> records);

private:
    void add(ElementRecord record);
    QList<ElementRecord> m_records;
    QHash<QString, int> m_index;
};

/// "factor physics", "link l1 in interpretation both": an element key in words.
QString describeElementKey(const QString &key);

} // namespace faultline
