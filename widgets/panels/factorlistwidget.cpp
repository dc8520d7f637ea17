#include "factorlistwidget.h"

#include "dragtreewidget.h"
#include "plaintext.h"

#include "model/document.h"
#include "model/kindstyle.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/kindshapes.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSet>
#include <QVBoxLayout>

namespace faultline {

namespace {
constexpr int kUsedInColumnMinWidth = 220;
}

FactorListWidget::FactorListWidget(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_filter(new QLineEdit(this)),
      m_list(new DragTreeWidget(CanvasView::factorMimeType(), this)), m_add(new QPushButton(this))
{
    m_filter->setObjectName(QStringLiteral("factorFilter"));
    m_list->setObjectName(QStringLiteral("factorList"));
    m_list->setColumnCount(2);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setIconSize(QSize(18, 18));
    // Every row is one line of the same font (bold or not) beside an icon:
    // the view can take the first row's height for all instead of measuring
    // each label on every rebuild (most of a rebuild's time at 100 factors).
    m_list->setUniformRowHeights(true);
    m_add->setObjectName(QStringLiteral("addFactorToInterpretation"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(6);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(m_add);

    // The clear button shows only while there is text. Enabling it looks its
    // icon up in the icon themes (about 10 ms, the largest single part of
    // this panel's start-up), so it is enabled when the first text comes.
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        if (!m_filter->isClearButtonEnabled())
            m_filter->setClearButtonEnabled(true);
    });
    connect(m_filter, &QLineEdit::textChanged, this, &FactorListWidget::applyFilter);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        if (!m_quiet)
            if (const QString id = selectedFactorId(); !id.isEmpty())
                Q_EMIT factorSelected(id);
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = DragTreeWidget::idOf(item);
        const Interpretation *interp =
            m_document->incident().findInterpretation(m_interpretationId);
        if (id.isEmpty() || !interp)
            return;
        if (interp->usesFactor(id))
            Q_EMIT factorSelected(id);
        else
            Q_EMIT placeRequested(id);
    });
    connect(m_add, &QPushButton::clicked, this, &FactorListWidget::addSelectedToInterpretation);

    // Structural changes rebuild the list once per event-loop turn (a paste
    // of many factors is one rebuild); a changed label updates its row now.
    connect(m_document, &Document::reset, this, &FactorListWidget::scheduleRebuild);
    connect(m_document, &Document::incidentChanged, this, &FactorListWidget::scheduleRebuild);
    connect(m_document, &Document::factorAdded, this, &FactorListWidget::scheduleRebuild);
    connect(m_document, &Document::factorRemoved, this, &FactorListWidget::scheduleRebuild);
    connect(m_document, &Document::placementAdded, this, &FactorListWidget::scheduleRebuild);
    connect(m_document, &Document::placementRemoved, this, &FactorListWidget::scheduleRebuild);
    connect(m_document, &Document::interpretationAdded, this, &FactorListWidget::scheduleRebuild);
    connect(m_document, &Document::interpretationRemoved, this, &FactorListWidget::scheduleRebuild);
    connect(m_document, &Document::factorChanged, this, &FactorListWidget::updateItem);
    rebuild();
    retranslate();
}

void FactorListWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // In a narrow column the factor's name comes before the "used in" count.
    m_list->setColumnHidden(1, width() < kUsedInColumnMinWidth);
}

void FactorListWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild(); // kind names and usage tips
    }
    QWidget::changeEvent(event);
}

void FactorListWidget::retranslate()
{
    // Short enough for the narrow left column in every language; the tool tip says more.
    m_add->setText(tr("Add to Diagram"));
    m_filter->setPlaceholderText(tr("Filter factors"));
    m_filter->setAccessibleName(tr("Filter factors"));
    m_list->setHeaderLabels({tr("Factor"), tr("Used in")});
    m_list->setAccessibleName(tr("Incident factors"));
    m_add->setToolTip(tr(
        "Use the selected factor in the current interpretation too (double-click does the same)"));
}

void FactorListWidget::setInterpretation(const QString &interpretationId)
{
    if (interpretationId == m_interpretationId)
        return;
    m_interpretationId = interpretationId;
    rebuild();
}

QString FactorListWidget::selectedFactorId() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString() : DragTreeWidget::idOf(selected.first());
}

void FactorListWidget::showFactor(const QString &factorId)
{
    m_quiet = true;
    if (QTreeWidgetItem *item = m_items.value(factorId); item && !item->isHidden()) {
        m_list->setCurrentItem(item);
        m_list->scrollToItem(item);
    } else {
        m_list->clearSelection();
    }
    m_quiet = false;
}

