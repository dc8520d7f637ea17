#include "diagnosticmarkeritem.h"

#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasstyle.h"
#include "widgets/panels/plaintext.h"

#include <QPainter>

namespace faultline {

namespace {
constexpr qreal kRadius = 7;
}

DiagnosticMarkerItem::DiagnosticMarkerItem(DiagnosticSeverity severity, const QStringList &messages,
                                           const QFont &baseFont)
    : m_severity(severity), m_messages(messages)
{
    m_font = canvasstyle::badgeFont(baseFont);
    m_font.setPixelSize(10);
    setToolTip(plaintext::toolTip(messages.join(QLatin1Char('\n'))));
    setZValue(4);
}

QRectF DiagnosticMarkerItem::boundingRect() const
{
    return QRectF(-kRadius - 1, -kRadius - 1, 2 * kRadius + 2, 2 * kRadius + 2);
}

void DiagnosticMarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Editor aid only: an exported picture shows the argument, not its to-do list.
    if (auto *canvas = qobject_cast<CanvasScene *>(scene()); canvas && canvas->exportMode())
        return;
    const bool warning = m_severity == DiagnosticSeverity::Warning;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(warning ? canvasstyle::warning() : QColor(0x7d, 0x8a, 0x9c));
    painter->drawEllipse(QPointF(0, 0), kRadius, kRadius);
    painter->setPen(Qt::white);
    painter->setFont(m_font);
    painter->drawText(boundingRect(), Qt::AlignCenter,
                      warning ? QStringLiteral("!") : QStringLiteral("i"));
}

} // namespace faultline
