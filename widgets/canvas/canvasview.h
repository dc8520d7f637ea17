#pragma once

#include "canvascontroller.h"
#include "canvasscene.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointer>

class QMimeData;
class QPlainTextEdit;

namespace faultline {

class FactorItem;
class LabelEditor;
class LinkPreviewItem;

/// The editing canvas of one interpretation: selection, moving, connecting,
/// inline label editing, clipboard, zoom and pan. Gestures are turned into
/// undo commands only when they finish (one step each).
class CanvasView : public QGraphicsView
{
    Q_OBJECT
public:
    /// MIME types of drags from the palette (a kind id) and from the
    /// incident's factor list (a factor id), both UTF-8.
    static QString kindMimeType() { return QStringLiteral("application/x-faultline-kind"); }
    static QString factorMimeType() { return QStringLiteral("application/x-faultline-factor"); }
    static constexpr qreal kMinZoom = 0.1;
    static constexpr qreal kMaxZoom = 4.0;

    CanvasView(Document *document, const QString &interpretationId, QWidget *parent = nullptr);
    ~CanvasView() override;

    Document *document() const { return m_document; }
    QString interpretationId() const { return m_interpretationId; }
    CanvasScene *canvasScene() const { return m_scene; }
    /// Selected factors / links in the interpretation's order.
    QStringList selectedFactorIds() const;
    QStringList selectedLinkIds() const;
    /// Replaces the selection and centres on it.
    void selectElements(const QStringList &factorIds, const QStringList &linkIds);

    /// A new factor of `kindId` at `scenePos`, then the label editor opens.
    void addFactorAt(const QString &kindId, const QPointF &scenePos);
    void addFactorAtCenter(const QString &kindId);
    /// Places an existing factor of the incident (PlaceFactorCommand).
    void placeExistingFactor(const QString &factorId, const QPointF &scenePos);
    /// Click-to-place mode: the next left click on empty canvas places a
    /// factor of this kind; "" cancels.
    void setPlacementKind(const QString &kindId);
    QString placementKind() const { return m_placementKind; }
    /// Kind used by a double-click on empty canvas: the last one placed.
    QString lastUsedKind() const { return m_lastKind; }

    void deleteSelection();
    void selectAll();
    void copySelection();
    void cutSelection();
    void paste();
    void duplicateSelection();

    /// F2 / double-click: inline editor; Enter commits (one undo step), Esc cancels.
    void editSelectedLabel();
    void editLabel(const QString &factorId);
    bool isEditingLabel() const;
    /// The open inline editor, or nullptr.
    QPlainTextEdit *labelEditor() const;

    /// Keyboard connect: Tab/Shift+Tab or the arrow keys choose the target
    /// factor, Enter creates the link, Esc cancels.
    void startLinkFromSelection();
    bool isConnecting() const { return m_connecting; }
    QString connectTargetId() const { return m_linkTargetId; }
    void cancelConnecting();

    /// Selects and centres the next factor whose label contains `text`
    /// (case-insensitive), wrapping around; false when none matches.
    bool findNext(const QString &text);

    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomReset();
    void setZoom(qreal zoom);
    qreal zoom() const;

    void setSnapToGrid(bool on);
    bool snapToGrid() const { return m_snap; }

Q_SIGNALS:
    void selectionChanged();
    void zoomChanged(qreal zoom);
    void placementModeChanged(const QString &kindId);

protected:
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    enum class Gesture { None, Select, MoveFactors, DrawLink, Pan };

    FactorItem *factorAt(const QPoint &viewPos, const FactorItem *ignore = nullptr) const;
    QGraphicsItem *elementAt(const QPoint &viewPos) const;
    /// A factor whose connection handle is under `viewPos`.
    FactorItem *handleOwnerAt(const QPoint &viewPos) const;
    QPointF snapped(const QPointF &scenePos) const;
    QPointF freeSpotNear(QPointF scenePos) const;
    FactorItem *currentFactor() const;
    void selectOnly(QGraphicsItem *item);
    /// Replaces the selection; returns the selected items' scene area.
    QRectF select(const QStringList &factorIds, const QStringList &linkIds);
    void nudge(const QPointF &delta);
    void cycleSelection(bool forward);

    void beginLinkDrag(FactorItem *source, const QPointF &scenePos);
    void updateLinkPreview(const QPointF &scenePos, FactorItem *target);
    void endLinkPreview();
    void setLinkTarget(FactorItem *target);
    void connectKey(QKeyEvent *event);

    void finishMove(bool commit);
    void onLabelEditorFinished(const QString &factorId, const QString &text, bool commit);
    void updateLabelEditorGeometry();
    void updateViewportCursor();
    bool acceptsDrop(const QMimeData *data) const;

    Document *m_document;
    QString m_interpretationId;
    CanvasScene *m_scene;
    CanvasController m_controller;

    Gesture m_gesture = Gesture::None;
    QPoint m_pressViewPos;
    QPointF m_pressScenePos;
    QString m_pressedFactorId;       ///< factor under the press
    bool m_selectOnlyOnRelease = false; ///< plain click on an already selected factor
    QHash<QString, QPointF> m_dragStart; ///< factor id → position when the move began
    QPoint m_panLast;
    bool m_spaceHeld = false;

    QString m_linkSourceId;
    QString m_linkTargetId;
    bool m_connecting = false; ///< keyboard connect mode
    LinkPreviewItem *m_preview = nullptr;

    QString m_placementKind;
    QString m_lastKind;
    bool m_snap = false;
    QPointer<LabelEditor> m_labelEditor;
    QByteArray m_lastPasted;
    int m_pasteCount = 0;
};

} // namespace faultline
