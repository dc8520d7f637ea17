#include "comparescenes.h"

#include "cruxnumberitem.h"
#include "onlyheremarker.h"

#include "model/compare/cruxdescriber.h"
#include "model/compare/diffengine.h"
#include "model/document.h"
#include "model/layout/causallayout.h"
#include "widgets/canvas/canvaspalette.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/canvas/linkitem.h"

#include <QHash>

namespace faultline {

namespace {
/// Room around the diagram, so a column can be panned a little past its edge.
constexpr qreal kSceneMargin = 120;
/// Ghosts that are not part of the selected crux step back further.
constexpr qreal kUninvolvedGhostOpacity = 0.35;
/// Union layout spacing (points): room for the link badges, not much more.
constexpr double kUnionNodeSep = 40;
constexpr double kUnionRankSep = 64;

QString pairKey(const QString &from, const QString &to)
{
    return from + QLatin1Char('\n') + to;
}
} // namespace

CompareScenes::CompareScenes(const Incident &incident, const QStringList &interpretationIds,
                             const LayoutResult &unionLayout, QObject *parent)
    : QObject(parent), m_snapshot(new Document(this))
{
    setIncident(incident, interpretationIds, unionLayout);
}

CompareScenes::~CompareScenes()
{
    qDeleteAll(m_scenes); // before the snapshot they read
}

void CompareScenes::setIncident(const Incident &incident, const QStringList &interpretationIds,
                                const LayoutResult &unionLayout)
{
    m_incident = incident;
    // Unknown ids and repeats would give empty or duplicate columns.
    m_interpretationIds.clear();
    for (const QString &id : interpretationIds)
        if (incident.findInterpretation(id) && !m_interpretationIds.contains(id))
            m_interpretationIds.append(id);
    rebuild(unionLayout);
}

LayoutRequest CompareScenes::unionLayoutRequest(const Incident &incident,
                                                const QStringList &interpretationIds)
{
    LayoutOptions options;
    options.nodeSep = kUnionNodeSep;
    options.rankSep = kUnionRankSep;
    return CausalLayout::unionRequest(incident, interpretationIds, options);
}

QString CompareScenes::title(int column) const
{
    const Interpretation *interp = m_incident.findInterpretation(m_interpretationIds.value(column));
    return interp ? interp->name : QString();
}

void CompareScenes::setDiffStyling(bool on)
{
    if (m_diffStyling == on)
        return;
    m_diffStyling = on;
    for (int column = 0; column < m_scenes.size(); ++column) {
        CanvasScene *scene = m_scenes[column];
        for (const QString &id : std::as_const(m_columns[column].ghostFactors))
            if (FactorItem *item = scene->factorItem(id))
                item->setVisible(on);
        for (auto it = m_columns[column].ghostLinks.cbegin();
             it != m_columns[column].ghostLinks.cend(); ++it)
            if (LinkItem *item = scene->linkItem(it.key()))
                item->setVisible(on);
    }
    updateMarkerVisibility();
}

QStringList CompareScenes::ghostFactorIds(int column) const
{
    QStringList ids;
    if (column < 0 || column >= m_columns.size())
        return ids;
    for (const FactorUsage &usage : m_diff.factors) // document order
        if (m_columns[column].ghostFactors.contains(usage.factorId))
            ids.append(usage.factorId);
    return ids;
}

QStringList CompareScenes::ghostLinkIds(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return {};
    QStringList ids = m_columns[column].ghostLinks.keys();
    ids.sort();
    return ids;
}

bool CompareScenes::isGhostLink(int column, const QString &linkId) const
{
    return column >= 0 && column < m_columns.size() &&
           m_columns[column].ghostLinks.contains(linkId);
}

QStringList CompareScenes::uniqueFactorIds(int column) const
{
    QStringList ids;
    if (column < 0 || column >= m_columns.size())
        return ids;
    for (const FactorUsage &usage : m_diff.factors)
        if (m_columns[column].uniqueFactors.contains(usage.factorId))
            ids.append(usage.factorId);
    return ids;
}

QStringList CompareScenes::uniqueLinkIds(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return {};
    QStringList ids = m_columns[column].uniqueLinks.values();
    ids.sort();
    return ids;
}

LinkItem *CompareScenes::linkItemForPair(int column, const QString &from, const QString &to) const
{
    CanvasScene *scene = m_scenes.value(column);
    if (!scene)
        return nullptr;
    for (LinkItem *item : scene->linkItems())
        if (item->fromId() == from && item->toId() == to)
            return item;
    return nullptr;
}

void CompareScenes::rebuild(const LayoutResult &unionLayout)
{
    m_cruxItems.clear(); // deleted with their scenes
    qDeleteAll(m_scenes);
    m_scenes.clear();
    m_columns.clear();
    m_focused = false;
    m_diff = DiffEngine::compare(m_incident, m_interpretationIds);
    m_unionLayout = !unionLayout.positions.isEmpty();

    // One position per factor: the union layout's, else the first placing interpretation's.
    QHash<QString, QPointF> position = unionLayout.positions;
    for (const QString &id : std::as_const(m_interpretationIds))
        if (const Interpretation *interp = m_incident.findInterpretation(id))
            for (const Placement &p : interp->placements)
                if (!position.contains(p.factorId))
                    position.insert(p.factorId, p.pos);

    Incident aligned = m_incident;
    for (Interpretation &interp : aligned.interpretations) {
        if (!m_interpretationIds.contains(interp.id))
            continue;
        QSet<QString> moved;
        for (Placement &p : interp.placements) {
            const QPointF pos = position.value(p.factorId, p.pos);
            if (pos != p.pos)
                moved.insert(p.factorId);
            p.pos = pos;
        }
        const LayoutResult own =
            m_unionLayout
                ? CausalLayout::resultForInterpretation(m_incident, interp.id, unionLayout)
                : LayoutResult{};
        for (Link &link : interp.links) {
            if (m_unionLayout)
                link.route = own.routes.value(link.id);
            else if (moved.contains(link.from) || moved.contains(link.to))
                link.route.clear(); // a route drawn for other positions would miss its boxes
        }
    }
    m_columns.resize(m_interpretationIds.size());
    addGhosts(aligned, position, unionLayout);

    m_snapshot->resetIncident(aligned);
    m_sceneRect = QRectF();
    for (const QString &id : std::as_const(m_interpretationIds)) {
        auto *scene = new CanvasScene(m_snapshot, id, this);
        CanvasPalette::follow(scene);
        m_scenes.append(scene);
        m_sceneRect |= scene->diagramRect();
    }
    for (int column = 0; column < m_scenes.size(); ++column)
        addMarkers(column);
    m_sceneRect.adjust(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
    for (CanvasScene *scene : std::as_const(m_scenes))
        scene->setSceneRect(m_sceneRect);
    applyRestingStyle();
    Q_EMIT rebuilt();
}

void CompareScenes::addGhosts(Incident &aligned, const QHash<QString, QPointF> &position,
                              const LayoutResult &unionLayout)
{
    QSet<QString> usedLinkIds;
    for (const Interpretation &interp : std::as_const(aligned.interpretations))
        for (const Link &link : interp.links)
            usedLinkIds.insert(link.id);
    int next = 1;
    const auto freshLinkId = [&] {
        QString id;
        do
            id = QStringLiteral("ghost-link-%1").arg(next++);
        while (usedLinkIds.contains(id));
        usedLinkIds.insert(id);
        return id;
    };
    const int columns = int(m_interpretationIds.size());

    for (int column = 0; column < columns; ++column) {
        const QString interpId = m_interpretationIds[column];
        Interpretation &target = aligned.interpretations[aligned.interpretationIndex(interpId)];
        ColumnDiff &diff = m_columns[column];
        for (const FactorUsage &usage : std::as_const(m_diff.factors)) {
            if (usage.interpretationIds.contains(interpId)) {
                if (usage.interpretationIds.size() == 1 && columns > 1)
                    diff.uniqueFactors.insert(usage.factorId);
                continue;
            }
            Placement ghost;
            ghost.factorId = usage.factorId;
            ghost.pos = position.value(usage.factorId);
            target.placements.append(ghost);
            diff.ghostFactors.insert(usage.factorId);
        }
        for (const LinkUsage &usage : std::as_const(m_diff.links)) {
            bool has = false;
            for (const CruxLinkRef &ref : usage.links)
                has = has || ref.interpretationId == interpId;
            if (has) {
                if (usage.links.size() == 1 && columns > 1)
                    diff.uniqueLinks.insert(usage.links.first().linkId);
                continue;
            }
            if (usage.links.isEmpty())
                continue;
            // The ghost shows the first holder's claim (relation, strength) without its evidence.
            const CruxLinkRef &source = usage.links.first();
            const Interpretation *holder = nullptr;
            for (const Interpretation &interp : std::as_const(aligned.interpretations))
                if (interp.id == source.interpretationId)
                    holder = &interp;
            const Link *original = holder ? holder->findLink(source.linkId) : nullptr;
            if (!original)
                continue;
            Link ghost = *original;
            ghost.id = freshLinkId();
            ghost.evidence.clear();
            ghost.label.clear();
            if (m_unionLayout)
                ghost.route =
                    unionLayout.routes.value(CausalLayout::unionEdgeId(usage.from, usage.to));
            target.links.append(ghost);
            diff.ghostLinks.insert(ghost.id, pairKey(usage.from, usage.to));
        }
    }
}

void CompareScenes::retranslate()
{
    // Same incident and readings, so the same cruxes in the same order: only their wording changes.
    m_diff = DiffEngine::compare(m_incident, m_interpretationIds);
    for (CanvasScene *scene : std::as_const(m_scenes))
        scene->retranslate();
    for (const ColumnDiff &column : std::as_const(m_columns))
        for (OnlyHereMarker *marker : column.markers)
            marker->retranslate();
}

void CompareScenes::addMarkers(int column)
{
    CanvasScene *scene = m_scenes[column];
    ColumnDiff &diff = m_columns[column];
    for (const QString &id : std::as_const(diff.uniqueFactors)) {
        FactorItem *item = scene->factorItem(id);
        if (!item)
            continue;
        const QRectF box = item->mapRectToScene(item->boxRect());
        auto *marker = new OnlyHereMarker(QPointF(box.right() - 26, box.bottom()), true);
        scene->addItem(marker);
        diff.markers.append(marker);
    }
    for (const QString &id : std::as_const(diff.uniqueLinks)) {
        LinkItem *item = scene->linkItem(id);
        if (!item || !item->isVisible())
            continue;
        // Off the middle, where the evidence badge sits.
        const QPointF anchor = item->mapToScene(item->curve().pointAtPercent(0.3));
        auto *marker = new OnlyHereMarker(anchor, false);
        scene->addItem(marker);
        diff.markers.append(marker);
    }
}

void CompareScenes::applyRestingStyle()
{
    for (int column = 0; column < m_scenes.size(); ++column) {
        const ColumnDiff &diff = m_columns[column];
        for (FactorItem *item : m_scenes[column]->factorItems()) {
            const bool ghost = diff.ghostFactors.contains(item->factorId());
            item->setEmphasis(ghost ? Emphasis::Ghost : Emphasis::Normal);
            item->setOpacity(1.0);
            item->setVisible(!ghost || m_diffStyling);
        }
        for (LinkItem *item : m_scenes[column]->linkItems()) {
            const bool ghost = diff.ghostLinks.contains(item->linkId());
            item->setEmphasis(ghost ? Emphasis::Ghost : Emphasis::Normal);
            item->setOpacity(1.0);
            if (ghost)
                item->setVisible(m_diffStyling);
        }
    }
    updateMarkerVisibility();
}

void CompareScenes::restyleGhosts()
{
    for (int column = 0; column < m_scenes.size(); ++column) {
        for (const QString &id : std::as_const(m_columns[column].ghostFactors))
            if (FactorItem *item = m_scenes[column]->factorItem(id))
                item->setEmphasis(Emphasis::Ghost);
        for (auto it = m_columns[column].ghostLinks.cbegin();
             it != m_columns[column].ghostLinks.cend(); ++it)
            if (LinkItem *item = m_scenes[column]->linkItem(it.key()))
                item->setEmphasis(Emphasis::Ghost);
    }
}

void CompareScenes::updateMarkerVisibility()
{
    for (const ColumnDiff &diff : std::as_const(m_columns))
        for (OnlyHereMarker *marker : diff.markers)
            marker->setVisible(m_diffStyling && !m_focused);
}

void CompareScenes::reachSceneRect(const QRectF &needed)
{
    for (CanvasScene *scene : std::as_const(m_scenes))
        scene->setSceneRect(m_sceneRect | needed);
}

void CompareScenes::clearFocus()
{
    m_focused = false;
    m_focusCore = {};
    removeCruxItems();
    applyRestingStyle();
}

void CompareScenes::removeCruxItems()
{
    for (CruxNumberItem *item : std::as_const(m_cruxItems))
        delete item; // removes itself from its scene
    m_cruxItems.clear();
}

void CompareScenes::addCruxItems(const Crux &crux, int number)
{
    for (int column = 0; column < m_scenes.size(); ++column) {
        CanvasScene *scene = m_scenes[column];
        const FactorItem *anchor = nullptr;
        QStringList candidates = crux.factorIds; // the crux's own factor first
        if (candidates.removeAll(crux.subjectId) > 0)
            candidates.prepend(crux.subjectId);
        for (const QString &id : std::as_const(candidates))
            if (const FactorItem *item = scene->factorItem(id); item && item->isVisible()) {
                anchor = item;
                break;
            }
        if (!anchor)
            continue;
        const QRectF box = anchor->mapRectToScene(anchor->boxRect());
        auto *disc = new CruxNumberItem(box.topLeft() + QPointF(4, 4), number);
        scene->addItem(disc);
        m_cruxItems.append(disc);
        // What this reading holds, in its own column: the differences in
        // strength, lever, stance, confidence or sources are in these words.
        const QString id = m_interpretationIds.value(column);
        for (const CruxPositionRow &row : CruxDescriber(m_incident).positions(crux)) {
            if (row.interpretationId != id || row.position.isEmpty())
                continue;
            QStringList lines{row.position};
            if (!row.sourceLabels.isEmpty())
                lines.append(row.sourceLabels.join(QStringLiteral("; ")));
            auto *callout = new CruxNumberItem(box.bottomLeft() + QPointF(0, 6), number, lines);
            scene->addItem(callout);
            m_cruxItems.append(callout);
        }
    }
}

QRectF CompareScenes::focusCrux(const Crux &crux, int number)
{
    m_focused = true;
    removeCruxItems();
    const QSet<QString> factors(crux.factorIds.cbegin(), crux.factorIds.cend());
    QSet<QString> pairs;
    for (const CruxLinkRef &ref : crux.links)
        if (const Interpretation *interp = m_incident.findInterpretation(ref.interpretationId))
            if (const Link *link = interp->findLink(ref.linkId))
                pairs.insert(pairKey(link->from, link->to));

    QRectF area;
    QRectF core;
    for (int column = 0; column < m_scenes.size(); ++column) {
        const ColumnDiff &diff = m_columns[column];
        const auto style = [&](QGraphicsItem *item, bool ghost, bool involved, auto *typed) {
            if (ghost) {
                typed->setEmphasis(Emphasis::Ghost);
                item->setOpacity(involved ? 1.0 : kUninvolvedGhostOpacity);
            } else {
                typed->setEmphasis(involved ? Emphasis::Highlighted : Emphasis::Faded);
                item->setOpacity(1.0);
            }
            if (involved && item->isVisible())
                area |= item->sceneBoundingRect();
        };
        for (FactorItem *item : m_scenes[column]->factorItems()) {
            const bool involved = factors.contains(item->factorId());
            style(item, diff.ghostFactors.contains(item->factorId()), involved, item);
            if (involved && item->isVisible())
                core |= item->sceneBoundingRect();
        }
        for (LinkItem *item : m_scenes[column]->linkItems())
            style(item, diff.ghostLinks.contains(item->linkId()),
                  pairs.contains(pairKey(item->fromId(), item->toId())), item);
    }
    // What a slide zoomed in on the crux must show whole: the crux's own
    // factors (for a link, both its ends). Its links may run off towards
    // their other ends; a factor crux's links reach across the whole diagram
    // and made CoinRun's slides 7 px small at three readings.
    m_focusCore = core;
    // The frame takes in the factors the crux's factors link to, so its
    // context is on screen too.
    for (CanvasScene *scene : std::as_const(m_scenes))
        for (LinkItem *item : scene->linkItems()) {
            if (!item->isVisible())
                continue;
            const bool from = factors.contains(item->fromId());
            if (!from && !factors.contains(item->toId()))
                continue;
            if (FactorItem *other = scene->factorItem(from ? item->toId() : item->fromId());
                other && other->isVisible())
                area |= other->sceneBoundingRect();
        }
    if (number > 0)
        addCruxItems(crux, number);
    updateMarkerVisibility();
    return area;
}

} // namespace faultline
