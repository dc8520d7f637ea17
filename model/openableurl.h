#pragma once

#include "source.h"

#include <QUrl>

namespace faultline {

/// The address a source may be opened at, or an empty QUrl when it must not be
/// opened. Only http and https are allowed; a DOI ("10.…" or "doi:10.…", in the
/// url or doi field) maps to https://doi.org/. Files come from strangers, so
/// file:, javascript:, data: and every other scheme are refused.
QUrl openableUrl(const Source &source);
/// The same rule for one address string.
QUrl openableUrl(const QString &address);

} // namespace faultline
