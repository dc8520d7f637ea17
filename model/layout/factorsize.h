#pragma once

#include <QSizeF>
#include <QString>

namespace faultline {

struct Factor;

/// Width in points of a rectangular factor box with a wrapped label; other
/// shapes add their slanted or rounded sides (see estimatedFactorSize()).
constexpr double kFactorBoxWidth = 180;
/// Smallest height in points of a factor box (one label line and the kind line).
constexpr double kFactorBoxMinHeight = 60;
/// Width in points at which the canvas wraps a factor label. The canvas
/// (canvasstyle::kMaxLabelWidth) takes it from here, so the layout spaces
/// boxes for the width they are drawn with.
constexpr double kFactorLabelWrapWidth = 160;

/// How far a label must stay from the left and right edges of a box of the
/// kind shape `shapeName` (the file format's shape words) and `height`, so it
/// never crosses the slanted or rounded sides. The canvas draws with it too.
double factorShapeInset(const QString &shapeName, double height);

/// Size in points of the box the canvas draws for `factor` in a kind of the
/// shape `shapeName`, estimated from its label without measuring fonts, so
/// the model (automatic layout) and the canvas agree on it and layout needs no
/// GUI. The width is the wrap width plus the shape's sides, as for a label
/// that wraps (the widest case; short labels get narrower boxes); the height
/// has one line per wrapped line of the label. Never smaller than the box drawn.
QSizeF estimatedFactorSize(const Factor &factor, const QString &shapeName = QString());

} // namespace faultline
