#include "discussionpanel.h"

#include "model/compare/cruxdescriber.h"

#include "model/compare/discussionsummary.h"
#include "model/document.h"
#include "model/editing/documenteditor.h"
#include "widgets/panels/fieldsync.h"
#include "widgets/panels/plaintext.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace faultline {

namespace {
QLabel *sectionLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

/// Resolution combo data: "open", "both-partly", "needs-evidence", or "resolved:<id>".
QString resolutionData(const CruxRecord *record)
{
    if (!record)
        return toString(CruxResolution::Open);
    if (record->resolution == CruxResolution::Resolved)
        return QStringLiteral("resolved:") + record->resolvedAs;
    return toString(record->resolution);
}

bool isEmptyRecord(const CruxRecord &record)
{
    return record.positions.isEmpty() && record.note.trimmed().isEmpty() &&
           record.resolution == CruxResolution::Open;
}
} // namespace

DiscussionPanel::DiscussionPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_cruxLabel(new QLabel(this)),
      m_readings(new QLabel(this)), m_rowsBox(new QWidget(this)),
      m_rowsLayout(new QVBoxLayout(m_rowsBox)), m_newParticipant(new QLineEdit(this)),
      m_addParticipant(new QPushButton(this)), m_standHeader(sectionLabel(this)),
      m_noteLabel(new QLabel(this)), m_note(new QPlainTextEdit(this)),
      m_resolutionLabel(new QLabel(this)), m_resolution(new QComboBox(this)),
      m_staleHeader(new QLabel(this)), m_staleList(new QListWidget(this)),
      m_saveSummary(new QPushButton(this))
{
    setObjectName(QStringLiteral("discussionPanel"));
    m_cruxLabel->setTextFormat(Qt::PlainText);
    m_cruxLabel->setWordWrap(true);
    m_readings->setTextFormat(Qt::PlainText);
    m_readings->setWordWrap(true);
    m_readings->setStyleSheet(QStringLiteral("color: #5f6670;"));
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    m_newParticipant->setObjectName(QStringLiteral("newParticipant"));
    m_addParticipant->setObjectName(QStringLiteral("addParticipant"));
    m_note->setObjectName(QStringLiteral("cruxNote"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_resolution->setObjectName(QStringLiteral("cruxResolution"));
    m_staleHeader->setTextFormat(Qt::PlainText);
    m_staleList->setObjectName(QStringLiteral("staleRecords"));
    m_staleList->setMaximumHeight(90);
    m_saveSummary->setObjectName(QStringLiteral("saveSummary"));

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newParticipant, 1);
    addRow->addWidget(m_addParticipant);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    layout->addWidget(m_cruxLabel);
    layout->addWidget(m_readings);
    layout->addWidget(m_standHeader);
    layout->addWidget(m_rowsBox);
    layout->addLayout(addRow);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_noteLabel->setBuddy(m_note);
    m_resolutionLabel->setBuddy(m_resolution);
    form->addRow(m_noteLabel, m_note);
    form->addRow(m_resolutionLabel, m_resolution);
    layout->addLayout(form);
    layout->addWidget(m_staleHeader);
    layout->addWidget(m_staleList);
    layout->addStretch(1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_saveSummary);
    layout->addLayout(saveRow);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    const auto add = [this] {
        addParticipant(m_newParticipant->text());
        m_newParticipant->clear();
    };
    connect(m_addParticipant, &QPushButton::clicked, this, add);
    connect(m_newParticipant, &QLineEdit::returnPressed, this, add);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_note->toPlainText();
        const CruxRecord *record = m_document->incident().discussion.findRecord(m_ids, m_key);
        if (!m_crux || (record ? record->note : QString()) == text)
            return;
        editRecord([&](CruxRecord &r) { r.note = text; },
                   QStringLiteral("note:%1#%2").arg(m_key).arg(m_noteSession),
                   tr("Edit crux note"));
    });
    connect(m_resolution, &QComboBox::activated, this, [this](int index) {
        const QString data = m_resolution->itemData(index).toString();
        editRecord(
            [&](CruxRecord &r) {
                if (data.startsWith(QLatin1String("resolved:"))) {
                    r.resolution = CruxResolution::Resolved;
                    r.resolvedAs = data.mid(9);
                } else {
                    r.resolution = cruxResolutionFromString(data).value_or(CruxResolution::Open);
                    r.resolvedAs.clear();
                }
            },
            {}, tr("Set crux resolution"));
    });
    connect(m_saveSummary, &QPushButton::clicked, this, &DiscussionPanel::saveSummaryRequested);
    connect(m_document, &Document::discussionChanged, this, [this] {
        if (m_document->incident().discussion.participants != m_shownParticipants)
            rebuildRows();
        refreshValues();
    });
    connect(m_document, &Document::reset, this, [this] {
        rebuildRows();
        refreshValues();
    });
    retranslateUi();
    rebuildRows();
    refreshValues();
}

