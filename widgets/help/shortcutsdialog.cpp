#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace faultline {

namespace {
/// Menu text as a plain command name: mnemonic markers and the ellipsis removed.
QString commandName(const QAction *action)
{
    QString text = action->text();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    text.remove(QChar(0x2026));
    return text.trimmed();
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}
} // namespace

ShortcutsDialog::ShortcutsDialog(GroupSource groups, QWidget *parent)
    : QDialog(parent), m_groups(std::move(groups)), m_filter(new QLineEdit), m_tree(new QTreeWidget)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(560, 640);
    retranslate();
    rebuildTree();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildTree();
        // The main window may retranslate its menus after this dialog got
        // the event (each window gets its own LanguageChange): read them again
        // once every window has had its turn.
        if (!m_rebuildQueued) {
            m_rebuildQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_rebuildQueued = false;
                rebuildTree();
            });
        }
    }
    QDialog::changeEvent(event);
}

void ShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Filter by command or key…"));
    m_tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
}

void ShortcutsDialog::rebuildTree()
{
    m_tree->clear();
    const auto addGroup = [this](const QString &title, const QList<QPair<QString, QString>> &rows) {
        if (rows.isEmpty())
            return;
        auto *group = new QTreeWidgetItem(m_tree, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const auto &[command, keys] : rows)
            new QTreeWidgetItem(group, {command, keys});
    };
    const QList<Group> groups = m_groups ? m_groups() : QList<Group>();
    for (const Group &g : groups) {
        QList<QPair<QString, QString>> rows;
        for (const QAction *action : g.second)
            if (!action->shortcuts().isEmpty())
                rows.append({commandName(action), keysOf(action)});
        addGroup(g.first, rows);
    }
    // Keys the canvas handles itself (they act on the focused factor, not through actions).
    addGroup(tr("On the canvas"), {{tr("Select the next / previous factor"), tr("Tab, Shift+Tab")},
                                   {tr("Move the selection (Shift: further)"), tr("Arrow keys")},
                                   {tr("Edit the selected factor's label"), tr("Enter, F2")},
                                   {tr("While linking: choose the target"), tr("Tab, arrow keys")},
                                   {tr("While linking: create the link"), tr("Enter")},
                                   {tr("Cancel linking, placing or editing"), tr("Esc")},
                                   {tr("Pan"), tr("Space+drag, middle mouse button")},
                                   {tr("Zoom"), tr("Ctrl+mouse wheel")}});
    m_tree->expandAll();
    applyFilter(m_filter->text());
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *row = group->child(i);
            const bool match = row->text(0).contains(text, Qt::CaseInsensitive) ||
                               row->text(1).contains(text, Qt::CaseInsensitive);
            row->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace faultline
