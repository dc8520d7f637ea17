#include "presentationwindow.h"

#include "model/compare/cruxdescriber.h"

#include "compareslide.h"
#include "cruxslide.h"
#include "diagramslide.h"
#include "textslide.h"

#include "model/compare/discussionsummary.h"
#include "model/document.h"
#include "widgets/compare/comparescenes.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace faultline {

PresentationWindow::PresentationWindow(const Document *document, const QStringList &compareIds,
                                       QWidget *parent)
    : QWidget(parent, Qt::Window), m_document(document), m_snapshot(new Document(this)),
      m_stack(new QStackedWidget(this)), m_title(new TextSlide(this)), m_end(new TextSlide(this)),
      m_footer(new QLabel(this)), m_saveSummary(new QPushButton(this))
{
    setObjectName(QStringLiteral("presentationWindow"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    QPalette colors = palette();
    colors.setColor(QPalette::Window, Qt::white);
    colors.setColor(QPalette::WindowText, QColor(0x11, 0x11, 0x11));
    setPalette(colors);
    m_snapshot->resetIncident(document->incident());
    const Incident &incident = m_snapshot->incident();
    for (const QString &id : compareIds)
        if (incident.findInterpretation(id) && !m_compareIds.contains(id))
            m_compareIds.append(id);
    if (m_compareIds.size() < 2 || m_compareIds.size() > 4)
        m_compareIds.clear();

    m_stack->addWidget(m_title);
    for (const Interpretation &interp : incident.interpretations) {
        auto *slide = new DiagramSlide(m_snapshot, interp.id, this);
        m_readings.append(slide);
        m_stack->addWidget(slide);
    }
    if (!m_compareIds.isEmpty()) {
        m_compare = new CompareSlide(incident, m_compareIds, this);
        m_stack->addWidget(m_compare);
        m_crux = new CruxSlide(document, new CompareSlide(incident, m_compareIds), this);
        m_stack->addWidget(m_crux);
    }
    m_stack->addWidget(m_end);
    m_footer->setObjectName(QStringLiteral("slideFooter"));
    m_footer->setTextFormat(Qt::PlainText);
    m_footer->setAlignment(Qt::AlignRight);
    m_saveSummary->setObjectName(QStringLiteral("presentationSaveSummary"));
    m_saveSummary->hide(); // on the closing slide only
    connect(m_saveSummary, &QPushButton::clicked, this, &PresentationWindow::saveSummaryRequested);
    for (QWidget *child : findChildren<QWidget *>())
        child->setFocusPolicy(Qt::NoFocus); // every key comes to the window

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_saveSummary);
    bottom->addWidget(m_footer, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 40, 64, 24);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);

    // Positions recorded during the session show on the slides at once.
    connect(document, &Document::discussionChanged, this, [this] {
        if (m_crux)
            m_crux->refresh();
        updateTitleSlide();
        updateEndSlide();
    });
    rebuildPlan();
    retranslateUi();
    applyScale();
    goTo(0);
}

void PresentationWindow::retranslateUi()
{
    setWindowTitle(tr("Faultline — Presentation"));
    // The discussion panel's words: the same action, one translation.
    m_saveSummary->setText(
        QCoreApplication::translate("faultline::DiscussionPanel", "Save Summary…"));
    m_saveSummary->setToolTip(QCoreApplication::translate(
        "faultline::DiscussionPanel",
        "Write the session summary (Markdown or PDF) to send to the participants"));
    updateTitleSlide();
    updateEndSlide();
    updateFooter();
}

bool PresentationWindow::event(QEvent *event)
{
    const bool handled = QWidget::event(event); // the slides retranslate in there
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    return handled;
}

void PresentationWindow::updateFooter()
{
    if (m_step >= 0)
        m_footer->setText(tr("%1 / %2").arg(m_step + 1).arg(m_steps.size()));
}

PresentationWindow::~PresentationWindow() = default;

DiagramSlide *PresentationWindow::readingSlide(int interpretationIndex) const
{
    return m_readings.value(interpretationIndex);
}

QWidget *PresentationWindow::currentSlide() const
{
    return m_stack->currentWidget();
}

