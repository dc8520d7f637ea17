// Merge conflicts in the editor: a file left by a real conflicting `git merge`
// opens with the Conflicts panel; conflicts are resolved with real clicks,
// each one undo step, and the saved file validates without a conflicts section.

#include "../common/gitrepository.h"
#include "../common/mainwindowfixture.h"

#include "app/controllers/documentcontroller.h"
#include "app/controllers/versioncontroller.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/common/interpretationtabs.h"
#include "widgets/versioning/conflictspanel.h"

#include <QDockWidget>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

using namespace faultline;
using namespace faultline::test;

class TestConflictsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MainWindowFixture::initTestCase(QStringLiteral("FaultlineTest")); }
    void cleanup() { m_window.cleanup(); }

    void resolveAGitConflictWithClicks()
    {
        // Two branches change the labels of physics and box-lock differently.
        Repository repo;
        Incident theirs = hideAndSeek();
        setLabel(theirs, QStringLiteral("physics"), QStringLiteral("Theirs physics"));
        setLabel(theirs, QStringLiteral("box-lock"), QStringLiteral("Theirs lock"));
        repo.commitOnBranch(QStringLiteral("theirs"), QStringLiteral("main"), theirs);
        repo.git({"checkout", "-q", "main"});
        Incident ours = hideAndSeek();
        setLabel(ours, QStringLiteral("physics"), QStringLiteral("Ours physics"));
        setLabel(ours, QStringLiteral("box-lock"), QStringLiteral("Ours lock"));
        repo.write(ours);
        repo.git({"commit", "-q", "-a", "-m", "ours"});
        QVERIFY(repo.git({"merge", "-m", "merge", "theirs"}, false).exitCode != 0);

        MainWindow *window = m_window.createShown();
        QVERIFY(window->controller()->openFile(repo.file()));
        auto *dock = window->findChild<QDockWidget *>(QStringLiteral("conflictsDock"));
        QVERIFY(dock);
        QTRY_VERIFY(dock->isVisible());
        auto *panel = dock->findChild<ConflictsPanel *>();
        QVERIFY(panel);
        QCOMPARE(panel->list()->count(), 2);

        // Selecting a conflict highlights its factor in a reading that shows it.
        const int physicsRow =
            panel->list()->item(0)->text().contains(QStringLiteral("physics")) ? 0 : 1;
        QListWidget *list = panel->list();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(physicsRow)).center());
        QCOMPARE(panel->currentConflict(), physicsRow);
        CanvasView *view = window->findChild<InterpretationTabs *>()->currentView();
        QVERIFY(view);
        QCOMPARE(view->selectedFactorIds(), QStringList{QStringLiteral("physics")});

        // Take theirs: one undo step, undone and redone.
        Document *document = window->document();
        const int steps = document->undoStack()->count();
        QTest::mouseClick(panel->takeTheirsButton(), Qt::LeftButton);
        QCOMPARE(document->incident().findFactor(QStringLiteral("physics"))->label,
                 QStringLiteral("Theirs physics"));
        QCOMPARE(document->undoStack()->count(), steps + 1);
        QCOMPARE(list->count(), 1);
        document->undoStack()->undo();
        QCOMPARE(list->count(), 2);
        QCOMPARE(document->incident().findFactor(QStringLiteral("physics"))->label,
                 QStringLiteral("Ours physics"));
        document->undoStack()->redo();
        QCOMPARE(list->count(), 1);

        // Edit: a value of one's own, also one undo step.
        auto *controller = window->findChild<VersionController *>();
        QVERIFY(controller);
        QString offered;
        controller->setAskValueFunction(
            [&](QWidget *, const QString &, const QString &start) -> std::optional<QString> {
                offered = start;
                return QStringLiteral("Edited lock");
            });
        QTest::mouseClick(panel->editButton(), Qt::LeftButton);
        QCOMPARE(offered, QStringLiteral("Ours lock"));
        QCOMPARE(document->incident().findFactor(QStringLiteral("box-lock"))->label,
                 QStringLiteral("Edited lock"));
        QCOMPARE(list->count(), 0);
        document->undoStack()->undo();
        QCOMPARE(list->count(), 1);

        // Saving now keeps the one left.
        QVERIFY(window->controller()->save());
        QVERIFY(readFaultlineFile(repo.file())->conflicts.size() == 1);

        // Take ours on the last one, save: a normal file.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(0)).center());
        QTest::mouseClick(panel->takeOursButton(), Qt::LeftButton);
        QCOMPARE(list->count(), 0);
        QVERIFY(!panel->takeOursButton()->isEnabled());
        QCOMPARE(document->incident().findFactor(QStringLiteral("box-lock"))->label,
                 QStringLiteral("Ours lock"));
        QVERIFY(window->controller()->save());
        QFile saved(repo.file());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains("\"conflicts\""));
        const Run validate = repo.faultline({"validate", repo.file()});
        QCOMPARE(validate.exitCode, 0);
        Incident expected = ours;
        setLabel(expected, QStringLiteral("physics"), QStringLiteral("Theirs physics"));
        QCOMPARE(writeFaultline(*readFaultlineFile(repo.file())), writeFaultline(expected));
    }

private:
    MainWindowFixture m_window;
};

QTEST_MAIN(TestConflictsGui)
#include "tst_conflictsgui.moc"
