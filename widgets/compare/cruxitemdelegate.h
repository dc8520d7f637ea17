#pragma once

#include <QStyledItemDelegate>

namespace faultline {

/// Draws one crux of the crux list: a small coloured type tag (and, when the
/// group recorded something, a resolution tag and the position tally) over the
/// question headline, which wraps to the list's width, and a small table of
/// positions: one line per reading with its position and evidence count.
class CruxItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// Item data role holding the crux type's display name.
    static constexpr int TypeNameRole = Qt::UserRole + 1;
    /// Item data role holding the type tag's colour.
    static constexpr int TypeColorRole = Qt::UserRole + 2;
    /// Item data role holding the recorded resolution's short name (none: nothing recorded).
    static constexpr int ResolutionRole = Qt::UserRole + 4;
    /// Item data role: true while the recorded resolution is "open".
    static constexpr int ResolutionOpenRole = Qt::UserRole + 5;
    /// Item data role holding the position tally, e.g. "A 3 · B 1 · ? 1".
    static constexpr int TallyRole = Qt::UserRole + 6;
    /// Item data role holding the positions table: a list of {reading, position,
    /// evidence} string lists, one per compared reading.
    static constexpr int PositionsRole = Qt::UserRole + 7;

    explicit CruxItemDelegate(QWidget *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QRectF textRect(const QRect &itemRect, const QFont &font) const;
    /// One line per reading under the headline.
    static void paintPositions(QPainter *painter, const QRectF &area, const QFont &font,
                               const QVariantList &rows);

    QWidget *m_view;
};

} // namespace faultline
