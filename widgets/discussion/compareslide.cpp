#include "compareslide.h"

#include "fittingview.h"

#include "model/compare/discussionsummary.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasstyle.h"
#include "widgets/compare/comparescenes.h"
#include "widgets/compare/cruxnumberitem.h"

#include <QEvent>
#include <QFont>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace faultline {

namespace {
/// Room around a focused crux (scene units): its badges and callouts.
constexpr qreal kFocusMargin = 50;
/// Room around the crux's own elements when only they are sure to fit: the
/// root-cause badge and the number already lie in the boxes' bounds.
constexpr qreal kCoreMargin = 16;
constexpr int kColumnSpacing = 16;
constexpr int kRowSpacing = 4;
/// Label height (pixels) a crux's diagram is zoomed to at least when its
/// neighbours do not fit at that size (1024×700 showed 3–6 px labels): what
/// issue #20 asks of a compare slide, 12 px for two readings, 10 for more.
qreal readableLabelPixels(int readings)
{
    return readings <= 2 ? 12 : 10;
}
} // namespace

CompareSlide::CompareSlide(const Incident &incident, const QStringList &interpretationIds,
                           QWidget *parent)
    : QWidget(parent), m_scenes(new CompareScenes(incident, interpretationIds, {}, this))
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("slideTitle"));
    // Names in one row, diagrams in the next: a name wrapped to two lines
    // leaves every diagram the same height, so all columns share one scale.
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(kColumnSpacing);
    m_grid->setVerticalSpacing(kRowSpacing);
    for (int i = 0; i < m_scenes->count(); ++i)
        m_diagram |= m_scenes->scene(i)->diagramRect();
    m_diagram.adjust(-20, -20, 20, 20);
    m_shown = m_diagram;
    for (int i = 0; i < m_scenes->count(); ++i) {
        CanvasScene *scene = m_scenes->scene(i);
        scene->setExportBackground(Qt::white);
        scene->setExportMode(true);
        auto *header = new QLabel(
            QStringLiteral("%1  %2").arg(DiscussionSummary::letter(i), m_scenes->title(i)), this);
        header->setObjectName(QStringLiteral("slideSubtitle"));
        header->setTextFormat(Qt::PlainText);
        header->setAlignment(Qt::AlignCenter);
        header->setWordWrap(true);
        auto *view = new FittingView(this);
        view->setScene(scene);
        view->setBackgroundBrush(Qt::white);
        view->setShownRect(m_diagram);
        m_headers.append(header);
        m_views.append(view);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(m_grid, 1);
    placeReadings(1);
    retranslateUi();
}

void CompareSlide::placeReadings(int rows)
{
    const int count = int(m_views.size());
    rows = std::clamp(rows, 1, std::max(1, count));
    const int columns = (count + rows - 1) / rows;
    if (rows == m_rows && m_grid->count() == 2 * count)
        return;
    m_rows = rows;
    for (int i = 0; i < count; ++i) {
        m_grid->removeWidget(m_headers[i]);
        m_grid->removeWidget(m_views[i]);
    }
    for (int i = 0; i < 2 * std::max(1, count); ++i) {
        m_grid->setRowStretch(i, i % 2 == 1 && i / 2 < rows ? 1 : 0);
        m_grid->setColumnStretch(i, i < columns ? 1 : 0);
    }
    for (int i = 0; i < count; ++i) {
        m_grid->addWidget(m_headers[i], 2 * (i / columns), i % columns);
        m_grid->addWidget(m_views[i], 2 * (i / columns) + 1, i % columns);
    }
    // The views take their new size now, not after the next event: the
    // slide being stepped to is painted with its diagrams fitted.
    if (layout())
        layout()->activate();
}

void CompareSlide::arrange()
{
    const int count = int(m_views.size());
    if (count < 2 || width() <= 0)
        return;
    // The readings in one row, or in two or more rows, whichever draws the
    // shown diagram larger (a wide crux on three or four narrow columns).
    const QSizeF area(
        width(),
        height() - (m_title->isVisible() ? m_title->sizeHint().height() + layout()->spacing() : 0));
    int best = 1;
    qreal bestScale = 0;
    for (int rows = 1; rows <= count; ++rows) {
        const int columns = (count + rows - 1) / rows;
        if (rows > 1 && (count + columns - 1) / columns < rows)
            continue; // the same grid with an empty row
        const qreal cellWidth = (area.width() - (columns - 1) * kColumnSpacing) / columns;
        int header = 0;
        for (const QLabel *label : std::as_const(m_headers))
            header = std::max(header, label->heightForWidth(int(cellWidth)));
        const qreal cellHeight =
            (area.height() - rows * (header + kRowSpacing) - (rows - 1) * kRowSpacing) / rows;
        const QSizeF cell(cellWidth, cellHeight);
        const qreal scale =
            FittingView::scaleOf(FittingView::fitted(m_shown, m_core, m_readable, cell), cell);
        if (scale > bestScale * 1.02) { // a clear gain, else the calmer single row
            best = rows;
            bestScale = scale;
        }
    }
    placeReadings(best);
}

void CompareSlide::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void CompareSlide::retranslateUi()
{
    m_title->setText(tr("The readings side by side"));
}

void CompareSlide::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_scenes->retranslate(); // the scenes and their focus stay
    }
    QWidget::changeEvent(event);
}

CompareSlide::~CompareSlide()
{
    for (FittingView *view : std::as_const(m_views))
        view->setScene(nullptr); // the scenes go with m_scenes
}

void CompareSlide::setFocusCrux(int index)
{
    const QList<Crux> &cruxes = m_scenes->diff().cruxes;
    QRectF shown = m_diagram;
    QRectF core;
    if (index < 0 || index >= cruxes.size()) {
        m_scenes->clearFocus();
    } else {
        // The crux's factors and the factors they link to, numbered: fitted
        // whole (never cut off), close enough to read.
        const QRectF area = m_scenes->focusCrux(cruxes[index], index + 1);
        // The slide's positions table says what each reading holds; callouts
        // would repeat it and reach past the narrow columns.
        for (CruxNumberItem *item : m_scenes->cruxItems())
            item->setVisible(!item->isCallout());
        if (!area.isEmpty()) {
            shown = area.adjusted(-kFocusMargin, -kFocusMargin, kFocusMargin, kFocusMargin);
            core = m_scenes->focusCore().adjusted(-kCoreMargin, -kCoreMargin, kCoreMargin,
                                                  kCoreMargin);
        }
    }
    // The crux and its neighbours when they can be read; else the crux's own
    // elements and as much around them as the readable scale shows (the
    // neighbours' links then run off the edge, the crux is never cut off).
    const qreal readable =
        readableLabelPixels(int(m_views.size())) / canvasstyle::labelFont(QFont()).pixelSize();
    m_shown = shown;
    m_core = core;
    m_readable = core.isEmpty() ? 0 : readable;
    arrange();
    for (FittingView *view : std::as_const(m_views))
        view->setShownRect(m_shown, m_core, m_readable);
}

void CompareSlide::setTitleVisible(bool visible)
{
    m_title->setVisible(visible);
}

} // namespace faultline
