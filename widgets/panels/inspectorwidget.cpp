#include "inspectorwidget.h"

#include "factorinspector.h"
#include "linkinspector.h"
#include "overviewinspector.h"
#include "plaintext.h"

#include "model/document.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace faultline {

namespace {
constexpr int kSideBySideMinWidth = 330;
}

InspectorWidget::InspectorWidget(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_overview(new OverviewInspector(document)),
      m_multiple(plaintext::label())
{
    m_multiple->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_multiple->setWordWrap(true);
    m_multiple->setForegroundRole(QPalette::PlaceholderText);
    m_pages = {m_overview, m_multiple};

    // Long pages (a factor with many failure modes) scroll instead of squeezing the fields.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget;
    m_pageLayout = new QVBoxLayout(content);
    m_pageLayout->setContentsMargins(10, 8, 10, 10);
    // Not a QStackedWidget: it would be as tall as its tallest page (it asks
    // every page for its height-for-width), so short pages would scroll.
    for (QWidget *page : std::as_const(m_pages)) {
        m_pageLayout->addWidget(page);
        page->hide();
    }
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_document, &Document::factorRemoved, this, &InspectorWidget::updatePage);
    connect(m_document, &Document::placementRemoved, this, &InspectorWidget::updatePage);
    connect(m_document, &Document::linkRemoved, this, &InspectorWidget::updatePage);
    connect(m_document, &Document::interpretationRemoved, this, &InspectorWidget::updatePage);
    connect(m_document, &Document::reset, this, &InspectorWidget::updatePage);
    retranslate();
}

void InspectorWidget::changeEvent(QEvent *event)
{
    // The pages retranslate themselves; the "n selected" text is made here.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InspectorWidget::retranslate()
{
    setAccessibleName(tr("Inspector"));
    updatePage();
}

QWidget *InspectorWidget::currentPage() const
{
    return m_current;
}

FactorInspector *InspectorWidget::factorPage()
{
    if (!m_factor) {
        m_factor = new FactorInspector(m_document);
        addPage(m_factor);
    }
    return m_factor;
}

LinkInspector *InspectorWidget::linkPage()
{
    if (!m_link) {
        m_link = new LinkInspector(m_document);
        addPage(m_link);
    }
    return m_link;
}

void InspectorWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    wrapFormRows();
}

void InspectorWidget::wrapFormRows()
{
    // In a narrow column (and with long German labels) a label beside its
    // field leaves the field a few letters wide: put labels above instead.
    const auto policy =
        width() < kSideBySideMinWidth ? QFormLayout::WrapAllRows : QFormLayout::DontWrapRows;
    for (QFormLayout *form : findChildren<QFormLayout *>())
        if (form->rowWrapPolicy() != policy)
            form->setRowWrapPolicy(policy);
}

void InspectorWidget::addPage(QWidget *page)
{
    page->hide();
    m_pageLayout->insertWidget(m_pageLayout->indexOf(m_multiple), page);
    m_pages.append(page);
}

void InspectorWidget::showPage(QWidget *page)
{
    if (page == m_current)
        return;
    // Hide first, so the old page never shares the area with the new one.
    for (QWidget *other : std::as_const(m_pages))
        if (other != page)
            other->hide();
    page->show();
    m_current = page;
    wrapFormRows(); // pages are built on first use
}

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
        factorPage()->setFactor(m_interpretationId, factors.first());
        showPage(m_factor);
    } else if (links.size() == 1 && factors.isEmpty()) {
        linkPage()->setLink(m_interpretationId, links.first());
        showPage(m_link);
    } else if (!factors.isEmpty() || !links.isEmpty()) {
        m_multiple->setText(tr("%n factor(s) and ", nullptr, int(factors.size())) +
                            tr("%n link(s) selected", nullptr, int(links.size())));
        showPage(m_multiple);
    } else {
        showPage(m_overview);
    }
}

} // namespace faultline