void PresentationWindow::rebuildPlan()
{
    const int cruxes = m_compare ? int(m_compare->scenes()->diff().cruxes.size()) : 0;
    m_steps =
        PresentationPlan::build(m_snapshot->incident(), m_reveal, m_compare != nullptr, cruxes);
}

void PresentationWindow::setRevealMode(RevealMode mode)
{
    if (mode == m_reveal)
        return;
    PresentationStep wanted = currentStep();
    m_reveal = mode;
    rebuildPlan();
    if (wanted.kind == PresentationStep::Kind::Reading) {
        // The same reading, from its first step in the new mode.
        const auto first = std::find_if(m_steps.cbegin(), m_steps.cend(), [&](const auto &step) {
            return step.kind == wanted.kind && step.index == wanted.index;
        });
        wanted = first != m_steps.cend() ? *first : wanted;
    }
    const int index = int(m_steps.indexOf(wanted));
    m_step = -1; // force a redraw of the same slide
    goTo(std::max(0, index));
}

void PresentationWindow::goTo(int step)
{
    step = std::clamp(step, 0, int(m_steps.size()) - 1);
    if (step == m_step)
        return;
    m_step = step;
    showStep(m_steps[step]);
    m_saveSummary->setVisible(m_steps[step].kind == PresentationStep::Kind::End);
    updateFooter();
    Q_EMIT stepChanged(step);
}

void PresentationWindow::showStep(const PresentationStep &step)
{
    using Kind = PresentationStep::Kind;
    switch (step.kind) {
    case Kind::Title:
        m_stack->setCurrentWidget(m_title);
        break;
    case Kind::Reading:
        if (step.stage >= 0)
            m_readings[step.index]->setStage(step.stage);
        else
            m_readings[step.index]->setRevealed(step.revealed);
        m_stack->setCurrentWidget(m_readings[step.index]);
        break;
    case Kind::Compare:
        m_compare->setFocusCrux(-1);
        m_stack->setCurrentWidget(m_compare);
        break;
    case Kind::Crux:
        m_crux->setCrux(step.index);
        m_stack->setCurrentWidget(m_crux);
        break;
    case Kind::End:
        m_stack->setCurrentWidget(m_end);
        break;
    }
}

void PresentationWindow::updateTitleSlide()
{
    const Incident &incident = m_snapshot->incident();
    const QStringList &participants = m_document->incident().discussion.participants;
    QStringList readings;
    for (int i = 0; i < incident.interpretations.size(); ++i) {
        const Interpretation &interp = incident.interpretations[i];
        readings.append(interp.author.trimmed().isEmpty()
                            ? QStringLiteral("• %1").arg(interp.name)
                            : tr("• %1 (by %2)").arg(interp.name, interp.author.trimmed()));
    }
    QString body = tr("%n reading(s):", nullptr, int(readings.size())) + QLatin1Char('\n') +
                   readings.join(QLatin1Char('\n'));
    if (!participants.isEmpty())
        body += QStringLiteral("\n\n") +
                tr("Participants: %1").arg(participants.join(QStringLiteral(", ")));
    // The room's first question: how to move on, and how to get out.
    body += QStringLiteral("\n\n") +
            tr("Next: → Space or Page Down  ·  Back: ←  ·  Leave the presentation: Esc") +
            QLatin1Char('\n') + tr("R: reveal the readings in stages, link by link or all at once");
    m_title->setContent(incident.title, incident.summary.trimmed(), body);
}

