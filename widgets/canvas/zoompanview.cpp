#include "zoompanview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace faultline {

namespace {
constexpr qreal kZoomStep = 1.25;
constexpr qreal kMaxFitZoom = 1.5;
} // namespace

ZoomPanView::ZoomPanView(QWidget *parent) : QGraphicsView(parent)
{
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
}

qreal ZoomPanView::zoom() const
{
    return transform().m11();
}

void ZoomPanView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const qreal current = this->zoom();
    if (qFuzzyCompare(zoom, current))
        return;
    scale(zoom / current, zoom / current);
    viewChanged();
    Q_EMIT zoomChanged(this->zoom());
}

void ZoomPanView::zoomIn()
{
    setZoom(zoom() * kZoomStep);
}
void ZoomPanView::zoomOut()
{
    setZoom(zoom() / kZoomStep);
}
void ZoomPanView::zoomReset()
{
    setZoom(1.0);
}

void ZoomPanView::zoomToRect(const QRectF &sceneRect)
{
    if (sceneRect.isEmpty()) {
        zoomReset();
        return;
    }
    const qreal before = zoom();
    fitInView(sceneRect, Qt::KeepAspectRatio);
    const qreal wanted = std::clamp(zoom(), kMinZoom, kMaxFitZoom);
    if (!qFuzzyCompare(wanted, zoom()))
        scale(wanted / zoom(), wanted / zoom());
    centerOn(sceneRect.center());
    viewChanged();
    if (!qFuzzyCompare(before, zoom()))
        Q_EMIT zoomChanged(zoom());
}

bool ZoomPanView::beginPan(QMouseEvent *event)
{
    if (event->button() != Qt::MiddleButton && !(event->button() == Qt::LeftButton && m_spaceHeld))
        return false;
    m_panning = true;
    m_panLast = event->pos();
    updateCursor();
    event->accept();
    return true;
}

void ZoomPanView::setIdleCursor(Qt::CursorShape shape, bool on)
{
    m_idleCursor = shape;
    m_idleCursorOn = on;
    updateCursor();
}

void ZoomPanView::updateCursor()
{
    if (m_panning)
        viewport()->setCursor(Qt::ClosedHandCursor);
    else if (m_spaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else if (m_idleCursorOn)
        viewport()->setCursor(m_idleCursor);
    else
        viewport()->unsetCursor();
}

void ZoomPanView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_panning) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint delta = event->pos() - m_panLast;
    m_panLast = event->pos();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
}

void ZoomPanView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_panning) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    m_panning = false;
    updateCursor();
}

void ZoomPanView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // Zoom around the pointer: the scene point under it stays under it.
    const QPoint pointer = event->position().toPoint();
    const QPointF anchor = mapToScene(pointer);
    setZoom(zoom() * std::pow(1.0015, event->angleDelta().y()));
    const QPoint drift = mapFromScene(anchor) - pointer;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + drift.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + drift.y());
    event->accept();
}

void ZoomPanView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            updateCursor();
        }
        return;
    }
    if (event->matches(QKeySequence::ZoomIn))
        zoomIn();
    else if (event->matches(QKeySequence::ZoomOut))
        zoomOut();
    else
        QGraphicsView::keyPressEvent(event);
}

void ZoomPanView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        updateCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void ZoomPanView::focusOutEvent(QFocusEvent *event)
{
    m_spaceHeld = false; // the release may go to another widget
    updateCursor();
    QGraphicsView::focusOutEvent(event);
}

void ZoomPanView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    viewChanged();
}

} // namespace faultline
