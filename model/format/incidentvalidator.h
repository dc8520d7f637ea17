#pragma once

#include "model/incident.h"

#include <QStringList>

namespace faultline {

/// Check an incident's internal consistency: id syntax and uniqueness, every
/// reference resolving (kinds, factors, sources, checklist entries), link
/// endpoints placed in their interpretation, no self links. Returns one
/// "json.path: message" per problem, in document order; empty when valid.
/// Used by the loader and by tests that check every edit keeps a document valid.
[[nodiscard]] QStringList validateIncident(const Incident &incident);

/// True for a well-formed id: 1–64 characters of [A-Za-z0-9_.:-].
bool isValidId(const QString &id);

} // namespace faultline
