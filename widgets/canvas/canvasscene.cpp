#include "canvasscene.h"

#include "canvasstyle.h"
#include "factoritem.h"
#include "linkitem.h"

#include <QGraphicsSceneHelpEvent>
#include <QGraphicsView>
#include <QPainter>
#include <QSet>
#include <QSignalBlocker>

#include <cmath>

namespace faultline {

namespace {
constexpr qreal kSceneMargin = 1200;
const QRectF kInitialSceneRect(-1600, -1200, 3200, 2400);
} // namespace

CanvasScene::CanvasScene(Document *document, const QString &interpretationId, QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_interpretationId(interpretationId)
{
    // Keep the default BSP index: NoIndex makes itemAt() crawl on big diagrams.
    setBackgroundBrush(canvasstyle::background());

    connect(document, &Document::reset, this, &CanvasScene::rebuild);
    connect(document, &Document::factorChanged, this, [this](const QString &id) {
        if (FactorItem *item = factorItem(id))
            item->refresh();
    });
    connect(document, &Document::factorRemoved, this, &CanvasScene::removeFactorItem);
    connect(document, &Document::incidentChanged, this, [this] {
        // Custom kinds may have changed colour or shape.
        for (FactorItem *item : std::as_const(m_factors))
            item->refresh();
    });
    connect(document, &Document::placementAdded, this,
            [this](const QString &interp, const QString &factorId) {
                if (interp == m_interpretationId)
                    addFactorItem(factorId);
            });
    connect(document, &Document::placementChanged, this,
            [this](const QString &interp, const QString &factorId) {
                if (interp != m_interpretationId)
                    return;
                if (FactorItem *item = factorItem(factorId)) {
                    item->refresh();
                    growSceneRect(item->sceneBoundingRect());
                }
            });
    connect(document, &Document::placementRemoved, this,
            [this](const QString &interp, const QString &factorId) {
                if (interp == m_interpretationId)
                    removeFactorItem(factorId);
            });
    connect(document, &Document::linkAdded, this,
            [this](const QString &interp, const QString &linkId) {
                if (interp == m_interpretationId)
                    addLinkItem(linkId);
            });
    connect(document, &Document::linkChanged, this,
            [this](const QString &interp, const QString &linkId) {
                if (interp == m_interpretationId)
                    refreshLinkItem(linkId);
            });
    connect(document, &Document::linkRemoved, this,
            [this](const QString &interp, const QString &linkId) {
                if (interp == m_interpretationId)
                    removeLinkItem(linkId);
            });
    connect(document, &Document::interpretationAdded, this, [this](const QString &interp) {
        if (interp == m_interpretationId) // an undone removal brings it back
            rebuild();
    });
    connect(document, &Document::interpretationRemoved, this, [this](const QString &interp) {
        if (interp == m_interpretationId)
            clearItems();
    });
    rebuild();
}

CanvasScene::~CanvasScene()
{
    // Items look themselves up in the hashes while being destroyed; empty
    // them first so nothing reaches a half-destroyed scene.
    m_factors.clear();
    m_links.clear();
}

const Interpretation *CanvasScene::interpretation() const
{
    return m_document->incident().findInterpretation(m_interpretationId);
}

QList<FactorItem *> CanvasScene::factorItems() const
{
    QList<FactorItem *> items;
    if (const Interpretation *interp = interpretation())
        for (const Placement &p : interp->placements)
            if (FactorItem *item = m_factors.value(p.factorId))
                items.append(item);
    return items;
}

QList<LinkItem *> CanvasScene::linkItems() const
{
    QList<LinkItem *> items;
    if (const Interpretation *interp = interpretation())
        for (const Link &link : interp->links)
            if (LinkItem *item = m_links.value(link.id))
                items.append(item);
    return items;
}

QStringList CanvasScene::selectedFactorIds() const
{
    QStringList ids;
    for (FactorItem *item : factorItems())
        if (item->isSelected())
            ids.append(item->factorId());
    return ids;
}

QStringList CanvasScene::selectedLinkIds() const
{
    QStringList ids;
    for (LinkItem *item : linkItems())
        if (item->isSelected())
            ids.append(item->linkId());
    return ids;
}

void CanvasScene::batchSelection(const std::function<void()> &change)
{
    // QGraphicsScene emits selectionChanged for every item; listeners (the
    // inspector) should rebuild once per user action, not once per item.
    const QList<QGraphicsItem *> before = selectedItems();
    {
        const QSignalBlocker blocker(this);
        change();
    }
    const QList<QGraphicsItem *> after = selectedItems();
    if (QSet<QGraphicsItem *>(before.cbegin(), before.cend()) !=
        QSet<QGraphicsItem *>(after.cbegin(), after.cend()))
        Q_EMIT selectionChanged();
}

void CanvasScene::selectOnly(QGraphicsItem *item)
{
    batchSelection([&] {
        const QList<QGraphicsItem *> selected = selectedItems();
        for (QGraphicsItem *other : selected)
            if (other != item)
                other->setSelected(false);
        if (item) {
            item->setSelected(true);
            if (item->type() == FactorItem::Type)
                setFocusItem(item);
        }
    });
}

QRectF CanvasScene::selectElements(const QStringList &factorIds, const QStringList &linkIds)
{
    QRectF area;
    batchSelection([&] {
        selectOnly(nullptr);
        for (const QString &id : factorIds)
            if (FactorItem *item = factorItem(id)) {
                item->setSelected(true);
                area |= item->sceneBoundingRect();
            }
        for (const QString &id : linkIds)
            if (LinkItem *item = linkItem(id); item && item->isVisible()) {
                item->setSelected(true);
                area |= item->sceneBoundingRect();
            }
    });
    return area;
}

void CanvasScene::selectAllElements()
{
    batchSelection([this] {
        for (FactorItem *item : std::as_const(m_factors))
            item->setSelected(true);
        for (LinkItem *item : std::as_const(m_links))
            if (item->isVisible())
                item->setSelected(true);
    });
}

FactorItem *CanvasScene::currentFactor() const
{
    QGraphicsItem *focus = focusItem();
    if (focus && focus->type() == FactorItem::Type && focus->isSelected())
        return static_cast<FactorItem *>(focus);
    const QStringList selected = selectedFactorIds();
    return selected.isEmpty() ? nullptr : factorItem(selected.first());
}

FactorItem *CanvasScene::factorAt(const QPointF &scenePos, const QTransform &deviceTransform,
                                  const FactorItem *ignore) const
{
    const QList<QGraphicsItem *> under =
        items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder, deviceTransform);
    for (QGraphicsItem *item : under)
        if (item->type() == FactorItem::Type && item != ignore)
            return static_cast<FactorItem *>(item);
    return nullptr;
}

FactorItem *CanvasScene::handleOwnerAt(const QPointF &scenePos, qreal reach) const
{
    const QRectF area(scenePos - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach));
    for (QGraphicsItem *item : items(area))
        if (item->type() == FactorItem::Type) {
            auto *factor = static_cast<FactorItem *>(item);
            if (factor->handleAt(factor->mapFromScene(scenePos)) != FactorItem::NoHandle)
                return factor;
        }
    return nullptr;
}

