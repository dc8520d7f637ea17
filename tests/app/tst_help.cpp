// Help menu: quick guide, keyboard shortcuts (read from the menus), About
// with third-party licences; and no two commands share a shortcut. The guide
// and the shortcuts follow a language switch at runtime, and the German and
// Chinese guides have the English page's structure and shortcuts.

#include "app/controllers/helpcontroller.h"
#include "app/controllers/languagecontroller.h"
#include "app/window/mainwindow.h"
#include "app/window/windowactions.h"
#include "widgets/help/quickguidedialog.h"
#include "widgets/help/shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
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

QString resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

int countOf(const QString &html, const QString &pattern)
{
    return int(html.count(QRegularExpression(pattern)));
}

/// The shortcuts named in the guide's key column (e.g. "Strg+Umschalt+L"),
/// read as the UI shows them in the current language and returned in the
/// portable (English) form, so the three pages can be compared.
QStringList guideShortcuts(const QString &html)
{
    QStringList keys;
    static const QRegularExpression cell(QStringLiteral("<td class=\"key\">([^<]*)</td>"));
    static const QRegularExpression combination(QStringLiteral("[\\w]+(?:\\+[\\w]+)+"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    for (auto cells = cell.globalMatch(html); cells.hasNext();) {
        const QString text = cells.next().captured(1);
        for (auto it = combination.globalMatch(text); it.hasNext();) {
            const QString native = it.next().captured(0);
            const QKeySequence key = QKeySequence::fromString(native, QKeySequence::NativeText);
            keys << (key.isEmpty() || key[0].key() == Qt::Key_unknown
                         ? QStringLiteral("?") + native
                         : key.toString(QKeySequence::PortableText));
        }
    }
    return keys;
}

QString plainMenuText(QString text)
{
    text.remove(QLatin1Char('&'));
    text.remove(QChar(0x2026));
    return text.trimmed();
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
        QSettings().clear();
        LanguageController::applyLanguage(QStringLiteral("en"));
    }

    void cleanup() { LanguageController::applyLanguage(QStringLiteral("en")); }

    void quickGuideExplainsTheFraming()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.windowActions()->quickGuide->shortcuts().contains(QKeySequence(Qt::Key_F1)));
        window.windowActions()->quickGuide->trigger();
        auto *help = window.helpController();
        QVERIFY(help->quickGuide());
        QTRY_VERIFY(help->quickGuide()->isVisible());
        const QString text = help->quickGuide()->browser()->toPlainText();
        for (const char *topic : {"Reward", "Environment", "Algorithm", "Failure points", "Cruxes",
                                  "Root cause", "Levers", "Gaps", "Ctrl+Shift+L"})
            QVERIFY2(text.contains(QLatin1String(topic)), topic);
    }

    void quickGuideFollowsTheLanguage()
    {
        MainWindow window;
        window.show();
        window.windowActions()->quickGuide->trigger();
        QuickGuideDialog *guide = window.helpController()->quickGuide();
        QVERIFY(guide);
        QCOMPARE(guide->shownResource(), QStringLiteral(":/faultline/help/quickguide.html"));
        QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("Cruxes")));

        QVERIFY(LanguageController::applyLanguage(QStringLiteral("de")));
        QCOMPARE(guide->shownResource(), QStringLiteral(":/faultline/help/quickguide_de.html"));
        QString text = guide->browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Die drei Perspektiven")),
                 qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("Kernstreitpunkte")));
        QVERIFY(!text.contains(QStringLiteral("Cruxes")));
        const QString germanTitle =
            QCoreApplication::translate("faultline::QuickGuideDialog", "Faultline Quick Guide");
        QVERIFY(germanTitle != QLatin1String("Faultline Quick Guide"));
        QCOMPARE(guide->windowTitle(), germanTitle);

        QVERIFY(LanguageController::applyLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(guide->shownResource(), QStringLiteral(":/faultline/help/quickguide_zh_CN.html"));
        text = guide->browser()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("三种视角")));
        QVERIFY(text.contains(QStringLiteral("分歧点")));
        QVERIFY(!text.contains(QStringLiteral("Kernstreitpunkte")));

        QVERIFY(LanguageController::applyLanguage(QStringLiteral("en")));
        QCOMPARE(guide->shownResource(), QStringLiteral(":/faultline/help/quickguide.html"));
        text = guide->browser()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("The three lenses")));
        QVERIFY(!text.contains(QStringLiteral("三种视角")));
        QCOMPARE(guide->windowTitle(), QStringLiteral("Faultline Quick Guide"));
    }

    void translatedGuidesHaveTheEnglishStructureAndShortcuts()
    {
        const QString english = resourceText(QStringLiteral(":/faultline/help/quickguide.html"));
        QVERIFY(!english.isEmpty());
        const QStringList englishKeys = guideShortcuts(english);
        QVERIFY2(englishKeys.size() >= 8, qPrintable(englishKeys.join(QLatin1Char(' '))));
        QVERIFY2(!englishKeys.join(QLatin1Char(' ')).contains(QLatin1Char('?')),
                 qPrintable(englishKeys.join(QLatin1Char(' '))));

        // Every Ctrl shortcut the guide names is the shortcut of a menu command.
        {
            MainWindow window;
            QSet<QString> menuKeys;
            for (QAction *top : window.menuBar()->actions())
                if (top->menu())
                    for (QAction *action : allMenuActions(top->menu()))
                        for (const QKeySequence &key : action->shortcuts())
                            menuKeys.insert(key.toString(QKeySequence::PortableText));
            for (const QString &key : englishKeys)
                if (key.startsWith(QLatin1String("Ctrl+")))
                    QVERIFY2(menuKeys.contains(key), qPrintable(key));
        }

        for (const QString &code : {QStringLiteral("de"), QStringLiteral("zh_CN")}) {
            const QString page =
                resourceText(QStringLiteral(":/faultline/help/quickguide_%1.html").arg(code));
            QVERIFY2(!page.isEmpty(), qPrintable(code));
            for (const char *pattern : {"<h1>", "<h2>", "<h3>", "<li>", "<tr>", "<ul>", "<table>"})
                QVERIFY2(countOf(page, QLatin1String(pattern)) ==
                             countOf(english, QLatin1String(pattern)),
                         qPrintable(code + QLatin1Char(' ') + QLatin1String(pattern)));
            // Keys are written as the menus show them in that language ("Strg+E").
            QVERIFY(LanguageController::applyLanguage(code));
            QCOMPARE(guideShortcuts(page), englishKeys);
            if (code == QLatin1String("de")) // German key names, read back as Ctrl+Shift+L
                QVERIFY(page.contains(QStringLiteral("Strg+Umschalt+L")));
        }
    }

    void shortcutsFollowTheLanguage()
    {
        MainWindow window;
        window.show();
        window.windowActions()->keyboardShortcuts->trigger();
        ShortcutsDialog *dialog = window.helpController()->shortcuts();
        QVERIFY(dialog);
        QVERIFY(shownRows(dialog->tree()).contains(QStringLiteral("Lay Out Interpretation")));

        QVERIFY(LanguageController::applyLanguage(QStringLiteral("de")));
        const QString layout = plainMenuText(
            QCoreApplication::translate("faultline::WindowActions", "&Lay Out Interpretation"));
        const QString nextFactor = QCoreApplication::translate("faultline::ShortcutsDialog",
                                                               "Select the next / previous factor");
        QVERIFY(layout != QLatin1String("Lay Out Interpretation"));
        QVERIFY(nextFactor != QLatin1String("Select the next / previous factor"));
        QTRY_VERIFY(shownRows(dialog->tree()).contains(layout));
        QHash<QString, QString> rows = shownRows(dialog->tree());
        QVERIFY(!rows.contains(QStringLiteral("Lay Out Interpretation")));
        QVERIFY(rows.contains(nextFactor));
        QCOMPARE(dialog->windowTitle(),
                 QCoreApplication::translate("faultline::ShortcutsDialog", "Keyboard Shortcuts"));
        QVERIFY(dialog->windowTitle() != QLatin1String("Keyboard Shortcuts"));
        // German key names, as Qt's own catalogue writes them ("Strg+Umschalt+L").
        QCOMPARE(rows.value(layout),
                 window.windowActions()->layoutInterpretation->shortcut().toString(
                     QKeySequence::NativeText));

        QVERIFY(LanguageController::applyLanguage(QStringLiteral("en")));
        QTRY_VERIFY(shownRows(dialog->tree()).contains(QStringLiteral("Lay Out Interpretation")));
        QVERIFY(!shownRows(dialog->tree()).contains(layout));
    }

    void shortcutsListEveryMenuShortcutAndFilter()
    {
        MainWindow window;
        window.show();
        window.windowActions()->keyboardShortcuts->trigger();
        ShortcutsDialog *dialog = window.helpController()->shortcuts();
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
                        clashes
                            << QStringLiteral("%1: %2 / %3").arg(k, owner.value(k), action->text());
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
        for (const char *needle :
             {"Graphviz", "nlohmann_json", "LGPL", "Eclipse Public License", "MIT"})
            QVERIFY2(text.contains(QLatin1String(needle)), needle);
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
