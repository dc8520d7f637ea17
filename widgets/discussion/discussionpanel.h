#pragma once

#include "model/compare/crux.h"
#include "model/discussion.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace faultline {

class Document;

/// The discussion of the selected crux in the compare view: the
/// participants (add, rename, remove), where each stands (agrees with A,
/// with B, ..., unsure), a note and the group's resolution. Every change is
/// one EditDiscussionCommand on the document (typing a note merges into one
/// step). Also lists the records whose crux no longer exists and offers
/// "Save Summary…".
class DiscussionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DiscussionPanel(Document *document, QWidget *parent = nullptr);

    /// The comparison shown (ids in column order) and its selected crux (nullptr: none).
    void setCrux(const QStringList &interpretationIds, const Crux *crux);
    /// Records of this comparison whose crux is gone, listed as "no longer a crux".
    void setStaleRecords(const QList<CruxRecord> &records);

    QStringList interpretationIds() const { return m_ids; }
    /// The position combo box of `participant` (nullptr when not listed).
    QComboBox *positionCombo(const QString &participant) const;
    QLineEdit *participantNameEdit(const QString &participant) const;
    QPushButton *removeParticipantButton(const QString &participant) const;
    QLineEdit *newParticipantEdit() const { return m_newParticipant; }
    QPushButton *addParticipantButton() const { return m_addParticipant; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QComboBox *resolutionCombo() const { return m_resolution; }
    QListWidget *staleList() const { return m_staleList; }
    QPushButton *saveSummaryButton() const { return m_saveSummary; }

    /// Item data of a position combo entry that means "unsure" (an
    /// interpretation id means "agrees with"; an invalid QVariant means "not recorded").
    static QString unsureData() { return QStringLiteral("?"); }
    /// Item data of the "both partly" and "neither" entries.
    static QString bothPartlyData() { return QStringLiteral("?both-partly"); }
    static QString neitherData() { return QStringLiteral("?neither"); }
    /// The note edit of `participant`'s own note (nullptr when not listed).
    QLineEdit *participantNoteEdit(const QString &participant) const;

    void addParticipant(const QString &name);
    void renameParticipant(const QString &from, const QString &to);
    void removeParticipant(const QString &name);

Q_SIGNALS:
    void saveSummaryRequested();

protected:
    /// LanguageChange: the fixed words, the participants' rows, the
    /// resolution entries, the crux heading and the stale records.
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QString participant;
        QLineEdit *name = nullptr;
        QComboBox *position = nullptr;
        QPushButton *remove = nullptr;
        QLineEdit *note = nullptr;
    };

    void retranslateUi();
    void rebuildRows();
    /// The words of the participants' rows and of the resolution entries.
    void retranslateRows();
    void showStaleRecords();
    void refreshValues();
    void updateEnabled();
    /// Applies `change` to the record of the selected crux (created when
    /// missing, dropped when it ends up empty) and pushes one command.
    void editRecord(const std::function<void(CruxRecord &)> &change, const QString &field,
                    const QString &undoText);
    void pushDiscussion(const Discussion &after, const QString &field, const QString &undoText);
    QString readingLabel(int index) const;

    Document *m_document;
    QStringList m_ids;
    std::optional<Crux> m_crux;
    QString m_key;
    QStringList m_shownParticipants;
    QList<Row> m_rows;
    quint64 m_noteSession = 0;

    QList<CruxRecord> m_staleRecords;

    QLabel *m_cruxLabel;
    QLabel *m_readings;
    QWidget *m_rowsBox;
    QVBoxLayout *m_rowsLayout;
    QLineEdit *m_newParticipant;
    QPushButton *m_addParticipant;
    QLabel *m_standHeader;
    QLabel *m_noteLabel;
    QPlainTextEdit *m_note;
    QLabel *m_resolutionLabel;
    QComboBox *m_resolution;
    QLabel *m_staleHeader;
    QListWidget *m_staleList;
    QPushButton *m_saveSummary;
};

} // namespace faultline
