#include "cruxitemdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace faultline {

namespace {
constexpr int kPad = 8;
constexpr int kTagHeight = 16;
constexpr int kGap = 4;

QFont tagFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(std::max(7.0, base.pointSizeF() - 1.5));
    font.setBold(true);
    return font;
}

QFont tableFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(std::max(7.0, base.pointSizeF() - 1));
    return font;
}

int tableHeight(const QVariant &rows, const QFont &base)
{
    const qsizetype count = rows.toList().size();
    return count == 0 ? 0 : kGap + int(count * std::ceil(QFontMetricsF(tableFont(base)).height()));
}

int wrappedHeight(const QString &text, const QFont &font, qreal width)
{
    const QFontMetricsF metrics(font);
    const QRectF bounds =
        metrics.boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap | Qt::AlignLeft, text);
    return int(std::ceil(bounds.height()));
}
} // namespace

CruxItemDelegate::CruxItemDelegate(QWidget *view) : QStyledItemDelegate(view), m_view(view) {}

QRectF CruxItemDelegate::textRect(const QRect &itemRect, const QFont &) const
{
    return QRectF(itemRect.left() + kPad, itemRect.top() + kPad + kTagHeight + kGap,
                  itemRect.width() - 2 * kPad, itemRect.height() - 2 * kPad - kTagHeight - kGap);
}

void CruxItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(2, 2, -2, -2);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QColor tagColor = index.data(TypeColorRole).value<QColor>();
    QColor fill =
        selected ? QColor(0xfd, 0xf1, 0xdf) : (hovered ? QColor(0xf3, 0xf4, 0xf6) : Qt::white);
    painter->setPen(selected ? QPen(QColor(0xf0, 0x8c, 0x00), 1.5)
                             : QPen(QColor(0xe2, 0xe4, 0xe8), 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    // Type tag: colour and words, so the type reads in greyscale too.
    const QFont tag = tagFont(option.font);
    const QString typeName = index.data(TypeNameRole).toString().toUpper();
    const qreal tagWidth = QFontMetricsF(tag).horizontalAdvance(typeName) + 12;
    const QRectF tagRect(r.left() + kPad - 2, r.top() + kPad - 2, tagWidth, kTagHeight);
    QColor tagFill = tagColor;
    tagFill.setAlpha(36);
    painter->setPen(Qt::NoPen);
    painter->setBrush(tagFill);
    painter->drawRoundedRect(tagRect, 3, 3);
    painter->setFont(tag);
    painter->setPen(tagColor.darker(130));
    painter->drawText(tagRect, Qt::AlignCenter, typeName);
    // Resolution tag after the type tag: green when settled, grey while open.
    qreal next = tagRect.right() + 6;
    const QString resolution = index.data(ResolutionRole).toString().toUpper();
    if (!resolution.isEmpty()) {
        const bool open = index.data(ResolutionOpenRole).toBool();
        const QColor color = open ? QColor(0x5f, 0x66, 0x70) : QColor(0x1e, 0x7b, 0x34);
        const qreal width = QFontMetricsF(tag).horizontalAdvance(resolution) + 12;
        const QRectF resolutionRect(next, tagRect.top(), width, kTagHeight);
        painter->setPen(QPen(color, 1));
        painter->setBrush(open ? QColor(Qt::white) : QColor(0xe6, 0xf4, 0xea));
        painter->drawRoundedRect(resolutionRect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter->setPen(color.darker(110));
        painter->drawText(resolutionRect, Qt::AlignCenter, resolution);
        next = resolutionRect.right() + 6;
    }
    // Index on the right: "3 / 12", with the tally before it.
    QString position = index.data(Qt::UserRole + 3).toString();
    const QString tally = index.data(TallyRole).toString();
    painter->setFont(option.font);
    const QRectF right(next, tagRect.top(), r.right() - kPad - next, kTagHeight);
    painter->setPen(QColor(0x8a, 0x90, 0x98));
    painter->drawText(right, Qt::AlignRight | Qt::AlignVCenter, position);
    if (!tally.isEmpty()) {
        const qreal positionWidth = QFontMetricsF(option.font).horizontalAdvance(position) + 10;
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(QColor(0x22, 0x26, 0x2b));
        painter->drawText(right.adjusted(0, 0, -positionWidth, 0),
                          Qt::AlignRight | Qt::AlignVCenter,
                          QFontMetricsF(bold).elidedText(
                              tally, Qt::ElideRight, std::max(0.0, right.width() - positionWidth)));
    }
    painter->setFont(option.font);
    painter->setPen(QColor(0x22, 0x26, 0x2b));
    const QRectF text = textRect(r, option.font);
    const QString headline = index.data(Qt::DisplayRole).toString();
    painter->drawText(text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, headline);
    const int headlineHeight = wrappedHeight(headline, option.font, text.width());
    paintPositions(painter, text.adjusted(0, headlineHeight + kGap, 0, 0), option.font,
                   index.data(PositionsRole).toList());
    painter->restore();
}

void CruxItemDelegate::paintPositions(QPainter *painter, const QRectF &area, const QFont &base,
                                      const QVariantList &rows)
{
    // Three columns: the reading's name, its position, its evidence count; long
    // names and positions are elided (the tooltip has them whole).
    const QFont font = tableFont(base);
    const QFontMetricsF metrics(font);
    const qreal line = std::ceil(metrics.height());
    const qreal evidenceWidth = metrics.horizontalAdvance(QStringLiteral("99 evidence")) + 6;
    const qreal nameWidth = std::floor((area.width() - evidenceWidth) * 0.38);
    const qreal positionWidth = area.width() - evidenceWidth - nameWidth - 8;
    painter->setFont(font);
    qreal y = area.top();
    for (const QVariant &value : rows) {
        const QStringList row = value.toStringList();
        painter->setPen(QColor(0x22, 0x26, 0x2b));
        painter->drawText(QRectF(area.left(), y, nameWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(row.value(0), Qt::ElideRight, nameWidth));
        painter->setPen(QColor(0x3d, 0x43, 0x4b));
        painter->drawText(QRectF(area.left() + nameWidth + 8, y, positionWidth, line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(row.value(1), Qt::ElideRight, positionWidth));
        painter->setPen(QColor(0x8a, 0x90, 0x98));
        painter->drawText(QRectF(area.right() - evidenceWidth, y, evidenceWidth, line),
                          Qt::AlignRight | Qt::AlignVCenter, row.value(2));
        y += line;
    }
}

QSize CruxItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The list's viewport width, not option.rect: list views ask before layout.
    int width = option.rect.width();
    if (auto *view = qobject_cast<QAbstractItemView *>(m_view))
        width = view->viewport()->width();
    width = std::max(width, 120);
    const int text =
        wrappedHeight(index.data(Qt::DisplayRole).toString(), option.font, width - 4 - 2 * kPad);
    return QSize(width, text + tableHeight(index.data(PositionsRole), option.font) + 2 * kPad +
                            kTagHeight + kGap + 4);
}

} // namespace faultline