void DiscussionPanel::retranslateUi()
{
    m_newParticipant->setPlaceholderText(tr("Name of a participant"));
    m_addParticipant->setText(tr("Add"));
    m_standHeader->setText(tr("Where people stand"));
    m_noteLabel->setText(tr("&Note:"));
    m_note->setPlaceholderText(tr("What the group said about this crux"));
    m_resolutionLabel->setText(tr("&Resolution:"));
    m_staleHeader->setText(tr("No longer a crux"));
    m_staleHeader->setToolTip(tr("Recorded in the discussion, but the readings no longer differ "
                                 "there after later edits"));
    m_saveSummary->setText(tr("Save Summary…"));
    m_saveSummary->setToolTip(tr("Write the session summary (Markdown or PDF) to send to "
                                 "the participants"));
}

void DiscussionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        retranslateRows();
        showStaleRecords();
        refreshValues(); // the crux heading
    }
    QWidget::changeEvent(event);
}

QString DiscussionPanel::readingLabel(int index) const
{
    const Interpretation *interp = m_document->incident().findInterpretation(m_ids.value(index));
    return QStringLiteral("%1 (%2)").arg(DiscussionSummary::letter(index),
                                         plaintext::oneLine(interp ? interp->name : QString(), 40));
}

void DiscussionPanel::setCrux(const QStringList &interpretationIds, const Crux *crux)
{
    // A record saved under a subject that is now folded into this crux stays its record.
    const CruxRecord *existing =
        crux ? findCruxRecord(m_document->incident().discussion, interpretationIds, *crux)
             : nullptr;
    const QString key = existing ? existing->cruxKey : crux ? cruxKey(*crux) : QString();
    if (interpretationIds == m_ids && key == m_key && crux && m_crux && *crux == *m_crux)
        return;
    if (key != m_key || interpretationIds != m_ids)
        ++m_noteSession; // typing on another crux is another undo step
    m_ids = interpretationIds;
    m_crux = crux ? std::optional<Crux>(*crux) : std::nullopt;
    m_key = key;
    rebuildRows();
    refreshValues();
}

void DiscussionPanel::setStaleRecords(const QList<CruxRecord> &records)
{
    m_staleRecords = records;
    showStaleRecords();
}

void DiscussionPanel::showStaleRecords()
{
    m_staleList->clear();
    for (const CruxRecord &record : std::as_const(m_staleRecords)) {
        QString text = DiscussionSummary::recordDescription(m_document->incident(), record);
        text += QStringLiteral(" — ") +
                DiscussionSummary::resolutionText(m_document->incident(), &record, m_ids);
        const QString holders = DiscussionSummary::holdersText(&record, m_ids);
        if (!holders.isEmpty())
            text += QStringLiteral(" · ") + holders;
        auto *item = new QListWidgetItem(text, m_staleList);
        item->setToolTip(record.note);
    }
    m_staleHeader->setVisible(!m_staleRecords.isEmpty());
    m_staleList->setVisible(!m_staleRecords.isEmpty());
}

QComboBox *DiscussionPanel::positionCombo(const QString &participant) const
{
    for (const Row &row : m_rows)
        if (row.participant == participant)
            return row.position;
    return nullptr;
}

QLineEdit *DiscussionPanel::participantNoteEdit(const QString &participant) const
{
    for (const Row &row : m_rows)
        if (row.participant == participant)
            return row.note;
    return nullptr;
}

QLineEdit *DiscussionPanel::participantNameEdit(const QString &participant) const
{
    for (const Row &row : m_rows)
        if (row.participant == participant)
            return row.name;
    return nullptr;
}

QPushButton *DiscussionPanel::removeParticipantButton(const QString &participant) const
{
    for (const Row &row : m_rows)
        if (row.participant == participant)
            return row.remove;
    return nullptr;
}

