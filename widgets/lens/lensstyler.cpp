#include "lensstyler.h"

#include "gapoverlayitem.h"
#include "interventionmarkitem.h"
#include "lensnoteitem.h"
#include "lenssummary.h"
#include "overlayanchor.h"

#include "model/analysis/leveremphasis.h"
#include "model/analysis/pathanalysis.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasstyle.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/canvas/linkitem.h"

#include <QCoreApplication>
#include <QHash>

namespace faultline {

namespace {

constexpr qreal kNoteGap =
    16; ///< below the box: room for the failure-mode tag, the link handle and the intervention tag
constexpr qreal kNoteSpacing = 4;
constexpr qreal kOverlayFadedOpacity = 0.35;

void setAll(CanvasScene *scene, Emphasis emphasis)
{
    for (FactorItem *item : scene->factorItems())
        item->setEmphasis(emphasis);
    for (LinkItem *item : scene->linkItems())
        item->setEmphasis(emphasis);
}

/// Stacks overlay cards under one factor's box, top to bottom.
class NoteStack
{
public:
    explicit NoteStack(FactorItem *factor)
        : m_factor(factor), m_y(factor->boxRect().bottom() + kNoteGap)
    {
    }

    void add(LensOverlayItem *overlay)
    {
        new OverlayAnchor(m_factor, OverlayAnchor::Group::Lens, overlay, QPointF(0, m_y));
        if (m_factor->emphasis() == Emphasis::Faded)
            overlay->setOpacity(kOverlayFadedOpacity);
        m_y += overlay->boundingRect().height() + kNoteSpacing;
    }

    qreal cardWidth(qreal minimum, qreal maximum) const
    {
        return qBound(minimum, m_factor->boxRect().width() + 24, maximum);
    }

private:
    FactorItem *m_factor;
    qreal m_y;
};

QFont sceneFont(const CanvasScene *scene)
{
    return scene->font();
}

} // namespace

void LensStyler::apply(CanvasScene *scene, Lens lens, const QSet<QString> &intervened)
{
    if (!scene)
        return;
    OverlayAnchor::clear(scene, OverlayAnchor::Group::Lens);
    setAll(scene, Emphasis::Normal);
    if (!scene->interpretation())
        return;
    switch (lens) {
    case Lens::Plain:
        break;
    case Lens::RootCause:
        styleRootCause(scene);
        break;
    case Lens::Levers:
        styleLevers(scene, intervened);
        break;
    case Lens::Gaps:
        styleGaps(scene);
        break;
    }
}

QRectF LensStyler::renderRect(const CanvasScene *scene)
{
    QRectF rect = scene->diagramRect();
    for (LensOverlayItem *overlay :
         OverlayAnchor::overlays(const_cast<CanvasScene *>(scene), OverlayAnchor::Group::Lens))
        if (overlay->isVisible())
            rect |= overlay->sceneBoundingRect();
    return rect;
}

void LensStyler::styleRootCause(CanvasScene *scene)
{
    const PathAnalysis analysis(scene->document()->incident(), *scene->interpretation());
    const RootCauseEmphasis emphasis = analysis.rootCauseLens();
    const QSet<QString> onPath(emphasis.factorIds.cbegin(), emphasis.factorIds.cend());
    const QSet<QString> linksOnPath(emphasis.linkIds.cbegin(), emphasis.linkIds.cend());
    const QSet<QString> rootCauses(analysis.rootCauseIds().cbegin(),
                                   analysis.rootCauseIds().cend());
    for (FactorItem *item : scene->factorItems()) {
        const QString &id = item->factorId();
        item->setEmphasis(rootCauses.contains(id) ? Emphasis::Highlighted
                          : onPath.contains(id)   ? Emphasis::Normal
                                                  : Emphasis::Faded);
    }
    for (LinkItem *item : scene->linkItems())
        item->setEmphasis(linksOnPath.contains(item->linkId()) ? Emphasis::Highlighted
                                                               : Emphasis::Faded);
}

void LensStyler::styleLevers(CanvasScene *scene, const QSet<QString> &intervened)
{
    const Interpretation &interpretation = *scene->interpretation();
    const PathAnalysis analysis(scene->document()->incident(), interpretation);
    QStringList intervenedIds; // placement order, so the analysis is deterministic
    for (const Placement &placement : interpretation.placements)
        if (intervened.contains(placement.factorId))
            intervenedIds.append(placement.factorId);

    QHash<QString, LeverOutcome> outcomes;
    if (!intervenedIds.isEmpty()) {
        const LeverEmphasis emphasis = LeverEmphasis::compute(analysis, intervenedIds);
        for (FactorItem *item : scene->factorItems()) {
            const QString &id = item->factorId();
            if (emphasis.intervenedFactorIds.contains(id) ||
                emphasis.remainingFactorIds.contains(id))
                item->setEmphasis(Emphasis::Normal);
            else if (emphasis.isCutFactor(id))
                item->setEmphasis(Emphasis::Faded);
        }
        for (LinkItem *item : scene->linkItems()) {
            const QString &id = item->linkId();
            if (emphasis.remainingLinkIds.contains(id))
                item->setEmphasis(Emphasis::Highlighted);
            else if (emphasis.isCutLink(id))
                item->setEmphasis(Emphasis::Faded);
        }
        const LeverAnalysis whatIf = analysis.whatIf(intervenedIds);
        for (const LeverOutcome &outcome : whatIf.behaviours)
            outcomes.insert(outcome.behaviourId, outcome);
    }

    const QFont font = sceneFont(scene);
    for (const Placement &placement : interpretation.placements) {
        FactorItem *item = scene->factorItem(placement.factorId);
        if (!item)
            continue;
        if (intervened.contains(placement.factorId))
            new OverlayAnchor(item, OverlayAnchor::Group::Lens,
                              new InterventionMarkItem(item->outlinePath(), font), QPointF());
        NoteStack stack(item);
        if (!placement.leverNote.trimmed().isEmpty())
            stack.add(new LensNoteItem(QCoreApplication::translate("LensStyler", "Lever"),
                                       placement.leverNote, LensNoteItem::Tone::Lever,
                                       stack.cardWidth(150, 200), font));
        const auto outcome = outcomes.constFind(placement.factorId);
        // Only behaviours the intervention touches get a what-if card; the
        // status line says the rest.
        if (outcome != outcomes.cend() && outcome->reachableBefore &&
            (!outcome->cutPaths.isEmpty() || outcome->cutTruncated))
            stack.add(new LensNoteItem(QCoreApplication::translate("LensStyler", "What-if"),
                                       LensSummary::outcomeText(*outcome),
                                       outcome->reachable ? LensNoteItem::Tone::Remains
                                                          : LensNoteItem::Tone::Cut,
                                       stack.cardWidth(150, 200), font));
    }
}

void LensStyler::styleGaps(CanvasScene *scene)
{
    const Incident &incident = scene->document()->incident();
    const QFont font = sceneFont(scene);
    for (LinkItem *item : scene->linkItems())
        item->setEmphasis(Emphasis::Faded);
    for (FactorItem *item : scene->factorItems()) {
        const Factor *factor = incident.findFactor(item->factorId());
        if (!factor || !factor->hasGap()) {
            item->setEmphasis(Emphasis::Faded);
            continue;
        }
        item->setEmphasis(Emphasis::Normal);
        NoteStack stack(item);
        stack.add(
            new GapOverlayItem(factor->actual, factor->ideal, stack.cardWidth(200, 210), font));
    }
}

} // namespace faultline
