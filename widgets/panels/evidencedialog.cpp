#include "evidencedialog.h"

#include "formlabels.h"
#include "plaintext.h"

#include "model/incident.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace faultline {

namespace {
QString sourceTitle(const Source &source)
{
    QString text = source.authors.isEmpty() ? source.id : plaintext::oneLine(source.authors, 40);
    if (source.year > 0)
        text += QStringLiteral(" (%1)").arg(source.year);
    if (!source.title.isEmpty())
        text += QStringLiteral(" — ") + plaintext::oneLine(source.title, 60);
    return text;
}
} // namespace

EvidenceDialog::EvidenceDialog(const Incident &incident, const Evidence &evidence, Purpose purpose,
                               QWidget *parent)
    : QDialog(parent), m_purpose(purpose), m_evidence(evidence), m_kind(new QComboBox(this)),
      m_source(new QComboBox(this)), m_locator(new QLineEdit(this)),
      m_quote(new QPlainTextEdit(this)), m_confidenceSlider(new QSlider(Qt::Horizontal, this)),
      m_confidence(new QDoubleSpinBox(this)), m_stance(new QComboBox(this)),
      m_note(new QPlainTextEdit(this))
{
    setMinimumWidth(460);
    m_kind->setObjectName(QStringLiteral("evidenceKind"));
    for (EvidenceKind kind : allEvidenceKinds())
        m_kind->addItem(QString(), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(evidence.kind)));

    m_source->setObjectName(QStringLiteral("evidenceSource"));
    m_source->addItem(QString(), QString()); // "(none)"
    for (const Source &source : incident.sources)
        m_source->addItem(sourceTitle(source), source.id);
    m_source->setCurrentIndex(std::max(0, m_source->findData(evidence.sourceId)));

    m_locator->setObjectName(QStringLiteral("evidenceLocator"));
    m_locator->setText(evidence.locator);
    m_quote->setObjectName(QStringLiteral("evidenceQuote"));
    m_quote->setTabChangesFocus(true);
    m_quote->setPlainText(evidence.quote);
    m_quote->setFixedHeight(m_quote->fontMetrics().lineSpacing() * 3 + 14);

    m_confidenceSlider->setObjectName(QStringLiteral("evidenceConfidenceSlider"));
    m_confidenceSlider->setRange(0, 100);
    m_confidenceSlider->setTickPosition(QSlider::TicksBelow);
    m_confidenceSlider->setTickInterval(25);
    m_confidence->setObjectName(QStringLiteral("evidenceConfidence"));
    m_confidence->setRange(0.0, 1.0);
    m_confidence->setSingleStep(0.05);
    m_confidence->setDecimals(2);
    // The slider and the box show the same number; each follows the other.
    connect(m_confidenceSlider, &QSlider::valueChanged, this, [this](int v) {
        if (std::lround(m_confidence->value() * 100) != v)
            m_confidence->setValue(v / 100.0);
    });
    connect(m_confidence, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (m_confidenceSlider->value() != std::lround(v * 100))
            m_confidenceSlider->setValue(int(std::lround(v * 100)));
    });
    m_confidence->setValue(std::clamp(evidence.confidence, 0.0, 1.0));
    m_confidenceSlider->setValue(int(std::lround(m_confidence->value() * 100)));

    m_stance->setObjectName(QStringLiteral("evidenceStance"));
    m_stance->addItem(QString(), int(Stance::Supports));
    m_stance->addItem(QString(), int(Stance::Contradicts));
    m_stance->setCurrentIndex(m_stance->findData(int(evidence.stance)));

    m_note->setObjectName(QStringLiteral("evidenceNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlainText(evidence.note);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 14);

    // A widget, not a layout, so the form label can take it as its buddy.
    auto *confidenceBox = new QWidget(this);
    auto *confidenceRow = new QHBoxLayout(confidenceBox);
    confidenceRow->setContentsMargins(0, 0, 0, 0);
    confidenceRow->addWidget(m_confidenceSlider, 1);
    confidenceRow->addWidget(m_confidence);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QWidget *field :
         QList<QWidget *>{m_stance, m_kind, m_source, m_locator, m_quote, confidenceBox, m_note})
        formlabels::addRow(form, field);
    confidenceBox->setFocusProxy(m_confidence);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    retranslate();
}

void EvidenceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void EvidenceDialog::retranslate()
{
    setWindowTitle(m_purpose == Purpose::Add ? tr("Add Evidence") : tr("Edit Evidence"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, displayName(EvidenceKind(m_kind->itemData(i).toInt())));
    for (int i = 0; i < m_stance->count(); ++i)
        m_stance->setItemText(i, displayName(Stance(m_stance->itemData(i).toInt())));
    m_source->setItemText(0, tr("(none)"));
    m_locator->setPlaceholderText(tr("Page, section, figure or timestamp, e.g. “Sec. 4, Fig. 3”"));
    m_quote->setPlaceholderText(tr("Short verbatim quote (optional)"));
    m_note->setPlaceholderText(tr("Your note (optional)"));
    formlabels::setLabel(this, m_stance, tr("&Stance:"));
    formlabels::setLabel(this, m_kind, tr("&Kind:"));
    formlabels::setLabel(this, m_source, tr("S&ource:"));
    formlabels::setLabel(this, m_locator, tr("&Locator:"));
    formlabels::setLabel(this, m_quote, tr("&Quote:"));
    formlabels::setLabel(this, m_confidence->parentWidget(), tr("&Confidence:"));
    formlabels::setLabel(this, m_note, tr("&Note:"));
}

Evidence EvidenceDialog::evidence() const
{
    Evidence e = m_evidence;
    e.kind = EvidenceKind(m_kind->currentData().toInt());
    e.sourceId = m_source->currentData().toString();
    e.locator = m_locator->text();
    e.quote = m_quote->toPlainText();
    // The box shows two decimals: an untouched value keeps its full precision.
    if (std::abs(m_confidence->value() - std::round(m_evidence.confidence * 100) / 100) > 1e-9)
        e.confidence = m_confidence->value();
    e.stance = Stance(m_stance->currentData().toInt());
    e.note = m_note->toPlainText();
    return e;
}

} // namespace faultline
