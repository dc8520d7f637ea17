#include "canvasview.h"

#include "canvasclipboard.h"
#include "canvasnavigator.h"
#include "canvasstyle.h"
#include "factoritem.h"
#include "labeleditor.h"
#include "linkitem.h"
#include "linkpreviewitem.h"
#include "model/kindstyle.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>

#include <cmath>

namespace faultline {

namespace {
constexpr qreal kZoomStep = 1.25;
const QPointF kCopyOffset(20, 20);

bool isElement(const QGraphicsItem *item)
{
    return item && (item->type() == FactorItem::Type || item->type() == LinkItem::Type);
}

QString factorIdOf(const QGraphicsItem *item)
{
    return item && item->type() == FactorItem::Type ? static_cast<const FactorItem *>(item)->factorId() : QString();
}
} // namespace

CanvasView::CanvasView(Document *document, const QString &interpretationId, QWidget *parent)
    : QGraphicsView(parent), m_document(document), m_interpretationId(interpretationId),
      m_scene(new CanvasScene(document, interpretationId, this)), m_controller(document, interpretationId)
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &CanvasView::selectionChanged);
    connect(m_scene, &CanvasScene::rebuilt, this, [this] {
        // Every item was recreated: gestures that named old items end here.
        endLinkPreview();
        m_connecting = false;
        m_gesture = Gesture::None;
        if (m_labelEditor)
            m_labelEditor->finish(false);
    });
    connect(document, &Document::placementRemoved, this, [this](const QString &interp, const QString &factorId) {
        // Undo can take away the factor being edited or connected.
        if (interp != m_interpretationId)
            return;
        if (m_labelEditor && m_labelEditor->factorId() == factorId)
            m_labelEditor->finish(false);
        if (m_connecting && (factorId == m_linkSourceId || factorId == m_linkTargetId))
            cancelConnecting();
    });
    if (const Interpretation *interp = m_scene->interpretation(); interp && !interp->placements.isEmpty())
        centerOn(m_scene->diagramRect().center());
    else
        centerOn(0, 0);
}

CanvasView::~CanvasView()
{
    if (m_labelEditor)
        m_labelEditor->disconnect(this);
}

// ---------------------------------------------------------------- queries

QStringList CanvasView::selectedFactorIds() const
{
    QStringList ids;
    for (FactorItem *item : m_scene->factorItems())
        if (item->isSelected())
            ids.append(item->factorId());
    return ids;
}

QStringList CanvasView::selectedLinkIds() const
{
    QStringList ids;
    for (LinkItem *item : m_scene->linkItems())
        if (item->isSelected())
            ids.append(item->linkId());
    return ids;
}

QPlainTextEdit *CanvasView::labelEditor() const { return m_labelEditor; }

bool CanvasView::isEditingLabel() const { return m_labelEditor != nullptr; }

qreal CanvasView::zoom() const { return transform().m11(); }

FactorItem *CanvasView::factorAt(const QPoint &viewPos, const FactorItem *ignore) const
{
    const QList<QGraphicsItem *> under = items(viewPos);
    for (QGraphicsItem *item : under)
        if (item->type() == FactorItem::Type && item != ignore)
            return static_cast<FactorItem *>(item);
    return nullptr;
}

QGraphicsItem *CanvasView::elementAt(const QPoint &viewPos) const
{
    const QList<QGraphicsItem *> under = items(viewPos);
    for (QGraphicsItem *item : under)
        if (isElement(item))
            return item;
    return nullptr;
}

FactorItem *CanvasView::handleOwnerAt(const QPoint &viewPos) const
{
    const QList<QGraphicsItem *> near = items(QRect(viewPos - QPoint(10, 10), QSize(21, 21)));
    const QPointF scenePos = mapToScene(viewPos);
    for (QGraphicsItem *item : near)
        if (item->type() == FactorItem::Type) {
            auto *factor = static_cast<FactorItem *>(item);
            if (factor->handleAt(factor->mapFromScene(scenePos)) != FactorItem::NoHandle)
                return factor;
        }
    return nullptr;
}

QPointF CanvasView::snapped(const QPointF &scenePos) const
{
    if (!m_snap)
        return scenePos;
    const qreal step = canvasstyle::kGridStep;
    return {std::round(scenePos.x() / step) * step, std::round(scenePos.y() / step) * step};
}

QPointF CanvasView::freeSpotNear(QPointF scenePos) const
{
    // Repeated "add at centre" should not stack boxes exactly on top of each other.
    for (int i = 0; i < 30; ++i) {
        bool taken = false;
        for (FactorItem *item : m_scene->factorItems())
            taken = taken || QLineF(item->pos(), scenePos).length() < 10;
        if (!taken)
            break;
        scenePos += kCopyOffset;
    }
    return scenePos;
}

