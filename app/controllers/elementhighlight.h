#pragma once

#include "app/controllers/controllercontext.h"

#include <QString>

namespace faultline {

/// Selects the element named by an element key ("factor:physics",
/// "interpretation:both/link:l1", see ElementRecords) on the canvas: its
/// reading's tab, or for a factor the current reading when it is placed
/// there, else the first reading that places it.
void highlightElement(const ControllerContext &context, const QString &elementKey);

} // namespace faultline
