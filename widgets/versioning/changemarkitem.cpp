#include "widgets/versioning/changemarkitem.h"

#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasstyle.h"
#include "widgets/panels/plaintext.h"

#include <QPainter>

namespace faultline {

namespace {
constexpr qreal kRadius = 8;
}

ChangeMarkItem::ChangeMarkItem(Kind kind, const QString &toolTip, const QFont &baseFont)
    : m_kind(kind)
{
    m_font = canvasstyle::badgeFont(baseFont);
    m_font.setPixelSize(12);
    m_font.setBold(true);
    setToolTip(plaintext::toolTip(toolTip));
    setZValue(4);
}

QRectF ChangeMarkItem::boundingRect() const
{
    return QRectF(-kRadius - 1, -kRadius - 1, 2 * kRadius + 2, 2 * kRadius + 2);
}

void ChangeMarkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // A reading aid while comparing, never part of an exported figure.
    if (auto *canvas = qobject_cast<CanvasScene *>(scene()); canvas && canvas->exportMode())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Qt::white, 1.5));
    // Green for new, amber for changed, red for removed; the sign carries it in
    // greyscale too.
    const QColor fill = m_kind == Kind::Added     ? QColor(0x2e, 0x8b, 0x57)
                        : m_kind == Kind::Changed ? QColor(0xc7, 0x7c, 0x02)
                                                  : QColor(0xb0, 0x3a, 0x2e);
    painter->setBrush(fill);
    painter->drawEllipse(QPointF(0, 0), kRadius, kRadius);
    painter->setPen(Qt::white);
    painter->setFont(m_font);
    painter->drawText(boundingRect(), Qt::AlignCenter,
                      m_kind == Kind::Added     ? QStringLiteral("+")
                      : m_kind == Kind::Changed ? QStringLiteral("~")
                                                : QString(QChar(0x2212)));
}

} // namespace faultline
