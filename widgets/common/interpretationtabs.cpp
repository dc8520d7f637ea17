#include "widgets/common/interpretationtabs.h"

#include "widgets/common/toolicons.h"

#include "model/document.h"
#include "model/editing/documenteditor.h"
#include "widgets/canvas/canvaslegend.h"
#include "widgets/canvas/canvaspalette.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/panels/plaintext.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace faultline {

InterpretationTabs::InterpretationTabs(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_stack(new QStackedWidget(this)),
      m_tabs(new QTabWidget), m_placeholder(new QWidget), m_addButton(new QToolButton),
      m_confirm(&askConfirmation)
{
    m_tabs->setObjectName(QStringLiteral("interpretationTabs"));
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->tabBar()->setExpanding(false);
    m_tabs->tabBar()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tabs->tabBar()->installEventFilter(this);
    m_addButton->setObjectName(QStringLiteral("addInterpretationButton"));
    m_addButton->setIcon(toolIcon(ToolIcon::AddInterpretation));
    m_addButton->setAutoRaise(true);
    m_tabs->setCornerWidget(m_addButton, Qt::TopRightCorner);

    auto *emptyText = plaintext::label({}, m_placeholder);
    m_emptyText = emptyText;
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    auto *emptyButton = new QPushButton(m_placeholder);
    m_emptyButton = emptyButton;
    retranslate();
    auto *emptyLayout = new QVBoxLayout(m_placeholder);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignCenter);
    emptyLayout->addStretch(2);

    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_placeholder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_addButton, &QToolButton::clicked, this, &InterpretationTabs::newInterpretation);
    connect(emptyButton, &QPushButton::clicked, this, &InterpretationTabs::addInterpretation);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { Q_EMIT currentViewChanged(currentView()); });
    connect(m_tabs->tabBar(), &QTabBar::tabBarDoubleClicked, this, [this](int index) {
        if (index >= 0)
            startRename(index);
        else
            newInterpretation(); // double-click on the empty bar, like browsers
    });
    connect(m_tabs->tabBar(), &QTabBar::customContextMenuRequested, this,
            &InterpretationTabs::showTabMenu);
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, [this] {
        if (m_syncing)
            return;
        m_orderDirty = true;
        if (!m_tabPressed) // moved by code or keyboard: tell the model now
            pushTabOrder();
    });

    connect(m_document, &Document::reset, this, &InterpretationTabs::rebuild);
    connect(m_document, &Document::interpretationAdded, this, &InterpretationTabs::insertTab);
    connect(m_document, &Document::interpretationRemoved, this, &InterpretationTabs::removeTab);
    connect(m_document, &Document::interpretationChanged, this, &InterpretationTabs::updateTabText);
    connect(m_document, &Document::interpretationMoved, this,
            &InterpretationTabs::onInterpretationMoved);
    rebuild();
}

void InterpretationTabs::retranslate()
{
    m_addButton->setToolTip(tr("New interpretation: another reading of the same incident"));
    m_addButton->setAccessibleName(tr("New interpretation"));
    m_tabs->setAccessibleName(tr("Interpretations"));
    m_emptyText->setText(tr("This incident has no interpretation yet.\n"
                            "An interpretation is one reading of the incident: which factors "
                            "matter and how they link."));
    m_emptyButton->setText(tr("Add an Interpretation"));
}

void InterpretationTabs::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

int InterpretationTabs::count() const
{
    return m_tabs->count();
}

CanvasView *InterpretationTabs::view(int index) const
{
    return qobject_cast<CanvasView *>(m_tabs->widget(index));
}

CanvasView *InterpretationTabs::currentView() const
{
    return view(m_tabs->currentIndex());
}

QString InterpretationTabs::currentInterpretationId() const
{
    const CanvasView *v = currentView();
    return v ? v->interpretationId() : QString();
}

int InterpretationTabs::indexOf(const QString &interpretationId) const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (view(i)->interpretationId() == interpretationId)
            return i;
    return -1;
}

void InterpretationTabs::setCurrentInterpretation(const QString &interpretationId)
{
    if (const int i = indexOf(interpretationId); i >= 0)
        m_tabs->setCurrentIndex(i);
}

void InterpretationTabs::setSnapToGrid(bool on)
{
    m_snap = on;
    for (int i = 0; i < m_tabs->count(); ++i)
        view(i)->setSnapToGrid(on);
}

void InterpretationTabs::updatePlaceholder()
{
    m_stack->setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_placeholder);
}

