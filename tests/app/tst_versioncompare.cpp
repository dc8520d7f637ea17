// File > Compare with File… and File > Compare with Version…: the changes
// from another file or from a commit of the open file (real git) in the
// Changes panel, a click selecting the element; clear messages without a
// saved file or a repository.

#include "../common/gitrepository.h"
#include "../common/mainwindowfixture.h"

#include "app/controllers/documentcontroller.h"
#include "app/controllers/versioncomparecontroller.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/common/interpretationtabs.h"
#include "widgets/lens/overlayanchor.h"
#include "widgets/versioning/changelistpanel.h"
#include "widgets/versioning/changemarkitem.h"

#include <QAction>
#include <QDockWidget>
#include <QListWidget>
#include <QtTest>

using namespace faultline;
using namespace faultline::test;

class TestVersionCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MainWindowFixture::initTestCase(QStringLiteral("FaultlineTest")); }
    void cleanup() { m_window.cleanup(); }

    void compareWithACommit()
    {
        Repository repo;
        Incident edited = hideAndSeek();
        setLabel(edited, QStringLiteral("box-lock"), QStringLiteral("Second version"));
        repo.write(edited);
        repo.git({"commit", "-q", "-a", "-m", "second"});

        MainWindow *window = m_window.createShown();
        QVERIFY(window->controller()->openFile(repo.file()));
        auto *controller = window->findChild<VersionCompareController *>();
        QVERIFY(controller);
        QStringList offered;
        controller->setPickVersionFunction([&](QWidget *, const QStringList &versions) {
            offered = versions;
            return int(versions.size()) - 1; // the oldest: the base commit
        });
        QString message;
        controller->setMessageFunction([&](QWidget *, const QString &m) { message = m; });
        controller->compareWithVersionAction()->trigger();
        QVERIFY2(message.isEmpty(), qPrintable(message));
        QCOMPARE(offered.size(), 2);
        QVERIFY(offered.first().contains(QStringLiteral("second")));
        QTRY_VERIFY(controller->changesDock()->isVisible());
        QListWidget *list = controller->changesPanel()->list();
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("\"Second version\"")),
                 qPrintable(list->item(0)->text()));

        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(0)).center());
        CanvasView *view = window->findChild<InterpretationTabs *>()->currentView();
        QCOMPARE(view->selectedFactorIds(), QStringList{QStringLiteral("box-lock")});

        // One mark on the canvas, on the changed factor; gone with the panel.
        const QList<LensOverlayItem *> marks =
            OverlayAnchor::overlays(view->canvasScene(), OverlayAnchor::Group::Changes);
        QCOMPARE(marks.size(), 1);
        QCOMPARE(static_cast<ChangeMarkItem *>(marks.first())->kind(),
                 ChangeMarkItem::Kind::Changed);
        QVERIFY(view->canvasScene()
                    ->factorItem(QStringLiteral("box-lock"))
                    ->sceneBoundingRect()
                    .adjusted(-20, -20, 20, 20)
                    .contains(marks.first()->scenePos()));
        controller->changesDock()->close();
        QVERIFY(
            OverlayAnchor::overlays(view->canvasScene(), OverlayAnchor::Group::Changes).isEmpty());
    }

    void compareWithAFile()
    {
        QTemporaryDir dir;
        const QString older = dir.filePath(QStringLiteral("older.faultline"));
        const QString current = dir.filePath(QStringLiteral("current.faultline"));
        Incident incident = hideAndSeek();
        QVERIFY(writeFaultlineFile(incident, older).ok());
        incident.factors.append({"new-factor", "behaviour", "New", {}, {}, {}, {}});
        QVERIFY(writeFaultlineFile(incident, current).ok());
        MainWindow *window = m_window.createShown();
        QVERIFY(window->controller()->openFile(current));
        auto *controller = window->findChild<VersionCompareController *>();
        controller->setAskFileFunction([&](QWidget *) { return older; });
        controller->compareWithFileAction()->trigger();
        QListWidget *list = controller->changesPanel()->list();
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("+ factor new-factor")));
    }

    void removedFactorsAndLinksGetAMarkWhereTheyWere()
    {
        QTemporaryDir dir;
        const QString older = dir.filePath(QStringLiteral("older.faultline"));
        const QString current = dir.filePath(QStringLiteral("current.faultline"));
        Incident incident = hideAndSeek();
        QVERIFY(writeFaultlineFile(incident, older).ok());
        // The first reading loses one link, and one factor with the links at it.
        Interpretation &reading = incident.interpretations[0];
        const Link dropped = reading.links.takeFirst();
        const Placement gone = reading.placements.takeLast();
        reading.links.removeIf(
            [&](const Link &l) { return l.from == gone.factorId || l.to == gone.factorId; });
        QVERIFY(dropped.from != gone.factorId && dropped.to != gone.factorId);
        QVERIFY(writeFaultlineFile(incident, current).ok());

        MainWindow *window = m_window.createShown();
        QVERIFY(window->controller()->openFile(current));
        auto *controller = window->findChild<VersionCompareController *>();
        controller->setAskFileFunction([&](QWidget *) { return older; });
        controller->compareWithFileAction()->trigger();
        auto *tabs = window->findChild<InterpretationTabs *>();
        tabs->setCurrentInterpretation(reading.id);
        CanvasScene *scene = tabs->currentView()->canvasScene();
        QList<ChangeMarkItem *> removed;
        for (LensOverlayItem *item : OverlayAnchor::overlays(scene, OverlayAnchor::Group::Changes))
            if (static_cast<ChangeMarkItem *>(item)->kind() == ChangeMarkItem::Kind::Removed)
                removed.append(static_cast<ChangeMarkItem *>(item));
        QCOMPARE(removed.size(), 2);
        // One at the factor's old position, one halfway along the dropped link.
        const QPointF linkMiddle =
            (scene->factorItem(dropped.from)->pos() + scene->factorItem(dropped.to)->pos()) / 2;
        bool atFactor = false, atLink = false;
        for (const ChangeMarkItem *mark : std::as_const(removed)) {
            atFactor = atFactor || QLineF(mark->scenePos(), gone.pos).length() < 1;
            atLink = atLink || QLineF(mark->scenePos(), linkMiddle).length() < 1;
        }
        QVERIFY(atFactor);
        QVERIFY(atLink);
    }

    void clearMessagesWithoutARepository()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("loose.faultline"));
        QVERIFY(writeFaultlineFile(hideAndSeek(), path).ok());
        MainWindow *window = m_window.createShown();
        auto *controller = window->findChild<VersionCompareController *>();
        QString message;
        controller->setMessageFunction([&](QWidget *, const QString &m) { message = m; });
        controller->setPickVersionFunction([](QWidget *, const QStringList &) { return -1; });
        controller->compareWithVersion(); // an unsaved new document
        QVERIFY2(message.contains(QStringLiteral("Save the incident")), qPrintable(message));
        QVERIFY(window->controller()->openFile(path));
        controller->compareWithVersion();
        QVERIFY2(message.contains(QStringLiteral("not in a git repository")), qPrintable(message));
        QVERIFY(!controller->changesDock()->isVisible());
    }

private:
    MainWindowFixture m_window;
};

QTEST_MAIN(TestVersionCompare)
#include "tst_versioncompare.moc"