void PresentationWindow::updateEndSlide()
{
    if (!m_compare) {
        m_end->setContent(tr("Thank you"), tr("Esc returns to the editor."), QString());
        return;
    }
    const DiffResult &diff = m_compare->scenes()->diff();
    int settled = 0;
    QStringList open;
    for (int i = 0; i < diff.cruxes.size(); ++i) {
        const CruxRecord *record = findCruxRecord(m_document->incident().discussion,
                                                  diff.interpretationIds, diff.cruxes[i]);
        if (record && record->resolution != CruxResolution::Open)
            ++settled;
        else if (open.size() < 6)
            open.append(QStringLiteral("• %1").arg(
                CruxDescriber(m_document->incident()).headline(diff.cruxes[i])));
    }
    const int stillOpen = int(diff.cruxes.size()) - settled;
    QStringList sections;
    if (stillOpen > 0) {
        QString section = tr("Still open:") + QLatin1Char('\n') + open.join(QLatin1Char('\n'));
        if (stillOpen > open.size())
            section +=
                QLatin1Char('\n') + tr("… and %n more", nullptr, stillOpen - int(open.size()));
        sections.append(section);
    }
    // What the group recorded on cruxes the readings no longer have, worded
    // as in the discussion panel and the summary.
    const Incident &live = m_document->incident();
    QStringList stale;
    for (const CruxRecord &record : DiscussionSummary::staleRecords(live, diff)) {
        QString line = QStringLiteral("• ") + DiscussionSummary::recordDescription(live, record) +
                       QStringLiteral(" — ") +
                       DiscussionSummary::resolutionText(live, &record, diff.interpretationIds);
        const QString tally = DiscussionSummary::holdersText(&record, diff.interpretationIds);
        if (!tally.isEmpty())
            line += QStringLiteral(" · ") + tally;
        stale.append(line);
    }
    if (!stale.isEmpty())
        sections.append(
            QCoreApplication::translate("faultline::DiscussionSummary", "No longer a crux") +
            QLatin1Char('\n') + stale.join(QLatin1Char('\n')));
    const QString body = sections.join(QStringLiteral("\n\n"));
    m_end->setContent(tr("Where we stand"),
                      tr("Cruxes settled: %1 of %2 · open: %3")
                          .arg(settled)
                          .arg(diff.cruxes.size())
                          .arg(stillOpen),
                      body);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        goTo(0);
        break;
    case Qt::Key_End:
        goTo(int(m_steps.size()) - 1);
        break;
    case Qt::Key_R: {
        const RevealMode mode = m_reveal == RevealMode::Stages  ? RevealMode::Links
                                : m_reveal == RevealMode::Links ? RevealMode::All
                                                                : RevealMode::Stages;
        setRevealMode(mode);
        Q_EMIT revealModeChanged(mode);
        break;
    }
    case Qt::Key_Escape:
        close();
        break;
    case Qt::Key_S:
        if (currentStep().kind != PresentationStep::Kind::End) {
            QWidget::keyPressEvent(event);
            return;
        }
        Q_EMIT saveSummaryRequested();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    Q_EMIT closed();
}

void PresentationWindow::applyScale()
{
    // Sizes for a 1080-line projector, scaled to the real height, so the
    // slides read from the back of a room on any screen.
    const double unit = std::max(0.45, height() / 1080.0);
    if (qFuzzyCompare(unit, m_unit))
        return;
    m_unit = unit;
    const auto px = [unit](double size) { return QString::number(int(size * unit)); };
    setStyleSheet(
        QStringLiteral("QLabel { color: #111111; }"
                       "QLabel#slideTitle { font-size: %1px; font-weight: bold; }"
                       "QLabel#slideHeading { font-size: %2px; font-weight: 600; }"
                       "QLabel#slideSubtitle { font-size: %3px; color: #3d434a; }"
                       "QLabel#slideStance { font-size: %3px; font-style: italic; color: #1f4e8c; }"
                       "QLabel#slideBody { font-size: %4px; }"
                       "QLabel#slideSmall { font-size: %5px; color: #3d434a; }"
                       "QLabel#slideFooter { font-size: %6px; color: #6b7178; }"
                       "QPushButton#presentationSaveSummary { font-size: %4px; font-weight: 600;"
                       " padding: 8px 24px; }")
            .arg(px(60), px(34), px(32), px(28), px(23), px(20)));
    // The margins shrink with the type: at 1024×700 the full 64 pixels a
    // side took width the crux slides' diagrams are short of.
    const auto margin = [unit](int size) { return int(size * std::min(1.0, unit)); };
    layout()->setContentsMargins(margin(64), margin(40), margin(64), margin(24));
    // The style sheet changed the fonts now; lay out with them now too, so
    // no slide is shown (or grabbed) with wrapped text sized for the old fonts.
    layout()->invalidate();
    layout()->activate();
}

} // namespace faultline
