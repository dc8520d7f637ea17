#pragma once

#include "model/kindstyle.h"

#include <QIcon>
#include <QPainterPath>
#include <QRectF>
#include <QString>

namespace faultline {

/// The outline of a kind's shape (see kindShapes()) filling `rect`. Every
/// shape has a distinct silhouette so diagrams read in greyscale. An unknown
/// shape name gives a plain rectangle.
QPainterPath kindShapePath(const QString &shapeName, const QRectF &rect);

/// How far text must stay from the left and right edges of a box of the
/// given height so it never crosses the slanted or rounded sides.
qreal kindShapeHorizontalInset(const QString &shapeName, qreal height);

/// Extra room the shape needs below the text (the document shape's wave).
qreal kindShapeBottomInset(const QString &shapeName, qreal height);

/// Fill and outline colours used for a kind's boxes and icons.
QColor kindFillColor(const QColor &kindColor);
QColor kindOutlineColor(const QColor &kindColor);

/// A small picture of the kind's shape in its colours, for palettes and lists.
QIcon kindIcon(const KindStyle &style);

} // namespace faultline
