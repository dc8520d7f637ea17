#include "columnarrangement.h"

#include <algorithm>

namespace faultline {

bool stackingDrawsLarger(const QSizeF &area, const QSizeF &diagram, int count, qreal header)
{
    if (count < 2 || diagram.isEmpty())
        return false;
    const qreal sideBySide = std::min(area.width() / count / diagram.width(),
                                      (area.height() - header) / diagram.height());
    const qreal stacked = std::min(area.width() / diagram.width(),
                                   (area.height() / count - header) / diagram.height());
    return stacked > sideBySide;
}

} // namespace faultline
