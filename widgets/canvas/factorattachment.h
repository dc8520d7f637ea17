#pragma once

#include <QGraphicsItem>

namespace faultline {

/// An invisible child of a factor item that has to know when the factor
/// moves: the anchors of lens and diagnostic overlays, which sit above the
/// links and so cannot be the factor's children themselves. FactorItem tells
/// its attachments itself, after re-routing its links. Qt's
/// ItemSendsScenePositionChanges would tell them too, but then Qt checks
/// every such item of the scene on every move of any factor that has one
/// (QGraphicsItemPrivate::sendScenePosChange), which made applying a layout
/// to a diagram full of diagnostic markers quadratic.
class FactorAttachment : public QGraphicsItem
{
public:
    using QGraphicsItem::QGraphicsItem;
    /// The factor this is attached to has moved (its links are re-routed).
    virtual void factorMoved() = 0;
};

} // namespace faultline
