#include "rootcausematrixwidget.h"

#include "model/kindstyle.h"
#include "widgets/panels/plaintext.h"

#include <QEvent>
#include <QHeaderView>

namespace faultline {

namespace {
QString factorLabels(const Incident &incident, const QStringList &ids)
{
    QStringList labels;
    for (const QString &id : ids)
        if (const Factor *factor = incident.findFactor(id))
            labels.append(plaintext::oneLine(factor->label, 60));
    return labels.join(QStringLiteral(", "));
}
} // namespace

RootCauseMatrixWidget::RootCauseMatrixWidget(QWidget *parent) : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setShowGrid(false);
    setWordWrap(false); // "● implicated" on one line; columns share the width
    setTextElideMode(Qt::ElideRight);
    setFrameShape(QFrame::NoFrame);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Left-aligned so a clipped name still shows its start.
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setTextElideMode(Qt::ElideRight); // long names end in "…", not clipped
    // A step smaller than the panel text: three "● implicated" cells share a side panel.
    QFont cellFont = font();
    cellFont.setPointSizeF(cellFont.pointSizeF() - 1);
    setFont(cellFont);
    retranslateUi();
}

QString RootCauseMatrixWidget::cellText(AreaState state)
{
    switch (state) {
    case AreaState::Implicated:
        return QStringLiteral("● ") + displayName(state);
    case AreaState::RuledOut:
        return QStringLiteral("✕ ") + displayName(state);
    case AreaState::Involved:
        return QStringLiteral("○ ") + displayName(state);
    case AreaState::NotConsidered:
        break;
    }
    return QStringLiteral("– ") + displayName(state);
}

QColor RootCauseMatrixWidget::cellColor(AreaState state)
{
    switch (state) {
    case AreaState::Implicated:
        return QColor(0xfa, 0xd7, 0xd2);
    case AreaState::RuledOut:
        return QColor(0xd9, 0xee, 0xdd);
    case AreaState::Involved:
        return QColor(0xfb, 0xee, 0xcf);
    case AreaState::NotConsidered:
        break;
    }
    return QColor(0xf1, 0xf2, 0xf4);
}

void RootCauseMatrixWidget::setMatrix(const Incident &incident, const RootCauseMatrix &matrix)
{
    m_matrix = matrix;
    clear();
    setRowCount(int(matrix.areas().size()));
    setColumnCount(int(matrix.interpretationIds().size()));
    QStringList columns;
    for (const QString &id : matrix.interpretationIds()) {
        const Interpretation *interp = incident.findInterpretation(id);
        // Headers are narrow: the full name is in the tooltip.
        columns.append(interp ? plaintext::oneLine(interp->name, 18) : id);
    }
    setHorizontalHeaderLabels(columns);
    QStringList rows;
    for (const QString &area : matrix.areas())
        rows.append(kindStyle(incident, area).name);
    setVerticalHeaderLabels(rows);
    for (int column = 0; column < columnCount(); ++column) {
        const Interpretation *interp =
            incident.findInterpretation(matrix.interpretationIds()[column]);
        if (interp)
            horizontalHeaderItem(column)->setToolTip(plaintext::oneLine(interp->name, 200));
    }
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < columnCount(); ++column) {
            const AreaCell &cell = matrix.cell(row, column);
            auto *item = new QTableWidgetItem(cellText(cell.state));
            item->setData(Qt::UserRole, int(cell.state));
            item->setBackground(cellColor(cell.state));
            item->setForeground(cell.state == AreaState::NotConsidered ? QColor(0x8a, 0x90, 0x98)
                                                                       : QColor(0x22, 0x26, 0x2b));
            item->setTextAlignment(Qt::AlignCenter);
            QStringList tip;
            if (!cell.rootCauseFactorIds.isEmpty())
                tip.append(
                    tr("Root causes: %1").arg(factorLabels(incident, cell.rootCauseFactorIds)));
            if (!cell.involvedFactorIds.isEmpty())
                tip.append(tr("Also uses: %1").arg(factorLabels(incident, cell.involvedFactorIds)));
            if (cell.ruledOut)
                tip.append(cell.ruledOutReason.isEmpty()
                               ? tr("Ruled out")
                               : tr("Ruled out: %1").arg(plaintext::oneLine(cell.ruledOutReason)));
            item->setToolTip(tip.isEmpty() ? displayName(cell.state) : tip.join(QLatin1Char('\n')));
            setItem(row, column, item);
        }
    }
}

void RootCauseMatrixWidget::retranslateUi()
{
    setAccessibleName(tr("Root-cause matrix"));
}

void RootCauseMatrixWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTableWidget::changeEvent(event);
}

} // namespace faultline
