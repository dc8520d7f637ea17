#pragma once

#include "layoutrequest.h"
#include "layoutresult.h"

#include <QByteArray>
#include <QString>
#include <optional>

class QIODevice;

namespace faultline {

// The wire format between the editor and its layout worker process
// (`faultline --layout-worker`): one compact JSON object each way. Numbers
// are written with shortest exact representation, so positions survive the
// round trip bit for bit.

/// Largest request or result the worker protocol accepts.
constexpr qint64 kMaxLayoutMessageBytes = 64 * 1024 * 1024;

QByteArray layoutRequestToJson(const LayoutRequest &request);
/// std::nullopt and `error` set when `json` is not a well-formed request.
std::optional<LayoutRequest> layoutRequestFromJson(const QByteArray &json, QString *error);

QByteArray layoutResultToJson(const LayoutResult &result);
/// std::nullopt and `error` set when `json` is not a well-formed result.
std::optional<LayoutResult> layoutResultFromJson(const QByteArray &json, QString *error);

/// The layout worker's whole job: read one request from `in` (to its end),
/// run LayoutEngine and write the result to `out`. Returns false and sets
/// `error` when the request cannot be read or the answer not written (a
/// failed layout is still an answer). Used by `faultline --layout-worker`.
bool serveLayoutRequest(QIODevice &in, QIODevice &out, QString *error);

} // namespace faultline
