#include "canvaslegend.h"

#include "canvasscene.h"
#include "canvasstyle.h"
#include "canvasview.h"
#include "linkitem.h"
#include "model/document.h"

#include <QEvent>
#include <QPainter>
#include <QSettings>
#include <QToolButton>

namespace faultline {

namespace {
constexpr int kRowHeight = 18;
constexpr int kSampleWidth = 38;
constexpr int kMargin = 6;
const QString kCollapsedKey = QStringLiteral("canvas/legendCollapsed");
} // namespace

CanvasLegend::CanvasLegend(CanvasView *view)
    : QWidget(view), m_view(view), m_toggle(new QToolButton(this))
{
    setObjectName(QStringLiteral("canvasLegend"));
    setAttribute(Qt::WA_StyledBackground, false);
    m_toggle->setObjectName(QStringLiteral("canvasLegendToggle"));
    m_toggle->setCheckable(true);
    // Collapsing is remembered, for every tab and the next session.
    m_toggle->setChecked(!QSettings().value(kCollapsedKey, false).toBool());
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(m_toggle->isChecked() ? Qt::DownArrow : Qt::RightArrow);
    m_toggle->setFocusPolicy(Qt::NoFocus);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool open) {
        m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        if (QSettings().value(kCollapsedKey, false).toBool() == open)
            QSettings().setValue(kCollapsedKey, !open);
        place();
        update();
    });
    view->installEventFilter(this); // resizes: stay in the corner
    Document *document = view->canvasScene()->document();
    // Signals of different signatures: each is connected by itself.
    connect(document, &Document::linkAdded, this, &CanvasLegend::refresh);
    connect(document, &Document::linkChanged, this, &CanvasLegend::refresh);
    connect(document, &Document::linkRemoved, this, &CanvasLegend::refresh);
    connect(document, &Document::placementAdded, this, &CanvasLegend::refresh);
    connect(document, &Document::placementChanged, this, &CanvasLegend::refresh);
    connect(document, &Document::placementRemoved, this, &CanvasLegend::refresh);
    connect(document, &Document::factorChanged, this, &CanvasLegend::refresh);
    connect(view->canvasScene(), &CanvasScene::rebuilt, this, &CanvasLegend::refresh);
    changeEvent(nullptr);
    refresh();
}

bool CanvasLegend::isCollapsed() const
{
    return !m_toggle->isChecked();
}

void CanvasLegend::setCollapsed(bool collapsed)
{
    m_toggle->setChecked(!collapsed);
}

void CanvasLegend::refresh()
{
    m_relations.clear();
    m_rootCause = m_evidence = m_tags = false;
    const Interpretation *interpretation = m_view->canvasScene()->interpretation();
    if (interpretation) {
        const Incident &incident = m_view->canvasScene()->document()->incident();
        for (Relation relation : allRelations())
            for (const Link &link : interpretation->links)
                if (link.relation == relation) {
                    m_relations.append(relation);
                    break;
                }
        m_evidence = !interpretation->links.isEmpty();
        for (const Placement &placement : interpretation->placements) {
            m_rootCause = m_rootCause || placement.rootCause;
            const Factor *factor = incident.findFactor(placement.factorId);
            m_tags = m_tags || (factor && !factor->failureModes.isEmpty());
        }
    }
    setVisible(!m_relations.isEmpty() || m_rootCause || m_tags);
    place();
    update();
}

QList<CanvasLegend::Row> CanvasLegend::rows() const
{
    QList<Row> rows;
    for (Relation relation : m_relations)
        rows.append({Row::Sample::Relation, relation, displayName(relation)});
    if (m_evidence)
        rows.append(
            {Row::Sample::Evidence, Relation::Causes, tr("evidence items (amber 0: none yet)")});
    if (m_rootCause)
        rows.append({Row::Sample::RootCause, Relation::Causes, tr("root cause")});
    if (m_tags)
        rows.append({Row::Sample::Tag, Relation::Causes, tr("failure points tagged")});
    return rows;
}

