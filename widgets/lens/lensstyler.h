#pragma once

#include "model/analysis/lens.h"

#include <QSet>
#include <QString>

namespace faultline {

class CanvasScene;

/// Applies a lens to the items of one canvas scene: emphasis (see
/// widgets/canvas/emphasis.h) and lens overlays (lever notes, actual vs
/// ideal text, cut paths). Touches only graphics items, never the model or
/// the undo stack; the same call serves the editor and exports.
class LensStyler
{
public:
    /// `intervened`: factor ids marked as intervened on (levers lens what-if).
    static void apply(CanvasScene *scene, Lens lens, const QSet<QString> &intervened = {});
};

} // namespace faultline
