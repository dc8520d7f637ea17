#include "linkinspector.h"

#include "evidencedialog.h"
#include "formlabels.h"
#include "plaintext.h"

#include "model/document.h"
#include "model/editing/documenteditor.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace faultline {

namespace {
constexpr int kEvidenceRole = Qt::UserRole;

QIcon stanceIcon(Stance stance)
{
    // A green plus for support, a red minus for contradiction: readable at a glance.
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color =
        stance == Stance::Supports ? QColor(0x3f, 0x9b, 0x5a) : QColor(0xc0, 0x39, 0x2b);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, 12, 12));
    painter.setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap));
    if (stance == Stance::Supports) {
        painter.drawLine(QPointF(4, 7), QPointF(10, 7));
        painter.drawLine(QPointF(7, 4), QPointF(7, 10));
    } else {
        painter.drawLine(QPointF(4, 7), QPointF(10, 7));
    }
    return QIcon(pixmap);
}
} // namespace

LinkInspector::LinkInspector(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_ends(plaintext::label({}, this)),
      m_relation(new QComboBox(this)), m_strength(new QSpinBox(this)), m_label(new QLineEdit(this)),
      m_evidence(new QListWidget(this)), m_add(new QPushButton(this)),
      m_edit(new QPushButton(this)), m_remove(new QPushButton(this))
{
    m_editor = [](QWidget *parent, const Incident &incident, const Evidence &evidence,
                  bool isNew) -> std::optional<Evidence> {
        EvidenceDialog dialog(incident, evidence,
                              isNew ? EvidenceDialog::Purpose::Add : EvidenceDialog::Purpose::Edit,
                              parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.evidence();
    };
    QFont endsFont = m_ends->font();
    endsFont.setBold(true);
    endsFont.setPointSizeF(endsFont.pointSizeF() * 1.15);
    m_ends->setFont(endsFont);
    m_ends->setWordWrap(true);
    m_relation->setObjectName(QStringLiteral("linkRelation"));
    for (Relation r : allRelations())
        m_relation->addItem(QString(), int(r)); // named in retranslate()
    m_strength->setObjectName(QStringLiteral("linkStrength"));
    m_strength->setRange(1, 5);
    m_label->setObjectName(QStringLiteral("linkLabel"));
    m_evidence->setObjectName(QStringLiteral("evidenceList"));
    m_evidence->setWordWrap(true);
    m_evidence->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_add->setObjectName(QStringLiteral("addEvidence"));
    m_edit->setObjectName(QStringLiteral("editEvidence"));
    m_remove->setObjectName(QStringLiteral("removeEvidence"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formlabels::addRow(form, m_relation);
    formlabels::addRow(form, m_strength);
    formlabels::addRow(form, m_label);

    auto *evidenceBox = new QGroupBox(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->addWidget(m_evidence);
    evidenceLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_ends);
    layout->addLayout(form);
    layout->addWidget(evidenceBox);
    layout->addStretch(1);

    connect(m_relation, &QComboBox::currentIndexChanged, this, [this] {
        const Link *l = link();
        const auto relation = Relation(m_relation->currentData().toInt());
        if (!l || l->relation == relation)
            return;
        Link after = *l;
        after.relation = relation;
        pushLink(after, QString(), tr("Change relation to “%1”").arg(displayName(relation)));
    });
    connect(m_strength, &QSpinBox::valueChanged, this, [this](int value) {
        const Link *l = link();
        if (!l || l->strength == value)
            return;
        Link after = *l;
        after.strength = value;
        // Stepping with the arrows is one undo step per session.
        pushLink(after, m_session.field("strength"), tr("Change link strength"));
    });
    connect(m_strength, &QSpinBox::editingFinished, this, [this] { m_session.next(); });
    connect(m_label, &QLineEdit::textEdited, this, [this](const QString &text) {
        const Link *l = link();
        if (!l || l->label == text)
            return;
        Link after = *l;
        after.label = text;
        pushLink(after, m_session.field("label"), tr("Edit link label"));
    });
    connect(m_label, &QLineEdit::editingFinished, this, [this] { m_session.next(); });
    connect(m_evidence, &QListWidget::itemSelectionChanged, this, &LinkInspector::updateButtons);
    connect(m_evidence, &QListWidget::itemActivated, this, &LinkInspector::editEvidence);
    connect(m_add, &QPushButton::clicked, this, &LinkInspector::addEvidence);
    connect(m_edit, &QPushButton::clicked, this, &LinkInspector::editEvidence);
    connect(m_remove, &QPushButton::clicked, this, &LinkInspector::removeEvidence);

    connect(m_document, &Document::linkChanged, this,
            [this](const QString &interp, const QString &id) {
                if (interp == m_interpretationId && id == m_linkId)
                    refresh();
            });
    // Ends' labels, and citations shown in the list, may change elsewhere.
    connect(m_document, &Document::factorChanged, this, &LinkInspector::refresh);
    connect(m_document, &Document::sourceChanged, this, [this] {
        m_shownEvidence.clear();
        refresh();
    });
    connect(m_document, &Document::sourceRemoved, this, [this] {
        m_shownEvidence.clear();
        refresh();
    });
    connect(m_document, &Document::sourceAdded, this, [this] {
        m_shownEvidence.clear();
        refresh();
    });
    connect(m_document, &Document::reset, this, &LinkInspector::refresh);
    setEnabled(false);
    retranslate(); // also gives every field its accessible name
}

const Link *LinkInspector::link() const
{
    const Interpretation *interp = m_document->incident().findInterpretation(m_interpretationId);
    return interp ? interp->findLink(m_linkId) : nullptr;
}

void LinkInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LinkInspector::retranslate()
{
    {
        const QSignalBlocker block(m_relation);
        for (int i = 0; i < m_relation->count(); ++i)
            m_relation->setItemText(i, displayName(Relation(m_relation->itemData(i).toInt())));
    }
    m_strength->setToolTip(tr("How strong this causal claim is, from 1 (weak) to 5 (decisive)"));
    m_label->setPlaceholderText(tr("Optional text shown on the arrow"));
    formlabels::setLabel(this, m_relation, tr("&Relation:"));
    formlabels::setLabel(this, m_strength, tr("&Strength:"));
    formlabels::setLabel(this, m_label, tr("&Label:"));
    if (auto *evidenceBox = qobject_cast<QGroupBox *>(m_evidence->parentWidget()))
        evidenceBox->setTitle(tr("Evidence"));
    m_evidence->setAccessibleName(tr("Evidence"));
    m_add->setText(tr("Add…"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove"));
    m_shownEvidence.clear(); // the list names kinds and stances
    refresh();
}

void LinkInspector::setLink(const QString &interpretationId, const QString &linkId)
{
    if (interpretationId == m_interpretationId && linkId == m_linkId)
        return;
    m_interpretationId = interpretationId;
    m_linkId = linkId;
    m_session.next();
    m_shownEvidence.clear();
    m_evidence->clear();
    refresh();
}

void LinkInspector::refresh()
{
    const Link *l = link();
    setEnabled(l != nullptr);
    if (!l)
        return;
    const Incident &incident = m_document->incident();
    const Factor *from = incident.findFactor(l->from);
    const Factor *to = incident.findFactor(l->to);
    m_ends->setText(QStringLiteral("%1  →  %2")
                        .arg(plaintext::oneLine(from ? from->label : l->from, 80),
                             plaintext::oneLine(to ? to->label : l->to, 80)));
    fieldsync::setCurrentData(m_relation, int(l->relation));
    if (m_strength->value() != l->strength) {
        const QSignalBlocker block(m_strength);
        m_strength->setValue(l->strength);
    }
    fieldsync::setText(m_label, l->label);
    if (l->evidence != m_shownEvidence)
        rebuildEvidence(*l);
    updateButtons();
}

void LinkInspector::rebuildEvidence(const Link &link)
{
    const QString selected = selectedEvidenceId();
    const Incident &incident = m_document->incident();
    m_evidence->clear();
    for (const Evidence &e : link.evidence) {
        QStringList parts{displayName(e.kind)};
        if (const Source *s = incident.findSource(e.sourceId)) {
            QString cite =
                s->authors.isEmpty() ? (s->title.isEmpty() ? s->id : s->title) : s->authors;
            cite = plaintext::oneLine(cite, 40);
            if (s->year > 0)
                cite += QStringLiteral(" %1").arg(s->year);
            parts.append(cite);
        }
        if (!e.locator.isEmpty())
            parts.append(plaintext::oneLine(e.locator, 40));
        parts.append(tr("confidence %1%").arg(std::lround(e.confidence * 100)));
        QString text =
            displayName(e.stance) + QStringLiteral(": ") + parts.join(QStringLiteral(" · "));
        if (!e.quote.isEmpty())
            text += QStringLiteral("\n“%1”").arg(plaintext::oneLine(e.quote, 140));
        auto *item = new QListWidgetItem(stanceIcon(e.stance), text, m_evidence);
        item->setData(kEvidenceRole, e.id);
        if (!e.note.isEmpty())
            item->setToolTip(plaintext::toolTip(e.note));
        if (e.id == selected)
            m_evidence->setCurrentItem(item);
    }
    m_shownEvidence = link.evidence;
    // As tall as its items (within limits), so the buttons stay in view. Rows
    // wrap, and their width is not known yet: count two lines a row, three
    // with a quote.
    const int line = m_evidence->fontMetrics().lineSpacing();
    int height = 2 * m_evidence->frameWidth() + 6;
    for (const Evidence &e : link.evidence)
        height += (e.quote.isEmpty() ? 2 : 3) * line + 4;
    // At least room for a few rows: a two-line box after the first item hid
    // the list's purpose and made every later item a scroll away.
    m_evidence->setFixedHeight(std::clamp(height, 8 * line, 16 * line));
}

QString LinkInspector::selectedEvidenceId() const
{
    const QList<QListWidgetItem *> selected = m_evidence->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(kEvidenceRole).toString();
}

void LinkInspector::updateButtons()
{
    const bool has = !selectedEvidenceId().isEmpty();
    m_edit->setEnabled(has);
    m_remove->setEnabled(has);
}

void LinkInspector::pushLink(const Link &after, const QString &field, const QString &undoText)
{
    m_document->editor().editLink(m_interpretationId, after, field, undoText);
}

void LinkInspector::addEvidence()
{
    if (!link())
        return;
    Evidence fresh;
    fresh.id = m_document->newId(QStringLiteral("e"));
    // Most evidence of an incident cites the same paper: start from the only
    // source, or the one used last, if it is still there.
    const Incident &incident = m_document->incident();
    if (incident.sources.size() == 1)
        fresh.sourceId = incident.sources.first().id;
    else if (incident.findSource(m_lastSourceId))
        fresh.sourceId = m_lastSourceId;
    const std::optional<Evidence> result = m_editor(this, m_document->incident(), fresh, true);
    if (!result || !link()) // the link may be gone (undo) while the dialog was open
        return;
    Evidence added = *result;
    added.id = fresh.id;
    if (!added.sourceId.isEmpty())
        m_lastSourceId = added.sourceId;
    m_document->editor().addEvidence(m_interpretationId, m_linkId, added);
    for (int i = 0; i < m_evidence->count(); ++i)
        if (m_evidence->item(i)->data(kEvidenceRole).toString() == added.id)
            m_evidence->setCurrentRow(i);
}

void LinkInspector::editEvidence()
{
    const Link *l = link();
    const QString id = selectedEvidenceId();
    const Evidence *current = l ? l->findEvidence(id) : nullptr;
    if (!current)
        return;
    const std::optional<Evidence> result = m_editor(this, m_document->incident(), *current, false);
    l = link();
    current = l ? l->findEvidence(id) : nullptr;
    if (!result || !current || *result == *current)
        return;
    Evidence after = *result;
    after.id = id;
    m_document->editor().editEvidence(m_interpretationId, m_linkId, after, QString(),
                                      tr("Edit evidence"));
}

void LinkInspector::removeEvidence()
{
    const Link *l = link();
    const QString id = selectedEvidenceId();
    if (!l || !l->findEvidence(id))
        return;
    m_document->editor().removeEvidence(m_interpretationId, m_linkId, id);
}

} // namespace faultline
