#include "canvasview.h"

#include "canvasaccessible.h"
#include "canvasclipboard.h"
#include "canvasnavigator.h"
#include "canvasstyle.h"
#include "factoritem.h"
#include "labeleditor.h"
#include "linkitem.h"
#include "model/kindstyle.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>

#include <algorithm>

namespace faultline {

namespace {
const QPointF kCopyOffset(canvasstyle::kGridStep, canvasstyle::kGridStep);

} // namespace

CanvasView::CanvasView(Document *document, const QString &interpretationId, QWidget *parent)
    : ZoomPanView(parent), m_document(document), m_interpretationId(interpretationId),
      m_scene(new CanvasScene(document, interpretationId, this)),
      m_controller(document, interpretationId), m_connector(m_scene, &m_controller),
      m_gestures(this, m_scene, &m_controller, &m_connector)
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &CanvasView::selectionChanged);
    new CanvasAccessible(this); // a screen reader announces the factor or link reached
    connect(m_scene, &CanvasScene::rebuilt, this, [this] {
        // Every item was recreated: gestures that named old items end here.
        m_connector.finish(false);
        m_gestures.reset();
        if (m_labelEditor)
            m_labelEditor->finish(false);
        m_autoFit = true; // another document (or a reload): open it fitted again
        fitIfUntouched();
    });
    // The tab keeps the zoom the user chose; until then it follows its size.
    connect(this, &ZoomPanView::zoomChanged, this, [this] {
        if (!m_fitting)
            m_autoFit = false;
    });
    connect(document, &Document::placementRemoved, this,
            [this](const QString &interp, const QString &factorId) {
                // Undo can take away the factor being edited or connected.
                if (interp != m_interpretationId)
                    return;
                if (m_labelEditor && m_labelEditor->factorId() == factorId)
                    m_labelEditor->finish(false);
                if (m_connector.isActive() &&
                    (factorId == m_connector.sourceId() || factorId == m_connector.targetId())) {
                    m_connector.finish(false);
                    m_gestures.linkEndRemoved();
                }
            });
    if (const Interpretation *interp = m_scene->interpretation();
        interp && !interp->placements.isEmpty())
        centerOn(m_scene->diagramRect().center());
    else
        centerOn(0, 0);
}

CanvasView::~CanvasView()
{
    // ~QWidget deletes the child scene after this object has stopped being a
    // CanvasView; the scene's item removals must not reach our slots then
    // (UBSan: downcast of an object that is no longer a CanvasView).
    m_scene->disconnect(this);
    if (m_labelEditor)
        m_labelEditor->disconnect(this);
}

// ---------------------------------------------------------------- queries

QStringList CanvasView::selectedFactorIds() const
{
    return m_scene->selectedFactorIds();
}
QStringList CanvasView::selectedLinkIds() const
{
    return m_scene->selectedLinkIds();
}
QPlainTextEdit *CanvasView::labelEditor() const
{
    return m_labelEditor;
}

bool CanvasView::isEditingLabel() const
{
    return m_labelEditor != nullptr;
}

// ---------------------------------------------------------------- editing API

void CanvasView::selectElements(const QStringList &factorIds, const QStringList &linkIds)
{
    const QRectF area = m_scene->selectElements(factorIds, linkIds);
    if (!area.isNull())
        centerOn(area.center());
}

void CanvasView::addFactorAt(const QString &kindId, const QPointF &scenePos)
{
    const QString id = m_controller.addFactor(kindId, m_controller.snapped(scenePos));
    if (id.isEmpty())
        return;
    m_lastKind = kindId;
    m_scene->selectOnly(m_scene->factorItem(id));
    editLabel(id);
}

void CanvasView::addFactorAtCenter(const QString &kindId)
{
    addFactorAt(kindId, cascadeSpot(m_controller.snapped(mapToScene(viewport()->rect().center()))));
}

