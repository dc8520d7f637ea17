#include "checklistpanel.h"

#include "plaintext.h"
#include "statusicon.h"

#include "model/checklist.h"
#include "model/document.h"
#include "model/editing/documenteditor.h"
#include "model/kindstyle.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace faultline {

namespace {

constexpr int kEntryRole = Qt::UserRole;
constexpr int kAreaRole = Qt::UserRole + 1;
constexpr int kRuledOutAreaRole = Qt::UserRole + 2;

QString statusText(ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::Implicated:
        return ChecklistPanel::tr("Implicated");
    case ChecklistStatus::RuledOut:
        return ChecklistPanel::tr("Ruled out");
    case ChecklistStatus::NotConsidered:
        return ChecklistPanel::tr("Not considered");
    }
    return {};
}

QColor statusColor(ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::Implicated:
        return QColor(0xe0, 0x6c, 0x00);
    case ChecklistStatus::RuledOut:
        return QColor(0x2e, 0x8b, 0x57);
    case ChecklistStatus::NotConsidered:
        return QColor(0xb8, 0xbe, 0xc6);
    }
    return {};
}

} // namespace

ChecklistPanel::ChecklistPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_summary(plaintext::label({}, this)),
      m_tree(new QTreeWidget(this)), m_ruleOut(new QPushButton(this)),
      m_consider(new QPushButton(this)), m_newEntry(new QLineEdit(this)),
      m_addEntry(new QPushButton(this))
{
    m_tree->setObjectName(QStringLiteral("checklistTree"));
    m_tree->setColumnCount(3);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(NameColumn, 175);
    m_tree->setColumnWidth(StatusColumn, 125);
    m_summary->setObjectName(QStringLiteral("checklistSummary"));
    m_summary->setWordWrap(true);
    m_ruleOut->setObjectName(QStringLiteral("checklistRuleOut"));
    m_consider->setObjectName(QStringLiteral("checklistConsider"));
    m_newEntry->setObjectName(QStringLiteral("checklistNewEntry"));
    m_addEntry->setObjectName(QStringLiteral("checklistAddEntry"));
    retranslate();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ruleOut);
    buttons->addWidget(m_consider);
    buttons->addStretch();
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newEntry, 1);
    addRow->addWidget(m_addEntry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addLayout(addRow);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(30);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ChecklistPanel::refresh);
    for (auto signal : {&Document::reset, &Document::incidentChanged})
        connect(document, signal, this, &ChecklistPanel::scheduleRefresh);
    for (auto signal : {&Document::factorAdded, &Document::factorChanged, &Document::factorRemoved,
                        &Document::interpretationAdded, &Document::interpretationChanged,
                        &Document::interpretationRemoved})
        connect(document, signal, this, &ChecklistPanel::scheduleRefresh);
    for (auto signal : {&Document::placementAdded, &Document::placementRemoved})
        connect(document, signal, this, &ChecklistPanel::scheduleRefresh);

    connect(m_tree, &QTreeWidget::itemClicked, this, &ChecklistPanel::onItemClicked);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ChecklistPanel::onItemChanged);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->data(NameColumn, kEntryRole).isValid() ||
            item->data(NameColumn, kAreaRole).isValid())
            startRuleOut();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ChecklistPanel::updateButtons);
    connect(m_tree, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem *item) {
        m_collapsedAreas.insert(item->data(NameColumn, kAreaRole).toString());
    });
    connect(m_tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        m_collapsedAreas.remove(item->data(NameColumn, kAreaRole).toString());
    });
    connect(m_ruleOut, &QPushButton::clicked, this, &ChecklistPanel::startRuleOut);
    connect(m_consider, &QPushButton::clicked, this, [this] {
        if (const QString entry = currentEntryId(); !entry.isEmpty())
            considerAgain(entry);
        else
            considerAreaAgain(currentArea());
    });
    connect(m_newEntry, &QLineEdit::returnPressed, this, &ChecklistPanel::addEntryFromEdit);
    connect(m_addEntry, &QPushButton::clicked, this, &ChecklistPanel::addEntryFromEdit);
    connect(m_newEntry, &QLineEdit::textChanged, this, &ChecklistPanel::updateButtons);
    updateButtons();
}

void ChecklistPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh(); // area and entry names, statuses, coverage lines
    }
    QWidget::changeEvent(event);
}

void ChecklistPanel::retranslate()
{
    m_tree->setHeaderLabels({tr("Failure point"), tr("Status"), tr("Tagged on / reason")});
    m_ruleOut->setText(tr("Rule Out…"));
    m_ruleOut->setToolTip(tr("Say why this failure point does not apply to this reading"));
    m_consider->setText(tr("Consider Again"));
    m_consider->setToolTip(tr("Remove the ruled-out mark"));
    m_newEntry->setPlaceholderText(tr("New failure point for the selected area…"));
    m_newEntry->setToolTip(
        tr("Adds a failure point to this document's checklist, in the area of the selected row"));
    m_addEntry->setText(tr("Add"));
}

void ChecklistPanel::setInterpretation(const QString &interpretationId)
{
    if (interpretationId == m_interpretationId && m_tree->topLevelItemCount() > 0)
        return;
    m_interpretationId = interpretationId;
    refresh();
}

void ChecklistPanel::scheduleRefresh()
{
    m_refreshTimer.start();
}

void ChecklistPanel::refresh()
{
    m_refreshTimer.stop();
    // Rebuilding under an open reason editor would throw the typing away: try again later.
    const QWidget *focus = QApplication::focusWidget();
    if (focus && m_tree->viewport()->isAncestorOf(focus)) {
        scheduleRefresh();
        return;
    }
    rebuild();
}

QTreeWidgetItem *ChecklistPanel::entryItem(const QString &entryId) const
{
    for (int a = 0; a < m_tree->topLevelItemCount(); ++a) {
        QTreeWidgetItem *area = m_tree->topLevelItem(a);
        for (int e = 0; e < area->childCount(); ++e)
            if (area->child(e)->data(NameColumn, kEntryRole).toString() == entryId)
                return area->child(e);
    }
    return nullptr;
}

QTreeWidgetItem *ChecklistPanel::areaItem(const QString &area) const
{
    for (int a = 0; a < m_tree->topLevelItemCount(); ++a)
        if (m_tree->topLevelItem(a)->data(NameColumn, kAreaRole).toString() == area)
            return m_tree->topLevelItem(a);
    return nullptr;
}

QString ChecklistPanel::currentEntryId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(NameColumn, kEntryRole).toString() : QString();
}

QString ChecklistPanel::currentArea() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (item && item->parent())
        item = item->parent();
    return item ? item->data(NameColumn, kAreaRole).toString() : QString();
}

