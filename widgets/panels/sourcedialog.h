#pragma once

#include "model/source.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace faultline {

/// Edits one bibliography entry: authors, title, year, venue, URL, DOI.
class SourceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SourceDialog(const Source &source, QWidget *parent = nullptr);

    /// The source as edited (same id as the one given).
    Source source() const;

    QLineEdit *authorsEdit() const { return m_authors; }
    QLineEdit *titleEdit() const { return m_title; }
    QSpinBox *yearSpin() const { return m_year; }
    QLineEdit *venueEdit() const { return m_venue; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *doiEdit() const { return m_doi; }

private:
    void updateOk();

    Source m_source;
    QLineEdit *m_authors;
    QLineEdit *m_title;
    QSpinBox *m_year;
    QLineEdit *m_venue;
    QLineEdit *m_url;
    QLineEdit *m_doi;
    QDialogButtonBox *m_buttons;
};

} // namespace faultline
