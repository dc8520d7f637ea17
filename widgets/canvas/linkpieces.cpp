#include "linkpieces.h"

#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace faultline {

namespace {

/// Pieces are cut until their control box is at most this wide and high:
/// small enough that a repainted strip meets few of them, large enough that
/// a normal link stays a handful of pieces.
constexpr qreal kLargestPiece = 160;

void appendCut(const CubicSegment &piece, int depth, QList<CubicSegment> &out)
{
    const QRectF box = QPolygonF{piece.p0, piece.p1, piece.p2, piece.p3}.boundingRect();
    if (depth == 0 || (box.width() <= kLargestPiece && box.height() <= kLargestPiece)) {
        out.append(piece);
        return;
    }
    const auto [first, second] = piece.split(0.5);
    appendCut(first, depth - 1, out);
    appendCut(second, depth - 1, out);
}

} // namespace

RepaintArea RepaintArea::of(QPainter *painter, const QStyleOptionGraphicsItem *option, qreal margin)
{
    RepaintArea area;
    if (!option || option->exposedRect.isEmpty())
        return area;
    area.everything = false;
    area.rect = option->exposedRect.adjusted(-margin, -margin, margin, margin);
    // The exposed rect bounds all repainted rects together: when a drag
    // repaints the boxes of a few long links going different ways it covers
    // most of the view, while the region itself is much smaller.
    if (const QPaintEngine *engine = painter->paintEngine()) {
        area.deviceRegion = engine->systemClip();
        area.toDevice = painter->deviceTransform();
        area.deviceMargin = margin * std::sqrt(std::abs(area.toDevice.determinant())) + 1;
    }
    return area;
}

bool RepaintArea::meets(const QRectF &itemRect) const
{
    if (everything)
        return true;
    // Grown a little: a straight piece has a box of zero width or height,
    // which QRectF::intersects never counts.
    const QRectF grown = itemRect.adjusted(-0.5, -0.5, 0.5, 0.5);
    if (!rect.intersects(grown))
        return false;
    if (deviceRegion.isEmpty())
        return true;
    const qreal m = deviceMargin;
    return deviceRegion.intersects(toDevice.mapRect(grown).adjusted(-m, -m, m, m).toAlignedRect());
}

void LinkPieces::reset(const QList<CubicSegment> &segments)
{
    m_segments = segments;
    m_pieces.clear();
    m_bounds.clear();
    m_lengthBefore.clear();
    // Drawn whole, the line keeps its original pieces: more pieces only
    // cost the stroker time when nothing is culled.
    m_wholePath = CubicSegment::toPath(segments);
    m_wholeBounds = {};
}

void LinkPieces::ensureCut() const
{
    if (!m_pieces.isEmpty() || m_segments.isEmpty())
        return;
    for (const CubicSegment &segment : m_segments)
        appendCut(segment, 6, m_pieces);
    m_bounds.reserve(m_pieces.size());
    for (const CubicSegment &piece : std::as_const(m_pieces))
        m_bounds.append(QPolygonF{piece.p0, piece.p1, piece.p2, piece.p3}.boundingRect());
    // The curve's own box, not the control points' (which stick out of the
    // view's exposed rect on curvy links that are wholly in view).
    m_wholeBounds = m_wholePath.boundingRect();
}

int LinkPieces::pieceCount() const
{
    ensureCut();
    return int(m_pieces.size());
}

bool RepaintArea::covers(const QRectF &itemRect) const
{
    if (everything)
        return true;
    if (!rect.contains(itemRect))
        return false;
    // One rect is the common case (a whole view, one box); a region of many
    // rects answers "not sure" and the pieces are tested one by one.
    return deviceRegion.isEmpty() ||
           (deviceRegion.rectCount() == 1 &&
            deviceRegion.boundingRect().contains(toDevice.mapRect(itemRect).toAlignedRect()));
}

bool LinkPieces::anyMeets(const RepaintArea &area) const
{
    if (area.everything)
        return !m_segments.isEmpty();
    ensureCut();
    for (const QRectF &box : m_bounds)
        if (area.meets(box))
            return true;
    return false;
}

QList<LinkPieces::Run> LinkPieces::runsMeeting(const RepaintArea &area, bool withLengths) const
{
    if (area.everything || m_segments.isEmpty())
        return {Run{m_wholePath, 0, pieceCount()}};
    ensureCut();
    if (area.covers(m_wholeBounds))
        return {Run{m_wholePath, 0, int(m_pieces.size())}};
    QList<Run> runs;
    if (withLengths && m_lengthBefore.isEmpty()) {
        qreal length = 0;
        for (const CubicSegment &piece : m_pieces) {
            m_lengthBefore.append(length);
            QPainterPath single(piece.p0);
            single.cubicTo(piece.p1, piece.p2, piece.p3);
            length += single.length();
        }
    }
    bool inRun = false;
    int kept = 0;
    for (qsizetype i = 0; i < m_pieces.size(); ++i) {
        if (!area.meets(m_bounds.at(i))) {
            inRun = false;
            continue;
        }
        const CubicSegment &piece = m_pieces.at(i);
        if (!inRun) {
            runs.append({QPainterPath(piece.p0), withLengths ? m_lengthBefore.at(i) : 0, 0});
            inRun = true;
        }
        runs.last().path.cubicTo(piece.p1, piece.p2, piece.p3);
        ++runs.last().pieces;
        ++kept;
    }
    if (kept == m_pieces.size()) // the cached whole path, not a copy built again
        return {Run{m_wholePath, 0, kept}};
    return runs;
}

QList<QPolygonF> LinkPieces::polylineRunsMeeting(const QPolygonF &line, const RepaintArea &area)
{
    if (area.covers(line.boundingRect()))
        return {line};
    QList<QPolygonF> runs;
    bool inRun = false;
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QPointF &a = line.at(i);
        const QPointF &b = line.at(i + 1);
        const QRectF box = QRectF(a, b).normalized();
        if (!area.meets(box)) {
            inRun = false;
            continue;
        }
        if (!inRun) {
            runs.append(QPolygonF{a});
            inRun = true;
        }
        runs.last().append(b);
    }
    return runs;
}

} // namespace faultline
