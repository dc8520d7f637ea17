#pragma once

#include <QSizeF>

namespace faultline {

/// Whether `count` compare columns draw a diagram of `diagram` size larger
/// stacked (one above the other) than side by side in `area`, each column
/// having a header of `header` height above its diagram.
bool stackingDrawsLarger(const QSizeF &area, const QSizeF &diagram, int count, qreal header);

} // namespace faultline
