#pragma once

#include "widgets/canvas/zoompanview.h"

namespace faultline {

/// One column of the compare view: a read-only view of a compare scene.
/// Zoom and pan work as on the canvas (and a plain left drag pans, since
/// nothing here can be moved); selecting, moving and editing do not.
class CompareColumnView : public ZoomPanView
{
    Q_OBJECT
public:
    explicit CompareColumnView(QWidget *parent = nullptr);

    /// The column chrome in the canvas's colours, so the columns match the
    /// editor in a light and in a dark palette alike.
    static QString chromeStyle(const QPalette &palette);
    /// The hairline between columns: the column area's own background shows through.
    static QColor separatorColor(const QPalette &palette);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
};

} // namespace faultline
