#include "lensoverlayitem.h"

#include "overlayanchor.h"

namespace faultline {

LensOverlayItem::LensOverlayItem(QGraphicsItem *parent) : QGraphicsItem(parent)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setFlag(ItemIsFocusable, false);
    // Above factors (1) and links (2), so notes stay readable where links pass.
    setZValue(3);
}

LensOverlayItem::~LensOverlayItem()
{
    if (m_anchor)
        m_anchor->m_overlay = nullptr;
}

} // namespace faultline
