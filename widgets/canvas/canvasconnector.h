#pragma once

#include <QPointF>
#include <QString>

namespace faultline {

class CanvasController;
class CanvasScene;
class FactorItem;
class LinkPreviewItem;

/// Drawing a link interactively: the rubber line from a source factor to the
/// pointer (dragging from a connection handle) or to a chosen target, and
/// the keyboard mode where Tab and the arrow keys choose the target. The
/// link is created through the controller only when the gesture finishes.
class CanvasConnector
{
public:
    CanvasConnector(CanvasScene *scene, CanvasController *controller);
    ~CanvasConnector();
    CanvasConnector(const CanvasConnector &) = delete;
    CanvasConnector &operator=(const CanvasConnector &) = delete;

    bool isActive() const { return m_preview != nullptr; }
    /// In keyboard mode (started by begin(..., true)).
    bool isKeyboard() const { return m_keyboard; }
    QString sourceId() const { return m_sourceId; }
    QString targetId() const { return m_targetId; }

    void begin(FactorItem *source, bool keyboard);
    /// Points the rubber line at `target`, or at `scenePos` when there is none.
    void update(const QPointF &scenePos, FactorItem *target);
    /// Keyboard mode: Tab/Backtab step through the other factors in reading
    /// order, arrow keys pick the nearest one in that direction. Returns the
    /// new target, or nullptr when the key chose nothing.
    FactorItem *chooseTarget(int key, bool shift);
    /// Ends the gesture. With `commit` and a target, creates the link and
    /// returns its id (or the id of the same link that already existed).
    QString finish(bool commit);

private:
    void setTarget(FactorItem *target);

    CanvasScene *m_scene;
    CanvasController *m_controller;
    LinkPreviewItem *m_preview = nullptr;
    QString m_sourceId;
    QString m_targetId;
    bool m_keyboard = false;
};

} // namespace faultline
