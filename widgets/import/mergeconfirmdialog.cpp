#include "mergeconfirmdialog.h"

#include "widgets/panels/plaintext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace faultline {

namespace {
constexpr int kTextChars = 80;
} // namespace

MergeConfirmDialog::MergeConfirmDialog(const InterpretationMerge &plan, QWidget *parent)
    : QDialog(parent), m_plan(plan), m_summary(new QLabel(this)), m_factors(new QTreeWidget(this)),
      m_interpretations(new QListWidget(this))
{
    setWindowTitle(tr("Import Interpretations"));
    // Everything shown comes from a file someone else wrote: plain text only.
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_factors->setColumnCount(3);
    m_factors->setHeaderLabels({tr("Their factor"), tr("Our factor"), tr("Match")});
    m_factors->setRootIsDecorated(false);
    m_factors->setUniformRowHeights(true);
    m_factors->header()->setSectionResizeMode(QHeaderView::Interactive);
    fillFactors();
    fillInterpretations();
    connect(m_factors, &QTreeWidget::itemChanged, this, &MergeConfirmDialog::onItemChanged);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    auto *factorsLabel =
        new QLabel(tr("Factors (untick a label match to import that factor as a new one):"), this);
    layout->addWidget(factorsLabel);
    layout->addWidget(m_factors, 3);
    layout->addWidget(new QLabel(tr("Interpretations to add:"), this));
    layout->addWidget(m_interpretations, 1);
    layout->addWidget(buttons);
    resize(720, 560);
}

InterpretationMerge MergeConfirmDialog::plan() const
{
    return m_plan;
}

void MergeConfirmDialog::fillFactors()
{
    int byId = 0;
    int byLabel = 0;
    int added = 0;
    for (const FactorMatch &match : m_plan.factorMatches()) {
        const Factor *theirs = m_plan.theirs().findFactor(match.theirId);
        const Factor *ours =
            match.ourId.isEmpty() ? nullptr : m_plan.ours().findFactor(match.ourId);
        auto *item = new QTreeWidgetItem(m_factors);
        // Only label matches may be turned down; tree items are checkable by default.
        item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        item->setText(0, plaintext::oneLine(theirs ? theirs->label : match.theirId, kTextChars));
        item->setData(0, Qt::UserRole, match.theirId);
        item->setText(1, ours ? plaintext::oneLine(ours->label, kTextChars) : QString());
        switch (match.reason) {
        case FactorMatchReason::ById:
            ++byId;
            item->setText(2, match.detailsDiffer ? tr("same id (details differ; ours kept)")
                                                 : tr("same id"));
            break;
        case FactorMatchReason::ByLabel:
            ++byLabel;
            item->setText(2, tr("same kind and label"));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, match.rejected ? Qt::Unchecked : Qt::Checked);
            break;
        case FactorMatchReason::New:
            ++added;
            item->setText(1, tr("(new factor)"));
            item->setText(2, tr("new"));
            break;
        }
    }
    QStringList lines;
    lines << tr("%n factor(s) matched by id, ", nullptr, byId) +
                 tr("%n by kind and label, ", nullptr, byLabel) + tr("%n new.", nullptr, added);
    for (const QString &warning : m_plan.warnings())
        lines << plaintext::oneLine(warning, 200);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_factors->resizeColumnToContents(0);
    m_factors->resizeColumnToContents(1);
}

void MergeConfirmDialog::fillInterpretations()
{
    m_interpretations->clear();
    const MergeAdditions additions = m_plan.additions();
    for (int i = 0; i < additions.interpretations.size(); ++i) {
        const QString name = additions.interpretations[i].name;
        const QString original = m_plan.theirs().interpretations.value(i).name;
        m_interpretations->addItem(name == original
                                       ? plaintext::oneLine(name, kTextChars)
                                       : tr("%1 (renamed from “%2”: the name is taken)")
                                             .arg(plaintext::oneLine(name, kTextChars),
                                                  plaintext::oneLine(original, kTextChars)));
    }
}

void MergeConfirmDialog::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (column != 0 || !(item->flags() & Qt::ItemIsUserCheckable))
        return;
    const QString theirId = item->data(0, Qt::UserRole).toString();
    const bool rejected = item->checkState(0) == Qt::Unchecked;
    if (!m_plan.setLabelMatchRejected(theirId, rejected))
        return;
    QSignalBlocker block(m_factors);
    const FactorMatch *match = m_plan.factorMatch(theirId);
    const Factor *ours = match ? m_plan.ours().findFactor(match->ourId) : nullptr;
    item->setText(1, rejected || !ours ? tr("(new factor)")
                                       : plaintext::oneLine(ours->label, kTextChars));
    item->setText(2, rejected ? tr("label match turned down: imported as new")
                              : tr("same kind and label"));
}

} // namespace faultline
