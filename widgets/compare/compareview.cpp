#include "compareview.h"

#include "calloutplacement.h"
#include "columnarrangement.h"
#include "comparecolumnview.h"
#include "comparescenes.h"
#include "coveragewidget.h"
#include "cruxlistwidget.h"
#include "marklegendstrip.h"
#include "rootcausematrixwidget.h"

#include "model/compare/discussionsummary.h"
#include "model/compare/rootcausematrix.h"
#include "widgets/canvas/canvaspalette.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasstyle.h"
#include "widgets/common/elidedlabel.h"
#include "widgets/discussion/discussionpanel.h"
#include "widgets/panels/plaintext.h"

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace faultline {

namespace {
/// Room kept around a crux's elements when it is brought into view.
constexpr qreal kFocusMargin = 60;

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent), m_scenes(new CompareScenes(Incident{}, {}, {}, this)),
      m_columnArea(new QWidget(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_title(new ElidedLabel(this)), m_showDifferences(new QCheckBox(this)),
      m_backButton(new QPushButton(this)), m_cruxHeader(new QLabel(this)),
      m_cruxList(new CruxListWidget(this)), m_sideTabs(new QTabWidget(this)),
      m_matrix(new RootCauseMatrixWidget(this)), m_coverage(new CoverageWidget(this))
{
    setObjectName(QStringLiteral("compareView"));
    auto *columnsLayout = new QHBoxLayout(m_columnArea);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->setSpacing(1); // the gap shows as a hairline between columns
    m_columnArea->setAutoFillBackground(true);

    m_splitter->addWidget(m_columnArea);
    m_splitter->addWidget(createSidePanel());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes({1000, 380});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createTopBar());
    layout->addWidget(m_splitter, 1);
    applyColumnColors();

    connect(m_cruxList, &CruxListWidget::cruxSelected, this, &CompareView::onCruxSelected);
    connect(m_backButton, &QPushButton::clicked, this, &CompareView::backRequested);
    connect(m_showDifferences, &QCheckBox::toggled, this, [this](bool on) {
        m_scenes->setDiffStyling(on);
        updateLegendStrip();
    });

    // Shortcuts work from any child (columns, lists), not only the crux list.
    const auto shortcut = [this](const QKeySequence &key, auto slot) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_F8), &CompareView::nextCrux);
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8), &CompareView::previousCrux);
    shortcut(QKeySequence(Qt::Key_Escape), &CompareView::backRequested);
    retranslateUi();
}

CompareView::~CompareView()
{
    // Views first: they must not paint scenes that CompareScenes deletes.
    for (const Column &column : std::as_const(m_columns))
        column.view->setScene(nullptr);
}

QStringList CompareView::interpretationIds() const
{
    return m_scenes->interpretationIds();
}

CompareColumnView *CompareView::columnView(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns[column].view : nullptr;
}

QLabel *CompareView::columnHeader(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns[column].header : nullptr;
}

