#include "widgets/versioning/changelistpanel.h"

#include "model/versioning/elementrecords.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace faultline {

ChangeListPanel::ChangeListPanel(QWidget *parent)
    : QWidget(parent), m_header(new QLabel(this)), m_list(new QListWidget(this))
{
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("changeList"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 10);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT elementActivated(item->data(Qt::UserRole).toString());
    });
    retranslate();
}

void ChangeListPanel::setChanges(const QString &versionName, const QList<ElementChange> &changes)
{
    m_versionName = versionName;
    m_changes = changes;
    retranslate();
}

void ChangeListPanel::retranslate()
{
    m_header->setText(
        m_versionName.isEmpty()
            ? tr("Compare with a file or an earlier version (File menu).")
            : tr("%n change(s) since %1", nullptr, int(m_changes.size())).arg(m_versionName));
    m_list->clear();
    for (const ElementChange &change : m_changes) {
        // One mark per change, the same as `faultline diff` prints.
        const QString text = documentDiffText({change}).trimmed();
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, change.key);
        item->setToolTip(change.jsonPath);
    }
}

void ChangeListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace faultline
