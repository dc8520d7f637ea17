#include "cruxslide.h"

#include "compareslide.h"
#include "slidelabel.h"

#include "model/compare/cruxdescriber.h"
#include "model/compare/discussionsummary.h"
#include "model/document.h"
#include "widgets/compare/comparescenes.h"

#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QVBoxLayout>

namespace faultline {

namespace {
/// Reading, position, evidence.
constexpr int kPositionColumns = 3;

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
      m_title(new SlideLabel(QStringLiteral("slideSubtitle"), this)),
      m_headline(new SlideLabel(QStringLiteral("slideHeading"), this)),
      m_positions(new QGridLayout), m_record(new SlideLabel(QStringLiteral("slideSmall"), this))
{
    m_positions->setHorizontalSpacing(24);
    m_positions->setVerticalSpacing(2);
    // The position gets the room: one line where it fits (each reading a
    // line of the table, not two or three, leaves the diagrams more height).
    m_positions->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_headline);
    layout->addLayout(m_positions);
    diagrams->setParent(this);
    diagrams->setTitleVisible(false);
    // The diagrams take every pixel the words leave.
    layout->addWidget(diagrams, 1);
    layout->addWidget(m_record);
}

bool CruxSlide::event(QEvent *event)
{
    const bool handled = QWidget::event(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
    return handled;
}

void CruxSlide::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    elideHeadline();
}

void CruxSlide::setCrux(int index)
{
    m_index = index;
    m_diagrams->setFocusCrux(index);
    refresh();
}

void CruxSlide::elideHeadline()
{
    // Two lines at most: a longer headline is cut with an ellipsis, never
    // pushing the diagrams off the slide. (The font comes from the window's
    // style sheet, so this runs again after a resize.)
    const QFontMetrics fm(m_headline->font());
    const int width = std::max(100, m_headline->width());
    m_headline->setSlideText(
        fm.elidedText(m_headlineText, Qt::ElideRight, 2 * width - 4 * fm.averageCharWidth()));
    m_headline->setMaximumHeight(2 * fm.lineSpacing() + 4);
    for (int i = 0; i < m_shownCells; i += kPositionColumns) {
        SlideLabel *name = m_cells[i];
        const QFontMetrics nameMetrics(name->font());
        name->setSlideText(nameMetrics.elidedText(m_cellTexts.value(i), Qt::ElideRight,
                                                  std::max(120, this->width() / 5)));
    }
}

void CruxSlide::fillPositions(const Crux &crux)
{
    const Incident &incident = m_document->incident();
    const QStringList &ids = m_diagrams->scenes()->diff().interpretationIds;
    const CruxDescriber describer(incident);
    const QList<CruxPositionRow> rows = describer.positions(crux);

    // The cells stay from crux to crux, only their words change: a new label
    // is polished with the window's style sheet, which made every step slow.
    while (m_cells.size() < rows.size() * kPositionColumns) {
        auto *cell = new SlideLabel(QStringLiteral("slideBody"), this);
        cell->setFocusPolicy(Qt::NoFocus);                         // every key goes to the window
        cell->setWordWrap(m_cells.size() % kPositionColumns != 0); // names: one line, elided
        m_positions->addWidget(cell, int(m_cells.size()) / kPositionColumns,
                               int(m_cells.size()) % kPositionColumns);
        m_cells.append(cell);
    }
    m_cellTexts.clear();
    for (int row = 0; row < rows.size(); ++row) {
        const CruxPositionRow &position = rows[row];
        QString evidence = tr("%n evidence", nullptr, position.evidenceCount);
        if (!position.sourceLabels.isEmpty())
            evidence += QStringLiteral(" · ") + position.sourceLabels.join(QStringLiteral("; "));
        const QStringList texts{readingName(incident, ids, position.interpretationId),
                                position.position, evidence};
        for (int column = 0; column < kPositionColumns; ++column)
            m_cells[row * kPositionColumns + column]->setSlideText(texts[column]);
        m_cellTexts.append(texts);
    }
    m_shownCells = int(rows.size()) * kPositionColumns;
    for (int i = m_shownCells; i < m_cells.size(); ++i)
        m_cells[i]->hide(); // rows of a crux with more readings
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
    m_headlineText = CruxDescriber(incident).headline(crux);
    fillPositions(crux);
    elideHeadline();

    const CruxRecord *record = findCruxRecord(incident.discussion, ids, crux);
    QStringList lines;
    lines.append(
        tr("Resolution: %1").arg(DiscussionSummary::resolutionText(incident, record, ids)));
    if (const QString holders = DiscussionSummary::holdersText(record, ids); !holders.isEmpty())
        lines.append(holders);
    if (record && !record->note.trimmed().isEmpty())
        lines.append(tr("Note: %1").arg(record->note.trimmed()));
    m_record->setSlideText(lines.join(QStringLiteral("  ·  ")));
}

QString CruxSlide::text() const
{
    QStringList parts{m_title->text(), m_headlineText};
    parts.append(m_cellTexts.mid(0, m_shownCells));
    parts.append(m_record->text());
    return parts.join(QLatin1Char('\n'));
}

} // namespace faultline
