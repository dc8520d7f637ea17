#include "widgets/versioning/changemarks.h"

#include "model/versioning/elementrecords.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/canvas/linkitem.h"
#include "widgets/lens/overlayanchor.h"
#include "widgets/versioning/changemarkitem.h"

#include <QLineF>
#include <QMap>

namespace faultline {

namespace {
struct Mark
{
    bool added = false;
    QStringList lines;
};

// The factor item nearest to `position`, to carry a mark that has no element of its own.
FactorItem *nearestFactor(CanvasScene *scene, const QPointF &position)
{
    FactorItem *nearest = nullptr;
    qreal best = 0;
    for (QGraphicsItem *item : scene->items()) {
        auto *factor = dynamic_cast<FactorItem *>(item);
        if (!factor)
            continue;
        const qreal distance = QLineF(factor->pos(), position).length();
        if (!nearest || distance < best) {
            nearest = factor;
            best = distance;
        }
    }
    return nearest;
}
} // namespace

void ChangeMarks::show(CanvasScene *scene, const QList<ElementChange> &changes)
{
    clear(scene);
    if (!scene)
        return;
    const QString reading = QStringLiteral("interpretation:") + scene->interpretationId();
    // QMap: marks are created in a stable order, whatever the hash seed.
    QMap<QString, Mark> factorMarks;
    QMap<QString, Mark> linkMarks;
    for (const ElementChange &change : changes) {
        if (change.type == ElementChange::Type::Removed) {
            showRemoved(scene, reading, change);
            continue;
        }
        const bool inReading = change.key.startsWith(reading + QLatin1Char('/'));
        const bool ownAdded = change.type == ElementChange::Type::Added;
        const QString line = documentDiffText({change}).trimmed();
        Mark *mark = nullptr;
        if (change.kind == QLatin1String("factor"))
            mark = &factorMarks[ElementRecords::idIn(change.key, QStringLiteral("factor"))];
        else if (inReading && change.kind == QLatin1String("placement"))
            mark = &factorMarks[ElementRecords::idIn(change.key, QStringLiteral("placement"))];
        else if (inReading &&
                 (change.kind == QLatin1String("link") || change.kind == QLatin1String("evidence")))
            mark = &linkMarks[ElementRecords::idIn(change.key, QStringLiteral("link"))];
        if (!mark)
            continue;
        // Placed or drawn new here: "added", whatever else changed.
        mark->added = mark->added || (ownAdded && change.kind != QLatin1String("evidence") &&
                                      change.kind != QLatin1String("factor"));
        mark->lines.append(line);
    }
    const QFont font = scene->font();
    const auto kindOf = [](const Mark &m) {
        return m.added ? ChangeMarkItem::Kind::Added : ChangeMarkItem::Kind::Changed;
    };
    for (auto it = factorMarks.cbegin(); it != factorMarks.cend(); ++it)
        if (FactorItem *item = scene->factorItem(it.key()))
            new OverlayAnchor(item, OverlayAnchor::Group::Changes,
                              new ChangeMarkItem(kindOf(*it), it->lines.join('\n'), font),
                              item->boxRect().topRight());
    for (auto it = linkMarks.cbegin(); it != linkMarks.cend(); ++it)
        if (LinkItem *item = scene->linkItem(it.key())) {
            auto *anchor =
                new OverlayAnchor(item, OverlayAnchor::Group::Changes,
                                  new ChangeMarkItem(kindOf(*it), it->lines.join('\n'), font), {});
            // Beside the path (its middle holds the evidence count), moving with the
            // end factors (see DiagnosticMarkers).
            anchor->setPlacement(
                [item] { return item->mapToScene(item->midPoint()) + QPointF(16, -16); });
            anchor->followAlso(scene->factorItem(item->fromId()));
            anchor->followAlso(scene->factorItem(item->toId()));
        }
}

void ChangeMarks::showRemoved(CanvasScene *scene, const QString &reading,
                              const ElementChange &change)
{
    // Only what this reading lost: a factor it no longer places, a link it no longer draws.
    if (!change.key.startsWith(reading + QLatin1Char('/')))
        return;
    const QString line = documentDiffText({change}).trimmed();
    const QFont font = scene->font();
    if (change.kind == QLatin1String("placement")) {
        // Where the factor was: the old position, carried by the nearest factor left.
        const auto position = change.oldValue.value("position", nlohmann::ordered_json::array());
        if (position.size() != 2 || !position[0].is_number() || !position[1].is_number())
            return;
        const QPointF old(position[0].get<double>(), position[1].get<double>());
        if (FactorItem *carrier = nearestFactor(scene, old))
            new OverlayAnchor(carrier, OverlayAnchor::Group::Changes,
                              new ChangeMarkItem(ChangeMarkItem::Kind::Removed, line, font),
                              old - carrier->pos());
        return;
    }
    if (change.kind != QLatin1String("link"))
        return;
    // Halfway between the two factors the removed link joined, when both are still here.
    const QString from = QString::fromStdString(change.oldValue.value("from", std::string()));
    const QString to = QString::fromStdString(change.oldValue.value("to", std::string()));
    FactorItem *source = scene->factorItem(from);
    FactorItem *target = scene->factorItem(to);
    if (!source || !target)
        return;
    auto *anchor =
        new OverlayAnchor(source, OverlayAnchor::Group::Changes,
                          new ChangeMarkItem(ChangeMarkItem::Kind::Removed, line, font), {});
    anchor->setPlacement([source, target] { return (source->pos() + target->pos()) / 2; });
    anchor->followAlso(target);
}

void ChangeMarks::clear(CanvasScene *scene)
{
    if (scene)
        OverlayAnchor::clear(scene, OverlayAnchor::Group::Changes);
}

} // namespace faultline
