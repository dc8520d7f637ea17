#include "cruxlistwidget.h"

#include "cruxitemdelegate.h"

#include "model/compare/cruxdescriber.h"
#include "model/compare/discussionsummary.h"

#include <QEvent>
#include <QPainter>
#include <QResizeEvent>

namespace faultline {

CruxListWidget::CruxListWidget(QWidget *parent) : QListWidget(parent)
{
    setItemDelegate(new CruxItemDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(false);
    setResizeMode(QListView::Adjust);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setSpacing(1);
    retranslateUi();
    connect(this, &QListWidget::currentRowChanged, this, &CruxListWidget::cruxSelected);
}

QColor CruxListWidget::typeColor(CruxType type)
{
    switch (type) {
    case CruxType::Area:
    case CruxType::Factor:
        return QColor(0xc0, 0x39, 0x2b);
    case CruxType::FailurePoint:
        return QColor(0xd3, 0x6b, 0x00);
    case CruxType::Link:
        return QColor(0x1f, 0x6f, 0xd1);
    case CruxType::Evidence:
        return QColor(0x0f, 0x85, 0x7a);
    }
    return QColor(0x5f, 0x66, 0x70);
}

void CruxListWidget::setCruxes(const Incident &incident, const QList<Crux> &cruxes)
{
    const QSignalBlocker blocker(this); // the owner restores the selection it wants
    clear();
    m_cruxes = cruxes;
    const CruxDescriber describer(incident);
    for (int i = 0; i < cruxes.size(); ++i) {
        const Crux &crux = cruxes[i];
        const QString headline = describer.headline(crux);
        auto *item = new QListWidgetItem(headline, this);
        item->setData(CruxItemDelegate::TypeNameRole, displayName(crux.type));
        item->setData(CruxItemDelegate::TypeColorRole, typeColor(crux.type));
        item->setData(Qt::UserRole + 3, tr("%1 / %2").arg(i + 1).arg(cruxes.size()));
        QStringList rows;
        QVariantList table; // reading, position, evidence count: the item's positions table
        for (const CruxPositionRow &row : describer.positions(crux)) {
            rows.append(QStringLiteral("• %1: %2").arg(row.readingName, row.position));
            table.append(QVariant(QStringList{row.readingName, row.position,
                                              tr("%n evidence", nullptr, row.evidenceCount)}));
        }
        item->setData(CruxItemDelegate::PositionsRole, table);
        item->setToolTip(headline + QLatin1Char('\n') + rows.join(QLatin1Char('\n')));
    }
    viewport()->update();
}

void CruxListWidget::setDiscussion(const Incident &incident, const QStringList &interpretationIds)
{
    for (int i = 0; i < m_cruxes.size() && i < count(); ++i) {
        const CruxRecord *record =
            findCruxRecord(incident.discussion, interpretationIds, m_cruxes[i]);
        QListWidgetItem *row = item(i);
        if (!record) {
            row->setData(CruxItemDelegate::ResolutionRole, QVariant());
            row->setData(CruxItemDelegate::TallyRole, QVariant());
            continue;
        }
        QString resolution = displayName(record->resolution);
        if (record->resolution == CruxResolution::Resolved) {
            const int index = int(interpretationIds.indexOf(record->resolvedAs));
            resolution =
                tr("Resolved: %1")
                    .arg(index < 0 ? QStringLiteral("?") : DiscussionSummary::letter(index));
        }
        row->setData(CruxItemDelegate::ResolutionRole, resolution);
        row->setData(CruxItemDelegate::ResolutionOpenRole,
                     record->resolution == CruxResolution::Open);
        row->setData(
            CruxItemDelegate::TallyRole,
            DiscussionSummary::tallyText(DiscussionSummary::tally(record, interpretationIds)));
    }
    viewport()->update();
}

const Crux *CruxListWidget::crux(int index) const
{
    return index >= 0 && index < m_cruxes.size() ? &m_cruxes[index] : nullptr;
}

void CruxListWidget::setCurrentCrux(int index)
{
    if (index < 0 || index >= count()) {
        setCurrentRow(-1);
        clearSelection();
        return;
    }
    setCurrentRow(index);
    scrollToItem(item(index));
}

void CruxListWidget::selectNext()
{
    if (count() == 0)
        return;
    setCurrentCrux(currentRow() < 0 ? 0 : (currentRow() + 1) % count());
}

void CruxListWidget::selectPrevious()
{
    if (count() == 0)
        return;
    setCurrentCrux(currentRow() <= 0 ? count() - 1 : currentRow() - 1);
}

void CruxListWidget::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    doItemsLayout(); // wrapped descriptions change height with the width
}

void CruxListWidget::paintEvent(QPaintEvent *event)
{
    QListWidget::paintEvent(event);
    if (count() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(QColor(0x8a, 0x90, 0x98));
    painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     tr("No cruxes: these readings agree on every factor, link and verdict."));
}

void CruxListWidget::retranslateUi()
{
    setAccessibleName(tr("Cruxes"));
}

void CruxListWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QListWidget::changeEvent(event);
}

} // namespace faultline
