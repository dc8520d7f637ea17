#pragma once

#include "legendentries.h"
#include "widgets/canvas/canvasstyle.h"

#include <QFont>
#include <QSizeF>

class QPainter;

namespace faultline {

/// Draws a legend of kinds (their shape in the theme's colours) and
/// relations (their line style and arrowhead, drawn by LinkItem's own code)
/// and the marks of a compare slide (ghosts, tags, badges, crux numbers)
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
    enum class Section
    {
        Kinds,
        Relations,
        Marks
    };
    struct Cell
    {
        Section section;
        int index;
        QString text;
        qreal width;
    };
    QList<Cell> cells() const;
    void paintCell(QPainter *painter, const Cell &cell, const QPointF &topLeft) const;
    void paintHeading(QPainter *painter, const QPointF &topLeft, const QString &text) const;
    void paintRelation(QPainter *painter, Relation relation, qreal left, qreal cy) const;
    void paintMark(QPainter *painter, LegendMark mark, qreal left, qreal cy) const;

    LegendEntries m_entries;
    canvasstyle::CanvasColors m_colors;
    QFont m_font;
    QFont m_headingFont;
};

/// A numbered crux marker (a filled disc with the number), as on slides and the legend.
void paintCruxNumber(QPainter *painter, const QPointF &centre, int number, QFont font);
/// Radius of a crux marker whose number is set in `font`.
qreal cruxNumberRadius(const QFont &font);
QColor cruxNumberColor();

} // namespace faultline
