#include "cubicsegment.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace faultline {

namespace {
QPointF lerp(const QPointF &a, const QPointF &b, qreal t)
{
    return a + (b - a) * t;
}

QPointF unit(const QPointF &v)
{
    const qreal len = std::hypot(v.x(), v.y());
    return len > 1e-9 ? v / len : QPointF(1, 0);
}

// Parameter in [inside, outside] where `contains` flips, by bisection.
template <typename Contains> qreal boundary(qreal inside, qreal outside, Contains contains)
{
    for (int i = 0; i < 24; ++i) {
        const qreal mid = (inside + outside) / 2;
        if (contains(mid))
            inside = mid;
        else
            outside = mid;
    }
    return (inside + outside) / 2;
}
} // namespace

QPointF CubicSegment::at(qreal t) const
{
    const qreal u = 1 - t;
    return p0 * (u * u * u) + p1 * (3 * u * u * t) + p2 * (3 * u * t * t) + p3 * (t * t * t);
}

QPointF CubicSegment::endDirection() const
{
    for (const QPointF &from : {p2, p1, p0})
        if (QLineF(from, p3).length() > 1e-6)
            return unit(p3 - from);
    return {1, 0};
}

std::pair<CubicSegment, CubicSegment> CubicSegment::split(qreal t) const
{
    const QPointF a = lerp(p0, p1, t), b = lerp(p1, p2, t), c = lerp(p2, p3, t);
    const QPointF d = lerp(a, b, t), e = lerp(b, c, t);
    const QPointF f = lerp(d, e, t);
    return {{p0, a, d, f}, {f, e, c, p3}};
}

CubicSegment CubicSegment::sub(qreal t0, qreal t1) const
{
    if (t1 <= t0)
        return {at(t0), at(t0), at(t0), at(t0)};
    const CubicSegment tail = split(t0).second;
    return tail.split((t1 - t0) / (1 - t0)).first;
}

CubicSegment CubicSegment::defaultCurve(const QPointF &from, const QPointF &to, qreal bend)
{
    const QPointF d = to - from;
    QPointF c1, c2;
    // Causal diagrams mostly flow top-down or left-right: leaving and entering
    // along the main direction gives the calm S-curves of hand-drawn diagrams.
    if (std::abs(d.y()) >= std::abs(d.x())) {
        c1 = from + QPointF(0, d.y() * 0.45);
        c2 = to - QPointF(0, d.y() * 0.45);
    } else {
        c1 = from + QPointF(d.x() * 0.45, 0);
        c2 = to - QPointF(d.x() * 0.45, 0);
    }
    if (bend != 0) {
        const QPointF normal = unit(QPointF(-d.y(), d.x())) * bend;
        c1 += normal;
        c2 += normal;
    }
    return {from, c1, c2, to};
}

QList<CubicSegment> CubicSegment::fromRoute(const QList<QPointF> &route)
{
    QList<CubicSegment> segments;
    for (qsizetype i = 0; i + 3 < route.size(); i += 3)
        segments.append({route[i], route[i + 1], route[i + 2], route[i + 3]});
    return segments;
}

CubicSegment CubicSegment::clipped(const CubicSegment &curve, const QPainterPath &fromShape,
                                   const QPainterPath &toShape)
{
    const auto inFrom = [&](qreal t) { return fromShape.contains(curve.at(t)); };
    const auto inTo = [&](qreal t) { return toShape.contains(curve.at(t)); };
    constexpr int kSteps = 32;
    qreal t0 = 0, t1 = 1;
    // Find the first sample outside the start box and the last one outside
    // the end box, then refine each crossing.
    int first = -1, last = -1;
    for (int i = 0; i <= kSteps; ++i) {
        const qreal t = qreal(i) / kSteps;
        if (first < 0 && !inFrom(t))
            first = i;
        if (!inTo(t))
            last = i;
    }
    if (first > 0)
        t0 = boundary(qreal(first - 1) / kSteps, qreal(first) / kSteps, inFrom);
    if (last >= 0 && last < kSteps)
        t1 = boundary(qreal(last + 1) / kSteps, qreal(last) / kSteps, inTo);
    if (first < 0 || last < 0 || t1 <= t0)
        return curve; // the boxes overlap: keep the centre-to-centre curve
    return curve.sub(t0, t1);
}

QList<CubicSegment> CubicSegment::shortened(QList<CubicSegment> segments, qreal length)
{
    if (segments.isEmpty() || length <= 0)
        return segments;
    const CubicSegment &last = segments.last();
    const auto farEnough = [&](qreal t) { return QLineF(last.at(t), last.p3).length() >= length; };
    if (!farEnough(0))
        return segments; // too short to shorten: the arrowhead covers it
    const qreal t = boundary(0, 1, farEnough);
    segments.last() = last.split(t).first;
    return segments;
}

QPainterPath CubicSegment::toPath(const QList<CubicSegment> &segments)
{
    QPainterPath path;
    if (segments.isEmpty())
        return path;
    path.moveTo(segments.first().p0);
    for (const CubicSegment &s : segments)
        path.cubicTo(s.p1, s.p2, s.p3);
    return path;
}

QPointF CubicSegment::halfwayPoint(const QList<CubicSegment> &segments)
{
    // Same rule as QPainterPath::pointAtPercent(0.5): find the piece where
    // half the length is reached, then go the remaining share of that
    // piece's length as a share of its parameter. Only the lengths are
    // measured differently (16-step polylines).
    constexpr int kSamples = 16;
    if (segments.isEmpty())
        return {};
    QList<qreal> lengths;
    lengths.reserve(segments.size());
    qreal total = 0;
    for (const CubicSegment &s : segments) {
        qreal length = 0;
        QPointF last = s.p0;
        for (int i = 1; i <= kSamples; ++i) {
            const QPointF next = s.at(qreal(i) / kSamples);
            length += QLineF(last, next).length();
            last = next;
        }
        lengths.append(length);
        total += length;
    }
    qreal before = 0;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (before + lengths.at(i) >= total / 2 || i + 1 == segments.size()) {
            const qreal t = lengths.at(i) > 0 ? (total / 2 - before) / lengths.at(i) : 0;
            return segments.at(i).at(std::clamp(t, 0.0, 1.0));
        }
        before += lengths.at(i);
    }
    return segments.last().p3;
}

QPolygonF CubicSegment::offsetPolyline(const QList<CubicSegment> &segments, qreal offset)
{
    constexpr int kSamples = 24;
    QPolygonF points;
    for (const CubicSegment &s : segments) {
        for (int i = points.isEmpty() ? 0 : 1; i <= kSamples; ++i) {
            const qreal t = qreal(i) / kSamples;
            const qreal dt = 1.0 / (kSamples * 4);
            const QPointF tangent = unit(s.at(std::min(1.0, t + dt)) - s.at(std::max(0.0, t - dt)));
            points.append(s.at(t) + QPointF(-tangent.y(), tangent.x()) * offset);
        }
    }
    return points;
}

} // namespace faultline
