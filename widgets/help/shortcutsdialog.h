#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace faultline {

/// Help > Keyboard Shortcuts: every action with a shortcut, grouped by menu,
/// plus the canvas keys that are not actions, with a filter box.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    using Group = QPair<QString, QList<QAction *>>;

    explicit ShortcutsDialog(const QList<Group> &groups, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filter() const { return m_filter; }

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace faultline