// ---------------------------------------------------------------- following the model

void InterpretationTabs::rebuild()
{
    finishRename(false);
    const QSignalBlocker block(m_tabs);
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_syncing = true;
    for (const Interpretation &interp : m_document->incident().interpretations)
        insertTab(interp.id);
    m_syncing = false;
    m_tabs->setCurrentIndex(m_tabs->count() > 0 ? 0 : -1);
    updatePlaceholder();
    Q_EMIT currentViewChanged(currentView());
}

void InterpretationTabs::insertTab(const QString &interpretationId)
{
    const int index = m_document->incident().interpretationIndex(interpretationId);
    if (index < 0 || indexOf(interpretationId) >= 0)
        return;
    auto *canvas = new CanvasView(m_document, interpretationId);
    canvas->setFitWhenShown(true); // every tab opens showing its whole diagram
    new CanvasLegend(canvas);      // what the line styles and marks mean
    canvas->setSnapToGrid(m_snap);
    CanvasPalette::follow(canvas->canvasScene());
    Q_EMIT viewCreated(canvas);
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    m_tabs->insertTab(index, canvas, QString());
    m_syncing = wasSyncing;
    updateTabText(interpretationId);
    updatePlaceholder();
    // A new reading (or one brought back by undo) is what the user wants to see.
    if (!wasSyncing)
        m_tabs->setCurrentIndex(index);
}

void InterpretationTabs::removeTab(const QString &interpretationId)
{
    const int index = indexOf(interpretationId);
    if (index < 0)
        return;
    if (m_renameId == interpretationId)
        finishRename(false);
    QWidget *page = m_tabs->widget(index);
    m_tabs->removeTab(index);
    page->deleteLater(); // it may be delivering the event that led here
    updatePlaceholder();
}

void InterpretationTabs::updateTabText(const QString &interpretationId)
{
    const int index = indexOf(interpretationId);
    const Interpretation *interp = m_document->incident().findInterpretation(interpretationId);
    if (index < 0 || !interp)
        return;
    m_tabs->setTabText(index, plaintext::noMnemonic(plaintext::oneLine(interp->name, 48)));
    QString tip = interp->name;
    if (!interp->author.isEmpty())
        tip += QStringLiteral("\n") + tr("by %1").arg(interp->author);
    if (!interp->summary.isEmpty())
        tip += QStringLiteral("\n\n") + interp->summary;
    m_tabs->setTabToolTip(index, plaintext::toolTip(tip));
}

void InterpretationTabs::onInterpretationMoved(const QString &interpretationId, int newIndex)
{
    const int from = indexOf(interpretationId);
    if (from < 0 || from == newIndex)
        return;
    m_syncing = true;
    m_tabs->tabBar()->moveTab(from, newIndex);
    m_syncing = false;
}

void InterpretationTabs::pushTabOrder()
{
    m_orderDirty = false;
    QStringList wanted;
    for (int i = 0; i < m_tabs->count(); ++i)
        wanted.append(view(i)->interpretationId());
    if (wanted.size() != m_document->incident().interpretations.size())
        return;
    m_document->editor().reorderInterpretations(wanted, tr("Reorder interpretations"));
}

bool InterpretationTabs::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tabs->tabBar()) {
        if (event->type() == QEvent::MouseButtonPress) {
            m_tabPressed = true;
        } else if (event->type() == QEvent::MouseButtonRelease) {
            m_tabPressed = false;
            // The tab bar finishes its own move during this release; look after it.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (m_orderDirty)
                        pushTabOrder();
                },
                Qt::QueuedConnection);
        }
    } else if (watched == m_renameEditor && event->type() == QEvent::KeyPress) {
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            finishRename(false);
            return true;
        }
    } else if (watched == m_renameEditor && event->type() == QEvent::FocusOut) {
        finishRename(true);
    }
    return QWidget::eventFilter(watched, event);
}

// ---------------------------------------------------------------- user actions

void InterpretationTabs::newInterpretation()
{
    const Interpretation *current =
        m_document->incident().findInterpretation(currentInterpretationId());
    if (!current) {
        addInterpretation();
        return;
    }
    const std::optional<NewReading> choice = m_chooseNewReading(this, current->name);
    if (choice == NewReading::CopyOfCurrent)
        (void)m_document->editor().duplicateInterpretation(current->id);
    else if (choice == NewReading::Empty)
        addInterpretation();
}

