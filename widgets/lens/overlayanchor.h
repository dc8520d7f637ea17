#pragma once

#include <QGraphicsItem>
#include <QPointF>

class QGraphicsScene;

namespace faultline {

class LensOverlayItem;

/// An invisible child of a factor item that keeps one overlay next to it.
/// The overlay itself is a top-level item (so it can sit above the links,
/// which a child of a factor cannot); the anchor moves it whenever the factor
/// moves, also during a drag, and deletes it when the factor item goes away
/// or the overlays are cleared.
class OverlayAnchor : public QGraphicsItem
{
public:
    enum { Type = UserType + 40 };
    /// Which feature made the overlay, so each clears only its own.
    enum class Group
    {
        Lens,
        Diagnostics
    };

    /// Adds `overlay` to the scene of `owner`, at `offset` from the owner's origin.
    OverlayAnchor(QGraphicsItem *owner, Group group, LensOverlayItem *overlay, const QPointF &offset);
    ~OverlayAnchor() override;

    int type() const override { return Type; }
    Group group() const { return m_group; }
    LensOverlayItem *overlay() const { return m_overlay; }

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
    void follow();

    Group m_group;
    LensOverlayItem *m_overlay;
    QPointF m_offset;
};

} // namespace faultline
