#include "gapoverlayitem.h"

#include "widgets/canvas/canvasstyle.h"
#include "widgets/panels/plaintext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace faultline {

namespace {
constexpr qreal kPadding = 6;
constexpr qreal kGutter = 14; ///< between the columns, room for the arrow
constexpr int kMaxLines = 6;

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty()
               ? QCoreApplication::translate("GapOverlayItem", "(not described)")
               : text;
}
} // namespace

GapOverlayItem::GapOverlayItem(const QString &actual, const QString &ideal, qreal width,
                               const QFont &baseFont)
    : m_actualText(actual), m_idealText(ideal)
{
    m_captionFont = canvasstyle::captionFont(baseFont);
    QFont bodyFont = baseFont;
    bodyFont.setPixelSize(10);
    const qreal column = (width - 2 * kPadding - kGutter) / 2;
    m_actual = WrappedText(orDash(actual), bodyFont, column, kMaxLines);
    m_ideal = WrappedText(orDash(ideal), bodyFont, column, kMaxLines);
    const qreal captionHeight = QFontMetricsF(m_captionFont).lineSpacing();
    const qreal height =
        kPadding + captionHeight + 2 + qMax(m_actual.height(), m_ideal.height()) + kPadding;
    m_rect = QRectF(-width / 2, 0, width, height);
    setToolTip(
        plaintext::toolTip(QCoreApplication::translate("GapOverlayItem", "Actual: %1\nIdeal: %2")
                               .arg(orDash(actual), orDash(ideal))));
}

QColor GapOverlayItem::actualColor()
{
    return QColor(0xb4, 0x3c, 0x2e);
}

QColor GapOverlayItem::idealColor()
{
    return QColor(0x2e, 0x7d, 0x4f);
}

void GapOverlayItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal column = (m_rect.width() - 2 * kPadding - kGutter) / 2;
    const QRectF actualBox(m_rect.left(), m_rect.top(), kPadding + column + kGutter / 2,
                           m_rect.height());
    const QRectF idealBox(actualBox.right(), m_rect.top(), m_rect.right() - actualBox.right(),
                          m_rect.height());
    QColor actualFill = actualColor();
    actualFill.setAlphaF(0.08);
    QColor idealFill = idealColor();
    idealFill.setAlphaF(0.08);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(m_rect, 4, 4);
    // The tinted halves as shapes of their own, not through a clip: the SVG
    // generator of Qt 6.4 ignores clipping, which filled the whole card with
    // the second tint in SVG exports.
    QPainterPath card;
    card.addRoundedRect(m_rect, 4, 4);
    QPainterPath actualHalf;
    actualHalf.addRect(actualBox);
    QPainterPath idealHalf;
    idealHalf.addRect(idealBox);
    painter->setBrush(actualFill);
    painter->drawPath(card.intersected(actualHalf));
    painter->setBrush(idealFill);
    painter->drawPath(card.intersected(idealHalf));
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(canvasstyle::gridMajor().darker(115), 1));
    painter->drawRoundedRect(m_rect, 4, 4);
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < canvasstyle::kDetailLevel)
        return;

    const QFontMetricsF captionMetrics(m_captionFont);
    const qreal captionBaseline = m_rect.top() + kPadding + captionMetrics.ascent();
    const qreal bodyTop = m_rect.top() + kPadding + captionMetrics.lineSpacing() + 2;
    const qreal actualLeft = m_rect.left() + kPadding;
    const qreal idealLeft = actualLeft + column + kGutter;
    painter->setFont(m_captionFont);
    painter->setPen(actualColor());
    painter->drawText(QPointF(actualLeft, captionBaseline),
                      QCoreApplication::translate("GapOverlayItem", "ACTUAL"));
    painter->setPen(idealColor());
    painter->drawText(QPointF(idealLeft, captionBaseline),
                      QCoreApplication::translate("GapOverlayItem", "IDEAL"));
    // The arrow between the columns reads "actual, should become ideal".
    painter->setPen(QPen(canvasstyle::mutedText(), 1.2));
    const qreal ax = actualBox.right();
    const qreal ay = captionBaseline - captionMetrics.ascent() / 2;
    painter->drawLine(QPointF(ax - 4, ay), QPointF(ax + 4, ay));
    painter->drawLine(QPointF(ax + 1, ay - 3), QPointF(ax + 4, ay));
    painter->drawLine(QPointF(ax + 1, ay + 3), QPointF(ax + 4, ay));
    painter->setPen(m_actualText.trimmed().isEmpty() ? canvasstyle::mutedText()
                                                     : canvasstyle::text());
    m_actual.paint(painter, QPointF(actualLeft, bodyTop));
    painter->setPen(m_idealText.trimmed().isEmpty() ? canvasstyle::mutedText()
                                                    : canvasstyle::text());
    m_ideal.paint(painter, QPointF(idealLeft, bodyTop));
}

} // namespace faultline
