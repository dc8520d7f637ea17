#include "factorinspector.h"

#include "failuremodelist.h"
#include "formlabels.h"
#include "plaintext.h"

#include "model/document.h"
#include "model/editing/documenteditor.h"
#include "model/kindstyle.h"
#include "widgets/canvas/kindshapes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace faultline {

namespace {
QPlainTextEdit *noteEdit(const QString &objectName, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    const int height = edit->fontMetrics().lineSpacing() * lines + 14;
    edit->setFixedHeight(height);
    return edit;
}
} // namespace

FactorInspector::FactorInspector(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_heading(plaintext::label({}, this)),
      m_usage(plaintext::label({}, this)), m_kind(new QComboBox(this)),
      m_label(new QLineEdit(this)),
      m_description(noteEdit(QStringLiteral("factorDescription"), 3, this)),
      m_modes(new FailureModeList(this)), m_placementBox(new QGroupBox(this)),
      m_rootCause(new QCheckBox(m_placementBox)), m_pinned(new QCheckBox(m_placementBox)),
      m_lever(noteEdit(QStringLiteral("factorLever"), 2, m_placementBox)),
      m_actual(noteEdit(QStringLiteral("factorActual"), 2, this)),
      m_ideal(noteEdit(QStringLiteral("factorIdeal"), 2, this))
{
    // Every text is set in retranslate(), at the end.
    m_kind->setObjectName(QStringLiteral("factorKind"));
    m_label->setObjectName(QStringLiteral("factorLabel"));
    m_rootCause->setObjectName(QStringLiteral("factorRootCause"));
    m_pinned->setObjectName(QStringLiteral("factorPinned"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_usage->setWordWrap(true);
    m_usage->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QWidget *field : QList<QWidget *>{m_kind, m_label, m_description, m_modes})
        formlabels::addRow(form, field);

    auto *placementForm = new QFormLayout(m_placementBox);
    placementForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    placementForm->addRow(m_rootCause);
    placementForm->addRow(m_pinned);
    formlabels::addRow(placementForm, m_lever);

    auto *gapBox = new QGroupBox(this);
    m_gapBox = gapBox;
    auto *gapForm = new QFormLayout(gapBox);
    gapForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formlabels::addRow(gapForm, m_actual);
    formlabels::addRow(gapForm, m_ideal);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_usage);
    layout->addLayout(form);
    layout->addWidget(m_placementBox);
    layout->addWidget(gapBox);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const Factor *f = factor();
        const QString kind = m_kind->currentData().toString();
        if (!f || kind.isEmpty() || kind == f->kind)
            return;
        Factor after = *f;
        after.kind = kind;
        pushFactor(after, QString(),
                   tr("Change kind of “%1”").arg(plaintext::oneLine(f->label, 40)));
    });
    connect(m_label, &QLineEdit::textEdited, this, [this](const QString &text) {
        const Factor *f = factor();
        // The format needs a label: an empty field is not written until it has text.
        if (!f || text.trimmed().isEmpty() || text == f->label)
            return;
        Factor after = *f;
        after.label = text;
        pushFactor(after, m_session.field("label"), tr("Rename factor"));
    });
    connect(m_label, &QLineEdit::editingFinished, this, [this] {
        m_session.next();
        if (const Factor *f = factor()) // puts back the label if the field was left empty
            fieldsync::setText(m_label, f->label);
    });
    bindFactorText(m_description, "description", &Factor::description, tr("Edit description"));
    bindFactorText(m_actual, "actual", &Factor::actual, tr("Edit actual state"));
    bindFactorText(m_ideal, "ideal", &Factor::ideal, tr("Edit ideal state"));
    bindPlacementText(m_lever, "lever", &Placement::leverNote, tr("Edit lever note"));
    connect(m_modes, &FailureModeList::modesEdited, this, [this](const QStringList &modes) {
        if (const Factor *f = factor()) {
            Factor after = *f;
            after.failureModes = modes;
            pushFactor(after, QString(), tr("Tag failure modes"));
        }
    });
    connect(m_rootCause, &QCheckBox::toggled, this, [this](bool on) {
        if (const Placement *p = placement(); p && p->rootCause != on) {
            Placement after = *p;
            after.rootCause = on;
            pushPlacement(after, QString(), on ? tr("Mark root cause") : tr("Unmark root cause"));
        }
    });
    connect(m_pinned, &QCheckBox::toggled, this, [this](bool on) {
        if (const Placement *p = placement(); p && p->pinned != on) {
            Placement after = *p;
            after.pinned = on;
            pushPlacement(after, QString(), on ? tr("Pin factor") : tr("Unpin factor"));
        }
    });

    connect(m_document, &Document::factorChanged, this, [this](const QString &id) {
        if (id == m_factorId)
            refresh();
    });
    connect(m_document, &Document::placementChanged, this,
            [this](const QString &interp, const QString &id) {
                if (interp == m_interpretationId && id == m_factorId)
                    refresh();
            });
    connect(m_document, &Document::placementAdded, this, &FactorInspector::refresh);
    connect(m_document, &Document::placementRemoved, this, &FactorInspector::refresh);
    connect(m_document, &Document::incidentChanged, this, [this] {
        rebuildKinds();
        if (const Factor *f = factor())
            m_modes->setFactor(m_document->incident(), *f, true);
    });
    connect(m_document, &Document::reset, this, [this] {
        rebuildKinds();
        refresh();
    });
    rebuildKinds();
    setEnabled(false);
    retranslate(); // also gives every field its accessible name
}