void CompareView::setComparison(const Incident &incident, const QStringList &interpretationIds,
                                const LayoutResult &unionLayout)
{
    const bool sameColumns = interpretationIds == m_scenes->interpretationIds();
    // What to restore after the rebuild: the selected crux (by what it is
    // about, since its index and wording may change) and the view.
    const Crux *previous = m_cruxList->crux(m_cruxList->currentCrux());
    const std::optional<Crux> kept = previous ? std::optional<Crux>(*previous) : std::nullopt;
    const qreal zoom = m_columns.isEmpty() ? 1.0 : m_columns.first().view->zoom();
    const QPoint scroll = m_columns.isEmpty()
                              ? QPoint()
                              : QPoint(m_columns.first().view->horizontalScrollBar()->value(),
                                       m_columns.first().view->verticalScrollBar()->value());

    for (const Column &column : std::as_const(m_columns))
        column.view->setScene(nullptr);
    m_scenes->setIncident(incident, interpretationIds, unionLayout);
    m_scenes->setDiffStyling(m_showDifferences->isChecked());
    setColumnCount(m_scenes->count());
    for (int i = 0; i < m_columns.size(); ++i) {
        CanvasScene *scene = m_scenes->scene(i);
        // A clean picture: no grid, no hover, no handles (nothing is editable here).
        scene->setExportBackground(canvasstyle::background());
        scene->setExportMode(true);
        m_columns[i].view->setScene(scene);
    }
    showComparisonTexts();
    arrangeColumns();

    if (sameColumns && !m_columns.isEmpty()) {
        m_columns.first().view->setZoom(zoom);
        m_columns.first().view->horizontalScrollBar()->setValue(scroll.x());
        m_columns.first().view->verticalScrollBar()->setValue(scroll.y());
        syncZoomFrom(m_columns.first().view);
    } else {
        m_needsFit = true;
        if (isVisible())
            QTimer::singleShot(0, this, &CompareView::fitAll);
    }
    const QList<Crux> &cruxes = m_scenes->diff().cruxes;
    int restore = -1;
    if (kept) {
        for (int i = 0; i < cruxes.size() && restore < 0; ++i)
            if (cruxes[i].key == kept->key)
                restore = i;
    }
    if (restore >= 0) {
        const QSignalBlocker blocker(m_cruxList);
        m_cruxList->setCurrentCrux(restore);
        // No re-centring: the user may have panned. The callouts go beside
        // the crux at the zoom the user has.
        const QRectF area = m_scenes->focusCrux(cruxes[restore], restore + 1);
        if (!m_columns.isEmpty())
            m_scenes->reachSceneRect(calloutPlacement(area).apply(m_columns.first().view->zoom()));
    }
    updateLegendStrip();
    if (m_discussion)
        m_discussion->setCrux(m_scenes->diff().interpretationIds, m_cruxList->crux(restore));
}

void CompareView::showComparisonTexts()
{
    updateHeaders();
    const QString title = plaintext::oneLine(m_scenes->incident().title, 80);
    m_title->setFullText(
        title.isEmpty()
            ? tr("Comparing %n readings", nullptr, m_scenes->count())
            : tr("Comparing %n readings of “%1”", nullptr, m_scenes->count()).arg(title));
    const QList<Crux> &cruxes = m_scenes->diff().cruxes;
    m_cruxList->setCruxes(m_scenes->incident(), cruxes);
    m_cruxHeader->setText(tr("Cruxes: %1").arg(cruxes.size()));
    const Incident &incident = m_scenes->incident();
    m_matrix->setMatrix(incident, RootCauseMatrix::build(incident, m_scenes->interpretationIds()));
    m_coverage->setComparison(incident, m_scenes->interpretationIds());
    updateDiscussion(incident);
}