QPointF CanvasView::cascadeSpot(QPointF centre) const
{
    // A new factor is about this big before its label grows it. Candidates go
    // down from the centre, then a column to the right, so factors added one
    // after another from the palette or Ctrl+1…7 line up instead of stacking.
    const QSizeF size(canvasstyle::kMaxLabelWidth + 2 * canvasstyle::kGridStep,
                      3 * canvasstyle::kGridStep);
    const qreal gap = canvasstyle::kGridStep;
    QList<QRectF> taken;
    for (const FactorItem *item : m_scene->factorItems())
        taken.append(item->sceneBoundingRect().adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2));
    constexpr int kRows = 5;
    for (int i = 0; i < 60; ++i) {
        const QPointF candidate = centre + QPointF((i / kRows) * (size.width() + gap),
                                                   (i % kRows) * (size.height() + gap));
        QRectF rect(QPointF(), size);
        rect.moveCenter(candidate);
        if (std::none_of(taken.cbegin(), taken.cend(),
                         [&rect](const QRectF &other) { return other.intersects(rect); }))
            return candidate;
    }
    return m_controller.freeSpotNear(centre);
}

void CanvasView::placeExistingFactor(const QString &factorId, const QPointF &scenePos)
{
    if (m_controller.placeFactor(factorId, m_controller.snapped(scenePos)))
        m_scene->selectOnly(m_scene->factorItem(factorId));
}

void CanvasView::setPlacementKind(const QString &kindId)
{
    if (kindId == m_placementKind)
        return;
    m_placementKind = kindId;
    setIdleCursor(Qt::CrossCursor, !kindId.isEmpty());
    Q_EMIT placementModeChanged(kindId);
}

void CanvasView::deleteSelection()
{
    m_controller.deleteElements(selectedFactorIds(), selectedLinkIds());
}

void CanvasView::selectAll()
{
    m_scene->selectAllElements();
}

void CanvasView::copySelection()
{
    const QStringList ids = selectedFactorIds();
    if (ids.isEmpty())
        return;
    const Incident fragment =
        CanvasClipboard::fragment(m_document->incident(), m_interpretationId, ids);
    QApplication::clipboard()->setMimeData(CanvasClipboard::toMimeData(fragment));
}

void CanvasView::cutSelection()
{
    copySelection();
    m_controller.deleteElements(selectedFactorIds(), selectedLinkIds(), tr("Cut"));
}

void CanvasView::paste()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    const std::optional<Incident> fragment = CanvasClipboard::fromMimeData(data);
    if (!fragment)
        return;
    // Pasting the same thing again steps further away each time.
    const QByteArray bytes = data->data(CanvasClipboard::mimeType());
    m_pasteCount = bytes == m_lastPasted ? m_pasteCount + 1 : 1;
    m_lastPasted = bytes;
    const auto result = CanvasClipboard::paste(m_document, m_interpretationId, *fragment, false,
                                               kCopyOffset * m_pasteCount, tr("Paste"));
    if (!result.factorIds.isEmpty())
        ensureVisible(m_scene->selectElements(result.factorIds, result.linkIds), 20, 20);
}

void CanvasView::duplicateSelection()
{
    const QStringList ids = selectedFactorIds();
    if (ids.isEmpty())
        return;
    const Incident fragment =
        CanvasClipboard::fragment(m_document->incident(), m_interpretationId, ids);
    const auto result = CanvasClipboard::paste(m_document, m_interpretationId, fragment, true,
                                               kCopyOffset, tr("Duplicate"));
    ensureVisible(m_scene->selectElements(result.factorIds, result.linkIds), 20, 20);
}

bool CanvasView::findNext(const QString &text)
{
    FactorItem *match =
        CanvasNavigator::nextMatch(m_scene->factorItems(), m_scene->currentFactor(), text);
    if (!match)
        return false;
    selectElements({match->factorId()}, {});
    m_scene->setFocusItem(match);
    return true;
}

// ---------------------------------------------------------------- view

void CanvasView::fitIfUntouched()
{
    // A tab opened behind another has no real size until it is first shown:
    // it is fitted then, and again on resizes until the user zooms.
    if (!m_fitWhenShown || !m_autoFit || !isVisible() || viewport()->width() < 40 ||
        viewport()->height() < 40)
        return;
    m_fitting = true;
    zoomToFit();
    m_fitting = false;
}

void CanvasView::zoomToFit()
{
    zoomToRect(m_scene->diagramRect().adjusted(-30, -30, 30, 30));
}

void CanvasView::setSnapToGrid(bool on)
{
    m_controller.setSnapToGrid(on);
}

void CanvasView::viewChanged()
{
    updateLabelEditorGeometry();
}

// ---------------------------------------------------------------- label editing

