#include "gaplistpanel.h"

#include "plaintext.h"

#include "model/analysis/gaplist.h"
#include "model/document.h"
#include "model/kindstyle.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace faultline {

namespace {
constexpr int kFactorRole = Qt::UserRole;

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : plaintext::oneLine(text, 300);
}
} // namespace

GapListPanel::GapListPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_summary(plaintext::label({}, this)),
      m_tree(new QTreeWidget(this))
{
    m_tree->setObjectName(QStringLiteral("gapTree"));
    m_tree->setColumnCount(3);
    retranslate();
    m_tree->setColumnWidth(0, 130);
    m_tree->setColumnWidth(1, 170);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("gapSummary"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(30);
    connect(&m_refreshTimer, &QTimer::timeout, this, &GapListPanel::refresh);
    for (auto signal : {&Document::reset, &Document::incidentChanged})
        connect(document, signal, this, &GapListPanel::scheduleRefresh);
    for (auto signal : {&Document::factorAdded, &Document::factorChanged, &Document::factorRemoved,
                        &Document::interpretationRemoved})
        connect(document, signal, this, &GapListPanel::scheduleRefresh);
    for (auto signal : {&Document::placementAdded, &Document::placementRemoved})
        connect(document, signal, this, &GapListPanel::scheduleRefresh);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, kFactorRole).toString();
        if (!id.isEmpty())
            Q_EMIT selectFactorsRequested({id});
    });
}

void GapListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh(); // area names and the summary
    }
    QWidget::changeEvent(event);
}

void GapListPanel::retranslate()
{
    m_tree->setHeaderLabels({tr("Factor"), tr("Actual"), tr("Ideal")});
}

void GapListPanel::setInterpretation(const QString &interpretationId)
{
    m_interpretationId = interpretationId;
    refresh();
}

void GapListPanel::scheduleRefresh()
{
    m_refreshTimer.start();
}

QTreeWidgetItem *GapListPanel::factorItem(const QString &factorId) const
{
    for (int a = 0; a < m_tree->topLevelItemCount(); ++a) {
        QTreeWidgetItem *area = m_tree->topLevelItem(a);
        for (int f = 0; f < area->childCount(); ++f)
            if (area->child(f)->data(0, kFactorRole).toString() == factorId)
                return area->child(f);
    }
    return nullptr;
}

void GapListPanel::refresh()
{
    m_refreshTimer.stop();
    m_tree->clear();
    const Incident &incident = m_document->incident();
    const QList<GapGroup> groups = gapList(incident, m_interpretationId);
    QFont bold = m_tree->font();
    bold.setBold(true);
    int count = 0;
    for (const GapGroup &group : groups) {
        auto *areaItem = new QTreeWidgetItem(m_tree);
        areaItem->setText(
            0, tr("%1 (%2)").arg(kindStyle(incident, group.area).name).arg(group.factors.size()));
        areaItem->setFont(0, bold);
        areaItem->setFlags(Qt::ItemIsEnabled);
        areaItem->setFirstColumnSpanned(true);
        for (const Factor &factor : group.factors) {
            auto *item = new QTreeWidgetItem(areaItem);
            item->setData(0, kFactorRole, factor.id);
            item->setText(0, plaintext::oneLine(factor.label, 80));
            item->setText(1, orDash(factor.actual));
            item->setText(2, orDash(factor.ideal));
            item->setToolTip(1, plaintext::toolTip(factor.actual));
            item->setToolTip(2, plaintext::toolTip(factor.ideal));
            ++count;
        }
        areaItem->setExpanded(true);
    }
    m_summary->setText(
        count == 0   ? tr("No factor of this reading describes an actual or ideal state. "
                            "Add them in the factor inspector.")
        : count == 1 ? tr("1 factor with a gap between actual and ideal")
                     : tr("%1 factors with a gap between actual and ideal").arg(count));
}

} // namespace faultline