void DiscussionPanel::rebuildRows()
{
    // Rows are rebuilt from signals their own widgets cause (a rename ends
    // with editingFinished): delete them later, not under their own feet.
    for (const Row &row : std::as_const(m_rows)) {
        row.name->parentWidget()->hide();
        row.name->parentWidget()->deleteLater();
    }
    m_rows.clear();
    const Discussion &discussion = m_document->incident().discussion;
    m_shownParticipants = discussion.participants;
    for (const QString &participant : discussion.participants) {
        Row row;
        row.participant = participant;
        auto *line = new QWidget(m_rowsBox);
        auto *lineLayout = new QGridLayout(line);
        lineLayout->setContentsMargins(0, 0, 0, 0);
        lineLayout->setVerticalSpacing(2);
        row.name = new QLineEdit(participant, line);
        row.name->setObjectName(QStringLiteral("participantName"));
        row.name->setMinimumWidth(90);
        row.position = new QComboBox(line);
        row.position->setObjectName(QStringLiteral("participantPosition"));
        // Entries: not recorded, agrees with each reading, unsure (words: retranslateRows()).
        row.position->addItem(QString(), QVariant());
        for (const QString &id : std::as_const(m_ids))
            row.position->addItem(QString(), id);
        row.position->addItem(QString(), unsureData());
        row.position->addItem(QString(), bothPartlyData());
        row.position->addItem(QString(), neitherData());
        row.remove = new QPushButton(line);
        row.note = new QLineEdit(line);
        row.note->setObjectName(QStringLiteral("participantNote"));
        lineLayout->addWidget(row.name, 0, 0);
        lineLayout->addWidget(row.position, 0, 1);
        lineLayout->addWidget(row.remove, 0, 2);
        lineLayout->addWidget(row.note, 1, 0, 1, 3);
        lineLayout->setColumnStretch(0, 2);
        lineLayout->setColumnStretch(1, 3);
        m_rowsLayout->addWidget(line);
        line->show(); // now, not when the layout's queued show comes round

        connect(row.name, &QLineEdit::editingFinished, this, [this, participant, edit = row.name] {
            const QString to = edit->text().trimmed();
            if (to.isEmpty() || to == participant)
                fieldsync::setText(edit, participant);
            else
                renameParticipant(participant, to);
        });
        connect(row.position, &QComboBox::activated, this,
                [this, participant, combo = row.position](int index) {
                    const QVariant data = combo->itemData(index);
                    editRecord(
                        [&](CruxRecord &r) {
                            const CruxPosition *old = r.findPosition(participant);
                            CruxPosition position{participant,
                                                  {},
                                                  PositionStance::Reading,
                                                  old ? old->note : QString()};
                            r.positions.removeIf([&](const CruxPosition &p) {
                                return p.participant == participant;
                            });
                            if (!data.isValid())
                                return;
                            const QString value = data.toString();
                            if (value == bothPartlyData())
                                position.stance = PositionStance::BothPartly;
                            else if (value == neitherData())
                                position.stance = PositionStance::Neither;
                            else if (value != unsureData())
                                position.agreesWith = value;
                            r.positions.append(position);
                        },
                        {}, tr("Record position of %1").arg(participant));
                });
        connect(row.note, &QLineEdit::editingFinished, this, [this, participant, edit = row.note] {
            const CruxRecord *record = m_document->incident().discussion.findRecord(m_ids, m_key);
            const CruxPosition *now = record ? record->findPosition(participant) : nullptr;
            if ((now ? now->note : QString()) == edit->text().trimmed())
                return;
            editRecord(
                [&](CruxRecord &r) {
                    for (CruxPosition &p : r.positions)
                        if (p.participant == participant) {
                            p.note = edit->text().trimmed();
                            return;
                        }
                    // A note before a position: recorded as unsure until they say.
                    r.positions.append(
                        {participant, {}, PositionStance::Reading, edit->text().trimmed()});
                },
                {}, tr("Note of %1").arg(participant));
        });
        connect(row.remove, &QPushButton::clicked, this,
                [this, participant] { removeParticipant(participant); });
        m_rows.append(row);
    }
    // Resolution entries name the compared readings.
    const QSignalBlocker blocker(m_resolution);
    m_resolution->clear();
    m_resolution->addItem(QString(), toString(CruxResolution::Open));
    for (const QString &id : std::as_const(m_ids))
        m_resolution->addItem(QString(), QStringLiteral("resolved:") + id);
    m_resolution->addItem(QString(), toString(CruxResolution::BothPartly));
    m_resolution->addItem(QString(), toString(CruxResolution::NeedsEvidence));
    retranslateRows();
}

void DiscussionPanel::retranslateRows()
{
    for (const Row &row : std::as_const(m_rows)) {
        row.name->setToolTip(tr("Participant (edit to rename)"));
        row.position->setAccessibleName(tr("Position of %1").arg(row.participant));
        row.position->setItemText(0, tr("— not recorded —"));
        for (int i = 0; i < m_ids.size(); ++i)
            row.position->setItemText(i + 1, tr("agrees with %1").arg(readingLabel(i)));
        row.position->setItemText(int(m_ids.size()) + 1, tr("unsure"));
        row.position->setItemText(int(m_ids.size()) + 2, tr("both partly right"));
        row.position->setItemText(int(m_ids.size()) + 3, tr("neither reading"));
        row.note->setPlaceholderText(tr("%1's own note").arg(row.participant));
        row.note->setAccessibleName(tr("Note of %1").arg(row.participant));
        row.remove->setText(tr("Remove"));
        row.remove->setToolTip(tr("Remove %1 and their positions").arg(row.participant));
    }
    m_resolution->setItemText(0, displayName(CruxResolution::Open));
    for (int i = 0; i < m_ids.size(); ++i)
        m_resolution->setItemText(i + 1, tr("Resolved as %1").arg(readingLabel(i)));
    m_resolution->setItemText(int(m_ids.size()) + 1, displayName(CruxResolution::BothPartly));
    m_resolution->setItemText(int(m_ids.size()) + 2, displayName(CruxResolution::NeedsEvidence));
}