FactorItem *CanvasView::currentFactor() const
{
    if (m_scene->focusItem() && m_scene->focusItem()->type() == FactorItem::Type
        && m_scene->focusItem()->isSelected())
        return static_cast<FactorItem *>(m_scene->focusItem());
    const QStringList selected = selectedFactorIds();
    return selected.isEmpty() ? nullptr : m_scene->factorItem(selected.first());
}

void CanvasView::selectOnly(QGraphicsItem *item)
{
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    for (QGraphicsItem *other : selected)
        if (other != item)
            other->setSelected(false);
    if (item) {
        item->setSelected(true);
        if (item->type() == FactorItem::Type)
            m_scene->setFocusItem(item);
    }
}

// ---------------------------------------------------------------- editing API

void CanvasView::selectElements(const QStringList &factorIds, const QStringList &linkIds)
{
    const QRectF area = select(factorIds, linkIds);
    if (!area.isNull())
        centerOn(area.center());
}

QRectF CanvasView::select(const QStringList &factorIds, const QStringList &linkIds)
{
    selectOnly(nullptr);
    QRectF area;
    for (const QString &id : factorIds)
        if (FactorItem *item = m_scene->factorItem(id)) {
            item->setSelected(true);
            area |= item->sceneBoundingRect();
        }
    for (const QString &id : linkIds)
        if (LinkItem *item = m_scene->linkItem(id); item && item->isVisible()) {
            item->setSelected(true);
            area |= item->sceneBoundingRect();
        }
    return area;
}

void CanvasView::addFactorAt(const QString &kindId, const QPointF &scenePos)
{
    const QString id = m_controller.addFactor(kindId, snapped(scenePos));
    if (id.isEmpty())
        return;
    m_lastKind = kindId;
    selectOnly(m_scene->factorItem(id));
    editLabel(id);
}

void CanvasView::addFactorAtCenter(const QString &kindId)
{
    addFactorAt(kindId, freeSpotNear(snapped(mapToScene(viewport()->rect().center()))));
}

void CanvasView::placeExistingFactor(const QString &factorId, const QPointF &scenePos)
{
    if (m_controller.placeFactor(factorId, snapped(scenePos)))
        selectOnly(m_scene->factorItem(factorId));
}

void CanvasView::setPlacementKind(const QString &kindId)
{
    if (kindId == m_placementKind)
        return;
    m_placementKind = kindId;
    updateViewportCursor();
    Q_EMIT placementModeChanged(kindId);
}

void CanvasView::deleteSelection()
{
    m_controller.deleteElements(selectedFactorIds(), selectedLinkIds());
}

void CanvasView::selectAll()
{
    for (FactorItem *item : m_scene->factorItems())
        item->setSelected(true);
    for (LinkItem *item : m_scene->linkItems())
        if (item->isVisible())
            item->setSelected(true);
}

void CanvasView::copySelection()
{
    const QStringList ids = selectedFactorIds();
    if (ids.isEmpty())
        return;
    const Incident fragment = CanvasClipboard::fragment(m_document->incident(), m_interpretationId, ids);
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
        ensureVisible(select(result.factorIds, result.linkIds), 20, 20);
}

void CanvasView::duplicateSelection()
{
    const QStringList ids = selectedFactorIds();
    if (ids.isEmpty())
        return;
    const Incident fragment = CanvasClipboard::fragment(m_document->incident(), m_interpretationId, ids);
    const auto result =
        CanvasClipboard::paste(m_document, m_interpretationId, fragment, true, kCopyOffset, tr("Duplicate"));
    ensureVisible(select(result.factorIds, result.linkIds), 20, 20);
}

bool CanvasView::findNext(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QList<FactorItem *> ordered = CanvasNavigator::readingOrder(m_scene->factorItems());
    FactorItem *current = currentFactor();
    FactorItem *candidate = current;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        candidate = CanvasNavigator::neighbour(ordered, candidate, true);
        if (candidate->labelText().contains(text, Qt::CaseInsensitive)) {
            selectElements({candidate->factorId()}, {});
            m_scene->setFocusItem(candidate);
            return true;
        }
    }
    return false;
}

// ---------------------------------------------------------------- zoom

void CanvasView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const qreal current = this->zoom();
    if (qFuzzyCompare(zoom, current))
        return;
    scale(zoom / current, zoom / current);
    updateLabelEditorGeometry();
    Q_EMIT zoomChanged(this->zoom());
}

