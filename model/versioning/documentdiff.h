#pragma once

#include "model/incident.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <nlohmann/json.hpp>

namespace faultline {

/// One difference between two versions of an incident, matched by element key
/// (ids, never positions in a list).
struct ElementChange
{
    enum class Type
    {
        Added,   ///< in the new version only (its descendants are implied)
        Removed, ///< in the old version only (its descendants are implied)
        Changed, ///< one field differs
    };

    Type type = Type::Changed;
    QString key;      ///< ElementRecord::key
    QString kind;     ///< ElementRecord::kind
    QString jsonPath; ///< in the new version (the old one for a removal)
    QString field;    ///< the changed field; empty for an addition or removal
    /// The field's old and new value (null when absent); an addition's or
    /// removal's own fields in newValue / oldValue.
    nlohmann::ordered_json oldValue;
    nlohmann::ordered_json newValue;

    bool isLayout() const;
};

/// The changes from `before` to `after`: removals and changes in the old
/// version's order, then additions in the new one's. With `ignoreLayout`,
/// positions and link routes are left out.
[[nodiscard]] QList<ElementChange> diffIncidents(const Incident &before, const Incident &after,
                                                 bool ignoreLayout = false);

/// The changes in words, one line each ("~ factor physics: label "A" → "B""),
/// moved-only placements and re-routed links grouped into one line per reading.
QString documentDiffText(const QList<ElementChange> &changes);

/// The changes as JSON (the schema is in docs/FORMAT.md, "Version diff").
QByteArray documentDiffJson(const QList<ElementChange> &changes);

/// A line per element, in document order: the element's key and its fields as
/// compact JSON, so a one-field edit changes one line (git's textconv).
QString documentOutline(const Incident &incident);

/// A JSON value as a short text: strings in quotes, "(none)" for absent.
QString describeJsonValue(const nlohmann::ordered_json &value);

} // namespace faultline
