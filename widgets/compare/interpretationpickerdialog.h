#pragma once

#include "model/incident.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace faultline {

/// Asks which 2–4 interpretations to compare: one checkbox each, in
/// document order. OK is enabled only with 2 to 4 ticked.
class InterpretationPickerDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMinimum = 2;
    static constexpr int kMaximum = 4;

    InterpretationPickerDialog(const Incident &incident, const QStringList &preselected,
                               QWidget *parent = nullptr);

    /// The ticked interpretations in document order.
    QStringList selectedIds() const;
    void setChecked(const QString &interpretationId, bool checked);
    QListWidget *list() const { return m_list; }
    bool canAccept() const;

    /// Runs the dialog; the ticked ids, or an empty list when cancelled.
    static QStringList pick(QWidget *parent, const Incident &incident,
                            const QStringList &preselected);

protected:
    /// LanguageChange: title, intro, button, hint and the readings' "by"
    /// tooltips, after the children: the button box gives its standard
    /// buttons their stock texts then, and OK says "Compare".
    bool event(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    QLabel *m_intro;
    QListWidget *m_list;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace faultline
