#include "wrappedtext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace faultline {

WrappedText::WrappedText(const QString &text, const QFont &font, qreal width, int maxLines)
    : m_font(font)
{
    const QFontMetricsF fm(font);
    m_lineHeight = fm.lineSpacing();
    m_ascent = fm.ascent();
    QString flat = text.simplified();
    if (flat.isEmpty())
        return;
    QTextLayout layout(flat, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (m_lines.size() == maxLines - 1) {
            // The last allowed line takes the rest of the text, elided.
            const QString rest = flat.mid(line.textStart());
            const QString shown = fm.elidedText(rest, Qt::ElideRight, width);
            m_elided = shown != rest;
            m_lines.append(shown);
            break;
        }
        m_lines.append(flat.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
}

qreal WrappedText::height() const
{
    return m_lines.size() * m_lineHeight;
}

void WrappedText::paint(QPainter *painter, const QPointF &topLeft) const
{
    painter->setFont(m_font);
    for (int i = 0; i < m_lines.size(); ++i)
        painter->drawText(topLeft + QPointF(0, m_ascent + i * m_lineHeight), m_lines[i]);
}

} // namespace faultline