QGraphicsItem *CanvasScene::elementAt(const QPointF &scenePos,
                                      const QTransform &deviceTransform) const
{
    const QList<QGraphicsItem *> under =
        items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder, deviceTransform);
    for (QGraphicsItem *item : under)
        if (item->type() == FactorItem::Type || item->type() == LinkItem::Type)
            return item;
    return nullptr;
}

bool CanvasScene::hasLink(const QString &from, const QString &to) const
{
    const QList<QString> ids = m_linksByFactor.values(from);
    for (const QString &id : ids) {
        const auto ends = m_linkEnds.value(id);
        if (ends.first == from && ends.second == to)
            return true;
    }
    return false;
}

void CanvasScene::setExportMode(bool on)
{
    if (m_exportMode == on)
        return;
    m_exportMode = on;
    for (FactorItem *item : std::as_const(m_factors))
        item->update();
    for (LinkItem *item : std::as_const(m_links))
        item->update();
    update();
}

void CanvasScene::setExportBackground(const QColor &color)
{
    m_exportBackground = color;
    if (m_exportMode)
        update();
}

void CanvasScene::setColors(const canvasstyle::CanvasColors &colors)
{
    m_colors = colors;
    update();
}

QRectF CanvasScene::diagramRect() const
{
    QRectF rect;
    for (FactorItem *item : std::as_const(m_factors))
        rect |= item->sceneBoundingRect();
    for (LinkItem *item : std::as_const(m_links))
        if (item->isVisible())
            rect |= item->sceneBoundingRect();
    return rect;
}

void CanvasScene::factorGeometryChanged(const QString &factorId)
{
    const QList<QString> ids = m_linksByFactor.values(factorId);
    for (const QString &id : ids)
        if (LinkItem *link = m_links.value(id))
            link->updateGeometry();
}

void CanvasScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    if (m_exportMode) {
        if (m_exportBackground.alpha() > 0)
            painter->fillRect(rect, m_exportBackground);
        return;
    }
    painter->fillRect(rect, m_colors.background);
    // A quiet grid: minor lines every step, slightly darker lines every five
    // steps; minor lines disappear when zoomed out so the grid never turns grey.
    const qreal scale = painter->worldTransform().m11();
    const qreal step = canvasstyle::kGridStep;
    const bool minor = scale * step >= 9;
    const qreal major = step * 5;
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QList<QLineF> minorLines, majorLines;
    for (qreal x = left; x <= rect.right(); x += step) {
        const bool isMajor = std::fmod(std::abs(x), major) < 0.5;
        if (isMajor || minor)
            (isMajor ? majorLines : minorLines).append(QLineF(x, rect.top(), x, rect.bottom()));
    }
    for (qreal y = top; y <= rect.bottom(); y += step) {
        const bool isMajor = std::fmod(std::abs(y), major) < 0.5;
        if (isMajor || minor)
            (isMajor ? majorLines : minorLines).append(QLineF(rect.left(), y, rect.right(), y));
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(m_colors.gridMinor, 0));
    painter->drawLines(minorLines);
    painter->setPen(QPen(m_colors.gridMajor, 0));
    painter->drawLines(majorLines);
    painter->restore();
}

bool CanvasScene::event(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        m_measure.reset(); // items measure again with the new font
    else if (event->type() == QEvent::LanguageChange)
        retranslate(); // sent on by the view that owns the scene
    return QGraphicsScene::event(event);
}

void CanvasScene::retranslate()
{
    // Kind names are translated when looked up, so each box asks again; a box
    // whose caption changed re-measures itself. Badges and tooltips are worded
    // when painted or shown, so a repaint is enough for them.
    for (FactorItem *item : std::as_const(m_factors))
        item->refresh();
    update();
}

void CanvasScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // The help event comes from a view's viewport; hit-test as that view shows the scene.
    const auto *view =
        event->widget() ? qobject_cast<QGraphicsView *>(event->widget()->parentWidget()) : nullptr;
    const QTransform deviceTransform = view ? view->viewportTransform() : QTransform();
    for (QGraphicsItem *item :
         items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder, deviceTransform)) {
        if (item->type() == FactorItem::Type)
            static_cast<FactorItem *>(item)->prepareToolTip();
        else if (item->type() == LinkItem::Type)
            static_cast<LinkItem *>(item)->prepareToolTip();
    }
    QGraphicsScene::helpEvent(event);
}

void CanvasScene::rebuild()
{
    clearItems();
    setSceneRect(kInitialSceneRect);
    if (const Interpretation *interp = interpretation()) {
        // One pass with hashes instead of addFactorItem()/addLinkItem() per
        // record: those look the factor, placement and link up by list scan
        // and re-route the neighbours of every added link, which made a
        // 3,000-factor build quadratic. Here every item is refreshed once,
        // and every link is routed once after all links are indexed (so an
        // opposite pair bends apart from the start).
        const Incident &incident = m_document->incident();
        QHash<QString, const Factor *> factors;
        factors.reserve(incident.factors.size());
        for (const Factor &factor : incident.factors)
            factors.insert(factor.id, &factor);
        m_factors.reserve(interp->placements.size());
        QHash<QString, KindStyle> styles; // looked up once per kind, not per factor
        QRectF area;
        for (const Placement &placement : interp->placements) {
            const Factor *factor = factors.value(placement.factorId);
            if (!factor || m_factors.contains(placement.factorId))
                continue;
            auto style = styles.constFind(factor->kind);
            if (style == styles.cend())
                style = styles.insert(factor->kind, kindStyle(incident, factor->kind));
            auto *item = new FactorItem(this, placement.factorId);
            m_factors.insert(placement.factorId, item);
            item->refreshFrom(incident, *factor, placement, style.value());
            addItem(item);
            area |= item->sceneBoundingRect();
        }
        m_links.reserve(interp->links.size());
        QList<LinkItem *> added;
        added.reserve(interp->links.size());
        for (const Link &link : interp->links) {
            if (m_links.contains(link.id))
                continue;
            auto *item = new LinkItem(this, link.id);
            m_links.insert(link.id, item);
            indexLink(link.id, link.from, link.to);
            item->refreshFrom(link, /*route=*/false);
            added.append(item);
        }
        for (LinkItem *item : std::as_const(added)) {
            item->updateGeometry();
            addItem(item);
        }
        if (!area.isEmpty())
            growSceneRect(area);
    }
    Q_EMIT rebuilt();
}

void CanvasScene::clearItems()
{
    const auto links = m_links;
    const auto factors = m_factors;
    m_links.clear();
    m_factors.clear();
    m_linksByFactor.clear();
    m_linkEnds.clear();
    qDeleteAll(links);
    qDeleteAll(factors);
}

void CanvasScene::addFactorItem(const QString &factorId)
{
    if (m_factors.contains(factorId) || !m_document->incident().findFactor(factorId))
        return;
    const Interpretation *interp = interpretation();
    if (!interp || !interp->findPlacement(factorId))
        return;
    auto *item = new FactorItem(this, factorId);
    m_factors.insert(factorId, item);
    addItem(item);
    item->refresh();
    growSceneRect(item->sceneBoundingRect());
    // Links may have arrived before their end (e.g. undo order): show them now.
    factorGeometryChanged(factorId);
}

