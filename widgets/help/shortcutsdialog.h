#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

#include <functional>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace faultline {

/// Help > Keyboard Shortcuts: every action with a shortcut, grouped by menu,
/// plus the canvas keys that are not actions, with a filter box. On a
/// language switch it retranslates and reads the (retranslated) menus again.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    using Group = QPair<QString, QList<QAction *>>;
    /// The menus' titles and actions, read afresh whenever the dialog rebuilds.
    using GroupSource = std::function<QList<Group>()>;

    explicit ShortcutsDialog(GroupSource groups, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filter() const { return m_filter; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildTree();
    void applyFilter(const QString &text);

    GroupSource m_groups;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    bool m_rebuildQueued = false;
};

} // namespace faultline
