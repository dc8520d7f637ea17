#pragma once

#include "model/compare/crux.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QGridLayout;

namespace faultline {

class CompareSlide;
class SlideLabel;
class Document;

/// Presentation slide of one crux, read from the back of a room: the crux's
/// number and type, its headline (at most two lines), a table of positions
/// (reading → position, evidence count and sources), the compared diagrams
/// below at the slide's full width, fitted to the crux's factors and their
/// neighbours with the crux highlighted, and what the group recorded (each
/// participant's position, note, resolution). The record is read from the
/// live document, so positions taken during the session show.
class CruxSlide : public QWidget
{
    Q_OBJECT
public:
    CruxSlide(const Document *document, CompareSlide *diagrams, QWidget *parent = nullptr);

    void setCrux(int index);
    int cruxIndex() const { return m_index; }
    /// Re-reads the discussion (positions, note, resolution).
    void refresh();
    /// The slide's text, for tests and screen readers.
    QString text() const;
    /// The headline label (elided to two lines).
    SlideLabel *headline() const { return m_headline; }
    CompareSlide *diagrams() const { return m_diagrams; }

protected:
    /// LanguageChange: re-worded after the diagrams (a child) have made
    /// their comparison again, since the crux's words come from there.
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fillPositions(const Crux &crux);
    /// Cuts the headline to two lines and the readings' names in the
    /// positions table to one (the names stand whole over the diagrams).
    void elideHeadline();

    const Document *m_document;
    CompareSlide *m_diagrams;
    int m_index = -1;
    QString m_headlineText;
    SlideLabel *m_title;
    SlideLabel *m_headline;
    QGridLayout *m_positions;
    QList<SlideLabel *> m_cells; ///< reused from crux to crux; the first m_shownCells show
    QStringList m_cellTexts;     ///< what the shown cells say, before eliding
    int m_shownCells = 0;
    SlideLabel *m_record;
};

} // namespace faultline
