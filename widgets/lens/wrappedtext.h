#pragma once

#include <QFont>
#include <QPointF>
#include <QString>
#include <QStringList>

class QPainter;

namespace faultline {

/// Plain document text wrapped to a width for the lens overlays, at most
/// `maxLines` lines with the last one elided, so a long note never grows
/// into its neighbours. Never interprets the text as rich text.
class WrappedText
{
public:
    WrappedText() = default;
    WrappedText(const QString &text, const QFont &font, qreal width, int maxLines);

    const QStringList &lines() const { return m_lines; }
    bool elided() const { return m_elided; }
    qreal height() const;
    /// Draws the lines with the first baseline one ascent below `topLeft`.
    void paint(QPainter *painter, const QPointF &topLeft) const;

private:
    QFont m_font;
    QStringList m_lines;
    qreal m_lineHeight = 0;
    qreal m_ascent = 0;
    bool m_elided = false;
};

} // namespace faultline