void ChecklistPanel::rebuild()
{
    const QString current = currentEntryId();
    const QString currentAreaId = currentArea();
    m_building = true;
    m_tree->clear();
    const Incident &incident = m_document->incident();
    const Interpretation *interpretation = incident.findInterpretation(m_interpretationId);
    if (!interpretation) {
        m_coverage = {};
        m_summary->setText(tr("No interpretation"));
        m_building = false;
        updateButtons();
        return;
    }
    const Checklist checklist = Checklist::forIncident(incident);
    m_coverage = ChecklistCoverage::compute(incident, checklist, *interpretation);
    QFont bold = m_tree->font();
    bold.setBold(true);
    int considered = 0;
    int total = 0;
    for (const AreaCoverage &area : m_coverage.areas()) {
        considered += area.considered();
        total += area.entries;
        auto *areaItem = new QTreeWidgetItem(m_tree);
        areaItem->setData(NameColumn, kAreaRole, area.area);
        areaItem->setText(NameColumn, kindStyle(incident, area.area).name);
        areaItem->setFont(NameColumn, bold);
        areaItem->setText(StatusColumn,
                          tr("%1 of %2 considered").arg(area.considered()).arg(area.entries));
        // Selectable and editable: the reason column of an area row rules the whole area out.
        areaItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        for (const RuledOut &ruled : interpretation->ruledOutAreas)
            if (ruled.target == area.area) {
                areaItem->setData(NameColumn, kRuledOutAreaRole, true);
                areaItem->setText(
                    StatusColumn,
                    tr("Area ruled out · %1 of %2").arg(area.considered()).arg(area.entries));
                areaItem->setText(DetailColumn, ruled.reason);
                areaItem->setToolTip(
                    DetailColumn, plaintext::toolTip(tr("Area ruled out: %1").arg(ruled.reason)));
            }
        for (const EntryCoverage &entry : m_coverage.entries()) {
            if (entry.area != area.area)
                continue;
            const ChecklistEntry *definition = checklist.find(entry.entryId);
            auto *item = new QTreeWidgetItem(areaItem);
            item->setData(NameColumn, kEntryRole, entry.entryId);
            const QString name = definition ? Checklist::displayName(*definition) : entry.entryId;
            item->setText(NameColumn, name);
            // The whole name first: a narrow panel cuts it in the row.
            if (definition)
                item->setToolTip(NameColumn,
                                 plaintext::toolTip(name + QLatin1Char('\n') +
                                                    Checklist::displayDescription(*definition)));
            item->setText(StatusColumn, statusText(entry.status));
            item->setIcon(StatusColumn, statusIcon(statusColor(entry.status)));
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            if (entry.status == ChecklistStatus::Implicated) {
                QStringList labels;
                for (const QString &id : entry.factorIds)
                    if (const Factor *factor = incident.findFactor(id))
                        labels.append(plaintext::oneLine(factor->label, 40));
                item->setText(DetailColumn, labels.join(QStringLiteral(", ")));
                item->setToolTip(StatusColumn,
                                 tr("Tagged on a factor of this reading; click to select it"));
            } else {
                flags |= Qt::ItemIsEditable;
                item->setText(DetailColumn, entry.ruledOutReason);
                if (entry.status == ChecklistStatus::RuledOut)
                    item->setToolTip(DetailColumn, plaintext::toolTip(entry.ruledOutReason));
            }
            item->setFlags(flags);
        }
        areaItem->setExpanded(!m_collapsedAreas.contains(area.area));
    }
    m_summary->setText(tr("%1 of %2 failure points considered in “%3”")
                           .arg(considered)
                           .arg(total)
                           .arg(plaintext::oneLine(interpretation->name, 60)));
    if (QTreeWidgetItem *item = entryItem(current))
        m_tree->setCurrentItem(item);
    else if (QTreeWidgetItem *area = current.isEmpty() ? areaItem(currentAreaId) : nullptr)
        m_tree->setCurrentItem(area);
    m_building = false;
    updateButtons();
}

void ChecklistPanel::updateButtons()
{
    const QString entryId = currentEntryId();
    const EntryCoverage *entry = entryId.isEmpty() ? nullptr : m_coverage.entry(entryId);
    const QTreeWidgetItem *item = m_tree->currentItem();
    const bool onArea = item && !item->parent() && item->data(NameColumn, kAreaRole).isValid();
    const bool areaRuledOut = onArea && item->data(NameColumn, kRuledOutAreaRole).toBool();
    m_ruleOut->setEnabled(onArea || (entry && entry->status != ChecklistStatus::Implicated));
    m_consider->setEnabled(areaRuledOut || (entry && entry->ruledOut));
    m_addEntry->setEnabled(!currentArea().isEmpty() && !m_newEntry->text().trimmed().isEmpty());
    m_newEntry->setEnabled(m_coverage.areas().size() > 0);
}

void ChecklistPanel::startRuleOut()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEditable))
        return;
    const QString entryId = item->data(NameColumn, kEntryRole).toString();
    const QString area = item->data(NameColumn, kAreaRole).toString();
    // The reason column also lists tagged factors: start from it only when it holds a reason.
    const EntryCoverage *entry = m_coverage.entry(entryId);
    const bool ruledOut =
        entry ? entry->ruledOut : item->data(NameColumn, kRuledOutAreaRole).toBool();
    const std::optional<QString> reason =
        m_askReason(this, item->text(NameColumn), ruledOut ? item->text(DetailColumn) : QString());
    if (!reason)
        return;
    if (!entryId.isEmpty())
        ruleOut(entryId, *reason);
    else if (!area.isEmpty())
        ruleOutArea(area, *reason);
}

