#pragma once

#include "model/analysis/lens.h"

#include <QRectF>
#include <QSet>
#include <QString>

namespace faultline {

class CanvasScene;
class FactorItem;

/// Applies a lens to the items of one canvas scene: emphasis (see
/// widgets/canvas/emphasis.h) and lens overlays (lever notes, actual vs
/// ideal text, intervention marks, path status of behaviours). Touches only
/// graphics items, never the model or the undo stack; the same call serves
/// the editor and exports. Calling it again replaces the previous styling,
/// so it is also how a canvas catches up after the document changed.
///
/// - Plain: every item Normal, no overlays.
/// - Root cause: root causes and links on a path from a root cause to a
///   behaviour Highlighted, the other factors on such paths Normal, the rest Faded.
/// - Levers: lever notes under the boxes. With `intervened` factors, those
///   get a mark, paths that remain are Highlighted, what the intervention cuts
///   off is Faded, and each behaviour says how many of its paths remain.
/// - Gaps: actual vs ideal under each factor that has either; the other
///   factors and all links Faded.
class LensStyler
{
public:
    /// `intervened`: factor ids marked as intervened on (levers lens what-if).
    static void apply(CanvasScene *scene, Lens lens, const QSet<QString> &intervened = {});

    /// The diagram with the lens overlays (CanvasScene::diagramRect() covers
    /// the factor and link items only); exports should render this rectangle.
    static QRectF renderRect(const CanvasScene *scene);

private:
    static void styleRootCause(CanvasScene *scene);
    static void styleLevers(CanvasScene *scene, const QSet<QString> &intervened);
    static void styleGaps(CanvasScene *scene);
};

} // namespace faultline