void CanvasView::zoomIn() { setZoom(zoom() * kZoomStep); }
void CanvasView::zoomOut() { setZoom(zoom() / kZoomStep); }
void CanvasView::zoomReset() { setZoom(1.0); }

void CanvasView::zoomToFit()
{
    const QRectF area = m_scene->diagramRect();
    if (area.isEmpty()) {
        zoomReset();
        centerOn(0, 0);
        return;
    }
    const qreal before = zoom();
    fitInView(area.adjusted(-30, -30, 30, 30), Qt::KeepAspectRatio);
    // A small diagram should not be blown up to poster size.
    if (zoom() > 1.5 || zoom() < kMinZoom) {
        const qreal wanted = std::clamp(zoom(), kMinZoom, 1.5);
        scale(wanted / zoom(), wanted / zoom());
    }
    centerOn(area.center());
    updateLabelEditorGeometry();
    if (!qFuzzyCompare(before, zoom()))
        Q_EMIT zoomChanged(zoom());
}

void CanvasView::setSnapToGrid(bool on) { m_snap = on; }

void CanvasView::wheelEvent(QWheelEvent *event)
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

void CanvasView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    updateLabelEditorGeometry();
}

// ---------------------------------------------------------------- label editing

void CanvasView::editSelectedLabel()
{
    if (FactorItem *item = currentFactor())
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
    FactorItem *item = m_scene->factorItem(m_labelEditor->factorId());
    if (!item) { // the factor went away (undo, reset) under the editor
        m_labelEditor->finish(false);
        return;
    }
    QFont font = canvasstyle::labelFont(m_scene->font());
    font.setPixelSize(std::max(6, int(std::lround(13 * zoom()))));
    m_labelEditor->setFont(font);
    const QRectF label = item->mapRectToScene(item->labelRect());
    const qreal width = std::max(label.width(), canvasstyle::kMaxLabelWidth) + 16;
    const QRectF area(label.center().x() - width / 2, label.top() - 4, width, label.height() + 8);
    QRect rect = mapFromScene(area).boundingRect();
    rect.setHeight(std::max(rect.height(), m_labelEditor->preferredHeight()));
    m_labelEditor->setGeometry(rect);
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

void CanvasView::beginLinkDrag(FactorItem *source, const QPointF &scenePos)
{
    endLinkPreview();
    m_linkSourceId = source->factorId();
    m_preview = new LinkPreviewItem;
    m_scene->addItem(m_preview);
    updateLinkPreview(scenePos, nullptr);
}

void CanvasView::updateLinkPreview(const QPointF &scenePos, FactorItem *target)
{
    FactorItem *source = m_scene->factorItem(m_linkSourceId);
    if (!source || !m_preview) {
        endLinkPreview();
        return;
    }
    setLinkTarget(target);
    m_preview->setEnds(source, scenePos, target);
}

void CanvasView::setLinkTarget(FactorItem *target)
{
    if (FactorItem *old = m_scene->factorItem(m_linkTargetId))
        old->setLinkTarget(false);
    m_linkTargetId = target ? target->factorId() : QString();
    if (target)
        target->setLinkTarget(true);
}

void CanvasView::endLinkPreview()
{
    setLinkTarget(nullptr);
    delete m_preview;
    m_preview = nullptr;
    m_linkSourceId.clear();
}

void CanvasView::startLinkFromSelection()
{
    FactorItem *source = currentFactor();
    if (!source)
        return;
    if (m_labelEditor)
        m_labelEditor->finish(true);
    beginLinkDrag(source, source->pos());
    m_connecting = true;
    // Start at the nearest other box: the most likely target.
    FactorItem *nearest = nullptr;
    for (FactorItem *item : m_scene->factorItems())
        if (item != source
            && (!nearest || QLineF(item->pos(), source->pos()).length() < QLineF(nearest->pos(), source->pos()).length()))
            nearest = item;
    updateLinkPreview(source->pos() + QPointF(0, 60), nearest);
    setFocus(Qt::OtherFocusReason);
}

void CanvasView::cancelConnecting()
{
    if (!m_connecting)
        return;
    m_connecting = false;
    endLinkPreview();
}

void CanvasView::connectKey(QKeyEvent *event)
{
    FactorItem *source = m_scene->factorItem(m_linkSourceId);
    if (!source) {
        cancelConnecting();
        return;
    }
    FactorItem *target = m_scene->factorItem(m_linkTargetId);
    QList<FactorItem *> others = m_scene->factorItems();
    others.removeAll(source);
    switch (event->key()) {
    case Qt::Key_Tab:
    case Qt::Key_Backtab: {
        const bool forward = event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier);
        target = CanvasNavigator::neighbour(CanvasNavigator::readingOrder(others), target, forward);
        break;
    }
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const QPointF direction = event->key() == Qt::Key_Left    ? QPointF(-1, 0)
                                  : event->key() == Qt::Key_Right ? QPointF(1, 0)
                                  : event->key() == Qt::Key_Up    ? QPointF(0, -1)
                                                                  : QPointF(0, 1);
        const QPointF from = target ? target->pos() : source->pos();
        if (FactorItem *next = CanvasNavigator::nearestInDirection(others, from, direction, {target, source}))
            target = next;
        break;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QString from = m_linkSourceId, to = m_linkTargetId;
        cancelConnecting();
        if (!to.isEmpty()) {
            const QString linkId = m_controller.connectFactors(from, to);
            if (!linkId.isEmpty())
                select({}, {linkId});
        }
        return;
    }
    case Qt::Key_Escape:
        cancelConnecting();
        return;
    default:
        return; // other keys do nothing while choosing a target
    }
    if (target) {
        updateLinkPreview(target->pos(), target);
        ensureVisible(target, 30, 30);
    }
}