void CompareView::retranslateUi()
{
    m_showDifferences->setText(tr("Show differences"));
    m_showDifferences->setToolTip(tr("Draw what other readings have as dashed ghosts and tag "
                                     "what only one reading has"));
    updateCommonLayoutText();
    m_commonLayout->setToolTip(tr("Lay out all compared readings together, so every factor has "
                                  "one place that suits every column (the readings are not "
                                  "changed)"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Zoom every column so the whole diagram fits"));
    m_backButton->setText(tr("Back to Editing"));
    m_backButton->setToolTip(tr("Return to the editor (Esc)"));
    m_cruxHint->setFullText(tr("F8 / Shift+F8: next / previous"));
    m_sideTabs->setTabText(m_sideTabs->indexOf(m_matrix), tr("Root causes"));
    m_sideTabs->setTabText(m_sideTabs->indexOf(m_coverage), tr("Checklist coverage"));
    if (m_discussion)
        m_sideTabs->setTabText(m_sideTabs->indexOf(m_discussion), tr("Discussion"));
}

void CompareView::updateCommonLayoutText()
{
    m_commonLayout->setText(m_layoutRunning ? tr("Laying Out…") : tr("Common Layout"));
}

void CompareView::applyColumnColors()
{
    const QPalette appPalette = QApplication::palette();
    QPalette separators = m_columnArea->palette();
    separators.setColor(QPalette::Window, CompareColumnView::separatorColor(appPalette));
    m_columnArea->setPalette(separators);
    m_columnArea->setStyleSheet(CompareColumnView::chromeStyle(appPalette));
    const canvasstyle::CanvasColors colors = CanvasPalette::colorsFor(appPalette);
    const QColor bar =
        CanvasPalette::isDark(appPalette) ? colors.background.lighter(125) : QColor(Qt::white);
    if (auto *topBar = findChild<QWidget *>(QStringLiteral("compareTopBar")))
        topBar->setStyleSheet(
            QStringLiteral("QWidget#compareTopBar { background: %1;"
                           " border-bottom: 1px solid %2; }"
                           "QLabel#compareLegend { color: %3; }")
                .arg(bar.name(), CompareColumnView::separatorColor(appPalette).name(),
                     CanvasPalette::isDark(appPalette) ? colors.mutedText.name()
                                                       : QStringLiteral("#5f6670")));
}

void CompareView::changeEvent(QEvent *event)
{
    // Inside the main window the view hears ApplicationPaletteChange; as a
    // window of its own it hears PaletteChange instead.
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange)
        applyColumnColors();
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_scenes->count() > 0) {
            // Cruxes are worded when the comparison is made: make it again
            // (same readings, so the same cruxes in the same order) and keep
            // the selected one. The columns' scenes, zoom and scroll stay.
            const int current = m_cruxList->currentCrux();
            m_scenes->retranslate();
            showComparisonTexts();
            {
                const QSignalBlocker blocker(m_cruxList);
                m_cruxList->setCurrentCrux(current);
            }
            if (m_discussion)
                m_discussion->setCrux(m_scenes->diff().interpretationIds,
                                      m_cruxList->crux(current));
        }
    }
    QWidget::changeEvent(event);
}

void CompareView::setDiscussionPanel(DiscussionPanel *panel)
{
    if (m_discussion)
        return;
    m_discussion = panel;
    m_sideTabs->insertTab(0, panel, QString());
    m_sideTabs->setCurrentIndex(0);
    retranslateUi(); // the tab's title
    panel->setCrux(m_scenes->diff().interpretationIds, m_cruxList->crux(m_cruxList->currentCrux()));
    updateDiscussion(m_scenes->incident());
}

void CompareView::updateDiscussion(const Incident &incident)
{
    const QStringList &ids = m_scenes->diff().interpretationIds;
    m_cruxList->setDiscussion(incident, ids);
    if (m_discussion)
        m_discussion->setStaleRecords(DiscussionSummary::staleRecords(incident, m_scenes->diff()));
}

