#pragma once

#include "model/incident.h"
#include "model/result.h"

#include <QByteArray>
#include <QString>
#include <nlohmann/json.hpp>

namespace faultline {

/// Current version of the .faultline format written by this build.
/// Version 2 added interpretation stances and the discussion record; version 3 names
/// cruxes by subject ("factor|ID", docs/CRUXES.md; the reader migrates older
/// discussion records) and adds the `conflicts` section of a three-way merge.
/// Versions 1 and 2 still load.
constexpr int kFaultlineFormatVersion = 3;

/// Serialise an incident as a .faultline document: pretty-printed JSON with a
/// fixed key order and document element order, default-valued optional
/// fields omitted, positions rounded to 0.01 pt, ending in a newline. The same
/// incident always gives the same bytes.
[[nodiscard]] QByteArray writeFaultline(const Incident &incident);

/// The JSON tree writeFaultline() dumps (without the `conflicts` section):
/// what the version diff and the three-way merge compare, element by element.
nlohmann::ordered_json faultlineJson(const Incident &incident);

/// writeFaultline() to `path` atomically (see writeFileAtomically()), after
/// checking that the loader accepts the bytes: a document it would refuse is
/// not written, and the errors name its JSON paths.
[[nodiscard]] Status writeFaultlineFile(const Incident &incident, const QString &path);

} // namespace faultline
