#pragma once

#include <QGraphicsItem>

namespace faultline {

class OverlayAnchor;

/// Base of the lens and diagnostics overlays drawn on a canvas (lever notes,
/// actual vs ideal, intervention marks, diagnostic markers). Overlays are
/// top-level items above the links, so links never cross their text, and are
/// pure decoration: they take no mouse buttons and no hover, so editing
/// gestures and CanvasScene::factorAt/elementAt (which look at item types)
/// never see them. An OverlayAnchor on the factor keeps one in place.
class LensOverlayItem : public QGraphicsItem
{
public:
    explicit LensOverlayItem(QGraphicsItem *parent = nullptr);
    ~LensOverlayItem() override;

private:
    friend class OverlayAnchor;
    OverlayAnchor *m_anchor = nullptr; ///< cleared by whichever of the two goes first
};

} // namespace faultline