void CompareView::setColumnCount(int count)
{
    while (m_columns.size() > count) {
        Column column = m_columns.takeLast();
        column.view->setScene(nullptr);
        delete column.frame;
    }
    while (m_columns.size() < count) {
        Column column;
        column.frame = new QWidget(m_columnArea);
        column.frame->setObjectName(QStringLiteral("compareColumn"));
        column.frame->setAttribute(Qt::WA_StyledBackground);
        auto *headerBar = new QWidget(column.frame);
        headerBar->setObjectName(QStringLiteral("columnHeaderBar"));
        headerBar->setAttribute(Qt::WA_StyledBackground);
        column.header = new QLabel(headerBar);
        column.header->setObjectName(QStringLiteral("columnHeader"));
        column.header->setTextFormat(Qt::PlainText);
        column.header->setAlignment(Qt::AlignCenter);
        column.header->setWordWrap(true);
        column.stats = new QLabel(headerBar);
        column.stats->setObjectName(QStringLiteral("columnStats"));
        column.stats->setTextFormat(Qt::PlainText);
        column.stats->setAlignment(Qt::AlignCenter);
        // Wraps rather than widening the column: three columns and the crux panel
        // must fit a 1024-pixel window.
        column.stats->setWordWrap(true);
        auto *headerLayout = new QVBoxLayout(headerBar);
        headerLayout->setContentsMargins(8, 6, 8, 6);
        headerLayout->setSpacing(1);
        headerLayout->addWidget(column.header);
        headerLayout->addWidget(column.stats);
        column.view = new CompareColumnView(column.frame);
        auto *layout = new QVBoxLayout(column.frame);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(headerBar);
        layout->addWidget(column.view, 1);
        static_cast<QHBoxLayout *>(m_columnArea->layout())->addWidget(column.frame, 1);

        CompareColumnView *view = column.view;
        connect(view, &ZoomPanView::zoomChanged, this, [this, view] { syncZoomFrom(view); });
        connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this,
                [this, view] { syncScrollFrom(view); });
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this,
                [this, view] { syncScrollFrom(view); });
        m_columns.append(column);
    }
}

void CompareView::updateHeaders()
{
    for (int i = 0; i < m_columns.size(); ++i) {
        const Interpretation *interp =
            m_scenes->incident().findInterpretation(m_scenes->interpretationIds().value(i));
        m_columns[i].header->setText(plaintext::oneLine(m_scenes->title(i), 80));
        m_columns[i].header->setToolTip(interp && !interp->author.isEmpty()
                                            ? tr("by %1").arg(plaintext::oneLine(interp->author))
                                            : QString());
        QStringList stats;
        if (interp) {
            stats.append(tr("%n factor(s)", nullptr, int(interp->placements.size())));
            stats.append(tr("%n link(s)", nullptr, int(interp->links.size())));
        }
        const int unique =
            int(m_scenes->uniqueFactorIds(i).size() + m_scenes->uniqueLinkIds(i).size());
        const int missing =
            int(m_scenes->ghostFactorIds(i).size() + m_scenes->ghostLinkIds(i).size());
        if (unique > 0)
            stats.append(tr("%n only here", nullptr, unique));
        if (missing > 0)
            stats.append(tr("%n missing", nullptr, missing));
        m_columns[i].stats->setText(stats.join(QStringLiteral("  ·  ")));
    }
}

void CompareView::setCommonLayoutRunning(bool running)
{
    m_layoutRunning = running;
    m_commonLayout->setEnabled(!running);
    updateCommonLayoutText();
}

int CompareView::currentCrux() const
{
    return m_cruxList->currentCrux();
}

void CompareView::setCurrentCrux(int index)
{
    m_cruxList->setCurrentCrux(index);
}

void CompareView::nextCrux()
{
    m_cruxList->selectNext();
}

void CompareView::previousCrux()
{
    m_cruxList->selectPrevious();
}

void CompareView::onCruxSelected(int index)
{
    const Crux *crux = m_cruxList->crux(index);
    if (m_discussion)
        m_discussion->setCrux(m_scenes->diff().interpretationIds, crux);
    if (!crux) {
        m_scenes->clearFocus();
        updateLegendStrip();
        return;
    }
    showFocus(m_scenes->focusCrux(*crux, index + 1));
    updateLegendStrip();
}

void CompareView::updateLegendStrip()
{
    QList<CanvasScene *> scenes;
    for (int i = 0; i < m_scenes->count(); ++i)
        scenes.append(m_scenes->scene(i));
    m_legendStrip->showMarksOf(scenes);
}

bool CompareView::isStacked() const
{
    const auto *layout = static_cast<const QBoxLayout *>(m_columnArea->layout());
    return layout->direction() == QBoxLayout::TopToBottom && m_columns.size() > 1;
}

