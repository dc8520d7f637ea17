#pragma once

#include <QStyledItemDelegate>

namespace faultline {

/// Draws one example of the gallery as a card: thumbnail on the left; title
/// and year, the first sentence of the summary and the tags on the right.
class ExampleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Role
    {
        ResourcePathRole = Qt::UserRole + 1,
        YearRole,
        SummaryRole,
        TagsRole,
        ReadingsRole, ///< number of interpretations
        ThumbnailRole,
    };
    static constexpr QSize kThumbnailSize{176, 110};

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace faultline