void CanvasView::editSelectedLabel()
{
    if (FactorItem *item = m_scene->currentFactor())
        editLabel(item->factorId());
}

void CanvasView::editLabel(const QString &factorId)
{
    FactorItem *item = m_scene->factorItem(factorId);
    if (!item)
        return;
    if (m_labelEditor)
        m_labelEditor->finish(true);
    cancelConnecting();
    ensureVisible(item, 20, 20);
    auto *editor = new LabelEditor(factorId, item->labelText(), viewport());
    m_labelEditor = editor;
    connect(editor, &LabelEditor::finished, this, &CanvasView::onLabelEditorFinished);
    connect(editor, &QPlainTextEdit::textChanged, this, &CanvasView::updateLabelEditorGeometry);
    item->setEditing(true);
    updateLabelEditorGeometry();
    editor->show();
    editor->setFocus(Qt::OtherFocusReason);
}

void CanvasView::updateLabelEditorGeometry()
{
    if (!m_labelEditor)
        return;
    if (FactorItem *item = m_scene->factorItem(m_labelEditor->factorId()))
        m_labelEditor->placeOver(this, item);
    else // the factor went away (undo, reset) under the editor
        m_labelEditor->finish(false);
}

void CanvasView::onLabelEditorFinished(const QString &factorId, const QString &text, bool commit)
{
    LabelEditor *editor = m_labelEditor;
    const bool hadFocus = editor && editor->hasFocus();
    m_labelEditor = nullptr;
    if (editor) {
        editor->hide();
        editor->deleteLater();
    }
    if (FactorItem *item = m_scene->factorItem(factorId))
        item->setEditing(false);
    QString label = text;
    while (!label.isEmpty() && label.back().isSpace()) // a stray trailing line break is never meant
        label.chop(1);
    if (commit && !label.trimmed().isEmpty())
        m_controller.renameFactor(factorId, label);
    if (hadFocus)
        setFocus(Qt::OtherFocusReason);
}

// ---------------------------------------------------------------- connecting

void CanvasView::startLinkFromSelection()
{
    FactorItem *source = m_scene->currentFactor();
    if (!source)
        return;
    if (m_labelEditor)
        m_labelEditor->finish(true);
    m_connector.begin(source, true);
    setFocus(Qt::OtherFocusReason);
}

void CanvasView::cancelConnecting()
{
    if (m_connector.isKeyboard())
        m_connector.finish(false);
}

void CanvasView::connectKey(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (const QString linkId = m_connector.finish(true); !linkId.isEmpty())
            m_scene->selectElements({}, {linkId});
        return;
    case Qt::Key_Escape:
        m_connector.finish(false);
        return;
    default: // other keys than Tab and arrows choose nothing
        if (FactorItem *target =
                m_connector.chooseTarget(event->key(), event->modifiers() & Qt::ShiftModifier))
            ensureVisible(target, 30, 30);
    }
}

// ---------------------------------------------------------------- mouse

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    cancelConnecting();
    if (beginPan(event))
        return;
    switch (m_gestures.press(event)) {
    case CanvasGestures::PressResult::Handled:
        return;
    case CanvasGestures::PressResult::ToView:
        QGraphicsView::mousePressEvent(event);
        return;
    case CanvasGestures::PressResult::RubberBand: {
        // Shift extends the selection like Ctrl.
        const bool toggle = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
        QMouseEvent mapped(event->type(), event->position(), event->scenePosition(),
                           event->globalPosition(), event->button(), event->buttons(),
                           toggle ? (event->modifiers() | Qt::ControlModifier)
                                  : event->modifiers());
        QGraphicsView::mousePressEvent(&mapped);
        return;
    }
    }
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_gestures.move(event))
        ZoomPanView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_gestures.release(event))
        ZoomPanView::mouseReleaseEvent(event);
}

void CanvasView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    event->accept();
    QGraphicsItem *item = m_gestures.elementAt(event->pos());
    if (item && item->type() == FactorItem::Type) {
        m_scene->selectOnly(item);
        editLabel(FactorItem::factorIdOf(item));
    } else if (!item && !m_lastKind.isEmpty()) {
        addFactorAt(m_lastKind, mapToScene(event->pos()));
    }
}

// ---------------------------------------------------------------- keyboard

