#include "diagramslide.h"

#include "fittingview.h"
#include "revealorder.h"
#include "slidelabel.h"

#include "model/document.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/canvas/linkitem.h"

#include <QEvent>
#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

namespace faultline {

namespace {
QLabel *slideLabel(const QString &objectName, QWidget *parent)
{
    return new SlideLabel(objectName, parent);
}
} // namespace

DiagramSlide::DiagramSlide(Document *snapshot, const QString &interpretationId, QWidget *parent)
    : QWidget(parent), m_snapshot(snapshot), m_interpretationId(interpretationId),
      m_scene(new CanvasScene(snapshot, interpretationId, this)), m_view(new FittingView(this)),
      m_byline(slideLabel(QStringLiteral("slideSubtitle"), this)),
      m_progress(slideLabel(QStringLiteral("slideSmall"), this))
{
    const Interpretation *interp = snapshot->incident().findInterpretation(interpretationId);
    auto *title = slideLabel(QStringLiteral("slideTitle"), this);
    auto *stance = slideLabel(QStringLiteral("slideStance"), this);
    if (interp) {
        title->setText(interp->name);
        stance->setText(interp->stance.trimmed().isEmpty()
                            ? QString()
                            : QStringLiteral("“%1”").arg(interp->stance.trimmed()));
        m_order = RevealOrder::linkIds(*interp);
        m_behaviour = RevealOrder::behaviourFactorIds(snapshot->incident(), *interp);
    }
    stance->setVisible(!stance->text().isEmpty());
    m_scene->setExportMode(true);
    m_scene->setExportBackground(Qt::white);
    m_view->setScene(m_scene);
    m_view->setBackgroundBrush(Qt::white);
    // The whole diagram's rectangle, fixed, so nothing moves while links appear.
    m_view->setShownRect(m_scene->diagramRect().adjusted(-30, -30, 30, 30));
    m_progress->setAlignment(Qt::AlignRight);

    auto *header = new QVBoxLayout;
    header->setSpacing(4);
    header->addWidget(title);
    header->addWidget(m_byline);
    header->addWidget(stance);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_progress);
    retranslateUi(); // also shows every link (m_revealed starts at -1)
}

void DiagramSlide::retranslateUi()
{
    const Interpretation *interp = m_snapshot->incident().findInterpretation(m_interpretationId);
    const QString author = interp ? interp->author.trimmed() : QString();
    m_byline->setText(author.isEmpty() ? QString() : tr("by %1").arg(author));
    m_byline->setVisible(!author.isEmpty());
    updateProgress();
}

void DiagramSlide::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DiagramSlide::setRevealed(int count)
{
    m_stage = -1;
    m_revealed = count < 0 ? -1 : std::min<int>(count, int(m_order.size()));
    const QStringList shown = visibleLinkIds();
    QSet<QString> highlighted;
    if (m_revealed > 0)
        highlighted.insert(m_order.value(m_revealed - 1)); // the newest
    showOnly(QSet<QString>(shown.begin(), shown.end()), highlighted, {});
    updateProgress();
}

void DiagramSlide::setStage(int stage)
{
    const Interpretation *interp = m_snapshot->incident().findInterpretation(m_interpretationId);
    if (!interp)
        return;
    m_revealed = -1;
    m_stage = std::clamp(stage, -1, 2);
    const QSet<QString> behaviour(m_behaviour.begin(), m_behaviour.end());
    QSet<QString> shown;
    QSet<QString> highlighted;
    QSet<QString> factors;
    if (m_stage != 0) {
        for (const Link &link : interp->links) {
            const bool intoBehaviour = behaviour.contains(link.to);
            if (m_stage == 1 && (intoBehaviour || behaviour.contains(link.from)))
                continue; // the behaviour comes last, with what leads into it
            shown.insert(link.id);
            if (m_stage == 2 && intoBehaviour)
                highlighted.insert(link.id);
        }
        if (m_stage == 1)
            for (const Placement &p : interp->placements)
                if (!behaviour.contains(p.factorId))
                    factors.insert(
                        p.factorId); // the paths' factors, even if only behaviour links them
    }
    showOnly(shown, highlighted, factors);
    updateProgress();
}

void DiagramSlide::showOnly(const QSet<QString> &shown, const QSet<QString> &highlighted,
                            const QSet<QString> &alsoFactors)
{
    const Interpretation *interp = m_snapshot->incident().findInterpretation(m_interpretationId);
    if (!interp)
        return;
    QSet<QString> linked;
    QSet<QString> touched;
    for (const Link &link : interp->links) {
        linked << link.from << link.to;
        if (shown.contains(link.id))
            touched << link.from << link.to;
    }
    for (const Placement &p : interp->placements)
        if (FactorItem *item = m_scene->factorItem(p.factorId))
            item->setVisible(p.rootCause || !linked.contains(p.factorId) ||
                             touched.contains(p.factorId) || alsoFactors.contains(p.factorId));
    for (const Link &link : interp->links) {
        LinkItem *item = m_scene->linkItem(link.id);
        if (!item)
            continue;
        item->setVisible(shown.contains(link.id));
        item->setEmphasis(highlighted.contains(link.id) ? Emphasis::Highlighted : Emphasis::Normal);
    }
}

void DiagramSlide::updateProgress()
{
    if (m_stage == 0)
        m_progress->setText(tr("1 of 3: the root causes  ·  R: another way to reveal"));
    else if (m_stage == 1)
        m_progress->setText(tr("2 of 3: the paths  ·  R: another way to reveal"));
    else if (m_stage == 2)
        m_progress->setText(tr("3 of 3: the behaviour  ·  R: another way to reveal"));
    else if (m_revealed < 0 || m_order.isEmpty())
        m_progress->setText(tr("%n link(s)", nullptr, int(m_order.size())));
    else
        m_progress->setText(
            tr("link %1 of %2  ·  R: another way to reveal").arg(m_revealed).arg(m_order.size()));
}

QStringList DiagramSlide::visibleLinkIds() const
{
    return m_revealed < 0 ? m_order : m_order.mid(0, m_revealed);
}

} // namespace faultline
