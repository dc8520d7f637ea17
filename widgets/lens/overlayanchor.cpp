#include "overlayanchor.h"

#include "anchorfollower.h"
#include "lensoverlayitem.h"

#include <QGraphicsScene>

namespace faultline {

OverlayAnchor::OverlayAnchor(QGraphicsItem *owner, Group group, LensOverlayItem *overlay,
                             const QPointF &offset)
    : FactorAttachment(owner), m_group(group), m_overlay(overlay), m_offset(offset)
{
    setFlag(ItemHasNoContents, true);
    setAcceptedMouseButtons(Qt::NoButton);
    overlay->m_anchor = this;
    if (owner->scene())
        owner->scene()->addItem(overlay);
    overlay->setVisible(owner->isVisible());
    follow();
}

OverlayAnchor::~OverlayAnchor()
{
    const QList<AnchorFollower *> followers = m_followers;
    m_followers.clear();
    for (AnchorFollower *follower : followers) {
        follower->m_anchor = nullptr;
        delete follower;
    }
    if (m_overlay) {
        m_overlay->m_anchor = nullptr;
        delete m_overlay;
    }
}

QVariant OverlayAnchor::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemVisibleHasChanged && m_overlay)
        m_overlay->setVisible(isVisible());
    return QGraphicsItem::itemChange(change, value);
}

void OverlayAnchor::setPlacement(std::function<QPointF()> placement)
{
    m_placement = std::move(placement);
    follow();
}

void OverlayAnchor::followAlso(QGraphicsItem *item)
{
    if (item)
        m_followers.append(new AnchorFollower(item, this));
}

void OverlayAnchor::follow()
{
    if (m_overlay)
        m_overlay->setPos(m_placement ? m_placement() : scenePos() + m_offset);
}

void OverlayAnchor::clear(QGraphicsScene *scene, Group group)
{
    if (!scene)
        return;
    QList<OverlayAnchor *> doomed;
    const QList<QGraphicsItem *> all = scene->items();
    for (QGraphicsItem *item : all)
        if (item->type() == Type && static_cast<OverlayAnchor *>(item)->group() == group)
            doomed.append(static_cast<OverlayAnchor *>(item));
    qDeleteAll(doomed);
}

QList<LensOverlayItem *> OverlayAnchor::overlays(QGraphicsScene *scene, Group group)
{
    QList<LensOverlayItem *> result;
    if (!scene)
        return result;
    const QList<QGraphicsItem *> all = scene->items(Qt::AscendingOrder);
    for (QGraphicsItem *item : all)
        if (item->type() == Type) {
            auto *anchor = static_cast<OverlayAnchor *>(item);
            if (anchor->group() == group && anchor->overlay())
                result.append(anchor->overlay());
        }
    return result;
}

} // namespace faultline
