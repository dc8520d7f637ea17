#include "sourcedialog.h"

#include "plaintext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace faultline {

SourceDialog::SourceDialog(const Source &source, QWidget *parent)
    : QDialog(parent), m_source(source), m_authors(new QLineEdit(source.authors, this)),
      m_title(new QLineEdit(source.title, this)), m_year(new QSpinBox(this)),
      m_venue(new QLineEdit(source.venue, this)), m_url(new QLineEdit(source.url, this)),
      m_doi(new QLineEdit(source.doi, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Source"));
    setMinimumWidth(480);
    m_authors->setObjectName(QStringLiteral("sourceAuthors"));
    m_authors->setPlaceholderText(tr("e.g. Baker, Kanitscheider, Markov, …"));
    m_title->setObjectName(QStringLiteral("sourceTitle"));
    m_year->setObjectName(QStringLiteral("sourceYear"));
    // 0 means unknown; the format allows 1900–2100 otherwise.
    m_year->setRange(1899, 2100);
    m_year->setSpecialValueText(tr("unknown"));
    m_year->setValue(source.year >= 1900 ? source.year : 1899);
    m_venue->setObjectName(QStringLiteral("sourceVenue"));
    m_url->setObjectName(QStringLiteral("sourceUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://…"));
    m_doi->setObjectName(QStringLiteral("sourceDoi"));
    m_doi->setPlaceholderText(QStringLiteral("10.1234/…"));
    auto *urlHint = plaintext::label(
        tr("Only http and https addresses and DOIs can be opened from Faultline."), this);
    urlHint->setWordWrap(true);
    urlHint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Authors:"), m_authors);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&DOI:"), m_doi);
    form->addRow(QString(), urlHint);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_authors, m_title, m_url, m_doi})
        connect(edit, &QLineEdit::textChanged, this, &SourceDialog::updateOk);
    updateOk();
}

Source SourceDialog::source() const
{
    Source s = m_source;
    s.authors = m_authors->text().trimmed();
    s.title = m_title->text().trimmed();
    s.year = m_year->value() >= 1900 ? m_year->value() : 0;
    s.venue = m_venue->text().trimmed();
    s.url = m_url->text().trimmed();
    s.doi = m_doi->text().trimmed();
    return s;
}

void SourceDialog::updateOk()
{
    // An entry needs something to recognise it by.
    const bool named = !m_authors->text().trimmed().isEmpty() ||
                       !m_title->text().trimmed().isEmpty() || !m_url->text().trimmed().isEmpty() ||
                       !m_doi->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(named);
}

} // namespace faultline