void DiscussionPanel::refreshValues()
{
    const Incident &incident = m_document->incident();
    const CruxRecord *record = incident.discussion.findRecord(m_ids, m_key);
    if (m_crux) {
        m_cruxLabel->setText(CruxDescriber(incident).headline(*m_crux));
        QStringList readings;
        for (int i = 0; i < m_ids.size(); ++i)
            readings.append(readingLabel(i));
        m_readings->setText(readings.join(QStringLiteral(" · ")));
    } else {
        m_cruxLabel->setText(tr("Select a crux to record where the participants stand."));
        m_readings->clear();
    }
    for (const Row &row : std::as_const(m_rows)) {
        const CruxPosition *position = record ? record->findPosition(row.participant) : nullptr;
        QVariant data;
        if (position)
            data = position->stance == PositionStance::BothPartly ? bothPartlyData()
                   : position->stance == PositionStance::Neither  ? neitherData()
                   : position->agreesWith.isEmpty()               ? unsureData()
                                                                  : position->agreesWith;
        fieldsync::setCurrentData(row.position, data);
        fieldsync::setText(row.note, position ? position->note : QString());
    }
    fieldsync::setText(m_note, record ? record->note : QString());
    fieldsync::setCurrentData(m_resolution, resolutionData(record));
    updateEnabled();
}

void DiscussionPanel::updateEnabled()
{
    const bool hasCrux = m_crux.has_value();
    for (const Row &row : std::as_const(m_rows)) {
        row.position->setEnabled(hasCrux);
        row.note->setEnabled(hasCrux);
    }
    m_note->setEnabled(hasCrux);
    m_resolution->setEnabled(hasCrux);
}

void DiscussionPanel::editRecord(const std::function<void(CruxRecord &)> &change,
                                 const QString &field, const QString &undoText)
{
    if (!m_crux)
        return;
    Discussion after = m_document->incident().discussion;
    int index = after.recordIndex(m_ids, m_key);
    if (index < 0) {
        CruxRecord record;
        record.interpretationIds = m_ids;
        record.cruxKey = m_key;
        after.records.append(record);
        index = int(after.records.size()) - 1;
    }
    change(after.records[index]);
    if (isEmptyRecord(after.records[index]))
        after.records.removeAt(index); // nothing said: keep the file tidy
    if (after == m_document->incident().discussion)
        return;
    pushDiscussion(after, field, undoText);
}

void DiscussionPanel::pushDiscussion(const Discussion &after, const QString &field,
                                     const QString &undoText)
{
    m_document->editor().editDiscussion(after, field, undoText);
}

void DiscussionPanel::addParticipant(const QString &name)
{
    const QString trimmed = name.simplified();
    Discussion after = m_document->incident().discussion;
    if (trimmed.isEmpty() || after.participants.contains(trimmed))
        return;
    after.participants.append(trimmed);
    pushDiscussion(after, {}, tr("Add participant %1").arg(trimmed));
}

void DiscussionPanel::renameParticipant(const QString &from, const QString &to)
{
    const QString name = to.simplified();
    Discussion after = m_document->incident().discussion;
    const qsizetype index = after.participants.indexOf(from);
    if (index < 0 || name.isEmpty() || after.participants.contains(name))
        return;
    after.participants[index] = name;
    for (CruxRecord &record : after.records)
        for (CruxPosition &position : record.positions)
            if (position.participant == from)
                position.participant = name;
    pushDiscussion(after, {}, tr("Rename participant %1").arg(from));
}

void DiscussionPanel::removeParticipant(const QString &name)
{
    Discussion after = m_document->incident().discussion;
    if (!after.participants.removeOne(name))
        return;
    for (CruxRecord &record : after.records)
        record.positions.removeIf([&](const CruxPosition &p) { return p.participant == name; });
    after.records.removeIf([](const CruxRecord &r) { return isEmptyRecord(r); });
    pushDiscussion(after, {}, tr("Remove participant %1").arg(name));
}

} // namespace faultline
