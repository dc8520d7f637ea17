#include "cruxnumberitem.h"

#include "widgets/export/legendpainter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace faultline {

namespace {
constexpr qreal kCalloutPadding = 5;
constexpr qreal kCalloutMaxWidth = 230;

QFont numberFont()
{
    QFont font;
    font.setPixelSize(12);
    font.setBold(true);
    return font;
}

QFont calloutFont()
{
    QFont font;
    font.setPixelSize(12);
    return font;
}
} // namespace

CruxNumberItem::CruxNumberItem(const QPointF &anchor, int number, const QStringList &lines)
    : m_number(number), m_lines(lines)
{
    setPos(anchor);
    setZValue(60); // above factors, links and "only here" tags
    setAcceptedMouseButtons(Qt::NoButton);
    // Readable at any zoom, like a label on the screen rather than in the diagram.
    setFlag(ItemIgnoresTransformations);
    if (m_lines.isEmpty()) {
        const qreal r = cruxNumberRadius(numberFont());
        m_box = QRectF(-r, -r, 2 * r, 2 * r);
        return;
    }
    const QFontMetricsF fm(calloutFont());
    qreal width = 0, height = 0;
    for (const QString &line : std::as_const(m_lines)) {
        const QRectF r =
            fm.boundingRect(QRectF(0, 0, kCalloutMaxWidth, 1e4), Qt::TextWordWrap, line);
        width = std::max(width, r.width());
        height += r.height();
    }
    // The crux's number leads the callout: it stands beside the frame, away
    // from the numbered factor.
    m_indent = 2 * cruxNumberRadius(numberFont()) + 5;
    m_box = QRectF(0, 0, m_indent + width + 2 * kCalloutPadding,
                   std::max(height, m_indent - 5) + 2 * kCalloutPadding);
}

QRectF CruxNumberItem::boundingRect() const
{
    return m_box.adjusted(-2, -2, 2, 2);
}

void CruxNumberItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_lines.isEmpty()) {
        paintCruxNumber(painter, QPointF(0, 0), m_number, numberFont());
        return;
    }
    painter->setPen(QPen(cruxNumberColor(), 1.4));
    painter->setBrush(QColor(0xff, 0xf7, 0xf0));
    painter->drawRoundedRect(m_box, 4, 4);
    const qreal r = cruxNumberRadius(numberFont());
    paintCruxNumber(painter, QPointF(kCalloutPadding + r, kCalloutPadding + r), m_number,
                    numberFont());
    painter->setFont(calloutFont());
    painter->setPen(QColor(0x2b, 0x2f, 0x36));
    const QFontMetricsF fm(calloutFont());
    qreal y = kCalloutPadding;
    for (const QString &line : std::as_const(m_lines)) {
        const QRectF box =
            fm.boundingRect(QRectF(0, 0, kCalloutMaxWidth, 1e4), Qt::TextWordWrap, line);
        painter->drawText(QRectF(kCalloutPadding + m_indent, y, kCalloutMaxWidth, box.height()),
                          Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, line);
        y += box.height();
    }
}

} // namespace faultline
