#include "sourcedialog.h"

#include "formlabels.h"
#include "plaintext.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace faultline {

SourceDialog::SourceDialog(const Source &source, Purpose purpose, QWidget *parent)
    : QDialog(parent), m_purpose(purpose), m_source(source),
      m_authors(new QLineEdit(source.authors, this)), m_title(new QLineEdit(source.title, this)),
      m_year(new QSpinBox(this)), m_venue(new QLineEdit(source.venue, this)),
      m_url(new QLineEdit(source.url, this)), m_doi(new QLineEdit(source.doi, this)),
      m_urlHint(plaintext::label({}, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setMinimumWidth(480);
    m_authors->setObjectName(QStringLiteral("sourceAuthors"));
    m_title->setObjectName(QStringLiteral("sourceTitle"));
    m_year->setObjectName(QStringLiteral("sourceYear"));
    // 0 means unknown; the format allows 1900–2100 otherwise.
    m_year->setRange(1899, 2100);
    m_year->setValue(source.year >= 1900 ? source.year : 1899);
    m_venue->setObjectName(QStringLiteral("sourceVenue"));
    m_url->setObjectName(QStringLiteral("sourceUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://…"));
    m_doi->setObjectName(QStringLiteral("sourceDoi"));
    m_doi->setPlaceholderText(QStringLiteral("10.1234/…"));
    m_urlHint->setWordWrap(true);
    m_urlHint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QWidget *field : QList<QWidget *>{m_authors, m_title, m_year, m_venue, m_url, m_doi})
        formlabels::addRow(form, field);
    form->addRow(QString(), m_urlHint);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_authors, m_title, m_url, m_doi})
        connect(edit, &QLineEdit::textChanged, this, &SourceDialog::updateOk);
    updateOk();
    retranslate();
}

void SourceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SourceDialog::retranslate()
{
    setWindowTitle(m_purpose == Purpose::Add ? tr("Add Source") : tr("Edit Source"));
    m_authors->setPlaceholderText(tr("e.g. Baker, Kanitscheider, Markov, …"));
    m_year->setSpecialValueText(tr("unknown"));
    m_urlHint->setText(tr("Only http and https addresses and DOIs can be opened from Faultline."));
    formlabels::setLabel(this, m_authors, tr("&Authors:"));
    formlabels::setLabel(this, m_title, tr("&Title:"));
    formlabels::setLabel(this, m_year, tr("&Year:"));
    formlabels::setLabel(this, m_venue, tr("&Venue:"));
    formlabels::setLabel(this, m_url, tr("&URL:"));
    formlabels::setLabel(this, m_doi, tr("&DOI:"));
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
