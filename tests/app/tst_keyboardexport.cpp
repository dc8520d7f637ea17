// A user who never touches the mouse exports a diagram: File > Export… by
// its shortcut and by the menu's mnemonics, Tab through the dialog's fields,
// a format chosen by typing its first letter, the file name typed, Enter.
// The written SVG must parse and carry the factors' labels. There is no mouse
// event anywhere in this file. The export dialog is modal and runs its own
// event loop, so the keys for it are scheduled (QTimer) before the key that
// opens it.

#include "../common/mainwindowfixture.h"
#include "mainwindowtestdata.h"

#include "app/window/mainwindow.h"
#include "app/window/windowactions.h"
#include "widgets/export/exportdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

#include <functional>
#include <memory>

using namespace faultline;
using namespace faultline::test;

namespace {

/// A key press and release where the keyboard focus is, as a user's would be.
void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeModalWidget() ? QApplication::activeModalWidget()
                                                   : QApplication::activeWindow();
    if (target)
        QTest::keyClick(target, k, modifiers);
}

void type(const QString &text)
{
    if (QWidget *target = QApplication::focusWidget())
        QTest::keyClicks(target, text);
}

/// The field a form label names ("&Format:" → the format combo box).
QWidget *fieldLabelled(QWidget *dialog, const QString &labelText)
{
    for (QLabel *label : dialog->findChildren<QLabel *>())
        if (label->text() == labelText)
            return label->buddy();
    return nullptr;
}

/// The mnemonic letter of a label or button text ("File &name:" → 'N').
QChar mnemonicOf(QString text)
{
    text.replace(QStringLiteral("&&"), QString());
    const qsizetype at = text.indexOf(QLatin1Char('&'));
    return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toUpper() : QChar();
}

/// Everything in the SVG's text nodes, and whether the XML parsed to the end.
QString svgText(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return QString();
    }
    QXmlStreamReader xml(&file);
    QString text;
    bool sawSvg = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
            sawSvg = true;
        if (xml.isCharacters())
            text += xml.text().toString() + QLatin1Char(' ');
    }
    if (xml.hasError())
        *error = xml.errorString();
    else if (!sawSvg)
        *error = QStringLiteral("no <svg> element");
    return text.simplified();
}

} // namespace

class TestKeyboardExport : public QObject
{
    Q_OBJECT

    test::MainWindowFixture m_window;
    QTemporaryDir m_dir;

