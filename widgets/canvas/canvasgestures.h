#pragma once

#include <QHash>
#include <QPoint>
#include <QPointF>
#include <QString>

class QGraphicsItem;
class QMouseEvent;

namespace faultline {

class CanvasConnector;
class CanvasController;
class CanvasScene;
class CanvasView;
class FactorItem;

/// The mouse gestures of the editing canvas, from press to release: select
/// (a plain click inside a multi-selection picks that one), move the selected
/// factors (items move on screen only; the model changes once, on release,
/// as one undo step), draw a link from a factor's handle, and click-to-place.
/// CanvasView forwards its mouse events here; what a gesture leaves alone
/// goes back to the view (rubber band, context menus, panning).
class CanvasGestures
{
public:
    CanvasGestures(CanvasView *view, CanvasScene *scene, CanvasController *controller,
                   CanvasConnector *connector);

    /// What the view does with a press after press().
    enum class PressResult
    {
        Handled,    ///< a gesture took it
        ToView,     ///< QGraphicsView's own handling (a right click, for instance)
        RubberBand, ///< QGraphicsView's rubber band, Ctrl added when the press toggles
    };
    PressResult press(QMouseEvent *event);
    /// False when no gesture is under way and the view should handle the move.
    bool move(QMouseEvent *event);
    /// False when no gesture was under way and the view should handle the release.
    bool release(QMouseEvent *event);

    /// Esc: a move puts the factors back, a link being drawn is dropped.
    /// False when no gesture was under way.
    bool cancel();
    /// Forgets the gesture without touching items (they were all rebuilt).
    void reset() { m_gesture = Gesture::None; }
    /// The link being drawn lost its source or target (an undo took it away).
    void linkEndRemoved();
    bool isIdle() const { return m_gesture == Gesture::None; }

    /// The factor under `viewPos` (not `ignore`), the element (factor or
    /// link) under it, and a factor whose connection handle is under it.
    FactorItem *factorAt(const QPoint &viewPos, const FactorItem *ignore = nullptr) const;
    QGraphicsItem *elementAt(const QPoint &viewPos) const;
    FactorItem *handleOwnerAt(const QPoint &viewPos) const;

private:
    enum class Gesture
    {
        None,
        Select,
        MoveFactors,
        DrawLink
    };

    void finishMove(bool commit);

    CanvasView *m_view;
    CanvasScene *m_scene;
    CanvasController *m_controller;
    CanvasConnector *m_connector;

    Gesture m_gesture = Gesture::None;
    QPoint m_pressViewPos;
    QPointF m_pressScenePos;
    QString m_pressedFactorId;           ///< factor under the press
    bool m_selectOnlyOnRelease = false;  ///< plain click on an already selected factor
    QHash<QString, QPointF> m_dragStart; ///< factor id → position when the move began
};

} // namespace faultline
