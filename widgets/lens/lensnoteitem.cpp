#include "lensnoteitem.h"

#include "widgets/canvas/canvasstyle.h"
#include "widgets/panels/plaintext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace faultline {

namespace {
constexpr qreal kPadding = 6;
constexpr qreal kAccentBar = 3;
constexpr int kMaxLines = 4;
} // namespace

LensNoteItem::LensNoteItem(const QString &caption, const QString &text, Tone tone, qreal width,
                           const QFont &baseFont)
    : m_caption(caption), m_text(text), m_tone(tone)
{
    m_captionFont = canvasstyle::captionFont(baseFont);
    QFont bodyFont = baseFont;
    bodyFont.setPixelSize(11);
    const qreal textWidth = width - 2 * kPadding - kAccentBar;
    m_body = WrappedText(text, bodyFont, textWidth, kMaxLines);
    const qreal captionHeight = QFontMetricsF(m_captionFont).lineSpacing();
    const qreal height = kPadding + captionHeight + 1 + m_body.height() + kPadding;
    m_rect = QRectF(-width / 2, 0, width, height);
    setToolTip(plaintext::toolTip(caption + QStringLiteral(": ") + text));
}

QColor LensNoteItem::accent(Tone tone)
{
    switch (tone) {
    case Tone::Lever:
        return QColor(0x1f, 0x7a, 0x8c);
    case Tone::Remains:
        return canvasstyle::highlight();
    case Tone::Cut:
        return QColor(0x2e, 0x8b, 0x57);
    }
    return canvasstyle::text();
}

void LensNoteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QColor accentColor = accent(m_tone);
    QColor fill = accentColor;
    fill.setAlphaF(0.09);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(m_rect, 4, 4);
    painter->setBrush(fill);
    QColor border = accentColor;
    border.setAlphaF(0.55);
    painter->setPen(QPen(border, 1));
    painter->drawRoundedRect(m_rect, 4, 4);
    painter->setPen(Qt::NoPen);
    painter->setBrush(accentColor);
    painter->drawRoundedRect(QRectF(m_rect.left(), m_rect.top(), kAccentBar + 2, m_rect.height()),
                             2, 2);
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < canvasstyle::kDetailLevel)
        return;
    const qreal left = m_rect.left() + kAccentBar + kPadding;
    painter->setPen(accentColor.darker(115));
    painter->setFont(m_captionFont);
    const QFontMetricsF captionMetrics(m_captionFont);
    painter->drawText(QPointF(left, m_rect.top() + kPadding + captionMetrics.ascent()),
                      m_caption.toUpper());
    painter->setPen(canvasstyle::text());
    m_body.paint(painter,
                 QPointF(left, m_rect.top() + kPadding + captionMetrics.lineSpacing() + 1));
}

} // namespace faultline
