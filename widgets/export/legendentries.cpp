#include "legendentries.h"

#include "model/incident.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/canvas/linkitem.h"

#include <QSet>

namespace faultline {

LegendEntries LegendEntries::collect(const QList<CanvasScene *> &scenes)
{
    QStringList usedKinds; // first-seen order, for kinds the incident does not declare
    QSet<Relation> usedRelations;
    const Incident *incident = nullptr;
    for (CanvasScene *scene : scenes) {
        if (!scene)
            continue;
        incident = &scene->document()->incident();
        for (FactorItem *item : scene->factorItems())
            if (item->isVisible() && !usedKinds.contains(item->kindId()))
                usedKinds.append(item->kindId());
        for (LinkItem *item : scene->linkItems())
            if (item->isVisible())
                usedRelations.insert(item->relation());
    }
    LegendEntries entries;
    if (!incident)
        return entries;
    for (const KindStyle &style : allKinds(*incident))
        if (usedKinds.removeAll(style.id) > 0)
            entries.kinds.append(style);
    for (const QString &unknown : std::as_const(usedKinds))
        entries.kinds.append(kindStyle(*incident, unknown));
    for (const Relation relation :
         {Relation::Causes, Relation::Enables, Relation::Prevents, Relation::Amplifies})
        if (usedRelations.contains(relation))
            entries.relations.append(relation);
    return entries;
}

} // namespace faultline
