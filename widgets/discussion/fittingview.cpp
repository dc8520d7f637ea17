#include "fittingview.h"

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
    m_rect = rect;
    fit();
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
    setSceneRect(m_rect);
    fitInView(m_rect, Qt::KeepAspectRatio);
}

} // namespace faultline
