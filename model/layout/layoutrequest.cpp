#include "layoutrequest.h"

namespace faultline {

int LayoutRequest::arrangedCount() const
{
    int count = 0;
    for (const LayoutNode &node : nodes)
        count += node.arranged ? 1 : 0;
    return count;
}

} // namespace faultline
