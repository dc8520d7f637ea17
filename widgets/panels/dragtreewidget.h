#pragma once

#include <QString>
#include <QTreeWidget>

namespace faultline {

/// A tree widget whose items drag out as one id under a fixed MIME type
/// (the canvas accepts kinds and factors this way). The id is the item's
/// data(0, idRole()).
class DragTreeWidget : public QTreeWidget
{
    Q_OBJECT
public:
    explicit DragTreeWidget(QString mimeType, QWidget *parent = nullptr);

    static constexpr int idRole() { return Qt::UserRole; }
    QString mimeType() const { return m_mimeType; }
    /// The id of the item, or "" for none or a header item.
    static QString idOf(const QTreeWidgetItem *item);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;

private:
    QString m_mimeType;
};

} // namespace faultline