    /// Schedules `drive` to run inside the modal dialog that the next key
    /// opens; it gets the dialog once the dialog has the keyboard focus. The
    /// dialog is closed with Esc afterwards if `drive` left it open, so a
    /// failure never hangs the test.
    void whenDialogOpens(std::function<void(ExportDialog *)> drive, QString *failure)
    {
        QTimer::singleShot(50, this, [drive = std::move(drive), failure] {
            const bool opened =
                QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 5000);
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            if (!opened || !dialog) {
                *failure = QStringLiteral("the export dialog did not open");
                return;
            }
            if (!QTest::qWaitFor(
                    [dialog] { return dialog->isAncestorOf(QApplication::focusWidget()); }, 5000)) {
                *failure = QStringLiteral("the export dialog did not take the keyboard focus");
                key(Qt::Key_Escape);
                return;
            }
            drive(dialog);
            if (QApplication::activeModalWidget() == dialog) {
                if (failure->isEmpty())
                    *failure = QStringLiteral("the dialog was still open after the keys");
                QTest::keyClick(dialog, Qt::Key_Escape);
            }
        });
    }

    /// Tab until `target` has the focus; the widgets passed on the way are recorded.
    static bool tabTo(QWidget *target, QList<QWidget *> *passed = nullptr)
    {
        for (int i = 0; i < 40 && QApplication::focusWidget() != target; ++i) {
            key(Qt::Key_Tab);
            if (passed)
                passed->append(QApplication::focusWidget());
        }
        return QApplication::focusWidget() == target;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::MainWindowFixture::initTestCase(QStringLiteral("FaultlineKeyboardExportTest"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_window.createShown(test::MainWindowFixture::kDefaultSize,
                             test::MainWindowFixture::WaitFor::Active);
        const QString path =
            writeIncident(m_dir, QStringLiteral("coinrun.faultline"), sampleIncident());
        QVERIFY(m_window->openFile(path));
        QVERIFY(m_window->currentView());
        m_window->currentView()->setFocus();
        QTRY_VERIFY(QApplication::focusWidget());
    }

    void cleanup() { m_window.cleanup(); }

    void dialogLabelsHaveDistinctMnemonicsAndBuddies()
    {
        ExportDialog dialog(sampleIncident(), QStringLiteral("env-reading"), {});
        QHash<QChar, QString> owner;
        QStringList clashes;
        QStringList withoutBuddy;
        const auto note = [&](const QString &text) {
            const QChar m = mnemonicOf(text);
            if (m.isNull())
                return;
            if (owner.contains(m))
                clashes << QStringLiteral("%1: %2 / %3").arg(m, owner.value(m), text);
            owner.insert(m, text);
        };
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (mnemonicOf(label->text()).isNull())
                continue;
            note(label->text());
            if (!label->buddy())
                withoutBuddy << label->text();
        }
        for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
            note(button->text());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        QVERIFY2(withoutBuddy.isEmpty(), qPrintable(withoutBuddy.join(QLatin1Char('\n'))));
        QVERIFY(owner.size() >= 12);
        // Enter exports: the Export button is the default; Browse… never takes
        // the default, not even while it has the focus.
        auto *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("exportButton"));
        QVERIFY(exportButton && exportButton->isDefault());
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button != exportButton)
                QVERIFY2(!button->isDefault(), qPrintable(button->text()));
            if (button->text().contains(ExportDialog::tr("&Browse…")))
                QVERIFY(!button->autoDefault());
        }
        // The file is named in the dialog, so it can be typed.
        QVERIFY(dialog.pathEdit());
        QVERIFY(dialog.pathEdit()->text().endsWith(QLatin1String(".png")));
    }

    void exportSvgByShortcutTabAndTyping()
    {
        const QString target = m_dir.filePath(QStringLiteral("keyboard-export.svg"));
        QFile::remove(target);
        QString failure;
        QList<QWidget *> passed;
        QWidget *formatField = nullptr;
        QWidget *exportButton = nullptr;
        whenDialogOpens(
            [&](ExportDialog *dialog) {
                formatField = fieldLabelled(dialog, ExportDialog::tr("&Format:"));
                exportButton = dialog->findChild<QPushButton *>(QStringLiteral("exportButton"));
                if (!formatField || !exportButton) {
                    failure = QStringLiteral("format field or export button not found");
                    return;
                }
                // Tab from the first field to the format, type "s" for SVG.
                if (!tabTo(formatField, &passed)) {
                    failure = QStringLiteral("Tab never reached the format field");
                    return;
                }
                type(QStringLiteral("s"));
                // On to the file name: select what is there, type the new name.
                if (!tabTo(dialog->pathEdit(), &passed)) {
                    failure = QStringLiteral("Tab never reached the file name");
                    return;
                }
                if (!dialog->pathEdit()->text().endsWith(QLatin1String(".svg")))
                    failure = QStringLiteral("the suggested name did not follow the format: ") +
                              dialog->pathEdit()->text();
                key(Qt::Key_A, Qt::ControlModifier);
                type(QDir::toNativeSeparators(
                    target.left(target.size() - 4))); // the suffix is added
                // The rest of the dialog is reachable too: Tab on to the Export button…
                QList<QWidget *> rest;
                if (!tabTo(exportButton, &rest)) {
                    failure = QStringLiteral("Tab never reached the Export button");
                    return;
                }
                // …and back (Shift+Tab) to the file name, where Enter exports.
                for (int i = 0; i < 10 && QApplication::focusWidget() != dialog->pathEdit(); ++i)
                    key(Qt::Key_Backtab, Qt::ShiftModifier);
                if (QApplication::focusWidget() != dialog->pathEdit()) {
                    failure = QStringLiteral("Shift+Tab did not come back to the file name");
                    return;
                }
                key(Qt::Key_Return);
            },
            &failure);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::ControlModifier);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(!QApplication::activeModalWidget());

        // Tab passed through the fields in form order: scope, interpretation, format.
        QVERIFY(!passed.isEmpty());
        QVERIFY(passed.contains(formatField));
        QVERIFY(!passed.contains(nullptr));

        QVERIFY2(QFile::exists(target), qPrintable(target));
        QString error;
        const QString text = svgText(target, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const Factor &f : sampleIncident().factors)
            QVERIFY2(text.contains(f.label),
                     qPrintable(f.label + QStringLiteral(" not in: ") + text.left(300)));
        QVERIFY(m_window->statusBar()->currentMessage().contains(
            QStringLiteral("keyboard-export.svg")));
    }

    void exportByMenuMnemonicsAndFieldMnemonics()
    {
        // Alt+F opens File, the Export… entry's own letter triggers it.
        QMenu *fileMenu = nullptr;
        for (QAction *top : m_window->menuBar()->actions())
            if (top->menu() &&
                top->menu()->actions().contains(m_window->windowActions()->exportDiagram))
                fileMenu = top->menu();
        QVERIFY(fileMenu);
        const QChar menuLetter = mnemonicOf(fileMenu->title());
        const QChar exportLetter = mnemonicOf(m_window->windowActions()->exportDiagram->text());
        QVERIFY(!menuLetter.isNull() && !exportLetter.isNull());
        int sameLetter = 0;
        for (QAction *action : fileMenu->actions())
            sameLetter += mnemonicOf(action->text()) == exportLetter ? 1 : 0;
        QCOMPARE(sameLetter, 1); // one press reaches it

        const QString target = m_dir.filePath(QStringLiteral("by-mnemonics.pdf"));
        QFile::remove(target);
        QString failure;
        whenDialogOpens(
            [&](ExportDialog *dialog) {
                // Alt+F jumps to the format; "p" steps through the P… entries to PDF.
                key(Qt::Key_F, Qt::AltModifier);
                auto *format =
                    qobject_cast<QComboBox *>(fieldLabelled(dialog, ExportDialog::tr("&Format:")));
                if (!format || QApplication::focusWidget() != format) {
                    failure = QStringLiteral("Alt+F did not reach the format field");
                    return;
                }
                for (int i = 0; i < 3 && !format->currentText().startsWith(QLatin1String("PDF"));
                     ++i) {
                    type(QStringLiteral("p"));
                    QTest::qWait(QApplication::keyboardInputInterval() +
                                 50); // a new search, not "pp"
                }
                if (!format->currentText().startsWith(QLatin1String("PDF"))) {
                    failure = QStringLiteral("typing did not choose PDF");
                    return;
                }
                // Alt+N jumps to the file name.
                key(Qt::Key_N, Qt::AltModifier);
                if (QApplication::focusWidget() != dialog->pathEdit()) {
                    failure = QStringLiteral("Alt+N did not reach the file name");
                    return;
                }
                key(Qt::Key_A, Qt::ControlModifier);
                type(QDir::toNativeSeparators(target));
                key(Qt::Key_Enter);
            },
            &failure);
        key(Qt::Key(menuLetter.unicode()), Qt::AltModifier);
        QTRY_VERIFY(fileMenu->isVisible());
        QTest::keyClick(fileMenu, Qt::Key(exportLetter.unicode()));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(!QApplication::activeModalWidget());
        QFile pdf(target);
        QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(target));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void typedNameOfAnExistingFileAsksBeforeReplacing()
    {
        const QString target = m_dir.filePath(QStringLiteral("existing.svg"));
        {
            QFile f(target);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        QString failure;
        bool asked = false;
        whenDialogOpens(
            [&](ExportDialog *dialog) {
                key(Qt::Key_F, Qt::AltModifier);
                type(QStringLiteral("s"));
                key(Qt::Key_N, Qt::AltModifier);
                key(Qt::Key_A, Qt::ControlModifier);
                type(QDir::toNativeSeparators(target));
                // The question is modal too: answer it (Esc = No) from a timer.
                QTimer::singleShot(50, dialog, [&asked, dialog] {
                    (void)QTest::qWaitFor(
                        [dialog] { return QApplication::activeModalWidget() != dialog; }, 5000);
                    QWidget *question = QApplication::activeModalWidget();
                    asked = question && question != dialog;
                    if (asked)
                        QTest::keyClick(question, Qt::Key_Escape);
                });
                key(Qt::Key_Return);
                // Declined: still in the dialog, back in the file name (once the
                // dialog is active again).
                if (!QTest::qWaitFor(
                        [dialog] {
                            return QApplication::activeModalWidget() == dialog &&
                                   QApplication::focusWidget() == dialog->pathEdit();
                        },
                        5000))
                    failure =
                        QStringLiteral("declining did not return to the file name: %1 %2 asked=%3")
                            .arg(QString::fromLatin1(QApplication::activeModalWidget()
                                                         ? QApplication::activeModalWidget()
                                                               ->metaObject()
                                                               ->className()
                                                         : "none"),
                                 QString::fromLatin1(
                                     QApplication::focusWidget()
                                         ? QApplication::focusWidget()->metaObject()->className()
                                         : "none"))
                            .arg(asked);
                key(Qt::Key_Escape);
            },
            &failure);
        key(Qt::Key_E, Qt::ControlModifier);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(asked);
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }
};

QTEST_MAIN(TestKeyboardExport)
#include "tst_keyboardexport.moc"
