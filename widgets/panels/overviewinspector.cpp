#include "overviewinspector.h"

#include "formlabels.h"
#include "plaintext.h"

#include "model/document.h"
#include "model/editing/documenteditor.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace faultline {

namespace {
QPlainTextEdit *summaryEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 5 + 14);
    return edit;
}
} // namespace

OverviewInspector::OverviewInspector(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_hint(plaintext::label({}, this)),
      m_interpretationBox(new QGroupBox(this)), m_name(new QLineEdit(this)),
      m_author(new QLineEdit(this)), m_stance(new QLineEdit(this)),
      m_interpretationSummary(summaryEdit(QStringLiteral("interpretationSummary"), this)),
      m_incidentBox(new QGroupBox(this)), m_title(new QLineEdit(this)),
      m_incidentSummary(summaryEdit(QStringLiteral("incidentSummary"), this)),
      m_tags(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("interpretationName"));
    m_author->setObjectName(QStringLiteral("interpretationAuthor"));
    m_stance->setObjectName(QStringLiteral("interpretationStance"));
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    m_tags->setObjectName(QStringLiteral("incidentTags"));

    // Rows get their label texts in retranslate().
    auto *interpForm = new QFormLayout(m_interpretationBox);
    interpForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formlabels::addRow(interpForm, m_name);
    formlabels::addRow(interpForm, m_author);
    formlabels::addRow(interpForm, m_stance);
    formlabels::addRow(interpForm, m_interpretationSummary);

    auto *incidentForm = new QFormLayout(m_incidentBox);
    incidentForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formlabels::addRow(incidentForm, m_title);
    formlabels::addRow(incidentForm, m_incidentSummary);
    formlabels::addRow(incidentForm, m_tags);

    m_hint->setObjectName(QStringLiteral("overviewHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_hint);
    layout->addWidget(m_interpretationBox);
    layout->addWidget(m_incidentBox);
    layout->addStretch(1);
    retranslate();

    const auto interpretation = [this]() -> std::optional<Interpretation> {
        const Interpretation *i = m_document->incident().findInterpretation(m_interpretationId);
        return i ? std::optional<Interpretation>(*i) : std::nullopt;
    };
    connect(m_name, &QLineEdit::textEdited, this, [this, interpretation](const QString &text) {
        std::optional<Interpretation> i = interpretation();
        // The format needs a name: an empty field is not written until it has text.
        if (!i || text.trimmed().isEmpty() || i->name == text)
            return;
        i->name = text;
        pushInterpretation(*i, m_session.field("name"), tr("Rename interpretation"));
    });
    connect(m_author, &QLineEdit::textEdited, this, [this, interpretation](const QString &text) {
        if (std::optional<Interpretation> i = interpretation(); i && i->author != text) {
            i->author = text;
            pushInterpretation(*i, m_session.field("author"), tr("Edit interpretation author"));
        }
    });
    connect(m_stance, &QLineEdit::textEdited, this, [this, interpretation](const QString &text) {
        if (std::optional<Interpretation> i = interpretation(); i && i->stance != text) {
            i->stance = text;
            pushInterpretation(*i, m_session.field("stance"), tr("Edit interpretation stance"));
        }
    });
    connect(m_interpretationSummary, &QPlainTextEdit::textChanged, this, [this, interpretation] {
        const QString text = m_interpretationSummary->toPlainText();
        if (std::optional<Interpretation> i = interpretation(); i && i->summary != text) {
            i->summary = text;
            pushInterpretation(*i, m_session.field("summary"), tr("Edit interpretation summary"));
        }
    });
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        IncidentFields v = m_document->editor().incidentFields();
        if (text.trimmed().isEmpty() || v.title == text)
            return;
        v.title = text;
        pushIncident(v, m_session.field("title"), tr("Edit incident title"));
    });
    connect(m_incidentSummary, &QPlainTextEdit::textChanged, this, [this] {
        IncidentFields v = m_document->editor().incidentFields();
        if (v.summary == m_incidentSummary->toPlainText())
            return;
        v.summary = m_incidentSummary->toPlainText();
        pushIncident(v, m_session.field("summary"), tr("Edit incident summary"));
    });
    connect(m_tags, &QLineEdit::textEdited, this, [this](const QString &text) {
        IncidentFields v = m_document->editor().incidentFields();
        const QStringList tags = parseTags(text);
        if (v.tags == tags)
            return;
        v.tags = tags;
        pushIncident(v, m_session.field("tags"), tr("Edit incident tags"));
    });
    for (QLineEdit *edit : {m_name, m_author, m_stance, m_title, m_tags})
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            m_session.next();
            // Puts back a required text left empty and normalises the tags' spelling.
            const Incident &incident = m_document->incident();
            if (edit == m_tags)
                fieldsync::setText(m_tags, incident.tags.join(QStringLiteral(", ")));
            else if (edit == m_title)
                fieldsync::setText(m_title, incident.title);
            else if (const Interpretation *i = incident.findInterpretation(m_interpretationId);
                     i && edit == m_name)
                fieldsync::setText(m_name, i->name);
        });

    connect(m_document, &Document::interpretationChanged, this, [this](const QString &id) {
        if (id == m_interpretationId)
            refresh();
    });
    connect(m_document, &Document::interpretationRemoved, this, &OverviewInspector::refresh);
    connect(m_document, &Document::interpretationAdded, this, &OverviewInspector::refresh);
    connect(m_document, &Document::incidentChanged, this, &OverviewInspector::refresh);
    connect(m_document, &Document::reset, this, &OverviewInspector::refresh);
    refresh();
}

void OverviewInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverviewInspector::retranslate()
{
    m_hint->setText(tr("Select a factor or a link on the canvas to inspect it."));
    m_interpretationBox->setTitle(tr("Interpretation"));
    m_incidentBox->setTitle(tr("Incident"));
    m_author->setPlaceholderText(tr("Person or school of thought"));
    m_stance->setPlaceholderText(
        tr("The position in one line, e.g. mostly the environment's fault"));
    m_interpretationSummary->setPlaceholderText(
        tr("This reading of the incident in a few sentences"));
    m_incidentSummary->setPlaceholderText(tr("What happened, in plain words"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. reward-misspecification, simulator-bug"));
    formlabels::setLabel(this, m_name, tr("&Name:"));
    formlabels::setLabel(this, m_author, tr("&Author:"));
    formlabels::setLabel(this, m_stance, tr("St&ance:"));
    formlabels::setLabel(this, m_interpretationSummary, tr("&Summary:"));
    formlabels::setLabel(this, m_title, tr("&Title:"));
    formlabels::setLabel(this, m_incidentSummary, tr("S&ummary:"));
    formlabels::setLabel(this, m_tags, tr("Ta&gs:"));
}

QStringList OverviewInspector::parseTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

void OverviewInspector::setInterpretation(const QString &interpretationId)
{
    if (interpretationId == m_interpretationId)
        return;
    m_interpretationId = interpretationId;
    m_session.next();
    refresh();
}

void OverviewInspector::refresh()
{
    const Incident &incident = m_document->incident();
    const Interpretation *interp = incident.findInterpretation(m_interpretationId);
    m_interpretationBox->setVisible(interp != nullptr);
    if (interp) {
        if (!m_name->hasFocus() || !m_name->text().trimmed().isEmpty())
            fieldsync::setText(m_name, interp->name);
        fieldsync::setText(m_author, interp->author);
        fieldsync::setText(m_stance, interp->stance);
        fieldsync::setText(m_interpretationSummary, interp->summary);
    }
    if (!m_title->hasFocus() || !m_title->text().trimmed().isEmpty())
        fieldsync::setText(m_title, incident.title);
    fieldsync::setText(m_incidentSummary, incident.summary);
    // While typing "a, b," the parsed text already equals the model: keep what the user sees.
    if (parseTags(m_tags->text()) != incident.tags)
        fieldsync::setText(m_tags, incident.tags.join(QStringLiteral(", ")));
}

void OverviewInspector::pushInterpretation(const Interpretation &after, const QString &field,
                                           const QString &undoText)
{
    m_document->editor().editInterpretation(after, field, undoText);
}

void OverviewInspector::pushIncident(const IncidentFields &after, const QString &field,
                                     const QString &undoText)
{
    m_document->editor().editIncidentFields(after, field, undoText);
}

} // namespace faultline
