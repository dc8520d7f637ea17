#pragma once

#include "cubicsegment.h"

#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QRegion>
#include <QTransform>

class QPainter;
class QStyleOptionGraphicsItem;

namespace faultline {

/// The part of the canvas a paint call has to fill, in item coordinates, for
/// culling parts of a long item: the exposed rect and (when painting a
/// widget) the exact repainted region of the device, each grown by `margin`.
struct RepaintArea
{
    /// Everything counts (exports, and paints without an exposed rect).
    bool everything = true;
    QRectF rect;          ///< item coordinates, grown by the margin
    QRegion deviceRegion; ///< the device's repainted region; empty: unknown
    QTransform toDevice;  ///< item → device
    qreal deviceMargin = 0;

    static RepaintArea of(QPainter *painter, const QStyleOptionGraphicsItem *option, qreal margin);
    bool meets(const QRectF &itemRect) const;
    /// Whether all of `itemRect` is surely inside (false when unsure).
    bool covers(const QRectF &itemRect) const;
};

/// A link's line cut into pieces small enough to cull. The raster engine
/// flattens, strokes and rasterises the whole path of every drawPath call
/// across the whole device, whatever the clip, so a long route crossing a
/// small repainted area cost as much as drawing all of it; paint() strokes
/// only the pieces that reach the repainted area. Cutting a cubic at a
/// parameter gives the same curve, so the pieces draw the identical line.
class LinkPieces
{
public:
    /// One connected run of pieces and its arc length from the start of the
    /// line (where a dash pattern has to pick up).
    struct Run
    {
        QPainterPath path;
        qreal startLength = 0;
        int pieces = 0; ///< how many of pieceCount() it holds
    };

    void reset(const QList<CubicSegment> &segments);
    bool isEmpty() const { return m_segments.isEmpty(); }
    bool anyMeets(const RepaintArea &area) const;
    /// The runs of pieces that meet `area`; a single run of the whole line
    /// when every piece does. `withLengths` fills in Run::startLength.
    QList<Run> runsMeeting(const RepaintArea &area, bool withLengths) const;
    /// The same for a polyline (the rails of an amplifying link).
    static QList<QPolygonF> polylineRunsMeeting(const QPolygonF &line, const RepaintArea &area);

    /// How many pieces the line is cut into for culling.
    int pieceCount() const;
    /// The whole line as one path (cached).
    const QPainterPath &wholePath() const { return m_wholePath; }

private:
    /// Cuts the line on the first paint that could cull it: most links of a
    /// big scene are never painted near a small repainted area.
    void ensureCut() const;

    QList<CubicSegment> m_segments; ///< as given
    QPainterPath m_wholePath;
    mutable QList<CubicSegment> m_pieces;
    mutable QRectF m_wholeBounds;
    mutable QList<QRectF> m_bounds; ///< control-point box of each piece
    mutable QList<qreal>
        m_lengthBefore; ///< arc length before each piece, made when a dashed line needs it
};

} // namespace faultline