void FactorListWidget::addSelectedToInterpretation()
{
    const QString id = selectedFactorId();
    const Interpretation *interp = m_document->incident().findInterpretation(m_interpretationId);
    if (!id.isEmpty() && interp && !interp->usesFactor(id))
        Q_EMIT placeRequested(id);
}

void FactorListWidget::scheduleRebuild()
{
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QMetaObject::invokeMethod(this, &FactorListWidget::rebuild, Qt::QueuedConnection);
}

void FactorListWidget::rebuild()
{
    m_rebuildPending = false;
    const QString selected = selectedFactorId();
    const Incident &incident = m_document->incident();
    // One pass over the placements, so a large incident rebuilds in linear time.
    QHash<QString, int> uses;
    QSet<QString> here;
    for (const Interpretation &interp : incident.interpretations)
        for (const Placement &p : interp.placements) {
            ++uses[p.factorId];
            if (interp.id == m_interpretationId)
                here.insert(p.factorId);
        }
    m_quiet = true;
    m_list->clear();
    m_items.clear();
    for (const Factor &factor : incident.factors) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, DragTreeWidget::idRole(), factor.id);
        m_items.insert(factor.id, item);
        fillItem(item, factor, uses.value(factor.id), here.contains(factor.id));
    }
    if (QTreeWidgetItem *item = m_items.value(selected))
        m_list->setCurrentItem(item);
    m_quiet = false;
    // Lay the rows out now rather than on the view's next timer: then the
    // scroll bar a long list needs is shown with the window's first frame.
    // Shown afterwards, it costs a flicker and an X round trip that waits
    // for the server to take that whole frame (about 35 ms under Xvfb).
    m_list->doItemsLayout();
    updateButtons();
}

void FactorListWidget::updateItem(const QString &factorId)
{
    QTreeWidgetItem *item = m_items.value(factorId);
    const Incident &incident = m_document->incident();
    const Factor *factor = incident.findFactor(factorId);
    if (!item || !factor)
        return;
    int uses = 0;
    bool here = false;
    for (const Interpretation &interp : incident.interpretations)
        if (interp.usesFactor(factorId)) {
            ++uses;
            here = here || interp.id == m_interpretationId;
        }
    fillItem(item, *factor, uses, here);
}

void FactorListWidget::fillItem(QTreeWidgetItem *item, const Factor &factor, int uses, bool here)
{
    const KindStyle style = kindStyle(m_document->incident(), factor.kind);
    // Item views draw text literally, so labels need no escaping here.
    item->setIcon(0, kindIcon(style));
    item->setText(0, plaintext::oneLine(factor.label));
    // Just the number: the column header says what it counts.
    item->setText(1, QString::number(uses));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setToolTip(1, tr("Used in %n interpretation(s)", nullptr, uses));
    QFont font = m_list->font();
    font.setBold(here);
    item->setFont(0, font);
    const QColor muted = palette().color(QPalette::Disabled, QPalette::Text);
    item->setForeground(1, muted);
    if (uses == 0)
        item->setForeground(0, muted);
    else
        item->setData(0, Qt::ForegroundRole, QVariant());
    QString tip = style.name + QStringLiteral("\n") + factor.label;
    if (!factor.description.isEmpty())
        tip += QStringLiteral("\n\n") + factor.description;
    if (here)
        tip += QStringLiteral("\n\n") + tr("Used in this interpretation.");
    item->setToolTip(0, plaintext::toolTip(tip));
    item->setHidden(!matchesFilter(factor));
}

bool FactorListWidget::matchesFilter(const Factor &factor) const
{
    const QString needle = m_filter->text().trimmed();
    return needle.isEmpty() || factor.label.contains(needle, Qt::CaseInsensitive) ||
           kindStyle(m_document->incident(), factor.kind)
               .name.contains(needle, Qt::CaseInsensitive);
}

void FactorListWidget::applyFilter()
{
    for (const Factor &factor : m_document->incident().factors)
        if (QTreeWidgetItem *item = m_items.value(factor.id))
            item->setHidden(!matchesFilter(factor));
    updateButtons();
}

void FactorListWidget::updateButtons()
{
    const QString id = selectedFactorId();
    const Interpretation *interp = m_document->incident().findInterpretation(m_interpretationId);
    QTreeWidgetItem *item = m_items.value(id);
    m_add->setEnabled(!id.isEmpty() && item && !item->isHidden() && interp &&
                      !interp->usesFactor(id));
}

} // namespace faultline
