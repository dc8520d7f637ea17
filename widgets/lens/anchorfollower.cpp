#include "anchorfollower.h"

#include "overlayanchor.h"

namespace faultline {

AnchorFollower::AnchorFollower(QGraphicsItem *watched, OverlayAnchor *anchor)
    : FactorAttachment(watched), m_anchor(anchor)
{
    setFlag(ItemHasNoContents, true);
    setAcceptedMouseButtons(Qt::NoButton);
}

AnchorFollower::~AnchorFollower()
{
    if (m_anchor)
        m_anchor->m_followers.removeOne(this);
}

void AnchorFollower::factorMoved()
{
    if (m_anchor)
        m_anchor->follow();
}

} // namespace faultline
