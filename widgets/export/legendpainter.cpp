#include "legendpainter.h"

#include "widgets/canvas/kindshapes.h"
#include "widgets/canvas/linkitem.h"
#include "widgets/compare/onlyheremarker.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

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
    const auto add = [&](Section section, int index, const QString &text) {
        result.append(
            {section, index, text, kSymbolWidth + kSymbolGap + fm.horizontalAdvance(text)});
    };
    for (int i = 0; i < m_entries.kinds.size(); ++i)
        add(Section::Kinds, i, m_entries.kinds[i].name);
    for (int i = 0; i < m_entries.relations.size(); ++i)
        add(Section::Relations, i, displayName(m_entries.relations[i]));
    for (int i = 0; i < m_entries.marks.size(); ++i)
        add(Section::Marks, i, displayName(m_entries.marks[i]));
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
                      headingFm.horizontalAdvance(heading("RELATIONS")),
                      headingFm.horizontalAdvance(heading("MARKS"))});
    qreal height = 0;
    for (const qsizetype rows :
         {m_entries.kinds.size(), m_entries.relations.size(), m_entries.marks.size()})
        if (rows > 0)
            height += (height > 0 ? kSectionGap : 0) + kHeadingHeight + rows * kRowHeight;
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
    for (const Cell &cell : cells()) {
        if (cell.index == 0) {
            if (at != topLeft)
                at.ry() += kSectionGap;
            paintHeading(painter, at,
                         cell.section == Section::Kinds       ? heading("KINDS")
                         : cell.section == Section::Relations ? heading("RELATIONS")
                                                              : heading("MARKS"));
            at.ry() += kHeadingHeight;
        }
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
    switch (cell.section) {
    case Section::Kinds: {
        const KindStyle &kind = m_entries.kinds[cell.index];
        const QRectF box(topLeft.x() + 3, cy - 7, kSymbolWidth - 6, 14);
        painter->setPen(QPen(m_colors.kindOutline(kind.color), 1.2 * m_colors.outlineScale));
        painter->setBrush(m_colors.kindFill(kind.color));
        painter->drawPath(kindShapePath(kind.shape, box));
        break;
    }
    case Section::Relations:
        paintRelation(painter, m_entries.relations[cell.index], topLeft.x(), cy);
        break;
    case Section::Marks:
        painter->save();
        paintMark(painter, m_entries.marks[cell.index], topLeft.x(), cy);
        painter->restore();
        break;
    }
    painter->setFont(m_font);
    painter->setPen(m_colors.text);
    painter->drawText(QRectF(topLeft.x() + kSymbolWidth + kSymbolGap, topLeft.y(), 400, kRowHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, cell.text);
}

void LegendPainter::paintRelation(QPainter *painter, Relation relation, qreal left, qreal cy) const
{
    // The canvas's line styles at a middle strength, and LinkItem's own arrowheads.
    const qreal width = LinkItem::penWidthForStrength(kLegendStrength);
    const QPointF start(left, cy);
    const QPointF tip(left + kSymbolWidth, cy);
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

void LegendPainter::paintMark(QPainter *painter, LegendMark mark, qreal left, qreal cy) const
{
    // Small stand-ins drawn like the items on the slide (same colours and shapes).
    const QRectF pill(left + 2, cy - 6, kSymbolWidth - 4, 12);
    QFont small = m_font;
    small.setPixelSize(8);
    small.setWeight(QFont::Bold);
    painter->setFont(small);
    switch (mark) {
    case LegendMark::RootCause:
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_colors.rootCauseBadge);
        painter->drawRoundedRect(pill, 6, 6);
        painter->setPen(m_colors.rootCauseBadgeText);
        painter->drawText(pill, Qt::AlignCenter, QStringLiteral("RC"));
        break;
    case LegendMark::FailurePoint:
    case LegendMark::EvidenceCount: {
        const QRectF badge(left + kSymbolWidth / 2 - 9, cy - 7, 18, 14);
        painter->setPen(QPen(m_colors.linkLine, 1.1));
        painter->setBrush(m_colors.badgeFill);
        painter->drawRoundedRect(badge, mark == LegendMark::EvidenceCount ? 7 : 2, 7);
        painter->setPen(m_colors.text);
        painter->drawText(badge, Qt::AlignCenter, QStringLiteral("2"));
        break;
    }
    case LegendMark::MissingFactor: {
        QColor outline = m_colors.mutedText;
        painter->setPen(QPen(outline, 1.4, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(left + 3, cy - 7, kSymbolWidth - 6, 14));
        break;
    }
    case LegendMark::MissingLink: {
        QPainterPath path(QPointF(left, cy));
        path.lineTo(left + kSymbolWidth - 2 * LinkItem::kMissingRingRadius, cy);
        painter->setOpacity(canvasstyle::kGhostOpacity);
        LinkItem::paintMissingLink(painter, path, QPointF(left + kSymbolWidth, cy), QPointF(1, 0),
                                   m_colors.linkLine);
        break;
    }
    case LegendMark::OnlyHereFactor:
        painter->setPen(QPen(OnlyHereMarker::color(), 1.2));
        painter->setBrush(QColor(0xf4, 0xf0, 0xff));
        painter->drawRoundedRect(pill, 6, 6);
        break;
    case LegendMark::OnlyHereLink:
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(OnlyHereMarker::color());
        painter->drawEllipse(QPointF(left + kSymbolWidth / 2, cy), 4.5, 4.5);
        break;
    case LegendMark::CruxNumber:
        paintCruxNumber(painter, QPointF(left + kSymbolWidth / 2, cy), 1, m_font);
        break;
    }
}

void paintCruxNumber(QPainter *painter, const QPointF &centre, int number, QFont font)
{
    painter->save();
    const qreal radius = cruxNumberRadius(font);
    painter->setPen(QPen(Qt::white, 1.2));
    painter->setBrush(cruxNumberColor());
    painter->drawEllipse(centre, radius, radius);
    font.setWeight(QFont::Bold);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                      Qt::AlignCenter, QString::number(number));
    painter->restore();
}

qreal cruxNumberRadius(const QFont &font)
{
    return QFontMetricsF(font).height() * 0.62;
}

QColor cruxNumberColor()
{
    return QColor(0xc2, 0x41, 0x0c); // a warm orange-red, unlike every kind colour
}

} // namespace faultline