void InterpretationTabs::addInterpretation()
{
    const Incident &incident = m_document->incident();
    QString name;
    for (int n = int(incident.interpretations.size()) + 1;; ++n) {
        name = tr("Interpretation %1").arg(n);
        bool taken = false;
        for (const Interpretation &interp : incident.interpretations)
            taken = taken || interp.name == name;
        if (!taken)
            break;
    }
    Interpretation interp;
    interp.id = m_document->newId(QStringLiteral("i"));
    interp.name = name;
    m_document->editor().addInterpretation(interp);
}

void InterpretationTabs::startRename(int index)
{
    if (index < 0)
        index = m_tabs->currentIndex();
    CanvasView *v = view(index);
    const Interpretation *interp =
        v ? m_document->incident().findInterpretation(v->interpretationId()) : nullptr;
    if (!interp)
        return;
    finishRename(true);
    m_tabs->setCurrentIndex(index);
    m_renameId = interp->id;
    auto *editor = new QLineEdit(m_tabs->tabBar());
    editor->setObjectName(QStringLiteral("tabRenameEditor"));
    editor->setText(interp->name);
    editor->selectAll();
    QRect rect = m_tabs->tabBar()->tabRect(index);
    rect.setWidth(std::max(rect.width(), 160));
    editor->setGeometry(rect.adjusted(2, 2, -2, -2));
    editor->installEventFilter(this);
    connect(editor, &QLineEdit::returnPressed, this, [this] { finishRename(true); });
    m_renameEditor = editor;
    editor->show();
    editor->setFocus(Qt::OtherFocusReason);
}

void InterpretationTabs::finishRename(bool commit)
{
    QLineEdit *editor = m_renameEditor;
    if (!editor)
        return;
    m_renameEditor = nullptr; // first, so focus-out during hide() does not finish twice
    const QString id = m_renameId;
    const QString name = editor->text().simplified();
    m_renameId.clear();
    editor->removeEventFilter(this);
    editor->hide();
    editor->deleteLater();
    if (CanvasView *v = currentView())
        v->setFocus(Qt::OtherFocusReason);
    if (commit)
        renameInterpretation(id, name);
}

void InterpretationTabs::renameInterpretation(const QString &interpretationId, const QString &name)
{
    const Interpretation *interp = m_document->incident().findInterpretation(interpretationId);
    // An empty name is refused by the format: keep the old one.
    if (!interp || name.trimmed().isEmpty() || name == interp->name)
        return;
    Interpretation after = *interp;
    after.name = name;
    m_document->editor().editInterpretation(after, QString(),
                                            tr("Rename interpretation to “%1”").arg(name));
}

void InterpretationTabs::duplicateCurrent()
{
    const QString id = currentInterpretationId();
    if (id.isEmpty())
        return;
    (void)m_document->editor().duplicateInterpretation(id);
}

void InterpretationTabs::deleteCurrent()
{
    const QString id = currentInterpretationId();
    const Interpretation *interp = m_document->incident().findInterpretation(id);
    if (!interp)
        return;
    if (!interp->placements.isEmpty() || !interp->links.isEmpty()) {
        const QString question =
            tr("Delete the interpretation “%1”?").arg(plaintext::oneLine(interp->name, 80));
        const QStringList details{
            tr("%n factor(s) placed (the factors stay in the incident)", nullptr,
               int(interp->placements.size())),
            tr("%n link(s) with their evidence", nullptr, int(interp->links.size()))};
        if (!m_confirm(this, tr("Delete Interpretation"), question, details))
            return;
    }
    m_document->editor().removeInterpretation(id);
}

void InterpretationTabs::showTabMenu(const QPoint &pos)
{
    const int index = m_tabs->tabBar()->tabAt(pos);
    if (index >= 0)
        m_tabs->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(toolIcon(ToolIcon::AddInterpretation), tr("&New Interpretation"), this,
                   &InterpretationTabs::addInterpretation);
    if (index >= 0) {
        menu.addAction(toolIcon(ToolIcon::Rename), tr("&Rename…"), this,
                       [this, index] { startRename(index); });
        menu.addAction(tr("&Duplicate"), this, &InterpretationTabs::duplicateCurrent);
        menu.addSeparator();
        menu.addAction(toolIcon(ToolIcon::Delete), tr("De&lete"), this,
                       &InterpretationTabs::deleteCurrent);
    }
    menu.exec(m_tabs->tabBar()->mapToGlobal(pos));
}

} // namespace faultline
