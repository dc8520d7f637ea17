#include "lensstyler.h"

#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/canvas/linkitem.h"

namespace faultline {

void LensStyler::apply(CanvasScene *scene, Lens lens, const QSet<QString> &intervened)
{
    Q_UNUSED(lens);
    Q_UNUSED(intervened);
    // Plain for now: every item at normal emphasis.
    for (FactorItem *item : scene->factorItems())
        item->setEmphasis(Emphasis::Normal);
    for (LinkItem *item : scene->linkItems())
        item->setEmphasis(Emphasis::Normal);
}

} // namespace faultline