void CompareView::arrangeColumns()
{
    QRectF diagram;
    for (int i = 0; i < m_scenes->count(); ++i)
        diagram |= m_scenes->scene(i)->diagramRect();
    // The name and counts above each diagram (measured before the first layout too).
    const qreal header =
        m_columns.isEmpty() ? 0 : m_columns.first().header->parentWidget()->sizeHint().height();
    const bool stack =
        stackingDrawsLarger(m_columnArea->size(), diagram.size(), int(m_columns.size()), header);
    static_cast<QBoxLayout *>(m_columnArea->layout())
        ->setDirection(stack ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

void CompareView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_refitPending)
        return;
    // After the layouts have given the columns their new size.
    m_refitPending = true;
    QTimer::singleShot(0, this, &CompareView::refit);
}

void CompareView::refit()
{
    m_refitPending = false;
    arrangeColumns();
    m_columnArea->layout()->activate();
    const Crux *crux = m_cruxList->crux(m_cruxList->currentCrux());
    if (crux && m_scenes->hasFocus())
        showFocus(m_scenes->focusCrux(*crux, m_cruxList->currentCrux() + 1));
    else
        fitAll();
}

void CompareView::showFocus(const QRectF &area)
{
    if (area.isEmpty() || m_columns.isEmpty())
        return;
    CompareColumnView *view = m_columns.first().view;
    // Fitted to the crux and its neighbours in every column (equal zoom and
    // scroll), so nothing of it is cut off and it fills the column; what
    // each reading says stands beside it, not over it.
    const CalloutPlacement callouts = calloutPlacement(area);
    const QRectF shown = callouts.shownRect();
    // The columns scroll as far as the callouts' room (beyond the diagram
    // when the crux lies at its edge).
    m_scenes->reachSceneRect(shown | callouts.apply(callouts.plannedZoom()));
    view->zoomToRect(shown); // zoomChanged → the other columns follow
    m_scenes->reachSceneRect(shown | callouts.apply(view->zoom()));
    syncZoomFrom(view);
}

CalloutPlacement CompareView::calloutPlacement(const QRectF &area) const
{
    const QSizeF viewport =
        m_columns.isEmpty() ? QSizeF() : QSizeF(m_columns.first().view->viewport()->size());
    return CalloutPlacement::forScenes(
        *m_scenes, area.adjusted(-kFocusMargin, -kFocusMargin, kFocusMargin, kFocusMargin),
        viewport);
}

void CompareView::fitAll()
{
    m_needsFit = false;
    if (m_columns.isEmpty())
        return;
    QRectF diagram;
    for (int i = 0; i < m_scenes->count(); ++i)
        diagram |= m_scenes->scene(i)->diagramRect();
    m_scenes->reachSceneRect({}); // no callout room any more
    m_columns.first().view->zoomToRect(diagram.adjusted(-20, -20, 20, 20));
    syncZoomFrom(m_columns.first().view);
}

void CompareView::syncZoomFrom(CompareColumnView *source)
{
    if (m_syncing)
        return;
    m_syncing = true;
    for (const Column &column : std::as_const(m_columns))
        if (column.view != source)
            column.view->setZoom(source->zoom());
    m_syncing = false;
    syncScrollFrom(source);
}

void CompareView::syncScrollFrom(CompareColumnView *source)
{
    if (m_syncing)
        return;
    m_syncing = true;
    // Same scene rectangle, same zoom and (equal stretch) same viewport size
    // in every column, so equal scroll values show the same scene area.
    for (const Column &column : std::as_const(m_columns)) {
        if (column.view == source)
            continue;
        column.view->horizontalScrollBar()->setValue(source->horizontalScrollBar()->value());
        column.view->verticalScrollBar()->setValue(source->verticalScrollBar()->value());
    }
    m_syncing = false;
}

void CompareView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // After the layout has given the columns their final size.
    if (m_needsFit)
        QTimer::singleShot(0, this, [this] {
            if (m_needsFit)
                fitAll();
        });
}

} // namespace faultline
