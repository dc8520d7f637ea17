#pragma once

#include "canvasconnector.h"
#include "canvascontroller.h"
#include "canvasgestures.h"
#include "canvasscene.h"
#include "zoompanview.h"

#include <QHash>
#include <QPointer>

class QMimeData;
class QPlainTextEdit;

namespace faultline {

class FactorItem;
class LabelEditor;

/// The editing canvas of one interpretation: selection, moving, connecting,
/// inline label editing, clipboard, zoom and pan. Gestures are turned into
/// undo commands only when they finish (one step each). Zoom (zoomIn,
/// zoomOut, zoomReset, setZoom, zoom, zoomChanged) and panning come from ZoomPanView.
class CanvasView : public ZoomPanView
{
    Q_OBJECT
public:
    /// MIME types of drags from the palette (a kind id) and from the
    /// incident's factor list (a factor id), both UTF-8.
    static QString kindMimeType() { return QStringLiteral("application/x-faultline-kind"); }
    static QString factorMimeType() { return QStringLiteral("application/x-faultline-factor"); }

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
    /// Near `centre`, the first spot where a new factor overlaps no other.
    QPointF cascadeSpot(QPointF centre) const;
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
    bool isConnecting() const { return m_connector.isKeyboard(); }
    QString connectTargetId() const { return m_connector.targetId(); }
    void cancelConnecting();

    /// Selects and centres the next factor whose label contains `text`
    /// (case-insensitive), wrapping around; false when none matches.
    bool findNext(const QString &text);

    /// Shows the whole diagram (at most 150 %).
    void zoomToFit();
    /// Fit the diagram when the view is first shown and on resizes (also
    /// after the document is replaced) until the user zooms: the editor's
    /// tabs open fitted, each keeping its own zoom from then on.
    void setFitWhenShown(bool on) { m_fitWhenShown = on; }

    void setSnapToGrid(bool on);
    bool snapToGrid() const { return m_controller.snapToGrid(); }

Q_SIGNALS:
    void selectionChanged();
    void placementModeChanged(const QString &kindId);

protected:
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void viewChanged() override;

private:
    void fitIfUntouched();
    void nudge(const QPointF &delta);
    void cycleSelection(bool forward);

    void connectKey(QKeyEvent *event);

    void onLabelEditorFinished(const QString &factorId, const QString &text, bool commit);
    void updateLabelEditorGeometry();
    bool acceptsDrop(const QMimeData *data) const;

    Document *m_document;
    QString m_interpretationId;
    CanvasScene *m_scene;
    CanvasController m_controller;

    CanvasConnector m_connector;
    CanvasGestures m_gestures; ///< mouse press-to-release gestures

    QString m_placementKind;
    bool m_fitWhenShown = false; ///< see setFitWhenShown()
    bool m_autoFit = true;       ///< fit on show and resize until the user zooms
    bool m_fitting = false;      ///< inside fitIfUntouched()
    QString m_lastKind;
    QPointer<LabelEditor> m_labelEditor;
    QByteArray m_lastPasted;
    int m_pasteCount = 0;
};

} // namespace faultline
