#pragma once

#include "model/compare/crux.h"

#include <QStringList>
#include <QWidget>

namespace faultline {

class CompareSlide;
class SlideLabel;
class Document;

/// Presentation slide of one crux: what it is about, who holds which side,
/// the evidence (kind, source title and year, locator, quote), and what the
/// group recorded (each participant's position, tally, note, resolution),
/// next to the compared diagrams with the crux highlighted. The record is
/// read from the live document, so positions taken during the session show.
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

protected:
    /// LanguageChange: re-worded after the diagrams (a child) have made
    /// their comparison again, since the crux's words come from there.
    bool event(QEvent *event) override;

private:
    const Document *m_document;
    CompareSlide *m_diagrams;
    int m_index = -1;
    SlideLabel *m_title;
    SlideLabel *m_description;
    SlideLabel *m_sides;
    SlideLabel *m_evidence;
    SlideLabel *m_record;
};

} // namespace faultline
