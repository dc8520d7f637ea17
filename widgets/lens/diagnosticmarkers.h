#pragma once

#include "model/analysis/diagnostic.h"

#include <QList>

namespace faultline {

class CanvasScene;

/// Puts one DiagnosticMarkerItem on every factor and link of a canvas that a
/// diagnostic is about (a factor's top-left corner, a link's middle), with
/// the strongest severity and every message of that element. Independent of
/// the lens: LensStyler never touches these markers.
class DiagnosticMarkers
{
public:
    /// Replaces the markers of `scene` with those for `diagnostics` (of its interpretation).
    static void show(CanvasScene *scene, const QList<Diagnostic> &diagnostics);
    static void clear(CanvasScene *scene);
};

} // namespace faultline
