#include "inspectorwidget.h"

#include "factorinspector.h"
#include "linkinspector.h"
#include "overviewinspector.h"
#include "plaintext.h"

#include "model/document.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace faultline {

InspectorWidget::InspectorWidget(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_stack(new QStackedWidget), m_overview(new OverviewInspector(document)),
      m_factor(new FactorInspector(document)), m_link(new LinkInspector(document)), m_multiple(plaintext::label())
{
    m_multiple->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_multiple->setWordWrap(true);
    m_multiple->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_factor);
    m_stack->addWidget(m_link);
    m_stack->addWidget(m_multiple);

    // Long pages (a factor with many failure modes) scroll instead of squeezing the fields.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(10, 8, 10, 10);
    contentLayout->addWidget(m_stack);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_document, &Document::factorRemoved, this, &InspectorWidget::updatePage);
    connect(m_document, &Document::placementRemoved, this, &InspectorWidget::updatePage);
    connect(m_document, &Document::linkRemoved, this, &InspectorWidget::updatePage);
    connect(m_document, &Document::interpretationRemoved, this, &InspectorWidget::updatePage);
    connect(m_document, &Document::reset, this, &InspectorWidget::updatePage);
    updatePage();
}

QWidget *InspectorWidget::currentPage() const { return m_stack->currentWidget(); }

void InspectorWidget::setSelection(const QString &interpretationId, const QStringList &factorIds,
                                   const QStringList &linkIds)
{
    m_interpretationId = interpretationId;
    m_factorIds = factorIds;
    m_linkIds = linkIds;
    updatePage();
}

void InspectorWidget::updatePage()
{
    const Incident &incident = m_document->incident();
    const Interpretation *interp = incident.findInterpretation(m_interpretationId);
    QStringList factors;
    QStringList links;
    if (interp) {
        for (const QString &id : std::as_const(m_factorIds))
            if (interp->usesFactor(id) && incident.findFactor(id))
                factors.append(id);
        for (const QString &id : std::as_const(m_linkIds))
            if (interp->findLink(id))
                links.append(id);
    }
    m_overview->setInterpretation(interp ? m_interpretationId : QString());
    if (factors.size() == 1 && links.isEmpty()) {
        m_factor->setFactor(m_interpretationId, factors.first());
        m_stack->setCurrentWidget(m_factor);
    } else if (links.size() == 1 && factors.isEmpty()) {
        m_link->setLink(m_interpretationId, links.first());
        m_stack->setCurrentWidget(m_link);
    } else if (!factors.isEmpty() || !links.isEmpty()) {
        m_multiple->setText(tr("%n factor(s) and ", nullptr, int(factors.size()))
                            + tr("%n link(s) selected", nullptr, int(links.size())));
        m_stack->setCurrentWidget(m_multiple);
    } else {
        m_stack->setCurrentWidget(m_overview);
    }
    // A stack is as tall as its tallest page; hidden pages must not make the
    // short ones scroll.
    for (int i = 0; i < m_stack->count(); ++i) {
        QWidget *page = m_stack->widget(i);
        const bool current = page == m_stack->currentWidget();
        page->setSizePolicy(current ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                            current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_stack->adjustSize();
}

} // namespace faultline
