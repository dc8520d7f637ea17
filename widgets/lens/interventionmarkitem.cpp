#include "interventionmarkitem.h"

#include "widgets/canvas/canvasstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace faultline {

namespace {
constexpr qreal kFrameGap = 5;
constexpr qreal kTagHeight = 15;
} // namespace

InterventionMarkItem::InterventionMarkItem(const QPainterPath &outline, const QFont &baseFont)
{
    // The frame follows the box shape at a small distance.
    QPainterPathStroker stroker;
    stroker.setWidth(2 * kFrameGap);
    stroker.setJoinStyle(Qt::RoundJoin);
    m_frame = (stroker.createStroke(outline) + outline).simplified();
    m_font = canvasstyle::badgeFont(baseFont);
    m_text = QCoreApplication::translate("InterventionMarkItem", "Intervened").toUpper();
    setToolTip(QCoreApplication::translate(
        "InterventionMarkItem",
        "What-if: this factor is fixed. Press I again to undo the intervention."));
}

QColor InterventionMarkItem::color()
{
    return QColor(0x2e, 0x8b, 0x57);
}

QRectF InterventionMarkItem::tagRect() const
{
    const QRectF frame = m_frame.boundingRect();
    const qreal w = QFontMetricsF(m_font).horizontalAdvance(m_text) + 16;
    return QRectF(frame.left() - 4, frame.bottom() - kTagHeight / 2, w, kTagHeight);
}

QRectF InterventionMarkItem::boundingRect() const
{
    return m_frame.boundingRect().united(tagRect()).adjusted(-2, -2, 2, 2);
}

void InterventionMarkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color(), 2, Qt::DashLine);
    pen.setDashPattern({4, 3});
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_frame);
    const QRectF tag = tagRect();
    painter->setPen(Qt::NoPen);
    painter->setBrush(color());
    painter->drawRoundedRect(tag, kTagHeight / 2, kTagHeight / 2);
    painter->setPen(Qt::white);
    painter->setFont(m_font);
    // A check mark, then the word: readable in greyscale too.
    const qreal cx = tag.left() + 7;
    const qreal cy = tag.center().y();
    painter->setPen(QPen(Qt::white, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPolyline(
        QPolygonF({QPointF(cx - 3, cy), QPointF(cx - 1, cy + 2.5), QPointF(cx + 3, cy - 2.5)}));
    painter->drawText(tag.adjusted(12, 0, -2, 0), Qt::AlignCenter, m_text);
}

} // namespace faultline
