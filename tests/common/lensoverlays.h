#pragma once

// The lens overlays on a canvas scene, by item class, for the lens tests
// (header-only so each test stays one executable).

#include "widgets/canvas/canvasscene.h"
#include "widgets/lens/lensoverlayitem.h"
#include "widgets/lens/overlayanchor.h"

#include <QList>

namespace faultline::test {

/// The lens overlays of `scene` that are of class T (by their item Type).
template <typename T> QList<T *> lensOverlaysOf(CanvasScene *scene)
{
    QList<T *> result;
    for (LensOverlayItem *overlay : OverlayAnchor::overlays(scene, OverlayAnchor::Group::Lens))
        if (overlay->type() == T::Type)
            result.append(static_cast<T *>(overlay));
    return result;
}

} // namespace faultline::test
