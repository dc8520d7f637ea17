// The compare view's two bars, built once: the title with its controls and
// the marks' legend above the columns, and the crux list with the root-cause
// matrix and checklist coverage beside them. (Split from compareview.cpp to
// keep each file short.)
#include "compareview.h"

#include "coveragewidget.h"
#include "cruxlistwidget.h"
#include "marklegendstrip.h"
#include "rootcausematrixwidget.h"

#include "widgets/common/elidedlabel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace faultline {

QWidget *CompareView::createTopBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("compareTopBar"));
    m_title->setObjectName(QStringLiteral("compareTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() + 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    // Legend: what the marks shown mean, so nobody has to guess.
    m_legendStrip = new MarkLegendStrip(bar);
    m_showDifferences->setChecked(true);
    m_commonLayout = new QPushButton(bar);
    connect(m_commonLayout, &QPushButton::clicked, this, &CompareView::commonLayoutRequested);
    m_fit = new QPushButton(bar);
    connect(m_fit, &QPushButton::clicked, this, &CompareView::fitAll);
    m_backButton->setObjectName(QStringLiteral("backToEditing"));
    m_backButton->setDefault(true);

    // Two rows: the title and the controls, then the legend. In one row the
    // legend and the buttons together were wider than the window in German.
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(12, 6, 12, 6);
    rows->setSpacing(2);
    auto *layout = new QHBoxLayout;
    layout->setSpacing(10);
    // A long incident title must not widen the window past the screen: the
    // title takes the room that is left and is cut with "…" (its tooltip has it whole).
    m_title->setMinimumWidth(160);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_showDifferences);
    layout->addWidget(m_commonLayout);
    layout->addWidget(m_fit);
    layout->addWidget(m_backButton);
    rows->addLayout(layout);
    rows->addWidget(m_legendStrip);
    return bar;
}

QWidget *CompareView::createSidePanel()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("compareSidePanel"));
    // The crux list stays readable at 280 px; the matrix scrolls sideways when narrower
    // than its three "● implicated" cells.
    panel->setMinimumWidth(280);
    m_cruxHeader->setTextFormat(Qt::PlainText);
    QFont bold = m_cruxHeader->font();
    bold.setBold(true);
    m_cruxHeader->setFont(bold);
    // The key hint gives way to the count in a narrow panel (cut with "…").
    m_cruxHint = new ElidedLabel(panel);
    m_cruxHint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_cruxHint->setStyleSheet(QStringLiteral("color: #8a9098;"));
    auto *headerRow = new QHBoxLayout;
    headerRow->setContentsMargins(10, 8, 10, 4);
    headerRow->setSpacing(12);
    headerRow->addWidget(m_cruxHeader);
    headerRow->addWidget(m_cruxHint, 1);

    auto *cruxBox = new QWidget(panel);
    auto *cruxLayout = new QVBoxLayout(cruxBox);
    cruxLayout->setContentsMargins(0, 0, 0, 0);
    cruxLayout->setSpacing(0);
    cruxLayout->addLayout(headerRow);
    cruxLayout->addWidget(m_cruxList, 1);

    m_sideTabs->addTab(m_matrix, QString()); // titles: retranslateUi()
    m_sideTabs->addTab(m_coverage, QString());
    m_sideTabs->setDocumentMode(true);

    auto *split = new QSplitter(Qt::Vertical, panel);
    split->addWidget(cruxBox);
    split->addWidget(m_sideTabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    return panel;
}

} // namespace faultline
