#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>

namespace faultline {

class CompareScenes;
class CruxNumberItem;

/// Where the focused crux's callouts (what each reading says about it) go in
/// the compare columns: beside the crux's frame, to the right or below,
/// whichever leaves the frame larger, past the factors level with the frame,
/// in room the zoom keeps free for them, so they never cover a factor. When neither side has room
/// without shrinking the frame to less than kLeastFrameShare of its size, they are hidden: the crux
/// panel shows the same positions.
class CalloutPlacement
{
public:
    /// Share of its callout-free zoom the frame keeps at least.
    static constexpr qreal kLeastFrameShare = 0.6;

    /// `frame`: the scene area to show (the crux and its neighbours, with
    /// margin); `boxes`: the factors shown in the columns (scene), which the
    /// callouts keep clear of; `viewport`: a column's size in pixels (all are equal).
    CalloutPlacement(const QList<CruxNumberItem *> &callouts, const QRectF &frame,
                     const QList<QRectF> &boxes, const QSizeF &viewport);

    /// The callouts of `scenes`' focused crux beside `frame`, clear of every
    /// factor shown in any column.
    static CalloutPlacement forScenes(const CompareScenes &scenes, const QRectF &frame,
                                      const QSizeF &viewport);

    /// The scene area to fit into the column: the frame and the callouts' room.
    QRectF shownRect() const;
    /// Moves the callouts beside the frame at `zoom` (the column's actual
    /// zoom after fitting shownRect()), or hides them; returns the scene area
    /// they cover (empty when hidden).
    QRectF apply(qreal zoom) const;
    bool besideFrame() const { return m_visible; }
    /// The zoom shownRect() was planned for (the frame's zoom unless clamped).
    qreal plannedZoom() const { return m_zoom; }

private:
    QList<CruxNumberItem *> m_callouts;
    QRectF m_frame;
    QRectF m_clear; ///< the frame and the boxes level with it on the callouts' side
    QSizeF m_room;  ///< the largest callout, in pixels (callouts ignore the zoom)
    bool m_right = true;
    bool m_visible = false;
    qreal m_zoom = 1; ///< the zoom the room was planned for
};

} // namespace faultline
