#include "onlyheremarker.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

namespace faultline {

namespace {
constexpr qreal kDotRadius = 4.5;

QFont tagFont()
{
    QFont font;
    font.setPointSizeF(7);
    font.setBold(true);
    return font;
}
} // namespace

OnlyHereMarker::OnlyHereMarker(const QPointF &anchor, bool withText) : m_withText(withText)
{
    setPos(anchor);
    setZValue(50); // above factors and links
    setAcceptedMouseButtons(Qt::NoButton);
    retranslate();
}

void OnlyHereMarker::retranslate()
{
    // The pill fits its words, which are longer or shorter in another language.
    prepareGeometryChange();
    if (m_withText) {
        const QSizeF text = QFontMetricsF(tagFont()).size(Qt::TextSingleLine, tr("only here"));
        const QSizeF size(text.width() + 10, text.height() + 2);
        m_box = QRectF(QPointF(-size.width() / 2, -size.height() / 2), size);
    } else {
        m_box = QRectF(-kDotRadius, -kDotRadius, 2 * kDotRadius, 2 * kDotRadius);
    }
    setToolTip(tr("Only this reading has it"));
}

QColor OnlyHereMarker::color()
{
    return QColor(0x6d, 0x4a, 0xd8);
}

QRectF OnlyHereMarker::boundingRect() const
{
    return m_box.adjusted(-1, -1, 1, 1);
}

void OnlyHereMarker::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color(), 1.2));
    painter->setBrush(m_withText ? QColor(0xf4, 0xf0, 0xff) : color());
    if (!m_withText) {
        painter->setPen(QPen(Qt::white, 1.5));
        painter->drawEllipse(m_box);
        return;
    }
    painter->drawRoundedRect(m_box, m_box.height() / 2, m_box.height() / 2);
    painter->setFont(tagFont());
    painter->setPen(color());
    painter->drawText(m_box, Qt::AlignCenter, tr("only here"));
}

} // namespace faultline
