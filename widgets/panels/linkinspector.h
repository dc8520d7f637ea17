#pragma once

#include "fieldsync.h"

#include "model/evidence.h"
#include "model/link.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace faultline {

class Document;
struct Incident;

/// Inspector page for one link: relation, strength, label and its evidence
/// list (add, edit, remove). Every edit is an undo command.
class LinkInspector : public QWidget
{
    Q_OBJECT
public:
    /// Edits an evidence item (`isNew` when adding); std::nullopt when cancelled.
    using EvidenceEditor = std::function<std::optional<Evidence>(
        QWidget *parent, const Incident &incident, const Evidence &evidence, bool isNew)>;

    explicit LinkInspector(Document *document, QWidget *parent = nullptr);

    void setLink(const QString &interpretationId, const QString &linkId);
    QString linkId() const { return m_linkId; }
    void setEvidenceEditor(EvidenceEditor editor) { m_editor = std::move(editor); }

    QLabel *endsLabel() const { return m_ends; }
    QComboBox *relationCombo() const { return m_relation; }
    QSpinBox *strengthSpin() const { return m_strength; }
    QLineEdit *labelEdit() const { return m_label; }
    QListWidget *evidenceList() const { return m_evidence; }
    QPushButton *addEvidenceButton() const { return m_add; }
    QPushButton *editEvidenceButton() const { return m_edit; }
    QPushButton *removeEvidenceButton() const { return m_remove; }

public Q_SLOTS:
    void refresh();
    void addEvidence();
    void editEvidence();
    void removeEvidence();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    const Link *link() const;
    QString selectedEvidenceId() const;
    void rebuildEvidence(const Link &link);
    void pushLink(const Link &after, const QString &field, const QString &undoText);
    void updateButtons();

    Document *m_document;
    QString m_interpretationId;
    QString m_linkId;
    fieldsync::EditSession m_session;
    EvidenceEditor m_editor;
    QString m_lastSourceId; ///< what Add Evidence starts from next time
    QList<Evidence> m_shownEvidence;

    QLabel *m_ends;
    QComboBox *m_relation;
    QSpinBox *m_strength;
    QLineEdit *m_label;
    QListWidget *m_evidence;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace faultline
