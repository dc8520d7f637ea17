#include "failuremodelist.h"

#include "plaintext.h"

#include "model/checklist.h"
#include "model/incident.h"
#include "model/kindstyle.h"

#include <QCheckBox>
#include <QEvent>
#include <QListWidget>
#include <QVBoxLayout>

namespace faultline {

namespace {
constexpr int kEntryRole = Qt::UserRole;
}

FailureModeList::FailureModeList(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_showAll(new QCheckBox(this))
{
    m_list->setObjectName(QStringLiteral("failureModes"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setUniformItemSizes(false);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_showAll->setObjectName(QStringLiteral("failureModesShowAll"));
    retranslate();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_list);
    layout->addWidget(m_showAll);
    connect(m_list, &QListWidget::itemChanged, this, &FailureModeList::onItemChanged);
    connect(m_showAll, &QCheckBox::toggled, this, &FailureModeList::rebuild);
}

void FailureModeList::retranslate()
{
    m_showAll->setText(tr("Show all areas"));
    m_showAll->setToolTip(tr("Also list failure modes of other areas (e.g. tag a reward factor "
                             "with an environment problem)"));
    m_list->setAccessibleName(tr("Failure modes"));
}

void FailureModeList::changeEvent(QEvent *event)
{
    // Entry names and tips are rebuilt by the factor inspector's refresh.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool FailureModeList::showAll() const
{
    return m_showAll->isChecked();
}
void FailureModeList::setShowAll(bool on)
{
    m_showAll->setChecked(on);
}

void FailureModeList::setFactor(const Incident &incident, const Factor &factor, bool force)
{
    m_incident = &incident;
    // Rebuilding under the user's click would reset the scroll position.
    if (!force && m_area == factor.kind && m_modes == factor.failureModes && m_list->count() > 0)
        return;
    m_area = factor.kind;
    m_modes = factor.failureModes;
    rebuild();
}

QListWidgetItem *FailureModeList::itemForEntry(const QString &entryId) const
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kEntryRole).toString() == entryId)
            return m_list->item(i);
    return nullptr;
}

void FailureModeList::addHeader(const QString &text)
{
    auto *item = new QListWidgetItem(text, m_list);
    item->setFlags(Qt::NoItemFlags);
    QFont font = m_list->font();
    font.setBold(true);
    item->setFont(font);
}

void FailureModeList::rebuild()
{
    if (!m_incident)
        return;
    m_building = true;
    m_list->clear();
    const Checklist checklist = Checklist::forIncident(*m_incident);
    const auto addEntry = [this](const ChecklistEntry &entry) {
        auto *item = new QListWidgetItem(Checklist::displayName(entry), m_list);
        item->setData(kEntryRole, entry.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_modes.contains(entry.id) ? Qt::Checked : Qt::Unchecked);
        // Document checklist entries are document text: escaped tooltip.
        item->setToolTip(plaintext::toolTip(Checklist::displayDescription(entry)));
    };

    const QList<ChecklistEntry> own = checklist.entriesForArea(m_area);
    for (const ChecklistEntry &entry : own)
        addEntry(entry);
    if (own.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No checklist entries for this kind"), m_list);
        none->setFlags(Qt::NoItemFlags);
    }

    // Other areas: everything when "show all", otherwise only what is tagged.
    for (const KindStyle &area : allKinds(*m_incident)) {
        if (area.id == m_area)
            continue;
        bool headed = false;
        for (const ChecklistEntry &entry : checklist.entriesForArea(area.id)) {
            if (!showAll() && !m_modes.contains(entry.id))
                continue;
            if (!headed)
                addHeader(area.name);
            headed = true;
            addEntry(entry);
        }
    }
    // As tall as its rows (up to ten), so short lists leave no empty box.
    const int rows = std::clamp(m_list->count(), 2, 10);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), m_list->fontMetrics().height() + 4);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 2);
    m_building = false;
}

void FailureModeList::onItemChanged(QListWidgetItem *item)
{
    if (m_building)
        return;
    const QString id = item->data(kEntryRole).toString();
    if (id.isEmpty())
        return;
    QStringList modes = m_modes;
    if (item->checkState() == Qt::Checked) {
        if (!modes.contains(id))
            modes.append(id);
    } else {
        modes.removeAll(id);
    }
    if (modes == m_modes)
        return;
    m_modes = modes;
    Q_EMIT modesEdited(modes);
}

} // namespace faultline
