#pragma once

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>

#include <utility>

namespace faultline {

/// One cubic Bézier piece of a link's curve, with the little geometry the
/// canvas needs: evaluation, splitting, clipping at box outlines and
/// shortening under an arrowhead.
struct CubicSegment
{
    QPointF p0, p1, p2, p3;

    QPointF at(qreal t) const;
    /// Direction of travel at the end (unit vector); falls back to the chord
    /// when control points coincide with the end point.
    QPointF endDirection() const;
    std::pair<CubicSegment, CubicSegment> split(qreal t) const;
    /// The part between parameters t0 and t1.
    CubicSegment sub(qreal t0, qreal t1) const;

    /// A gently curved default link from `from` to `to`: the curve leaves and
    /// enters along the dominant axis; `bend` pushes it sideways (used to
    /// separate a pair of opposite links).
    static CubicSegment defaultCurve(const QPointF &from, const QPointF &to, qreal bend);
    /// The pieces of a routed path of 1 + 3k points (extra points are ignored).
    static QList<CubicSegment> fromRoute(const QList<QPointF> &route);
    /// `curve` trimmed so it starts where it leaves `fromShape` and ends where
    /// it enters `toShape` (both in the curve's coordinates).
    static CubicSegment clipped(const CubicSegment &curve, const QPainterPath &fromShape,
                                const QPainterPath &toShape);
    /// The path without its last `length` units (measured along the last piece).
    static QList<CubicSegment> shortened(QList<CubicSegment> segments, qreal length);
    static QPainterPath toPath(const QList<CubicSegment> &segments);
    /// Where QPainterPath::pointAtPercent(0.5) of the path is (the evidence
    /// badge's place), within a fraction of a pixel, at a small part of its
    /// cost: Qt measures every piece's length recursively, and links are
    /// re-routed on every step of a drag and of applying a layout.
    static QPointF halfwayPoint(const QList<CubicSegment> &segments);
    /// A polyline running parallel to the path at signed distance `offset`.
    static QPolygonF offsetPolyline(const QList<CubicSegment> &segments, qreal offset);
};

} // namespace faultline
