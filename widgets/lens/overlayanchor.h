#pragma once

#include "widgets/canvas/factorattachment.h"

#include <QList>
#include <QPointF>

#include <functional>

class QGraphicsScene;

namespace faultline {

class AnchorFollower;
class LensOverlayItem;

/// An invisible child of a factor item that keeps one overlay next to it.
/// The overlay itself is a top-level item (so it can sit above the links,
/// which a child of a factor cannot); the anchor moves it whenever the factor
/// moves, also during a drag, and deletes it when the factor item goes away
/// or the overlays are cleared.
class OverlayAnchor : public FactorAttachment
{
public:
    enum
    {
        Type = UserType + 46
    };
    /// Which feature made the overlay, so each clears only its own.
    enum class Group
    {
        Lens,
        Diagnostics,
        Changes ///< compare with a file or version (widgets/versioning/changemarks)
    };

    /// Adds `overlay` to the scene of `owner`, at `offset` from the owner's origin.
    OverlayAnchor(QGraphicsItem *owner, Group group, LensOverlayItem *overlay,
                  const QPointF &offset);
    ~OverlayAnchor() override;

    int type() const override { return Type; }
    Group group() const { return m_group; }
    LensOverlayItem *overlay() const { return m_overlay; }

    /// Places the overlay at `placement()` (scene coordinates) instead of at
    /// the owner's position plus the offset: for overlays on a link's path,
    /// which moves without the link item moving.
    void setPlacement(std::function<QPointF()> placement);
    /// Re-places the overlay also whenever `item` moves (a link's end factors).
    void followAlso(QGraphicsItem *item);
    /// Puts the overlay where it belongs now.
    void follow();
    void factorMoved() override { follow(); }

    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

    /// Deletes the anchors (and so the overlays) of `group` under every top-level item of `scene`.
    static void clear(QGraphicsScene *scene, Group group);
    /// The overlays of `group` in `scene`.
    static QList<LensOverlayItem *> overlays(QGraphicsScene *scene, Group group);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    friend class LensOverlayItem;
    friend class AnchorFollower;

    Group m_group;
    LensOverlayItem *m_overlay;
    QPointF m_offset;
    std::function<QPointF()> m_placement;
    QList<AnchorFollower *> m_followers;
};

} // namespace faultline