void CanvasScene::removeFactorItem(const QString &factorId)
{
    FactorItem *item = m_factors.take(factorId);
    if (!item)
        return;
    delete item;
    factorGeometryChanged(factorId); // hides links whose end is gone until they are removed
}

void CanvasScene::addLinkItem(const QString &linkId)
{
    const Interpretation *interp = interpretation();
    const Link *link = interp ? interp->findLink(linkId) : nullptr;
    if (!link || m_links.contains(linkId))
        return;
    auto *item = new LinkItem(this, linkId);
    m_links.insert(linkId, item);
    indexLink(linkId, link->from, link->to);
    addItem(item);
    item->refresh();
    // An opposite link bends away from this one: update it too (only it;
    // the other links at either end keep their curves). The links into the
    // same factor move their arrowheads apart to make room.
    updateOppositeLinks(link->from, link->to, linkId);
    updateLinksInto(link->to, linkId);
}

void CanvasScene::updateOppositeLinks(const QString &from, const QString &to, const QString &except)
{
    const QList<QString> ids = m_linksByFactor.values(to);
    for (const QString &other : ids) {
        if (other == except)
            continue;
        const auto ends = m_linkEnds.value(other);
        if (ends.first == to && ends.second == from)
            if (LinkItem *otherItem = m_links.value(other))
                otherItem->updateGeometry();
    }
}

bool CanvasScene::arrivesFromAboveOrBelow(const QString &from, const QString &to) const
{
    const FactorItem *source = factorItem(from);
    const FactorItem *target = factorItem(to);
    if (!source || !target)
        return true;
    const QPointF direction = target->pos() - source->pos();
    return std::abs(direction.y()) >= std::abs(direction.x()) * 0.5;
}

std::pair<int, int> CanvasScene::arrivalSlot(const QString &linkId, const QString &to) const
{
    // Ordered by id, so a link's place changes only when links into the
    // factor come or go (not while another end is dragged). Links spread along
    // the side they arrive on, so only links arriving on the same kind of side
    // (top/bottom or left/right) share the slots: two links on different sides
    // could otherwise aim at the same point near a corner.
    const bool vertical = arrivesFromAboveOrBelow(m_linkEnds.value(linkId).first, to);
    QStringList incoming;
    const QList<QString> ids = m_linksByFactor.values(to);
    for (const QString &id : ids) {
        const auto ends = m_linkEnds.value(id);
        if (ends.second == to && ends.first != to && !incoming.contains(id) &&
            arrivesFromAboveOrBelow(ends.first, to) == vertical)
            incoming.append(id);
    }
    incoming.sort();
    return {int(incoming.indexOf(linkId)), int(incoming.size())};
}

void CanvasScene::updateLinksInto(const QString &to, const QString &except)
{
    const QList<QString> ids = m_linksByFactor.values(to);
    for (const QString &id : ids)
        if (id != except && m_linkEnds.value(id).second == to)
            if (LinkItem *item = m_links.value(id))
                item->updateGeometry();
}

void CanvasScene::removeLinkItem(const QString &linkId)
{
    LinkItem *item = m_links.take(linkId);
    if (!item)
        return;
    const auto ends = m_linkEnds.value(linkId);
    unindexLink(linkId);
    delete item;
    updateOppositeLinks(ends.first, ends.second, linkId);
    updateLinksInto(ends.second, linkId); // they share the target's outline anew
}

void CanvasScene::refreshLinkItem(const QString &linkId)
{
    LinkItem *item = m_links.value(linkId);
    const Interpretation *interp = interpretation();
    const Link *link = interp ? interp->findLink(linkId) : nullptr;
    if (!item || !link)
        return;
    unindexLink(linkId);
    indexLink(linkId, link->from, link->to);
    item->refresh();
}

void CanvasScene::indexLink(const QString &linkId, const QString &from, const QString &to)
{
    m_linkEnds.insert(linkId, {from, to});
    m_linksByFactor.insert(from, linkId);
    if (to != from)
        m_linksByFactor.insert(to, linkId);
}

void CanvasScene::unindexLink(const QString &linkId)
{
    const auto ends = m_linkEnds.take(linkId);
    m_linksByFactor.remove(ends.first, linkId);
    m_linksByFactor.remove(ends.second, linkId);
}

void CanvasScene::growSceneRect(const QRectF &itemRect)
{
    const QRectF wanted =
        itemRect.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
    if (!sceneRect().contains(wanted))
        setSceneRect(sceneRect() | wanted);
}

} // namespace faultline
