#include "comparecolumnview.h"

#include "widgets/canvas/canvaspalette.h"
#include "widgets/canvas/canvasstyle.h"

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

QString CompareColumnView::chromeStyle(const QPalette &palette)
{
    const canvasstyle::CanvasColors colors = CanvasPalette::colorsFor(palette);
    const bool dark = CanvasPalette::isDark(palette);
    const QColor headerBar = dark ? colors.background.lighter(125) : QColor(Qt::white);
    return QStringLiteral("QWidget#compareColumn { background: %1; }"
                          "QLabel#columnHeader { font-weight: 600; font-size: 11pt; color: %2; }"
                          "QLabel#columnStats { color: %3; }"
                          "QWidget#columnHeaderBar { background: %4;"
                          " border-bottom: 1px solid %5; }")
        .arg(colors.background.name(), colors.text.name(), colors.mutedText.name(),
             headerBar.name(), colors.gridMajor.name());
}

QColor CompareColumnView::separatorColor(const QPalette &palette)
{
    return CanvasPalette::isDark(palette) ? QColor(0x4a, 0x4f, 0x57) : QColor(0xd5, 0xd8, 0xdd);
}
} // namespace faultline
