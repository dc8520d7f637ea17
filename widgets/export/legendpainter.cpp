#include "legendpainter.h"

#include "widgets/canvas/kindshapes.h"
#include "widgets/canvas/linkitem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace faultline {

namespace {
constexpr qreal kSymbolWidth = 34;
constexpr qreal kSymbolGap = 8;
constexpr qreal kRowHeight = 20;
constexpr qreal kHeadingHeight = 18;
constexpr qreal kSectionGap = 8;
constexpr qreal kRowGap = 18; ///< between cells laid out in rows
constexpr int kLegendStrength = 3;

QString heading(const char *text)
{
    return QCoreApplication::translate("faultline::LegendPainter", text);
}
} // namespace

LegendPainter::LegendPainter(LegendEntries entries, canvasstyle::CanvasColors colors,
                             QFont baseFont)
    : m_entries(std::move(entries)), m_colors(std::move(colors)), m_font(std::move(baseFont))
{
    m_font.setPixelSize(12);
    m_headingFont = m_font;
    m_headingFont.setPixelSize(10);
    m_headingFont.setWeight(QFont::DemiBold);
    m_headingFont.setLetterSpacing(QFont::AbsoluteSpacing, 0.6);
}

QList<LegendPainter::Cell> LegendPainter::cells() const
{
    const QFontMetricsF fm(m_font);
    QList<Cell> result;
    for (int i = 0; i < m_entries.kinds.size(); ++i) {
        const QString text = m_entries.kinds[i].name;
        result.append({true, i, text, kSymbolWidth + kSymbolGap + fm.horizontalAdvance(text)});
    }
    for (int i = 0; i < m_entries.relations.size(); ++i) {
        const QString text = displayName(m_entries.relations[i]);
        result.append({false, i, text, kSymbolWidth + kSymbolGap + fm.horizontalAdvance(text)});
    }
    return result;
}

QSizeF LegendPainter::columnSize() const
{
    if (m_entries.isEmpty())
        return {};
    qreal width = 0;
    for (const Cell &cell : cells())
        width = std::max(width, cell.width);
    const QFontMetricsF headingFm(m_headingFont);
    width = std::max({width, headingFm.horizontalAdvance(heading("KINDS")),
                      headingFm.horizontalAdvance(heading("RELATIONS"))});
    qreal height = 0;
    if (!m_entries.kinds.isEmpty())
        height += kHeadingHeight + m_entries.kinds.size() * kRowHeight;
    if (!m_entries.relations.isEmpty())
        height += (height > 0 ? kSectionGap : 0) + kHeadingHeight +
                  m_entries.relations.size() * kRowHeight;
    return QSizeF(std::ceil(width), height);
}

QSizeF LegendPainter::rowsSize(qreal maxWidth) const
{
    if (m_entries.isEmpty())
        return {};
    qreal x = 0, widest = 0;
    int rows = 1;
    for (const Cell &cell : cells()) {
        if (x > 0 && x + cell.width > maxWidth) {
            ++rows;
            x = 0;
        }
        x += cell.width + kRowGap;
        widest = std::max(widest, x - kRowGap);
    }
    return QSizeF(widest, rows * kRowHeight);
}

void LegendPainter::paintHeading(QPainter *painter, const QPointF &topLeft,
                                 const QString &text) const
{
    painter->setFont(m_headingFont);
    painter->setPen(m_colors.mutedText);
    painter->drawText(QRectF(topLeft, QSizeF(400, kHeadingHeight)),
                      Qt::AlignLeft | Qt::AlignVCenter, text);
}

void LegendPainter::paintColumn(QPainter *painter, const QPointF &topLeft) const
{
    painter->save();
    QPointF at = topLeft;
    bool kindsDone = false;
    for (const Cell &cell : cells()) {
        if (cell.isKind && cell.index == 0) {
            paintHeading(painter, at, heading("KINDS"));
            at.ry() += kHeadingHeight;
        }
        if (!cell.isKind && cell.index == 0) {
            if (kindsDone)
                at.ry() += kSectionGap;
            paintHeading(painter, at, heading("RELATIONS"));
            at.ry() += kHeadingHeight;
        }
        kindsDone = kindsDone || cell.isKind;
        paintCell(painter, cell, at);
        at.ry() += kRowHeight;
    }
    painter->restore();
}

void LegendPainter::paintRows(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    qreal x = 0, y = 0;
    for (const Cell &cell : cells()) {
        if (x > 0 && x + cell.width > rect.width()) {
            x = 0;
            y += kRowHeight;
        }
        paintCell(painter, cell, rect.topLeft() + QPointF(x, y));
        x += cell.width + kRowGap;
    }
    painter->restore();
}

void LegendPainter::paintCell(QPainter *painter, const Cell &cell, const QPointF &topLeft) const
{
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal cy = topLeft.y() + kRowHeight / 2;
    if (cell.isKind) {
        const KindStyle &kind = m_entries.kinds[cell.index];
        const QRectF box(topLeft.x() + 3, cy - 7, kSymbolWidth - 6, 14);
        painter->setPen(QPen(m_colors.kindOutline(kind.color), 1.2 * m_colors.outlineScale));
        painter->setBrush(m_colors.kindFill(kind.color));
        painter->drawPath(kindShapePath(kind.shape, box));
    } else {
        // The canvas's line styles at a middle strength, and LinkItem's own arrowheads.
        const Relation relation = m_entries.relations[cell.index];
        const qreal width = LinkItem::penWidthForStrength(kLegendStrength);
        const QPointF start(topLeft.x(), cy);
        const QPointF tip(topLeft.x() + kSymbolWidth, cy);
        const QPointF end = tip - QPointF(LinkItem::arrowHeadLength(relation, width) - 0.5, 0);
        const QColor color = m_colors.linkLine;
        painter->setBrush(Qt::NoBrush);
        switch (relation) {
        case Relation::Causes:
        case Relation::Prevents:
            painter->setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
            painter->drawLine(start, end);
            break;
        case Relation::Enables: {
            QPen pen(color, width, Qt::CustomDashLine, Qt::FlatCap);
            const qreal unit = 6 / width;
            pen.setDashPattern({unit, unit * 0.75});
            painter->setPen(pen);
            painter->drawLine(start, end);
            break;
        }
        case Relation::Amplifies: {
            const qreal rail = std::max(1.0, width * 0.45);
            const qreal gap = width / 2 + 1.2;
            painter->setPen(QPen(color, rail, Qt::SolidLine, Qt::FlatCap));
            painter->drawLine(start + QPointF(0, gap), end + QPointF(0, gap));
            painter->drawLine(start - QPointF(0, gap), end - QPointF(0, gap));
            break;
        }
        }
        LinkItem::paintArrowHead(painter, relation, tip, QPointF(1, 0), width, color);
    }
    painter->setFont(m_font);
    painter->setPen(m_colors.text);
    painter->drawText(QRectF(topLeft.x() + kSymbolWidth + kSymbolGap, topLeft.y(), 400, kRowHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, cell.text);
}

} // namespace faultline