bool CanvasView::event(QEvent *event)
{
    if (event->type() == QEvent::Show || event->type() == QEvent::Resize) {
        const bool handled = ZoomPanView::event(event);
        fitIfUntouched();
        return handled;
    }
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool plain =
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        const bool tab = plain && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab);
        const bool connectKey =
            plain &&
            (tab || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter ||
             key->key() == Qt::Key_Escape || key->key() == Qt::Key_Left ||
             key->key() == Qt::Key_Right || key->key() == Qt::Key_Up || key->key() == Qt::Key_Down);
        // Tab walks through the factors instead of leaving the canvas, and
        // while choosing a link target its keys belong to the canvas even if
        // a window action uses them as shortcuts.
        const bool ours =
            (m_connector.isKeyboard() && connectKey) || (tab && !m_scene->factorItems().isEmpty());
        if (ours && event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        if (ours && tab) { // QWidget::event would move the focus instead
            keyPressEvent(key);
            return true;
        }
    }
    return ZoomPanView::event(event);
}

void CanvasView::nudge(const QPointF &delta)
{
    QHash<QString, QPointF> positions;
    for (FactorItem *item : m_scene->factorItems())
        if (item->isSelected())
            positions.insert(item->factorId(), item->pos() + delta);
    m_controller.moveFactors(positions); // consecutive nudges merge into one step
}

void CanvasView::cycleSelection(bool forward)
{
    const QList<FactorItem *> ordered = CanvasNavigator::readingOrder(m_scene->factorItems());
    if (FactorItem *next = CanvasNavigator::neighbour(ordered, m_scene->currentFactor(), forward)) {
        m_scene->selectOnly(next);
        ensureVisible(next, 30, 30);
    }
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (m_connector.isKeyboard()) {
        connectKey(event);
        event->accept();
        return;
    }
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool hasFactors = !selectedFactorIds().isEmpty();
    const qreal step = shift ? 1 : canvasstyle::kGridStep;
    switch (event->key()) {
    case Qt::Key_Escape:
        // Esc undoes the gesture under way, else leaves placing, else deselects.
        if (!m_gestures.cancel()) {
            if (!m_placementKind.isEmpty())
                setPlacementKind(QString());
            else
                m_scene->selectOnly(nullptr);
        }
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelection();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!hasFactors || !m_gestures.isIdle())
            break; // no selection: the arrows scroll
        nudge(event->key() == Qt::Key_Left    ? QPointF(-step, 0)
              : event->key() == Qt::Key_Right ? QPointF(step, 0)
              : event->key() == Qt::Key_Up    ? QPointF(0, -step)
                                              : QPointF(0, step));
        return;
    case Qt::Key_F2:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        editSelectedLabel();
        return;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        cycleSelection(event->key() == Qt::Key_Tab && !shift);
        return;
    default:
        break;
    }
    // Fallbacks for when no window action owns these shortcuts.
    if (event->matches(QKeySequence::Copy))
        copySelection();
    else if (event->matches(QKeySequence::Cut))
        cutSelection();
    else if (event->matches(QKeySequence::Paste))
        paste();
    else if (event->matches(QKeySequence::SelectAll))
        selectAll();
    else if (event->key() == Qt::Key_D && event->modifiers() == Qt::ControlModifier)
        duplicateSelection();
    else
        ZoomPanView::keyPressEvent(event); // Space for panning, zoom keys
}

// ---------------------------------------------------------------- drag and drop

bool CanvasView::acceptsDrop(const QMimeData *data) const
{
    if (data->hasFormat(kindMimeType()))
        return m_controller.canAddKind(QString::fromUtf8(data->data(kindMimeType())));
    return data->hasFormat(factorMimeType()) &&
           m_controller.canPlace(QString::fromUtf8(data->data(factorMimeType())));
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    dragMoveEvent(event);
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    if (acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void CanvasView::dropEvent(QDropEvent *event)
{
    const QMimeData *data = event->mimeData();
    if (!acceptsDrop(data)) {
        event->ignore();
        return;
    }
    const QPointF scenePos = mapToScene(event->position().toPoint());
    event->acceptProposedAction();
    if (data->hasFormat(kindMimeType()))
        addFactorAt(QString::fromUtf8(data->data(kindMimeType())), scenePos);
    else
        placeExistingFactor(QString::fromUtf8(data->data(factorMimeType())), scenePos);
}

} // namespace faultline
