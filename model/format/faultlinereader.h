#pragma once

#include "limitedjsonparser.h"
#include "model/incident.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace faultline {

/// Files larger than this are refused before they are read. The depth and
/// value-count limits (kMaxJsonDepth, kMaxJsonValues) live with the parser.
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

/// Outcome of loading a .faultline document: either an incident and no
/// errors, or no incident and at least one error. Never half-loaded.
struct LoadResult
{
    std::optional<Incident> incident;
    QStringList errors; ///< each "json.path: message", e.g. `factors[2].kind: unknown kind "x"`
    bool ok() const { return incident.has_value(); }
};

/// Parse and validate a .faultline document held in memory.
LoadResult readFaultline(const QByteArray &bytes);
/// Read `path` (refusing files over kMaxFileBytes before reading) and parse it.
LoadResult readFaultlineFile(const QString &path);

} // namespace faultline
