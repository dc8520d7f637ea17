#include "interpretationpickerdialog.h"

#include "widgets/panels/plaintext.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace faultline {

namespace {
/// Item data role holding the reading's author (for the "by" tooltip).
constexpr int kAuthorRole = Qt::UserRole + 1;
} // namespace

InterpretationPickerDialog::InterpretationPickerDialog(const Incident &incident,
                                                       const QStringList &preselected,
                                                       QWidget *parent)
    : QDialog(parent), m_intro(new QLabel(this)), m_list(new QListWidget(this)),
      m_hint(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_intro->setTextFormat(Qt::PlainText);
    m_hint->setTextFormat(Qt::PlainText);
    for (const Interpretation &interp : incident.interpretations) {
        auto *item = new QListWidgetItem(plaintext::oneLine(interp.name, 80), m_list);
        item->setData(Qt::UserRole, interp.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(preselected.contains(interp.id) ? Qt::Checked : Qt::Unchecked);
        item->setData(kAuthorRole, plaintext::oneLine(interp.author, 80));
    }
    retranslateUi(); // before measuring: the button and hint texts take room
    // Wide enough for whole reading names, no taller than the readings need.
    const int widest = m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 24;
    m_list->setMinimumWidth(qBound(360, widest, 720));
    m_list->setMaximumHeight(m_list->sizeHintForRow(0) * int(incident.interpretations.size() + 1) +
                             2 * m_list->frameWidth());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_list, &QListWidget::itemChanged, this, &InterpretationPickerDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void InterpretationPickerDialog::retranslateUi()
{
    setWindowTitle(tr("Compare Interpretations"));
    m_intro->setText(tr("Choose the readings to put side by side (2 to 4):"));
    for (int i = 0; i < m_list->count(); ++i) {
        const QString author = m_list->item(i)->data(kAuthorRole).toString();
        m_list->item(i)->setToolTip(author.isEmpty() ? QString() : tr("by %1").arg(author));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    updateState(); // the hint
}

bool InterpretationPickerDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    return handled;
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
