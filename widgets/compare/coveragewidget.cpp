#include "coveragewidget.h"

#include "model/checklist.h"
#include "model/compare/checklistcoverage.h"
#include "model/kindstyle.h"
#include "widgets/panels/plaintext.h"

#include <QEvent>
#include <QHeaderView>

namespace faultline {

namespace {
const QColor kMuted(0x8a, 0x90, 0x98);
const QColor kImplicated(0xb0, 0x2a, 0x1e);
const QColor kRuledOut(0x2e, 0x7d, 0x45);

void setStatus(QTreeWidgetItem *item, int column, ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::Implicated:
        item->setText(column, QStringLiteral("●"));
        item->setToolTip(column, CoverageWidget::tr("implicated"));
        item->setForeground(column, kImplicated);
        break;
    case ChecklistStatus::RuledOut:
        item->setText(column, QStringLiteral("✕"));
        item->setToolTip(column, CoverageWidget::tr("ruled out"));
        item->setForeground(column, kRuledOut);
        break;
    case ChecklistStatus::NotConsidered:
        item->setText(column, QStringLiteral("–"));
        item->setToolTip(column, CoverageWidget::tr("not considered"));
        item->setForeground(column, kMuted);
        break;
    }
    item->setTextAlignment(column, Qt::AlignCenter);
}
} // namespace

CoverageWidget::CoverageWidget(QWidget *parent) : QTreeWidget(parent)
{
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::NoFrame);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    header()->setDefaultAlignment(Qt::AlignCenter);
    retranslateUi();
}

void CoverageWidget::setComparison(const Incident &incident, const QStringList &interpretationIds)
{
    clear();
    m_considered.clear();
    const Checklist checklist = Checklist::forIncident(incident);
    m_entries = int(checklist.entries().size());
    QList<ChecklistCoverage> coverage;
    QStringList headers{tr("Failure point")};
    for (const QString &id : interpretationIds) {
        const Interpretation *interp = incident.findInterpretation(id);
        if (!interp)
            continue;
        coverage.append(ChecklistCoverage::compute(incident, checklist, *interp));
        // Symbols in the cells keep the columns narrow; names are shortened to match.
        headers.append(plaintext::oneLine(interp->name, 10));
    }
    setColumnCount(int(headers.size()));
    setHeaderLabels(headers);

    auto *total = new QTreeWidgetItem(this, {tr("Considered")});
    total->setToolTip(0, tr("● implicated   ✕ ruled out   – not considered"));
    QFont bold = font();
    bold.setBold(true);
    total->setFont(0, bold);
    for (int c = 0; c < coverage.size(); ++c) {
        const int considered = int(coverage[c].implicated().size() + coverage[c].ruledOut().size());
        m_considered.append(considered);
        total->setText(c + 1, tr("%1 of %2").arg(considered).arg(m_entries));
        total->setFont(c + 1, bold);
        total->setTextAlignment(c + 1, Qt::AlignCenter);
        total->setToolTip(c + 1, tr("%1 implicated, %2 ruled out, %3 not considered")
                                     .arg(coverage[c].implicated().size())
                                     .arg(coverage[c].ruledOut().size())
                                     .arg(coverage[c].notConsidered().size()));
    }
    if (coverage.isEmpty())
        return;

    // Areas in the order of the first coverage (the same for all: one checklist).
    for (int a = 0; a < coverage.first().areas().size(); ++a) {
        const QString area = coverage.first().areas()[a].area;
        auto *areaItem = new QTreeWidgetItem(this, {kindStyle(incident, area).name});
        areaItem->setFont(0, bold);
        for (int c = 0; c < coverage.size(); ++c) {
            const AreaCoverage &counts = coverage[c].areas().value(a);
            areaItem->setText(c + 1, tr("%1 of %2").arg(counts.considered()).arg(counts.entries));
            areaItem->setTextAlignment(c + 1, Qt::AlignCenter);
            if (counts.considered() == 0)
                areaItem->setForeground(c + 1, kMuted);
        }
        for (const ChecklistEntry &entry : checklist.entries()) {
            if (entry.area != area)
                continue;
            auto *entryItem = new QTreeWidgetItem(areaItem, {Checklist::displayName(entry)});
            entryItem->setToolTip(0, Checklist::displayDescription(entry));
            for (int c = 0; c < coverage.size(); ++c) {
                const EntryCoverage *e = coverage[c].entry(entry.id);
                setStatus(entryItem, c + 1, e ? e->status : ChecklistStatus::NotConsidered);
                if (e && e->ruledOut && !e->ruledOutReason.isEmpty())
                    entryItem->setToolTip(c + 1, plaintext::oneLine(e->ruledOutReason));
            }
        }
    }
    expandAll();
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    header()->setTextElideMode(Qt::ElideRight);
    // Symbols and "k of n" need little room; the failure point names get the rest.
    for (int c = 1; c < columnCount(); ++c) {
        header()->setSectionResizeMode(c, QHeaderView::Fixed);
        header()->resizeSection(c, 64);
        headerItem()->setToolTip(c, headers.value(c));
    }
}

void CoverageWidget::retranslateUi()
{
    setAccessibleName(tr("Checklist coverage"));
}

void CoverageWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTreeWidget::changeEvent(event);
}

} // namespace faultline
