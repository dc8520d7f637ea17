#include "calloutplacement.h"

#include "comparescenes.h"
#include "cruxnumberitem.h"

#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/factoritem.h"

#include <algorithm>

namespace faultline {

namespace {
/// Pixels between the frame and the callouts.
constexpr qreal kGap = 8;
/// Pixels QGraphicsView::fitInView keeps free at each edge.
constexpr qreal kFitMargin = 2;
} // namespace

CalloutPlacement::CalloutPlacement(const QList<CruxNumberItem *> &callouts, const QRectF &frame,
                                   const QList<QRectF> &boxes, const QSizeF &viewport)
    : m_callouts(callouts), m_frame(frame)
{
    for (const CruxNumberItem *callout : callouts)
        m_room = m_room.expandedTo(callout->boundingRect().size());
    if (callouts.isEmpty() || frame.isEmpty())
        return;
    // The callouts start past every box level with the frame, so they hide
    // no factor, not even faded context outside the frame.
    QRectF toRight = frame;
    QRectF toBottom = frame;
    for (const QRectF &box : boxes) {
        if (box.bottom() > frame.top() && box.top() < frame.bottom())
            toRight.setRight(std::max(toRight.right(), box.right()));
        if (box.right() > frame.left() && box.left() < frame.right())
            toBottom.setBottom(std::max(toBottom.bottom(), box.bottom()));
    }
    const qreal width = viewport.width() - 2 * kFitMargin;
    const qreal height = viewport.height() - 2 * kFitMargin;
    const qreal plain = std::min(width / frame.width(), height / frame.height());
    // The zoom that fits the frame and the boxes beside it into what a
    // callout column on the right or a callout row below leaves; a side too
    // small for a callout is no option.
    const qreal right =
        m_room.height() <= height
            ? std::min((width - m_room.width() - kGap) / toRight.width(), height / toRight.height())
            : 0;
    const qreal below = m_room.width() <= width
                            ? std::min(width / toBottom.width(),
                                       (height - m_room.height() - kGap) / toBottom.height())
                            : 0;
    m_right = right >= below;
    m_zoom = std::max(right, below);
    m_visible = m_zoom > 0 && m_zoom >= plain * kLeastFrameShare;
    m_clear = m_right ? toRight : toBottom;
}

CalloutPlacement CalloutPlacement::forScenes(const CompareScenes &scenes, const QRectF &frame,
                                             const QSizeF &viewport)
{
    QList<CruxNumberItem *> callouts;
    for (CruxNumberItem *item : scenes.cruxItems())
        if (item->isCallout())
            callouts.append(item);
    QList<QRectF> boxes;
    for (int i = 0; i < scenes.count(); ++i)
        for (const FactorItem *item : scenes.scene(i)->factorItems())
            if (item->isVisible())
                boxes.append(item->sceneBoundingRect());
    return CalloutPlacement(callouts, frame, boxes, viewport);
}

QRectF CalloutPlacement::shownRect() const
{
    if (!m_visible)
        return m_frame;
    QRectF shown = m_clear;
    if (m_right)
        shown.setRight(m_clear.right() + (m_room.width() + kGap) / m_zoom);
    else
        shown.setBottom(m_clear.bottom() + (m_room.height() + kGap) / m_zoom);
    return shown;
}

QRectF CalloutPlacement::apply(qreal zoom) const
{
    QRectF covered;
    for (CruxNumberItem *callout : m_callouts) {
        callout->setVisible(m_visible && zoom > 0);
        if (!callout->isVisible())
            continue;
        const QPointF at = m_right ? QPointF(m_clear.right() + kGap / zoom, m_frame.top())
                                   : QPointF(m_frame.left(), m_clear.bottom() + kGap / zoom);
        callout->setPos(at);
        const QRectF box = callout->boundingRect();
        covered |= QRectF(at + box.topLeft() / zoom, box.size() / zoom);
    }
    return covered;
}

} // namespace faultline
