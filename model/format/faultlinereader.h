#pragma once

#include "model/incident.h"
#include "model/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace faultline {

/// Limits checked before a JSON tree is built (nlohmann copies and dumps
/// recursively, so depth must be bounded before anything else touches it).
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
constexpr int kMaxJsonDepth = 64;
/// A 5,000-factor incident with three readings holds about 165,000 values, and
/// merged workshop maps grow past that: the limit is far above any real
/// document (about 50,000 factors) and keeps a hostile file's tree to a few
/// hundred megabytes at most.
constexpr int kMaxJsonValues = 2000000;

/// Outcome of loading a .faultline document: either an incident and no
/// errors, or no incident and at least one error. Never half-loaded. Each
/// message reads "json.path: message", e.g. `factors[2].kind: unknown kind "x"`,
/// and that JSON path is the error's place; problems of the file as a whole
/// (not JSON, too large, unreadable) have no path.
using LoadResult = Result<Incident>;

/// Parse and validate a .faultline document held in memory.
[[nodiscard]] LoadResult readFaultline(const QByteArray &bytes);
/// Read `path` (refusing files over kMaxFileBytes before reading) and parse it.
/// Errors without a JSON path have `path` as their place.
[[nodiscard]] LoadResult readFaultlineFile(const QString &path);

} // namespace faultline
