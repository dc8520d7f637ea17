// A user who never touches the mouse: builds a three-factor interpretation
// with two links, moves between panes, compares and exports, with QTest key
// events only (there is no mouse event anywhere in this file). Also checks
// that the menus can be reached from the keyboard and that the canvas tells
// a screen reader which factor or link the keyboard has reached.

#include "../common/mainwindowfixture.h"
#include "app/window/mainwindow.h"
#include "app/window/windowactions.h"
#include "model/document.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/compare/compareview.h"
#include "widgets/panels/factorlistwidget.h"
#include "widgets/panels/inspectorwidget.h"
#include "widgets/panels/palettewidget.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include <memory>

using namespace faultline;

class TestKeyboardOnly : public QObject
{
    Q_OBJECT

private:
    test::MainWindowFixture m_window;

    Document *doc() const { return m_window->document(); }
    CanvasView *view() const { return m_window->currentView(); }
    const Interpretation *interp() const
    {
        return doc()->incident().findInterpretation(view()->interpretationId());
    }

    /// A key press and release where the keyboard focus is, as a user's would be.
    static void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        if (!target)
            target = QApplication::activeWindow();
        QVERIFY(target);
        QTest::keyClick(target, k, modifiers);
    }

    static void type(const QString &text)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClicks(target, text);
    }

    /// F6 until the canvas has the focus (at most once around all panes).
    bool focusCanvasByKeyboard()
    {
        for (int i = 0; i < 12 && QApplication::focusWidget() != view(); ++i)
            key(Qt::Key_F6);
        return QApplication::focusWidget() == view();
    }

    /// A new factor through its Ctrl+digit shortcut: the label editor opens, type, Enter.
    QString addFactor(int digit, const QString &label)
    {
        const QSet<QString> before = factorIds();
        key(Qt::Key(Qt::Key_0 + digit), Qt::ControlModifier);
        if (!view()->isEditingLabel())
            return QString();
        type(label); // the editor opens with its text selected: typing replaces it
        key(Qt::Key_Return);
        const QSet<QString> added = factorIds() - before;
        return added.size() == 1 ? *added.begin() : QString();
    }

    QSet<QString> factorIds() const
    {
        QSet<QString> ids;
        for (const Factor &f : doc()->incident().factors)
            ids.insert(f.id);
        return ids;
    }

    /// Tab through the factors until `factorId` is the selected one.
    bool tabTo(const QString &factorId)
    {
        for (int i = 0; i < 10; ++i) {
            if (view()->selectedFactorIds() == QStringList{factorId})
                return true;
            key(Qt::Key_Tab);
        }
        return false;
    }

    /// Ctrl+L from the selected factor, Tab to `targetId`, Enter.
    bool linkTo(const QString &targetId)
    {
        key(Qt::Key_L, Qt::ControlModifier);
        if (!view()->isConnecting())
            return false;
        for (int i = 0; i < 10 && view()->connectTargetId() != targetId; ++i)
            key(Qt::Key_Tab);
        if (view()->connectTargetId() != targetId)
            return false;
        key(Qt::Key_Return);
        return !view()->isConnecting();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::MainWindowFixture::initTestCase(QStringLiteral("FaultlineKeyboardTest"));
    }

    void init()
    {
        m_window.createShown(test::MainWindowFixture::kDefaultSize,
                             test::MainWindowFixture::WaitFor::Active);
    }

    void cleanup() { m_window.cleanup(); }

    void everyMenuIsReachableByKeyboard()
    {
        // Alt+letter opens every top-level menu; inside, the arrows reach every entry.
        QSet<QChar> mnemonics;
        for (QAction *top : m_window->menuBar()->actions()) {
            QMenu *menu = top->menu();
            QVERIFY(menu);
            const QString title = menu->title();
            const qsizetype amp = title.indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0 && amp + 1 < title.size(), qPrintable(title));
            const QChar letter = title.at(amp + 1).toLower();
            QVERIFY2(!mnemonics.contains(letter),
                     qPrintable(title)); // unique, so Alt+letter is unambiguous
            mnemonics.insert(letter);
            // Fixed entries (not generated lists such as recent files or examples)
            // have their own mnemonic.
            for (QAction *action : menu->actions()) {
                if (action->isSeparator() || action->text().isEmpty())
                    continue;
                QVERIFY2(action->text().contains(QLatin1Char('&')) || !action->shortcut().isEmpty(),
                         qPrintable(title + QStringLiteral(" > ") + action->text()));
            }
        }
        // Every toolbar button is also a menu entry or has a shortcut.
        const auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar);
        for (QAction *action : toolBar->actions()) {
            if (action->isSeparator() || action->menu())
                continue;
            bool inMenu = false;
            for (QObject *owner : action->associatedObjects())
                inMenu = inMenu || qobject_cast<QMenu *>(owner);
            QVERIFY2(inMenu || !action->shortcut().isEmpty(), qPrintable(action->text()));
        }
    }

    void altLetterOpensTheFileMenu()
    {
        QMenu *file = m_window->menuBar()->actions().first()->menu();
        QVERIFY(file);
        QVERIFY(!file->isVisible());
        key(Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(file->isVisible());
        QTest::keyClick(file, Qt::Key_Escape);
        QTRY_VERIFY(!file->isVisible());
    }

    void f6MovesBetweenPanes()
    {
        QVERIFY(focusCanvasByKeyboard());
        QList<QWidget *> visited;
        for (int i = 0; i < 12; ++i) { // every pane, the tabbed docks included
            key(Qt::Key_F6);
            visited.append(QApplication::focusWidget());
        }
        const auto inside = [&visited](QWidget *pane) {
            for (QWidget *w : visited)
                if (w && (w == pane || pane->isAncestorOf(w)))
                    return true;
            return false;
        };
        QStringList names;
        for (QWidget *w : visited)
            names.append(w ? QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('/') +
                                 w->objectName()
                           : QStringLiteral("-"));
        const QByteArray trail = names.join(QStringLiteral(", ")).toUtf8();
        QVERIFY2(inside(m_window->palette()), trail.constData());
        QVERIFY2(inside(m_window->factorList()), trail.constData());
        QVERIFY2(inside(m_window->inspector()), trail.constData());
        QVERIFY2(inside(view()), trail.constData()); // and around to the canvas again
        // Shift+F6 goes back one pane, F6 forward again to the same place.
        QWidget *here = QApplication::focusWidget();
        key(Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(QApplication::focusWidget() != here);
        key(Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(), here);
    }

    void buildCompareAndExportWithoutMouse()
    {
        QVERIFY(focusCanvasByKeyboard());
        const QString reward = addFactor(1, QStringLiteral("Reward for touching the coin"));
        QVERIFY(!reward.isEmpty());
        const QString environment = addFactor(2, QStringLiteral("Coin always at the right end"));
        QVERIFY(!environment.isEmpty());
        const QString behaviour = addFactor(4, QStringLiteral("Runs right past the coin"));
        QVERIFY(!behaviour.isEmpty());
        QCOMPARE(QApplication::focusWidget(), view()); // the label editor gave the focus back

        // Arrow keys move the selected factor (one undo step per nudge series).
        QVERIFY(tabTo(behaviour));
        const QPointF before = interp()->findPlacement(behaviour)->pos;
        key(Qt::Key_Down);
        key(Qt::Key_Down);
        QVERIFY(interp()->findPlacement(behaviour)->pos.y() > before.y());

        QVERIFY(tabTo(environment));
        QVERIFY(linkTo(behaviour));
        QVERIFY(tabTo(reward));
        QVERIFY(linkTo(behaviour));

        // The document, exactly.
        const Incident &incident = doc()->incident();
        QCOMPARE(incident.factors.size(), 3);
        QCOMPARE(incident.findFactor(reward)->kind, QStringLiteral("reward"));
        QCOMPARE(incident.findFactor(reward)->label,
                 QStringLiteral("Reward for touching the coin"));
        QCOMPARE(incident.findFactor(environment)->kind, QStringLiteral("environment"));
        QCOMPARE(incident.findFactor(environment)->label,
                 QStringLiteral("Coin always at the right end"));
        QCOMPARE(incident.findFactor(behaviour)->kind, QStringLiteral("behaviour"));
        QCOMPARE(incident.findFactor(behaviour)->label, QStringLiteral("Runs right past the coin"));
        QCOMPARE(interp()->placements.size(), 3);
        QCOMPARE(interp()->links.size(), 2);
        QSet<QPair<QString, QString>> links;
        for (const Link &link : interp()->links)
            links.insert({link.from, link.to});
        QVERIFY(links.contains({environment, behaviour}));
        QVERIFY(links.contains({reward, behaviour}));

        // Enter on a factor edits its label; Esc leaves it unchanged.
        QVERIFY(tabTo(reward));
        key(Qt::Key_Return);
        QVERIFY(view()->isEditingLabel());
        key(Qt::Key_End);
        type(QStringLiteral(" (+10)"));
        key(Qt::Key_Return);
        QCOMPARE(incident.findFactor(reward)->label,
                 QStringLiteral("Reward for touching the coin (+10)"));

        // A second reading (Ctrl+Shift+D), then compare (Ctrl+K).
        key(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(doc()->incident().interpretations.size(), 2);
        key(Qt::Key_K, Qt::ControlModifier);
        QVERIFY(qobject_cast<CompareView *>(m_window->centralOverlay()));
        QVERIFY(m_window->centralOverlay()->isAncestorOf(QApplication::focusWidget()));
        key(Qt::Key_Escape); // back to the editor
        QTRY_VERIFY(!m_window->centralOverlay());

        // Copy as image (Ctrl+Shift+C): PNG and SVG on the clipboard.
        QVERIFY(focusCanvasByKeyboard());
        QApplication::clipboard()->clear();
        key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QVERIFY2(mime->hasImage() || mime->hasFormat(QStringLiteral("image/png")),
                 qPrintable(mime->formats().join(QLatin1Char(','))));
        QVERIFY(mime->hasFormat(QStringLiteral("image/svg+xml")));

        // Export (Ctrl+E) opens the export dialog with the keyboard focus in
        // it, and Esc closes it. Writing a file through the dialog by keyboard
        // alone (Tab through its fields, type a file name, Enter) is asserted
        // in tst_keyboardexport.cpp. The dialog runs its own event loop, so the
        // keys are scheduled before the shortcut that opens it.
        QString modalClass;
        bool focusInDialog = false;
        QTimer::singleShot(100, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog)
                return;
            modalClass = QString::fromLatin1(dialog->metaObject()->className());
            // The dialog takes the focus once it is activated (later on a busy machine).
            focusInDialog = QTest::qWaitFor(
                [dialog] { return dialog->isAncestorOf(QApplication::focusWidget()); }, 5000);
            QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Escape);
        });
        key(Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(modalClass, QStringLiteral("faultline::ExportDialog"));
        QVERIFY(focusInDialog);
        QVERIFY(!QApplication::activeModalWidget());
    }

    void canvasAnnouncesTheFactorReached()
    {
        QVERIFY(focusCanvasByKeyboard());
        const QString reward = addFactor(1, QStringLiteral("Coin reward"));
        const QString behaviour = addFactor(4, QStringLiteral("Runs right"));
        QVERIFY(tabTo(reward));
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(view());
        QVERIFY(accessible);
        QString name = accessible->text(QAccessible::Name);
        QVERIFY2(name.contains(QStringLiteral("Reward")) &&
                     name.contains(QStringLiteral("Coin reward")),
                 qPrintable(name));
        QVERIFY(!accessible->text(QAccessible::Description).isEmpty());

        QVERIFY(tabTo(behaviour));
        name = accessible->text(QAccessible::Name);
        QVERIFY2(name.contains(QStringLiteral("Observed behaviour")) &&
                     name.contains(QStringLiteral("Runs right")),
                 qPrintable(name));

        // A link, selected through the inspector-free path: the model picks it.
        QVERIFY(tabTo(reward));
        QVERIFY(linkTo(behaviour));
        view()->selectElements({}, {interp()->links.first().id});
        name = accessible->text(QAccessible::Name);
        QVERIFY2(name.contains(QStringLiteral("Coin reward")) &&
                     name.contains(QStringLiteral("causes")) &&
                     name.contains(QStringLiteral("Runs right")),
                 qPrintable(name));

        // Panels' main widgets have names too.
        for (QWidget *panel : {static_cast<QWidget *>(m_window->palette()),
                               static_cast<QWidget *>(m_window->factorList())}) {
            bool named = false;
            for (QWidget *child : panel->findChildren<QWidget *>())
                named = named || !child->accessibleName().isEmpty();
            QVERIFY(named);
        }
    }
};

QTEST_MAIN(TestKeyboardOnly)
#include "tst_keyboardonly.moc"
