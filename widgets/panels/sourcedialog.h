#pragma once

#include "model/source.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace faultline {

/// Edits one bibliography entry: authors, title, year, venue, URL, DOI.
class SourceDialog : public QDialog
{
    Q_OBJECT
public:
    /// Adding a new source or editing an existing one (the window title says which).
    enum class Purpose
    {
        Add,
        Edit
    };

    explicit SourceDialog(const Source &source, Purpose purpose = Purpose::Edit,
                          QWidget *parent = nullptr);

    /// The source as edited (same id as the one given).
    Source source() const;

    QLineEdit *authorsEdit() const { return m_authors; }
    QLineEdit *titleEdit() const { return m_title; }
    QSpinBox *yearSpin() const { return m_year; }
    QLineEdit *venueEdit() const { return m_venue; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *doiEdit() const { return m_doi; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateOk();

    Purpose m_purpose;
    Source m_source;
    QLineEdit *m_authors;
    QLineEdit *m_title;
    QSpinBox *m_year;
    QLineEdit *m_venue;
    QLineEdit *m_url;
    QLineEdit *m_doi;
    QLabel *m_urlHint;
    QDialogButtonBox *m_buttons;
};

} // namespace faultline