// ---------------------------------------------------------------- mouse

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    cancelConnecting();
    m_pressViewPos = event->pos();
    m_pressScenePos = mapToScene(event->pos());
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_gesture = Gesture::Pan;
        m_panLast = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton) {
        // A right click acts on what is under it, so a context menu's actions apply there.
        if (QGraphicsItem *item = elementAt(event->pos()); item && !item->isSelected())
            selectOnly(item);
        QGraphicsView::mousePressEvent(event);
        return;
    }
    const bool toggle = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    if (FactorItem *owner = handleOwnerAt(event->pos()); owner && !toggle) {
        m_gesture = Gesture::DrawLink;
        beginLinkDrag(owner, m_pressScenePos);
        event->accept();
        return;
    }
    QGraphicsItem *item = elementAt(event->pos());
    if (!item) {
        if (!m_placementKind.isEmpty()) {
            const QString kind = m_placementKind;
            setPlacementKind(QString());
            addFactorAt(kind, m_pressScenePos);
            event->accept();
            return;
        }
        // Empty canvas: rubber band. Shift extends the selection like Ctrl.
        QMouseEvent mapped(event->type(), event->position(), event->scenePosition(), event->globalPosition(),
                           event->button(), event->buttons(),
                           toggle ? (event->modifiers() | Qt::ControlModifier) : event->modifiers());
        QGraphicsView::mousePressEvent(&mapped);
        return;
    }
    event->accept();
    if (toggle) {
        item->setSelected(!item->isSelected());
        m_gesture = Gesture::None;
        return;
    }
    m_selectOnlyOnRelease = item->isSelected();
    if (!item->isSelected())
        selectOnly(item);
    else if (item->type() == FactorItem::Type)
        m_scene->setFocusItem(item);
    m_pressedFactorId = factorIdOf(item);
    m_gesture = Gesture::Select;
    m_dragStart.clear();
    if (!m_pressedFactorId.isEmpty())
        for (FactorItem *factor : m_scene->factorItems())
            if (factor->isSelected())
                m_dragStart.insert(factor->factorId(), factor->pos());
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF scenePos = mapToScene(event->pos());
    switch (m_gesture) {
    case Gesture::Pan: {
        const QPoint delta = event->pos() - m_panLast;
        m_panLast = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        return;
    }
    case Gesture::DrawLink: {
        FactorItem *source = m_scene->factorItem(m_linkSourceId);
        updateLinkPreview(scenePos, factorAt(event->pos(), source));
        return;
    }
    case Gesture::Select:
        if (m_dragStart.isEmpty()
            || (event->pos() - m_pressViewPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_gesture = Gesture::MoveFactors;
        [[fallthrough]];
    case Gesture::MoveFactors: {
        // Items move on screen only; the model changes once, on release.
        QPointF delta = scenePos - m_pressScenePos;
        if (m_snap && m_dragStart.contains(m_pressedFactorId)) {
            const QPointF start = m_dragStart.value(m_pressedFactorId);
            delta = snapped(start + delta) - start;
        }
        for (auto it = m_dragStart.cbegin(); it != m_dragStart.cend(); ++it)
            if (FactorItem *item = m_scene->factorItem(it.key()))
                item->setPos(it.value() + delta);
        return;
    }
    case Gesture::None:
        break;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::finishMove(bool commit)
{
    QHash<QString, QPointF> positions;
    for (auto it = m_dragStart.cbegin(); it != m_dragStart.cend(); ++it)
        if (FactorItem *item = m_scene->factorItem(it.key())) {
            positions.insert(it.key(), item->pos());
            if (!commit)
                item->setPos(it.value());
        }
    m_dragStart.clear();
    m_gesture = Gesture::None;
    if (commit)
        m_controller.moveFactors(positions);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    switch (m_gesture) {
    case Gesture::Pan:
        m_gesture = Gesture::None;
        updateViewportCursor();
        return;
    case Gesture::DrawLink: {
        const QString from = m_linkSourceId;
        FactorItem *target = factorAt(event->pos(), m_scene->factorItem(from));
        const QString to = target ? target->factorId() : QString();
        endLinkPreview();
        m_gesture = Gesture::None;
        if (!to.isEmpty()) {
            const QString linkId = m_controller.connectFactors(from, to);
            if (!linkId.isEmpty())
                select({}, {linkId});
        }
        return;
    }
    case Gesture::MoveFactors:
        finishMove(true);
        return;
    case Gesture::Select:
        m_gesture = Gesture::None;
        if (m_selectOnlyOnRelease) // a plain click inside a multi-selection picks that one
            if (QGraphicsItem *item = elementAt(event->pos()))
                selectOnly(item);
        return;
    case Gesture::None:
        break;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    event->accept();
    QGraphicsItem *item = elementAt(event->pos());
    if (item && item->type() == FactorItem::Type) {
        selectOnly(item);
        editLabel(factorIdOf(item));
    } else if (!item && !m_lastKind.isEmpty()) {
        addFactorAt(m_lastKind, mapToScene(event->pos()));
    }
}

// ---------------------------------------------------------------- keyboard

bool CanvasView::event(QEvent *event)
{
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool tab = (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
                         && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        // While choosing a link target these keys belong to the canvas, even
        // if a window action uses them as shortcuts.
        if (event->type() == QEvent::ShortcutOverride) {
            if (m_connecting || (tab && !m_scene->factorItems().isEmpty())) {
                event->accept();
                return true;
            }
        } else if (tab && (m_connecting || !m_scene->factorItems().isEmpty())) {
            keyPressEvent(key);
            return true;
        }
    }
    return QGraphicsView::event(event);
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
    if (FactorItem *next = CanvasNavigator::neighbour(ordered, currentFactor(), forward)) {
        selectOnly(next);
        ensureVisible(next, 30, 30);
    }
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (m_connecting) {
        connectKey(event);
        event->accept();
        return;
    }
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool hasFactors = !selectedFactorIds().isEmpty();
    const qreal step = shift ? 1 : canvasstyle::kGridStep;
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_gesture == Gesture::MoveFactors)
            finishMove(false);
        else if (m_gesture == Gesture::DrawLink) {
            endLinkPreview();
            m_gesture = Gesture::None;
        } else if (!m_placementKind.isEmpty())
            setPlacementKind(QString());
        else
            selectOnly(nullptr);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelection();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!hasFactors || m_gesture != Gesture::None)
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
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            updateViewportCursor();
        }
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
    else if (event->matches(QKeySequence::ZoomIn))
        zoomIn();
    else if (event->matches(QKeySequence::ZoomOut))
        zoomOut();
    else if (event->key() == Qt::Key_D && event->modifiers() == Qt::ControlModifier)
        duplicateSelection();
    else
        QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        updateViewportCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::focusOutEvent(QFocusEvent *event)
{
    m_spaceHeld = false;
    updateViewportCursor();
    QGraphicsView::focusOutEvent(event);
}

void CanvasView::updateViewportCursor()
{
    if (m_gesture == Gesture::Pan)
        viewport()->setCursor(Qt::ClosedHandCursor);
    else if (m_spaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else if (!m_placementKind.isEmpty())
        viewport()->setCursor(Qt::CrossCursor);
    else
        viewport()->unsetCursor();
}

// ---------------------------------------------------------------- drag and drop

bool CanvasView::acceptsDrop(const QMimeData *data) const
{
    const Incident &incident = m_document->incident();
    if (data->hasFormat(kindMimeType())) {
        const QString kind = QString::fromUtf8(data->data(kindMimeType()));
        return isBuiltInKind(kind) || incident.findCustomKind(kind);
    }
    if (data->hasFormat(factorMimeType())) {
        const QString id = QString::fromUtf8(data->data(factorMimeType()));
        const Interpretation *interp = m_scene->interpretation();
        return incident.findFactor(id) && interp && !interp->usesFactor(id);
    }
    return false;
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
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
