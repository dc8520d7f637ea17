#pragma once

#include "presentationplan.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace faultline {

class CompareSlide;
class CruxSlide;
class DiagramSlide;
class Document;
class TextSlide;

/// Discussion mode: the incident full screen, large type, black on white,
/// no editing chrome. Steps through PresentationPlan with Right / Down /
/// Page Down / Space (next), Left / Up / Page Up / Backspace (previous),
/// Home / End; R goes to the next way of revealing a reading (in stages,
/// link by link, all at once: RevealMode); Esc closes. On
/// the closing slide S (or its "Save Summary…" button) asks for the session
/// summary to be saved, as the discussion panel's button does.
///
/// Diagrams come from a snapshot of the incident taken when the window
/// opens (read only); the discussion record on crux slides is read from the
/// live document, so what the group records during the session shows.
class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    /// Compares `compareIds` (2–4 existing interpretations; fewer: no
    /// compare and crux slides).
    PresentationWindow(const Document *document, const QStringList &compareIds,
                       QWidget *parent = nullptr);
    ~PresentationWindow() override;

    const QList<PresentationStep> &steps() const { return m_steps; }
    int stepIndex() const { return m_step; }
    PresentationStep currentStep() const { return m_steps.value(m_step); }
    RevealMode revealMode() const { return m_reveal; }
    /// Re-plans the readings' steps; the slide shown stays (a reading from
    /// its first step).
    void setRevealMode(RevealMode mode);
    QStringList comparedIds() const { return m_compareIds; }

    void goTo(int step);
    void next() { goTo(m_step + 1); }
    void previous() { goTo(m_step - 1); }

    DiagramSlide *readingSlide(int interpretationIndex) const;
    CompareSlide *compareSlide() const { return m_compare; }
    CruxSlide *cruxSlide() const { return m_crux; }
    TextSlide *titleSlide() const { return m_title; }
    TextSlide *endSlide() const { return m_end; }
    /// "Save Summary…", shown on the closing slide only.
    QPushButton *saveSummaryButton() const { return m_saveSummary; }
    QWidget *currentSlide() const;

Q_SIGNALS:
    /// The step shown changed.
    void stepChanged(int step);
    /// R chose another way of revealing the readings (to remember it).
    void revealModeChanged(faultline::RevealMode mode);
    /// The window closed (Esc or the window manager): back to the editor.
    void closed();
    /// S or the button on the closing slide: save the summary of comparedIds().
    void saveSummaryRequested();

protected:
    /// LanguageChange: the window title, footer, opening and closing slides,
    /// after the slides themselves (the closing slide lists the compare
    /// slide's cruxes, worded anew when that slide retranslates).
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void rebuildPlan();
    void showStep(const PresentationStep &step);
    void retranslateUi();
    void updateFooter();
    void updateTitleSlide();
    void updateEndSlide();
    void applyScale();

    const Document *m_document;
    Document *m_snapshot;
    QStringList m_compareIds;
    QList<PresentationStep> m_steps;
    int m_step = 0;
    RevealMode m_reveal = RevealMode::Stages;
    double m_unit = 0; ///< the scale applyScale() last set up
    QStackedWidget *m_stack;
    TextSlide *m_title;
    QList<DiagramSlide *> m_readings;
    CompareSlide *m_compare = nullptr;
    CruxSlide *m_crux = nullptr;
    TextSlide *m_end;
    QLabel *m_footer;
    QPushButton *m_saveSummary;
};

} // namespace faultline
