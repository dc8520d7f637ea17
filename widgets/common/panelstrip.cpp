#include "widgets/common/panelstrip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QTabBar>
#include <QToolButton>

#include <algorithm>

namespace faultline {

PanelStrip::PanelStrip(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabBar(this)), m_expand(new QToolButton(this))
{
    setObjectName(QStringLiteral("panelStrip"));
    m_tabs->setObjectName(QStringLiteral("panelStripTabs"));
    // Whole titles: the strip is there so the names can be read.
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->setShape(QTabBar::RoundedSouth);
    m_expand->setObjectName(QStringLiteral("panelStripExpand"));
    m_expand->setArrowType(Qt::UpArrow);
    m_expand->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_expand);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    // tabBarClicked, not currentChanged: the tab already marked must expand too.
    connect(m_tabs, &QTabBar::tabBarClicked, this, [this](int index) {
        if (index >= 0)
            Q_EMIT expandRequested(index);
    });
    connect(m_expand, &QToolButton::clicked, this, [this] { Q_EMIT expandRequested(-1); });
    retranslate();
}

void PanelStrip::setTitles(const QStringList &titles, int current)
{
    const QSignalBlocker blocker(m_tabs);
    while (m_tabs->count() > titles.size())
        m_tabs->removeTab(m_tabs->count() - 1);
    for (int i = 0; i < titles.size(); ++i) {
        if (i < m_tabs->count())
            m_tabs->setTabText(i, titles.at(i));
        else
            m_tabs->addTab(titles.at(i));
        m_tabs->setTabToolTip(i, tr("Show the %1 panel").arg(titles.at(i)));
    }
    if (current >= 0 && current < m_tabs->count())
        m_tabs->setCurrentIndex(current);
    // The dock gives the strip only its minimum height; a tab bar's minimum
    // can be none at all, which would leave a strip without its titles.
    const int height = std::max(m_tabs->sizeHint().height(), m_expand->sizeHint().height());
    m_tabs->setMinimumHeight(m_tabs->sizeHint().height());
    setFixedHeight(height);
}

void PanelStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PanelStrip::retranslate()
{
    m_expand->setToolTip(tr("Expand the lower panels"));
    m_expand->setAccessibleName(tr("Expand the lower panels"));
}

} // namespace faultline
