#include "cruxslide.h"

#include "model/compare/cruxdescriber.h"

#include "compareslide.h"
#include "slidelabel.h"

#include "model/compare/discussionsummary.h"
#include "model/document.h"
#include "widgets/compare/comparescenes.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace faultline {

namespace {
SlideLabel *slideLabel(const QString &objectName, QWidget *parent)
{
    return new SlideLabel(objectName, parent);
}

QString readingName(const Incident &incident, const QStringList &ids, const QString &id)
{
    const Interpretation *interp = incident.findInterpretation(id);
    const int index = int(ids.indexOf(id));
    return QStringLiteral("%1 %2").arg(DiscussionSummary::letter(index),
                                       interp ? interp->name : id);
}
} // namespace

CruxSlide::CruxSlide(const Document *document, CompareSlide *diagrams, QWidget *parent)
    : QWidget(parent), m_document(document), m_diagrams(diagrams),
      m_title(slideLabel(QStringLiteral("slideSubtitle"), this)),
      m_description(slideLabel(QStringLiteral("slideHeading"), this)),
      m_sides(slideLabel(QStringLiteral("slideBody"), this)),
      m_evidence(slideLabel(QStringLiteral("slideSmall"), this)),
      m_record(slideLabel(QStringLiteral("slideBody"), this))
{
    auto *text = new QVBoxLayout;
    text->setSpacing(14);
    text->addWidget(m_title);
    text->addWidget(m_description);
    text->addWidget(m_sides);
    text->addWidget(m_evidence);
    text->addWidget(m_record);
    text->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    layout->addLayout(text, 5);
    diagrams->setParent(this);
    diagrams->setTitleVisible(false);
    layout->addWidget(diagrams, 5);
}

bool CruxSlide::event(QEvent *event)
{
    const bool handled = QWidget::event(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
    return handled;
}

void CruxSlide::setCrux(int index)
{
    m_index = index;
    m_diagrams->setFocusCrux(index);
    refresh();
}

void CruxSlide::refresh()
{
    const DiffResult &diff = m_diagrams->scenes()->diff();
    if (m_index < 0 || m_index >= diff.cruxes.size())
        return;
    const Incident &incident = m_document->incident();
    const QStringList &ids = diff.interpretationIds;
    const Crux &crux = diff.cruxes[m_index];
    m_title->setSlideText(tr("Crux %1 of %2 · %3")
                              .arg(m_index + 1)
                              .arg(diff.cruxes.size())
                              .arg(displayName(crux.type)));
    const CruxDescriber describer(incident);
    m_description->setSlideText(describer.headline(crux));

    QStringList sides;
    for (const CruxSide &side : crux.sides) {
        QStringList holders;
        for (const QString &id : side.interpretationIds)
            holders.append(readingName(incident, ids, id));
        sides.append(QStringLiteral("• %1: %2")
                         .arg(holders.join(QStringLiteral(", ")),
                              describer.position(crux, side.interpretationIds.value(0))));
    }
    m_sides->setSlideText(sides.join(QLatin1Char('\n')));

    QStringList evidence;
    for (const CitedEvidence &c : DiscussionSummary::citedEvidence(incident, crux, ids)) {
        QString line = QStringLiteral("%1 · %2, %3")
                           .arg(DiscussionSummary::letter(int(ids.indexOf(c.interpretationId))),
                                displayName(c.evidence.kind), displayName(c.evidence.stance));
        if (const Source *source = incident.findSource(c.evidence.sourceId))
            line += QStringLiteral(" — %1%2").arg(
                source->title,
                source->year > 0 ? QStringLiteral(" (%1)").arg(source->year) : QString());
        if (!c.evidence.locator.trimmed().isEmpty())
            line += QStringLiteral(", %1").arg(c.evidence.locator.trimmed());
        if (!c.evidence.quote.trimmed().isEmpty())
            line += QStringLiteral("\n    “%1”").arg(c.evidence.quote.simplified());
        evidence.append(line);
    }
    m_evidence->setSlideText(evidence.isEmpty() ? QString()
                                                : tr("Evidence") + QLatin1Char('\n') +
                                                      evidence.join(QLatin1Char('\n')));
    m_evidence->setVisible(!evidence.isEmpty());

    const CruxRecord *record = findCruxRecord(incident.discussion, ids, crux);
    QStringList lines;
    lines.append(
        tr("Resolution: %1").arg(DiscussionSummary::resolutionText(incident, record, ids)));
    const QString tally = DiscussionSummary::tallyText(DiscussionSummary::tally(record, ids));
    if (!tally.isEmpty())
        lines.append(tr("Positions: %1").arg(tally));
    if (record) {
        QStringList people;
        for (const CruxPosition &p : record->positions)
            people.append(QStringLiteral("%1: %2").arg(
                p.participant,
                p.agreesWith.isEmpty() ? tr("unsure") : readingName(incident, ids, p.agreesWith)));
        if (!people.isEmpty())
            lines.append(people.join(QStringLiteral("  ·  ")));
        if (!record->note.trimmed().isEmpty())
            lines.append(tr("Note: %1").arg(record->note.trimmed()));
    }
    m_record->setSlideText(lines.join(QLatin1Char('\n')));
}

QString CruxSlide::text() const
{
    return QStringList{m_title->text(), m_description->text(), m_sides->text(), m_evidence->text(),
                       m_record->text()}
        .join(QLatin1Char('\n'));
}

} // namespace faultline
