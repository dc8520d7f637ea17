#pragma once

#include "model/incident.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace faultline {

/// The merge conflicts of the document (its `conflicts` section): a list of
/// them in words, the selected one's base, ours and theirs, and the choices
/// Take Ours, Take Theirs and Edit. It only shows and asks; a controller
/// turns the requests into undo steps.
class ConflictsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictsPanel(QWidget *parent = nullptr);

    /// Shows `incident`'s conflicts, keeping the selected row where it can.
    void setConflicts(const Incident &incident);
    /// The selected conflict's index, or -1.
    int currentConflict() const;
    void setCurrentConflict(int index);

    QListWidget *list() const { return m_list; }
    QPushButton *takeOursButton() const { return m_takeOurs; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QPushButton *editButton() const { return m_edit; }

Q_SIGNALS:
    /// A conflict was selected: its element key (to highlight it).
    void conflictSelected(const QString &elementKey);
    void takeOursRequested(int index);
    void takeTheirsRequested(int index);
    void editRequested(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showDetails();

    QList<MergeConflict> m_conflicts;
    QLabel *m_intro;
    QListWidget *m_list;
    QLabel *m_details;
    QPushButton *m_takeOurs;
    QPushButton *m_takeTheirs;
    QPushButton *m_edit;
};

} // namespace faultline
