#pragma once

#include <QGraphicsView>

namespace faultline {

/// A graphics view with the canvas's navigation: zoom steps, Ctrl+wheel zoom
/// around the pointer, fit to a rectangle, and panning by middle-drag or
/// Space+left-drag. Shared by the editing canvas and read-only views (compare
/// columns) so they navigate alike.
class ZoomPanView : public QGraphicsView
{
    Q_OBJECT
public:
    static constexpr qreal kMinZoom = 0.1;
    static constexpr qreal kMaxZoom = 4.0;

    explicit ZoomPanView(QWidget *parent = nullptr);

    qreal zoom() const;
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void zoomReset();
    /// Shows all of `sceneRect`, never enlarging beyond 150 % (a small diagram
    /// is not blown up to poster size); an empty rectangle resets the zoom.
    void zoomToRect(const QRectF &sceneRect);
    bool isPanning() const { return m_panning; }

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    /// Starts panning on a middle press or a left press while Space is held;
    /// true when it did (the caller then ignores the press).
    bool beginPan(QMouseEvent *event);
    /// Cursor of the viewport when not panning (e.g. a cross while placing).
    void setIdleCursor(Qt::CursorShape shape, bool on);
    /// Called after the zoom or scroll position changed, for overlays.
    virtual void viewChanged() {}

    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void updateCursor();

    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_panLast;
    bool m_idleCursorOn = false;
    Qt::CursorShape m_idleCursor = Qt::ArrowCursor;
};

} // namespace faultline
