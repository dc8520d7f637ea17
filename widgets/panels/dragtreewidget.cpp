#include "dragtreewidget.h"

#include <QMimeData>

namespace faultline {

DragTreeWidget::DragTreeWidget(QString mimeType, QWidget *parent)
    : QTreeWidget(parent), m_mimeType(std::move(mimeType))
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
}

QString DragTreeWidget::idOf(const QTreeWidgetItem *item)
{
    return item ? item->data(0, idRole()).toString() : QString();
}

QStringList DragTreeWidget::mimeTypes() const
{
    return {m_mimeType};
}

QMimeData *DragTreeWidget::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    const QString id = items.isEmpty() ? QString() : idOf(items.first());
    if (id.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(m_mimeType, id.toUtf8());
    return data;
}

} // namespace faultline
