#pragma once

#include "diffresult.h"

#include "model/incident.h"

#include <QByteArray>
#include <QString>

namespace faultline {

/// Plain-text report of a comparison, as `faultline cruxes` prints it: the
/// compared interpretations, the agreement summary, each crux once (numbered
/// headline, then one line per reading: position, evidence count and sources),
/// the coverage differences, and with `withMatrix` the root-cause matrix and the
/// checklist coverage of each interpretation. Words come from CruxDescriber.
QString cruxReportText(const Incident &incident, const DiffResult &diff, bool withMatrix);

/// The same as JSON (UTF-8, 2-space indent, fixed key order), schema in
/// docs/CRUXES.md: `{"format": "faultline-cruxes", "version": 2, "incident",
/// "interpretations", "agreement", "cruxes", "coverageDifferences"[, "matrix",
/// "coverage"]}`. Every crux object has every key. Ends in a newline.
QByteArray cruxReportJson(const Incident &incident, const DiffResult &diff, bool withMatrix);

} // namespace faultline
