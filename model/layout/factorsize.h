#pragma once

#include <QSizeF>

namespace faultline {

struct Factor;

/// Width in points of a factor box on the canvas; labels wrap inside it.
constexpr double kFactorBoxWidth = 180;
/// Smallest height in points of a factor box (one or two label lines and the kind line).
constexpr double kFactorBoxMinHeight = 60;

/// Size in points of the box the canvas draws for `factor`, estimated from
/// its label without measuring fonts, so the model (automatic layout) and
/// the canvas agree on it and layout needs no GUI: a fixed width of
/// kFactorBoxWidth and one line of height per wrapped line of the label.
QSizeF estimatedFactorSize(const Factor &factor);

} // namespace faultline