void ChecklistPanel::onItemClicked(QTreeWidgetItem *item)
{
    const EntryCoverage *entry = m_coverage.entry(item->data(NameColumn, kEntryRole).toString());
    if (entry && !entry->factorIds.isEmpty())
        Q_EMIT selectFactorsRequested(entry->factorIds);
}

void ChecklistPanel::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_building || column != DetailColumn)
        return;
    const QString entryId = item->data(NameColumn, kEntryRole).toString();
    const QString area = item->data(NameColumn, kAreaRole).toString();
    // Committing the reason editor is the "rule out" gesture.
    if (!entryId.isEmpty())
        ruleOut(entryId, item->text(DetailColumn).trimmed());
    else if (!area.isEmpty())
        ruleOutArea(area, item->text(DetailColumn).trimmed());
}

void ChecklistPanel::ruleOut(const QString &entryId, const QString &reason)
{
    writeRuledOut(Target::Entry, entryId, &reason, tr("Rule out failure point"));
}

void ChecklistPanel::considerAgain(const QString &entryId)
{
    writeRuledOut(Target::Entry, entryId, nullptr, tr("Consider failure point again"));
}

void ChecklistPanel::ruleOutArea(const QString &area, const QString &reason)
{
    writeRuledOut(Target::Area, area, &reason, tr("Rule out area"));
}

void ChecklistPanel::considerAreaAgain(const QString &area)
{
    writeRuledOut(Target::Area, area, nullptr, tr("Consider area again"));
}

void ChecklistPanel::addEntryFromEdit()
{
    if (!addEntry(currentArea(), m_newEntry->text()).isEmpty())
        m_newEntry->clear();
}

QString ChecklistPanel::addEntry(const QString &area, const QString &name)
{
    const QString trimmed = name.simplified();
    const Incident &incident = m_document->incident();
    const auto known = [&] {
        for (const KindStyle &style : allKinds(incident))
            if (style.id == area)
                return true;
        return false;
    }();
    if (trimmed.isEmpty() || !known)
        return {};
    // A readable id from the name, unique among the built-in and document entries.
    QString base = trimmed.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (base.isEmpty())
        base = QStringLiteral("entry");
    base = base.left(40);
    const Checklist checklist = Checklist::forIncident(incident);
    QString id = base;
    for (int n = 2; checklist.find(id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    DocumentEditor &editor = m_document->editor();
    IncidentFields fields = editor.incidentFields();
    fields.checklistExtensions.append(ChecklistEntry{id, area, trimmed, {}, {}});
    editor.editIncidentFields(fields, QString(), tr("Add checklist entry"));
    return id;
}

void ChecklistPanel::writeRuledOut(Target target, const QString &id, const QString *reason,
                                   const QString &commandText)
{
    const Interpretation *interpretation =
        m_document->incident().findInterpretation(m_interpretationId);
    if (!interpretation || id.isEmpty())
        return;
    const QString &entryId = id;
    Interpretation fields = *interpretation;
    QList<RuledOut> &list =
        target == Target::Entry ? fields.ruledOutFailureModes : fields.ruledOutAreas;
    const auto found = std::find_if(list.begin(), list.end(),
                                    [&](const RuledOut &r) { return r.target == entryId; });
    if (reason) {
        if (found != list.end())
            found->reason = *reason;
        else
            list.append(RuledOut{entryId, *reason});
    } else if (found != list.end()) {
        list.erase(found);
    }
    if (fields == *interpretation) {
        scheduleRefresh(); // nothing changed, but the edited cell must show the model again
        return;
    }
    // Ruling out names the entry as the merged field, so editing one entry's
    // reason twice is one step while ruling out two entries stays two.
    // Considering again never merges: it must not cancel the rule-out silently.
    const QString field = !reason                   ? QString()
                          : target == Target::Entry ? QStringLiteral("ruledOut/") + entryId
                                                    : QStringLiteral("ruledOutArea/") + entryId;
    m_document->editor().editInterpretation(fields, field, commandText);
}

} // namespace faultline
