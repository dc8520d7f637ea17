#pragma once

#include "model/versioning/documentdiff.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace faultline {

/// The changes from an earlier version (a file, or a commit) to the open
/// document, one row each with a mark (+ added, − removed, ~ changed); a click
/// asks for the element to be selected on the canvas.
class ChangeListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChangeListPanel(QWidget *parent = nullptr);

    /// Shows `changes` from the version called `versionName`.
    void setChanges(const QString &versionName, const QList<ElementChange> &changes);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    /// A row was clicked: the element key of its change.
    void elementActivated(const QString &elementKey);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_versionName;
    QList<ElementChange> m_changes;
    QLabel *m_header;
    QListWidget *m_list;
};

} // namespace faultline
