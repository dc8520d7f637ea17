#pragma once

#include "model/incident.h"

#include <QByteArray>
#include <QString>

namespace faultline {

/// One interpretation of `incident` as GraphML that yEd opens with shapes,
/// colours, labels and positions (yFiles ShapeNode/PolyLineEdge graphics),
/// and that any GraphML reader sees as plain data keys: node `label`,
/// `kind`, `rootCause`, `description`; edge `relation`, `strength`,
/// `evidenceCount`, `label`. Always well-formed XML: characters XML cannot
/// carry are dropped. Empty when the interpretation does not exist.
[[nodiscard]] QByteArray exportGraphml(const Incident &incident, const QString &interpretationId);

} // namespace faultline