const Factor *FactorInspector::factor() const
{
    return m_document->incident().findFactor(m_factorId);
}

const Placement *FactorInspector::placement() const
{
    const Interpretation *interp = m_document->incident().findInterpretation(m_interpretationId);
    return interp ? interp->findPlacement(m_factorId) : nullptr;
}

void FactorInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FactorInspector::retranslate()
{
    m_description->setPlaceholderText(tr("What this factor is, in plain words"));
    static_cast<QGroupBox *>(m_placementBox)->setTitle(tr("In This Interpretation"));
    m_rootCause->setText(tr("Root cause"));
    m_rootCause->setToolTip(
        tr("Root-cause lens: this interpretation says the failure started here"));
    m_pinned->setText(tr("Pinned (automatic layout keeps it in place)"));
    m_lever->setPlaceholderText(
        tr("Levers lens: what change to this factor would fix the failure?"));
    m_actual->setPlaceholderText(tr("How it is"));
    m_ideal->setPlaceholderText(tr("How it should be"));
    m_label->setPlaceholderText(tr("Short label shown on the diagram"));
    m_gapBox->setTitle(tr("Gap: Actual vs Ideal"));
    formlabels::setLabel(this, m_kind, tr("&Kind:"));
    formlabels::setLabel(this, m_label, tr("&Label:"));
    formlabels::setLabel(this, m_description, tr("&Description:"));
    formlabels::setLabel(this, m_modes, tr("Failure modes:"));
    formlabels::setLabel(this, m_lever, tr("Le&ver:"));
    formlabels::setLabel(this, m_actual, tr("&Actual:"));
    formlabels::setLabel(this, m_ideal, tr("&Ideal:"));
    rebuildKinds(); // kind names
    refresh();
    if (const Factor *f = factor()) // checklist names are translated
        m_modes->setFactor(m_document->incident(), *f, true);
}

void FactorInspector::setFactor(const QString &interpretationId, const QString &factorId)
{
    if (interpretationId == m_interpretationId && factorId == m_factorId)
        return;
    m_interpretationId = interpretationId;
    m_factorId = factorId;
    m_session.next();
    if (const Factor *f = factor())
        m_modes->setFactor(m_document->incident(), *f, true);
    refresh();
}

void FactorInspector::rebuildKinds()
{
    const QSignalBlocker block(m_kind);
    m_kind->clear();
    for (const KindStyle &style : allKinds(m_document->incident()))
        m_kind->addItem(kindIcon(style), style.name, style.id);
    if (const Factor *f = factor())
        m_kind->setCurrentIndex(m_kind->findData(f->kind));
}

void FactorInspector::refresh()
{
    const Factor *f = factor();
    setEnabled(f != nullptr);
    if (!f)
        return;
    const Incident &incident = m_document->incident();
    const KindStyle style = kindStyle(incident, f->kind);
    m_heading->setText(plaintext::oneLine(f->label, 200));
    int uses = 0;
    for (const Interpretation &interp : incident.interpretations)
        uses += interp.usesFactor(f->id) ? 1 : 0;
    m_usage->setText(tr("%1 · id %2 · used in %3 of %4 interpretations")
                         .arg(style.name, f->id)
                         .arg(uses)
                         .arg(incident.interpretations.size()));
    fieldsync::setCurrentData(m_kind, f->kind);
    if (!m_label->hasFocus() || !m_label->text().trimmed().isEmpty())
        fieldsync::setText(m_label, f->label);
    fieldsync::setText(m_description, f->description);
    fieldsync::setText(m_actual, f->actual);
    fieldsync::setText(m_ideal, f->ideal);
    m_modes->setFactor(incident, *f);

    const Placement *p = placement();
    m_placementBox->setEnabled(p != nullptr);
    const QSignalBlocker blockRoot(m_rootCause);
    const QSignalBlocker blockPinned(m_pinned);
    m_rootCause->setChecked(p && p->rootCause);
    m_pinned->setChecked(p && p->pinned);
    fieldsync::setText(m_lever, p ? p->leverNote : QString());
}

void FactorInspector::bindFactorText(QPlainTextEdit *edit, const char *field,
                                     QString Factor::*member, const QString &undoText)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field, member, undoText] {
        const Factor *f = factor();
        if (!f || (*f).*member == edit->toPlainText())
            return;
        Factor after = *f;
        after.*member = edit->toPlainText();
        pushFactor(after, m_session.field(field), undoText);
    });
}

void FactorInspector::bindPlacementText(QPlainTextEdit *edit, const char *field,
                                        QString Placement::*member, const QString &undoText)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field, member, undoText] {
        const Placement *p = placement();
        if (!p || (*p).*member == edit->toPlainText())
            return;
        Placement after = *p;
        after.*member = edit->toPlainText();
        pushPlacement(after, m_session.field(field), undoText);
    });
}

void FactorInspector::pushFactor(const Factor &after, const QString &field, const QString &undoText)
{
    // The inspector shows m_factorId; `after` is a copy of that factor.
    m_document->editor().editFactor(after, field, undoText);
}

void FactorInspector::pushPlacement(const Placement &after, const QString &field,
                                    const QString &undoText)
{
    m_document->editor().editPlacement(m_interpretationId, after, field, undoText);
}

} // namespace faultline
