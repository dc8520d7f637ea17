#pragma once

#include "legendentries.h"
#include "widgets/canvas/canvasstyle.h"

#include <QFont>
#include <QSizeF>

class QPainter;

namespace faultline {

/// Draws a legend of kinds (their shape in the theme's colours) and
/// relations (their line style and arrowhead, drawn by LinkItem's own code)
/// as one column (beside the diagram) or as rows (below it).
class LegendPainter
{
public:
    LegendPainter(LegendEntries entries, canvasstyle::CanvasColors colors, QFont baseFont);

    /// Size of the legend as a column, or as rows no wider than `maxWidth`.
    QSizeF columnSize() const;
    QSizeF rowsSize(qreal maxWidth) const;
    void paintColumn(QPainter *painter, const QPointF &topLeft) const;
    void paintRows(QPainter *painter, const QRectF &rect) const;

private:
    struct Cell
    {
        bool isKind;
        int index;
        QString text;
        qreal width;
    };
    QList<Cell> cells() const;
    void paintCell(QPainter *painter, const Cell &cell, const QPointF &topLeft) const;
    void paintHeading(QPainter *painter, const QPointF &topLeft, const QString &text) const;

    LegendEntries m_entries;
    canvasstyle::CanvasColors m_colors;
    QFont m_font;
    QFont m_headingFont;
};

} // namespace faultline
