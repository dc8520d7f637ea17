#pragma once

#include "fieldsync.h"

#include "model/factor.h"
#include "model/placement.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace faultline {

class Document;
class FailureModeList;

/// Inspector page for one factor: its incident-wide fields (kind, label,
/// description, failure modes, actual vs ideal) and its placement in the
/// current interpretation (root cause, pinned, lever note). Every edit is
/// an undo command; the page follows Document signals, so undo shows too.
class FactorInspector : public QWidget
{
    Q_OBJECT
public:
    explicit FactorInspector(Document *document, QWidget *parent = nullptr);

    void setFactor(const QString &interpretationId, const QString &factorId);
    QString factorId() const { return m_factorId; }
    QString interpretationId() const { return m_interpretationId; }

    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *labelEdit() const { return m_label; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    FailureModeList *failureModes() const { return m_modes; }
    QCheckBox *rootCauseBox() const { return m_rootCause; }
    QCheckBox *pinnedBox() const { return m_pinned; }
    QPlainTextEdit *leverEdit() const { return m_lever; }
    QPlainTextEdit *actualEdit() const { return m_actual; }
    QPlainTextEdit *idealEdit() const { return m_ideal; }

public Q_SLOTS:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildKinds();
    /// Connects a text field that edits one QString member of the factor.
    void bindFactorText(QPlainTextEdit *edit, const char *field, QString Factor::*member,
                        const QString &undoText);
    void bindPlacementText(QPlainTextEdit *edit, const char *field, QString Placement::*member,
                           const QString &undoText);
    void pushFactor(const Factor &after, const QString &field, const QString &undoText);
    void pushPlacement(const Placement &after, const QString &field, const QString &undoText);
    const Factor *factor() const;
    const Placement *placement() const;

    Document *m_document;
    QString m_interpretationId;
    QString m_factorId;
    fieldsync::EditSession m_session;

    QLabel *m_heading;
    QLabel *m_usage;
    QComboBox *m_kind;
    QLineEdit *m_label;
    QPlainTextEdit *m_description;
    FailureModeList *m_modes;
    QWidget *m_placementBox;
    QCheckBox *m_rootCause;
    QCheckBox *m_pinned;
    QPlainTextEdit *m_lever;
    QPlainTextEdit *m_actual;
    QPlainTextEdit *m_ideal;
    QGroupBox *m_gapBox = nullptr;
};

} // namespace faultline
