#include "interpretationpickerdialog.h"

#include "widgets/panels/plaintext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace faultline {

InterpretationPickerDialog::InterpretationPickerDialog(const Incident &incident,
                                                       const QStringList &preselected,
                                                       QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_hint(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Compare Interpretations"));
    auto *intro = new QLabel(tr("Choose the readings to put side by side (2 to 4):"), this);
    intro->setTextFormat(Qt::PlainText);
    m_hint->setTextFormat(Qt::PlainText);
    for (const Interpretation &interp : incident.interpretations) {
        auto *item = new QListWidgetItem(plaintext::oneLine(interp.name, 80), m_list);
        item->setData(Qt::UserRole, interp.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(preselected.contains(interp.id) ? Qt::Checked : Qt::Unchecked);
        if (!interp.author.isEmpty())
            item->setToolTip(tr("by %1").arg(plaintext::oneLine(interp.author, 80)));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    // Wide enough for whole reading names, no taller than the readings need.
    const int widest = m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 24;
    m_list->setMinimumWidth(qBound(360, widest, 720));
    m_list->setMaximumHeight(m_list->sizeHintForRow(0) * int(incident.interpretations.size() + 1)
                             + 2 * m_list->frameWidth());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_list, &QListWidget::itemChanged, this, &InterpretationPickerDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

QStringList InterpretationPickerDialog::selectedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(Qt::UserRole).toString());
    return ids;
}

void InterpretationPickerDialog::setChecked(const QString &interpretationId, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == interpretationId)
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

bool InterpretationPickerDialog::canAccept() const
{
    const auto n = selectedIds().size();
    return n >= kMinimum && n <= kMaximum;
}

void InterpretationPickerDialog::updateState()
{
    const auto n = selectedIds().size();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
    if (n < kMinimum)
        m_hint->setText(tr("Tick at least two."));
    else if (n > kMaximum)
        m_hint->setText(tr("At most four fit side by side."));
    else
        m_hint->setText(tr("%1 readings selected.").arg(n));
}

QStringList InterpretationPickerDialog::pick(QWidget *parent, const Incident &incident,
                                             const QStringList &preselected)
{
    InterpretationPickerDialog dialog(incident, preselected, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedIds();
}

} // namespace faultline
