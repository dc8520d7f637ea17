#pragma once

#include "fieldsync.h"

#include "model/editing/incidentfields.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace faultline {

class Document;

/// Inspector page when nothing is selected: the current interpretation
/// (name, author, stance, summary) and the incident (title, summary, tags).
class OverviewInspector : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewInspector(Document *document, QWidget *parent = nullptr);

    void setInterpretation(const QString &interpretationId);
    QString interpretationId() const { return m_interpretationId; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *authorEdit() const { return m_author; }
    QLineEdit *stanceEdit() const { return m_stance; }
    QPlainTextEdit *interpretationSummaryEdit() const { return m_interpretationSummary; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *incidentSummaryEdit() const { return m_incidentSummary; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QGroupBox *interpretationBox() const { return m_interpretationBox; }
    QGroupBox *incidentBox() const { return m_incidentBox; }

    /// "a, b ,, c" → {"a", "b", "c"}
    static QStringList parseTags(const QString &text);

public Q_SLOTS:
    void refresh();

protected:
    /// QEvent::LanguageChange: titles, form labels and placeholders in the new language.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void pushInterpretation(const Interpretation &after, const QString &field,
                            const QString &undoText);
    void pushIncident(const IncidentFields &after, const QString &field, const QString &undoText);

    Document *m_document;
    QString m_interpretationId;
    fieldsync::EditSession m_session;
    QLabel *m_hint;
    QGroupBox *m_interpretationBox;
    QLineEdit *m_name;
    QLineEdit *m_author;
    QLineEdit *m_stance;
    QPlainTextEdit *m_interpretationSummary;
    QGroupBox *m_incidentBox;
    QLineEdit *m_title;
    QPlainTextEdit *m_incidentSummary;
    QLineEdit *m_tags;
};

} // namespace faultline
