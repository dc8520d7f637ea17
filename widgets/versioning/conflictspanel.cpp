#include "widgets/versioning/conflictspanel.h"

#include "model/versioning/conflictresolution.h"
#include "model/versioning/elementrecords.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace faultline {

ConflictsPanel::ConflictsPanel(QWidget *parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_list(new QListWidget(this)),
      m_details(new QLabel(this)), m_takeOurs(new QPushButton(this)),
      m_takeTheirs(new QPushButton(this)), m_edit(new QPushButton(this))
{
    // Document texts are shown as they are, never as rich text.
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_list->setWordWrap(true);
    // A few rows are enough; the canvas keeps the height.
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 7);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_takeOurs->setObjectName(QStringLiteral("takeOurs"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_edit->setObjectName(QStringLiteral("editConflict"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_takeOurs);
    buttons->addWidget(m_takeTheirs);
    buttons->addWidget(m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        showDetails();
        if (row >= 0 && row < m_conflicts.size())
            Q_EMIT conflictSelected(m_conflicts[row].element);
    });
    connect(m_takeOurs, &QPushButton::clicked, this,
            [this] { Q_EMIT takeOursRequested(currentConflict()); });
    connect(m_takeTheirs, &QPushButton::clicked, this,
            [this] { Q_EMIT takeTheirsRequested(currentConflict()); });
    connect(m_edit, &QPushButton::clicked, this,
            [this] { Q_EMIT editRequested(currentConflict()); });
    retranslate();
    showDetails();
}

void ConflictsPanel::setConflicts(const Incident &incident)
{
    const int row = m_list->currentRow();
    m_conflicts = incident.conflicts;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const MergeConflict &conflict : m_conflicts)
        m_list->addItem(describeConflict(conflict));
    if (!m_conflicts.isEmpty())
        m_list->setCurrentRow(qBound(0, row, int(m_conflicts.size()) - 1));
    retranslate();
    showDetails();
    if (currentConflict() >= 0)
        Q_EMIT conflictSelected(m_conflicts[currentConflict()].element);
}

int ConflictsPanel::currentConflict() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_conflicts.size() ? row : -1;
}

void ConflictsPanel::setCurrentConflict(int index)
{
    m_list->setCurrentRow(index);
}

void ConflictsPanel::showDetails()
{
    const int index = currentConflict();
    m_takeOurs->setEnabled(index >= 0);
    m_takeTheirs->setEnabled(index >= 0);
    m_edit->setEnabled(index >= 0);
    if (index < 0) {
        m_details->clear();
        return;
    }
    const MergeConflict &c = m_conflicts[index];
    const QString what = c.field.isEmpty()
                             ? describeElementKey(c.element)
                             : tr("%1, %2").arg(describeElementKey(c.element), c.field);
    m_details->setText(tr("%1\nBase: %2\nOurs: %3\nTheirs: %4")
                           .arg(what, describeConflictVersion(c.base),
                                describeConflictVersion(c.ours),
                                describeConflictVersion(c.theirs)));
}

void ConflictsPanel::retranslate()
{
    m_intro->setText(m_conflicts.isEmpty()
                         ? tr("No merge conflicts.")
                         : tr("%n merge conflict(s) to resolve. The file keeps them until each "
                              "is resolved.",
                              nullptr, int(m_conflicts.size())));
    m_takeOurs->setText(tr("Take Ours"));
    m_takeTheirs->setText(tr("Take Theirs"));
    m_edit->setText(tr("Edit…"));
}

void ConflictsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        const QSignalBlocker block(m_list);
        for (int i = 0; i < m_conflicts.size(); ++i)
            m_list->item(i)->setText(describeConflict(m_conflicts[i]));
        showDetails();
    }
    QWidget::changeEvent(event);
}

} // namespace faultline
