#pragma once

#include <QSizeF>
#include <QString>

namespace faultline {

struct Factor;

/// Width in points of a rectangular factor box with a label wrapped over
/// several lines; other shapes add their slanted or rounded sides, shorter
/// labels give narrower boxes (see estimatedFactorSize()).
constexpr double kFactorBoxWidth = 180;
/// Smallest height in points of a factor box (one label line and the kind line).
constexpr double kFactorBoxMinHeight = 60;
/// Width in points at which the canvas wraps a factor label. The canvas
/// (canvasstyle::kMaxLabelWidth) takes it from here, so the layout spaces
/// boxes for the width they are drawn with.
constexpr double kFactorLabelWrapWidth = 160;
/// The narrowest label area of a box (canvasstyle::kMinLabelWidth).
constexpr double kFactorMinLabelWidth = 88;

/// How far a label must stay from the left and right edges of a box of the
/// kind shape `shapeName` (the file format's shape words) and `height`, so it
/// never crosses the slanted or rounded sides. The canvas draws with it too.
double factorShapeInset(const QString &shapeName, double height);

/// Size in points of the box the canvas draws for `factor` in a kind of the
/// shape `shapeName` named `caption`, estimated from its label without
/// measuring fonts, so the model (automatic layout) and the canvas agree on
/// it and layout needs no GUI: the longest wrapped line, the caption or the
/// narrowest label area, plus the shape's sides, wide; one line of height per
/// wrapped line of the label. Glyph widths are estimated on the large side,
/// so the box drawn is not larger (tst_widgets_compareexport checks it).
QSizeF estimatedFactorSize(const Factor &factor, const QString &shapeName = QString(),
                           const QString &caption = QString());

} // namespace faultline
