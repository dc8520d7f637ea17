#include "fittingview.h"

#include <algorithm>

namespace faultline {

FittingView::FittingView(QWidget *parent) : QGraphicsView(parent)
{
    setFocusPolicy(Qt::NoFocus);
    setInteractive(false);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setAlignment(Qt::AlignCenter);
}

void FittingView::setShownRect(const QRectF &rect)
{
    setShownRect(rect, {}, 0);
}

void FittingView::setShownRect(const QRectF &rect, const QRectF &core, qreal readableScale)
{
    m_rect = rect;
    m_core = core;
    m_readableScale = readableScale;
    fit();
}

QRectF FittingView::fittedRect() const
{
    return fitted(m_rect, m_core, m_readableScale, viewport()->size());
}

QRectF FittingView::fitted(const QRectF &rect, const QRectF &core, qreal readableScale,
                           const QSizeF &view)
{
    if (core.isEmpty() || readableScale <= 0 || view.isEmpty() || rect.isEmpty())
        return rect;
    if (scaleOf(rect, view) >= readableScale)
        return rect;
    // What the view shows at the readable scale, centred on the core and
    // moved back inside the rectangle where it reaches past it. (fitInView
    // keeps 2 pixels free on every side: without them the scale came out a
    // little under the readable one.)
    const QSizeF readable = (view - QSizeF(4, 4)) / readableScale;
    if (core.width() >= readable.width() || core.height() >= readable.height())
        return core;
    QRectF shown(QPointF(0, 0), readable);
    shown.moveCenter(core.center());
    // Where the rectangle is shorter than the view along an axis, the view is
    // centred on the rectangle, not on the core: a factor at the top of the
    // diagram then shows the factors below it, not empty room above.
    const auto keepInside = [](qreal start, qreal length, qreal lower, qreal upper) {
        if (upper - lower <= length)
            return (lower + upper - length) / 2;
        return std::clamp(start, lower, upper - length);
    };
    shown.moveLeft(keepInside(shown.left(), shown.width(), rect.left(), rect.right()));
    shown.moveTop(keepInside(shown.top(), shown.height(), rect.top(), rect.bottom()));
    return shown;
}

qreal FittingView::scaleOf(const QRectF &rect, const QSizeF &view)
{
    if (rect.isEmpty() || view.isEmpty())
        return 0;
    return std::min(view.width() / rect.width(), view.height() / rect.height());
}

void FittingView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void FittingView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    fit();
}

void FittingView::fit()
{
    if (m_rect.isEmpty() || !scene())
        return;
    const QRectF shown = fittedRect();
    setSceneRect(shown);
    fitInView(shown, Qt::KeepAspectRatio);
}

} // namespace faultline
