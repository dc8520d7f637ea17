#include "comparecolumnview.h"

#include <QMouseEvent>

namespace faultline {

CompareColumnView::CompareColumnView(QWidget *parent) : ZoomPanView(parent)
{
    // Not interactive: the scene gets no mouse or key events, so its items
    // can be neither selected nor moved nor edited.
    setInteractive(false);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
}

void CompareColumnView::mousePressEvent(QMouseEvent *event)
{
    if (beginPan(event))
        return;
    ZoomPanView::mousePressEvent(event);
}

void CompareColumnView::mouseDoubleClickEvent(QMouseEvent *event)
{
    event->accept(); // nothing to edit
}

} // namespace faultline