void CanvasLegend::place()
{
    const QSize toggle = m_toggle->sizeHint();
    int width = toggle.width() + 2 * kMargin;
    int height = toggle.height() + 2;
    if (m_toggle->isChecked()) {
        for (const Row &row : rows())
            width = std::max(width, kMargin * 3 + kSampleWidth +
                                        fontMetrics().horizontalAdvance(row.text));
        height += int(rows().size()) * kRowHeight + kMargin;
    }
    m_toggle->move(kMargin / 2, 1);
    resize(width, height);
    // Bottom left of the visible canvas, above the horizontal scroll bar.
    const QRect area = m_view->viewport()->geometry();
    move(area.left() + 8, area.bottom() - height - 8);
    raise();
}

void CanvasLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor background = palette().color(QPalette::Base);
    background.setAlpha(225);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    if (!m_toggle->isChecked())
        return;
    const QColor ink = palette().color(QPalette::Text);
    int y = m_toggle->geometry().bottom() + 2;
    for (const Row &row : rows()) {
        const qreal mid = y + kRowHeight / 2.0;
        const QPointF from(kMargin, mid);
        const QPointF tip(kMargin + kSampleWidth, mid);
        painter.save();
        switch (row.sample) {
        case Row::Sample::Relation: {
            const qreal width = 1.6;
            const QPointF end = tip - QPointF(LinkItem::arrowHeadLength(row.relation, width), 0);
            QPen pen(ink, width, Qt::SolidLine, Qt::FlatCap);
            if (row.relation == Relation::Enables)
                pen.setDashPattern({6 / width, 4.5 / width});
            painter.setPen(pen);
            if (row.relation == Relation::Amplifies) {
                painter.drawLine(from + QPointF(0, -1.8), end + QPointF(0, -1.8));
                painter.drawLine(from + QPointF(0, 1.8), end + QPointF(0, 1.8));
            } else {
                painter.drawLine(from, end);
            }
            LinkItem::paintArrowHead(&painter, row.relation, tip, QPointF(1, 0), width, ink);
            break;
        }
        case Row::Sample::Evidence:
            painter.setPen(QPen(ink, 1));
            painter.setBrush(palette().color(QPalette::Base));
            painter.drawEllipse(QPointF(kMargin + kSampleWidth / 2.0, mid), 7, 7);
            painter.drawText(QRectF(kMargin + kSampleWidth / 2.0 - 7, mid - 7, 14, 14),
                             Qt::AlignCenter, QStringLiteral("1"));
            break;
        case Row::Sample::RootCause: {
            const QRectF pill(kMargin, mid - 6, kSampleWidth, 12);
            painter.setPen(Qt::NoPen);
            painter.setBrush(ink);
            painter.drawRoundedRect(pill, 6, 6);
            break;
        }
        case Row::Sample::Tag: {
            const QRectF tag(kMargin + kSampleWidth / 2.0 - 10, mid - 6, 20, 12);
            painter.setPen(QPen(ink, 1));
            painter.setBrush(palette().color(QPalette::Base));
            painter.drawPolygon(QPolygonF{tag.topLeft() + QPointF(5, 0), tag.topRight(),
                                          tag.bottomRight(), tag.bottomLeft() + QPointF(5, 0),
                                          QPointF(tag.left(), mid)});
            break;
        }
        }
        painter.restore();
        painter.setPen(ink);
        painter.drawText(QRect(kMargin * 2 + kSampleWidth, y, width(), kRowHeight),
                         Qt::AlignVCenter | Qt::AlignLeft, row.text);
        y += kRowHeight;
    }
}

void CanvasLegend::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        m_toggle->setText(tr("Legend"));
        m_toggle->setToolTip(tr("Show or hide what the line styles and marks mean"));
        place();
        update();
    }
    if (event)
        QWidget::changeEvent(event);
}

bool CanvasLegend::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        place();
    return QWidget::eventFilter(watched, event);
}

} // namespace faultline
