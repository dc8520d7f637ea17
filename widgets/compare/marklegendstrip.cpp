#include "marklegendstrip.h"

#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasstyle.h"
#include "widgets/export/legendentries.h"
#include "widgets/export/legendpainter.h"

#include <QEvent>
#include <QPainter>

#include <cmath>

namespace faultline {

namespace {
// Kinds are named on every box; the strip explains lines and marks only.
LegendEntries marksOf(const QList<CanvasScene *> &scenes)
{
    LegendEntries entries = LegendEntries::collect(scenes, true);
    entries.kinds.clear();
    return entries;
}

canvasstyle::CanvasColors stripColors(const QWidget *widget, const QList<CanvasScene *> &scenes)
{
    // The columns' colours (light or dark), with the widget's text colour.
    canvasstyle::CanvasColors colors = scenes.isEmpty() || !scenes.first()
                                           ? canvasstyle::CanvasColors{}
                                           : scenes.first()->colors();
    colors.background = widget->palette().color(QPalette::Window);
    colors.text = widget->palette().color(QPalette::WindowText);
    return colors;
}
} // namespace

MarkLegendStrip::MarkLegendStrip(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("compareLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void MarkLegendStrip::showMarksOf(const QList<CanvasScene *> &scenes)
{
    m_scenes = scenes;
    const LegendEntries entries = marksOf(scenes);
    m_texts.clear();
    for (const Relation relation : entries.relations)
        m_texts.append(displayName(relation));
    for (const LegendMark mark : entries.marks)
        m_texts.append(displayName(mark));
    updateGeometry();
    update();
}

QSize MarkLegendStrip::sizeHint() const
{
    return QSize(400, heightForWidth(std::max(width(), 400)));
}

int MarkLegendStrip::heightForWidth(int width) const
{
    const LegendPainter painter(marksOf(m_scenes), stripColors(this, m_scenes), font());
    return int(std::ceil(painter.rowsSize(width).height()));
}

void MarkLegendStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const LegendPainter legend(marksOf(m_scenes), stripColors(this, m_scenes), font());
    legend.paintRows(&painter, QRectF(rect()));
}

void MarkLegendStrip::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        showMarksOf(m_scenes);
}

} // namespace faultline
