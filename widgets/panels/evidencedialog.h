#pragma once

#include "model/evidence.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSlider;

namespace faultline {

struct Incident;

/// Edits one evidence item of a link: kind, source (from the incident's
/// bibliography, or none), locator, quote, confidence, stance and note.
class EvidenceDialog : public QDialog
{
    Q_OBJECT
public:
    /// Adding new evidence or editing existing evidence (the window title says which).
    enum class Purpose
    {
        Add,
        Edit
    };

    EvidenceDialog(const Incident &incident, const Evidence &evidence,
                   Purpose purpose = Purpose::Edit, QWidget *parent = nullptr);

    /// The evidence as edited (same id as the one given).
    Evidence evidence() const;

    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *sourceCombo() const { return m_source; }
    QLineEdit *locatorEdit() const { return m_locator; }
    QPlainTextEdit *quoteEdit() const { return m_quote; }
    QSlider *confidenceSlider() const { return m_confidenceSlider; }
    QDoubleSpinBox *confidenceSpin() const { return m_confidence; }
    QComboBox *stanceCombo() const { return m_stance; }
    QPlainTextEdit *noteEdit() const { return m_note; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Purpose m_purpose;
    Evidence m_evidence;
    QComboBox *m_kind;
    QComboBox *m_source;
    QLineEdit *m_locator;
    QPlainTextEdit *m_quote;
    QSlider *m_confidenceSlider;
    QDoubleSpinBox *m_confidence;
    QComboBox *m_stance;
    QPlainTextEdit *m_note;
};

} // namespace faultline
