#include "anchorfollower.h"

#include "overlayanchor.h"

namespace faultline {

AnchorFollower::AnchorFollower(QGraphicsItem *watched, OverlayAnchor *anchor) : QGraphicsItem(watched), m_anchor(anchor)
{
    setFlag(ItemHasNoContents, true);
    setFlag(ItemSendsScenePositionChanges, true);
    setAcceptedMouseButtons(Qt::NoButton);
}

AnchorFollower::~AnchorFollower()
{
    if (m_anchor)
        m_anchor->m_followers.removeOne(this);
}

QVariant AnchorFollower::itemChange(GraphicsItemChange change, const QVariant &value)
{
    // The watched factor has moved and (synchronously, in its own
    // itemChange) re-routed its links: re-place the overlay.
    if (change == ItemScenePositionHasChanged && m_anchor)
        m_anchor->follow();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace faultline
