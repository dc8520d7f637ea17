#include "examplelistwidget.h"

#include "exampledelegate.h"
#include "examplethumbnail.h"

namespace faultline {

ExampleListWidget::ExampleListWidget(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("exampleList"));
    setItemDelegate(new ExampleDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setUniformItemSizes(true);
    setSpacing(2);
    m_thumbnailTimer.setInterval(0);
    connect(&m_thumbnailTimer, &QTimer::timeout, this, &ExampleListWidget::renderNextThumbnail);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT exampleActivated(item->data(ExampleDelegate::ResourcePathRole).toString());
    });
}

void ExampleListWidget::setEntries(const QList<ExampleEntry> &entries)
{
    clear();
    m_entries = entries;
    for (const ExampleEntry &entry : entries) {
        auto *item = new QListWidgetItem(entry.incident.title, this);
        item->setData(ExampleDelegate::ResourcePathRole, entry.resourcePath);
        item->setData(ExampleDelegate::YearRole, entry.year);
        item->setData(ExampleDelegate::SummaryRole, entry.firstSentence);
        item->setData(ExampleDelegate::TagsRole, entry.incident.tags);
        item->setData(ExampleDelegate::ReadingsRole, int(entry.incident.interpretations.size()));
        // Screen readers and tooltips get the whole summary.
        item->setToolTip(entry.incident.summary);
        item->setData(Qt::AccessibleTextRole, entry.incident.title);
        item->setData(Qt::AccessibleDescriptionRole, entry.firstSentence);
    }
    m_nextThumbnail = 0;
    m_thumbnailTimer.start();
    if (count() > 0)
        setCurrentRow(0);
}

void ExampleListWidget::renderNextThumbnail()
{
    if (m_nextThumbnail >= count()) {
        m_thumbnailTimer.stop();
        return;
    }
    const int row = m_nextThumbnail++;
    const QImage image = ExampleThumbnail::render(
        m_entries[row].incident, ExampleDelegate::kThumbnailSize, devicePixelRatioF());
    item(row)->setData(ExampleDelegate::ThumbnailRole, image);
}

void ExampleListWidget::setFilter(const QString &query)
{
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < count(); ++row) {
        const bool shown = m_entries[row].matches(query);
        item(row)->setHidden(!shown);
        if (shown && !first)
            first = item(row);
    }
    if (!currentItem() || currentItem()->isHidden())
        setCurrentItem(first);
}

int ExampleListWidget::visibleCount() const
{
    int shown = 0;
    for (int row = 0; row < count(); ++row)
        shown += item(row)->isHidden() ? 0 : 1;
    return shown;
}

QString ExampleListWidget::currentResourcePath() const
{
    const QListWidgetItem *item = currentItem();
    return item && !item->isHidden() ? item->data(ExampleDelegate::ResourcePathRole).toString()
                                     : QString();
}

int ExampleListWidget::rowOf(const QString &resourcePath) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].resourcePath == resourcePath)
            return row;
    return -1;
}

} // namespace faultline
