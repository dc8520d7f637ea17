// Help menu: quick guide, keyboard shortcuts (read from the menus), About
// with third-party licences; and no two commands share a shortcut.

#include "app/helpcontroller.h"
#include "app/mainwindow.h"
#include "app/windowactions.h"
#include "widgets/help/quickguidedialog.h"
#include "widgets/help/shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace faultline;

namespace {
QList<QAction *> allMenuActions(const QMenu *menu)
{
    QList<QAction *> actions;
    for (QAction *action : menu->actions()) {
        if (action->menu())
            actions << allMenuActions(action->menu());
        else if (!action->isSeparator())
            actions << action;
    }
    return actions;
}

/// Visible shortcut rows of the dialog: command → keys.
QHash<QString, QString> shownRows(const QTreeWidget *tree)
{
    QHash<QString, QString> rows;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (!group->isHidden() && !group->child(i)->isHidden())
                rows.insert(group->child(i)->text(0), group->child(i)->text(1));
    }
    return rows;
}
} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FaultlineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_help"));
    }

    void quickGuideExplainsTheFraming()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.windowActions()->quickGuide->shortcuts().contains(QKeySequence(Qt::Key_F1)));
        window.windowActions()->quickGuide->trigger();
        auto *help = window.findChild<HelpController *>();
        QVERIFY(help->quickGuide());
        QTRY_VERIFY(help->quickGuide()->isVisible());
        const QString text = help->quickGuide()->browser()->toPlainText();
        for (const char *topic : {"Reward", "Environment", "Algorithm", "Failure points",
                                  "Cruxes", "Root cause", "Levers", "Gaps", "Ctrl+Shift+L"})
            QVERIFY2(text.contains(QLatin1String(topic)), topic);
    }

    void shortcutsListEveryMenuShortcutAndFilter()
    {
        MainWindow window;
        window.show();
        window.windowActions()->keyboardShortcuts->trigger();
        ShortcutsDialog *dialog = window.findChild<HelpController *>()->shortcuts();
        QVERIFY(dialog && dialog->isVisible());
        const QHash<QString, QString> rows = shownRows(dialog->tree());
        const QString layout = window.windowActions()->layoutInterpretation->shortcut().toString(
            QKeySequence::NativeText);
        QCOMPARE(rows.value(QStringLiteral("Lay Out Interpretation")), layout);
        QVERIFY(rows.contains(QStringLiteral("Compare Interpretations")));
        QVERIFY(rows.contains(QStringLiteral("Select the next / previous factor"))); // canvas keys

        QTest::keyClicks(dialog->filter(), QStringLiteral("compare"));
        const QHash<QString, QString> filtered = shownRows(dialog->tree());
        QVERIFY(filtered.contains(QStringLiteral("Compare Interpretations")));
        QVERIFY(!filtered.contains(QStringLiteral("Lay Out Interpretation")));
    }

    void noTwoCommandsShareAShortcut()
    {
        MainWindow window;
        QHash<QString, QString> owner; // key → command
        QStringList clashes;
        for (QAction *top : window.menuBar()->actions()) {
            if (!top->menu())
                continue;
            for (QAction *action : allMenuActions(top->menu()))
                for (const QKeySequence &key : action->shortcuts()) {
                    const QString k = key.toString();
                    if (owner.contains(k) && owner.value(k) != action->text())
                        clashes << QStringLiteral("%1: %2 / %3").arg(k, owner.value(k), action->text());
                    owner.insert(k, action->text());
                }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        QVERIFY(owner.size() > 30);
    }

    void aboutNamesVersionAndLicences()
    {
        const QString text = HelpController::aboutText();
        QVERIFY(text.contains(QStringLiteral(FAULTLINE_VERSION)));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        for (const char *needle : {"Graphviz", "nlohmann_json", "LGPL", "Eclipse Public License", "MIT"})
            QVERIFY2(text.contains(QLatin1String(needle)), needle);
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
