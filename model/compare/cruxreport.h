#pragma once

#include "diffresult.h"

#include "model/incident.h"

#include <QByteArray>
#include <QString>

namespace faultline {

/// Plain-text report of a comparison, as `faultline cruxes` prints it: the
/// compared interpretations, the agreement summary, the numbered cruxes with
/// their sides and, with `withMatrix`, the root-cause matrix and the checklist
/// coverage of each interpretation. Framing words are translated.
QString cruxReportText(const Incident &incident, const DiffResult &diff, bool withMatrix);

/// The same as JSON (UTF-8, 2-space indent, fixed key order):
/// `{"format": "faultline-cruxes", "version": 1, "incident", "interpretations",
/// "agreement", "cruxes"[, "matrix", "coverage"]}`. Every crux object has every
/// key ("type", "description", "factors", "links", "evidence", "subject",
/// "sides"), so consumers need no special cases. Ends in a newline.
QByteArray cruxReportJson(const Incident &incident, const DiffResult &diff, bool withMatrix);

} // namespace faultline
