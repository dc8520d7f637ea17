#include "compareslide.h"

#include "fittingview.h"

#include "model/compare/discussionsummary.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/compare/comparescenes.h"
#include "widgets/compare/cruxnumberitem.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace faultline {

namespace {
/// Room around a focused crux (scene units): its badges and callouts.
constexpr qreal kFocusMargin = 50;
} // namespace

CompareSlide::CompareSlide(const Incident &incident, const QStringList &interpretationIds,
                           QWidget *parent)
    : QWidget(parent), m_scenes(new CompareScenes(incident, interpretationIds, {}, this))
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("slideTitle"));
    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    for (int i = 0; i < m_scenes->count(); ++i)
        m_diagram |= m_scenes->scene(i)->diagramRect();
    m_diagram.adjust(-20, -20, 20, 20);
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
        auto *column = new QVBoxLayout;
        column->addWidget(header);
        column->addWidget(view, 1);
        columns->addLayout(column, 1);
        m_views.append(view);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(columns, 1);
    retranslateUi();
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
        if (!area.isEmpty())
            shown = area.adjusted(-kFocusMargin, -kFocusMargin, kFocusMargin, kFocusMargin);
    }
    for (FittingView *view : std::as_const(m_views))
        view->setShownRect(shown);
}

void CompareSlide::setTitleVisible(bool visible)
{
    m_title->setVisible(visible);
}

} // namespace faultline
