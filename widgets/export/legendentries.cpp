#include "legendentries.h"

#include "model/incident.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/canvas/linkitem.h"
#include "widgets/compare/cruxnumberitem.h"
#include "widgets/compare/onlyheremarker.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace faultline {

namespace {
// lupdate files a free tr() call under the namespace around it: name the context.
struct LegendText
{
    Q_DECLARE_TR_FUNCTIONS(faultline::LegendEntries)
};

// Marks a scene's own items show; crux numbers are the composer's and added by it.
void collectMarks(const CanvasScene *scene, LegendEntries &entries)
{
    for (FactorItem *item : scene->factorItems()) {
        if (!item->isVisible())
            continue;
        if (item->emphasis() == Emphasis::Ghost) {
            entries.addMark(LegendMark::MissingFactor);
            continue;
        }
        if (item->isRootCause())
            entries.addMark(LegendMark::RootCause);
        if (item->failureModeCount() > 0)
            entries.addMark(LegendMark::FailurePoint);
    }
    for (LinkItem *item : scene->linkItems()) {
        if (!item->isVisible())
            continue;
        if (item->emphasis() == Emphasis::Ghost)
            entries.addMark(LegendMark::MissingLink);
        else if (item->evidenceCount() > 0 || scene->exportAnnotations())
            entries.addMark(LegendMark::EvidenceCount);
    }
    for (QGraphicsItem *item : scene->items()) {
        if (item->type() == CruxNumberItem::Type && item->isVisible())
            entries.addMark(LegendMark::CruxNumber);
        if (item->type() == OnlyHereMarker::Type && item->isVisible())
            entries.addMark(static_cast<OnlyHereMarker *>(item)->isForFactor()
                                ? LegendMark::OnlyHereFactor
                                : LegendMark::OnlyHereLink);
    }
}
} // namespace

void LegendEntries::addMark(LegendMark mark)
{
    if (marks.contains(mark))
        return;
    marks.insert(std::lower_bound(marks.begin(), marks.end(), mark), mark);
}

QString displayName(LegendMark mark)
{
    switch (mark) {
    case LegendMark::RootCause:
        return LegendText::tr("root cause in this reading");
    case LegendMark::FailurePoint:
        return LegendText::tr("tagged failure points");
    case LegendMark::EvidenceCount:
        return LegendText::tr("evidence items on the link");
    case LegendMark::MissingFactor:
        return LegendText::tr("factor not in this reading");
    case LegendMark::MissingLink:
        return LegendText::tr("link not in this reading");
    case LegendMark::OnlyHereFactor:
        return LegendText::tr("factor only in this reading");
    case LegendMark::OnlyHereLink:
        return LegendText::tr("link only in this reading");
    case LegendMark::CruxNumber:
        return LegendText::tr("crux number");
    }
    return {};
}

LegendEntries LegendEntries::collect(const QList<CanvasScene *> &scenes, bool withMarks)
{
    QStringList usedKinds; // first-seen order, for kinds the incident does not declare
    QSet<Relation> usedRelations;
    const Incident *incident = nullptr;
    LegendEntries entries;
    for (CanvasScene *scene : scenes) {
        if (!scene)
            continue;
        incident = &scene->document()->incident();
        // A missing factor keeps its kind's shape; a missing link has no relation style.
        for (FactorItem *item : scene->factorItems())
            if (item->isVisible() && !usedKinds.contains(item->kindId()))
                usedKinds.append(item->kindId());
        for (LinkItem *item : scene->linkItems())
            if (item->isVisible() && item->emphasis() != Emphasis::Ghost)
                usedRelations.insert(item->relation());
        if (withMarks)
            collectMarks(scene, entries);
    }
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
