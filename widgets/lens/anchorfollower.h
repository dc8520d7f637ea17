#pragma once

#include "widgets/canvas/factorattachment.h"

namespace faultline {

class OverlayAnchor;

/// An invisible child of an item whose moves should re-place an overlay
/// anchored elsewhere: a link's diagnostic marker sits on the link's middle,
/// and the link re-routes when either end factor moves (also during a drag),
/// which the link item itself does not announce. One follower per end factor
/// tells the anchor to re-place its overlay. Deleted with its anchor; tells
/// the anchor when its factor goes first.
class AnchorFollower : public FactorAttachment
{
public:
    enum
    {
        Type = UserType + 45
    };

    AnchorFollower(QGraphicsItem *watched, OverlayAnchor *anchor);
    ~AnchorFollower() override;

    int type() const override { return Type; }
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

    /// The watched factor has moved and re-routed its links: re-place the overlay.
    void factorMoved() override;

private:
    friend class OverlayAnchor;
    OverlayAnchor *m_anchor; ///< cleared by whichever of the two goes first
};

} // namespace faultline
