#include "exampledelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QTextLayout>

namespace faultline {

namespace {
constexpr int kPadding = 10;
constexpr int kGap = 14;

/// Draws `text` wrapped into `rect`, at most `maxLines` lines, the last one elided.
void drawWrapped(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font,
                 int maxLines)
{
    const QFontMetricsF fm(font);
    QTextLayout layout(text, font);
    layout.beginLayout();
    qreal y = rect.top();
    for (int i = 0; i < maxLines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        QString shown = text.mid(line.textStart(), line.textLength()).trimmed();
        if (i == maxLines - 1 && line.textStart() + line.textLength() < text.size())
            shown = fm.elidedText(text.mid(line.textStart()), Qt::ElideRight, rect.width());
        painter->drawText(QPointF(rect.left(), y + fm.ascent()), shown);
        y += fm.lineSpacing();
    }
    layout.endLayout();
}
} // namespace

void ExampleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect card = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QRect thumb(card.topLeft(), kThumbnailSize);
    const QImage image = index.data(ThumbnailRole).value<QImage>();
    painter->setPen(QPen(option.palette.color(QPalette::Mid), 1));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(QRectF(thumb).adjusted(-0.5, -0.5, 0.5, 0.5), 4, 4);
    if (!image.isNull())
        painter->drawImage(thumb, image);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.7);
    const QRect body(thumb.right() + kGap, card.top(), card.right() - thumb.right() - kGap,
                     card.height());

    QFont titleFont = option.font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(option.font.pointSizeF() * 1.1);
    const int year = index.data(YearRole).toInt();
    const QString title = index.data(Qt::DisplayRole).toString();
    painter->setFont(titleFont);
    painter->setPen(text);
    const QFontMetrics titleMetrics(titleFont);
    const QString yearText = year > 0 ? QStringLiteral("  %1").arg(year) : QString();
    const int yearWidth = titleMetrics.horizontalAdvance(yearText);
    const QString shownTitle =
        titleMetrics.elidedText(title, Qt::ElideRight, body.width() - yearWidth);
    painter->drawText(QPoint(body.left(), body.top() + titleMetrics.ascent()), shownTitle);
    if (year > 0) {
        painter->setPen(muted);
        painter->setFont(option.font);
        painter->drawText(QPoint(body.left() + titleMetrics.horizontalAdvance(shownTitle),
                                 body.top() + titleMetrics.ascent()),
                          yearText);
    }

    const QFontMetrics fm(option.font);
    const QRectF summaryRect(body.left(), body.top() + titleMetrics.lineSpacing() + 4, body.width(),
                             fm.lineSpacing() * 3);
    painter->setPen(text);
    drawWrapped(painter, summaryRect, index.data(SummaryRole).toString(), option.font, 3);

    // Tags as small chips, then the number of readings.
    QFont chipFont = option.font;
    chipFont.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QFontMetrics chipMetrics(chipFont);
    painter->setFont(chipFont);
    qreal x = body.left();
    const qreal y = summaryRect.bottom() + 6;
    const int readings = index.data(ReadingsRole).toInt();
    QStringList chips = index.data(TagsRole).toStringList();
    chips.prepend(tr("%n reading(s)", nullptr, readings));
    for (int i = 0; i < chips.size(); ++i) {
        const qreal w = chipMetrics.horizontalAdvance(chips[i]) + 12;
        if (x + w > body.right())
            break;
        const QRectF chip(x, y, w, chipMetrics.height() + 4);
        QColor fill = i == 0 ? QColor(0xdb, 0xe8, 0xfb) : QColor(0xee, 0xef, 0xf1);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
        painter->setPen(QColor(0x33, 0x3a, 0x44));
        painter->drawText(chip, Qt::AlignCenter, chips[i]);
        x += w + 6;
    }
    painter->restore();
}

QSize ExampleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(kThumbnailSize.width() + 3 * kPadding + 360,
                 std::max(kThumbnailSize.height(), option.fontMetrics.lineSpacing() * 6) +
                     2 * kPadding);
}

} // namespace faultline
