// The editor window, driven through real mouse, keyboard and drop events
// (offscreen): files, title, tabs, palette, shortcuts, factor list, prompts.

#include "../common/mainwindowfixture.h"
#include "mainwindowtestdata.h"

#include "app/controllers/documentcontroller.h"
#include "app/window/mainwindow.h"
#include "app/window/recentfiles.h"
#include "app/window/windowactions.h"
#include "model/document.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/common/findbar.h"
#include "widgets/common/interpretationtabs.h"
#include "widgets/panels/dragtreewidget.h"
#include "widgets/panels/factorinspector.h"
#include "widgets/panels/factorlistwidget.h"
#include "widgets/panels/inspectorwidget.h"
#include "widgets/panels/palettewidget.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace faultline;
using namespace faultline::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    test::MainWindowFixture m_window;
    QTemporaryDir m_dir;
    int m_prompts = 0;
    DocumentController::Answer m_answer = DocumentController::Answer::Cancel;
    QStringList m_errors; ///< every reported message and its details

    MainWindow *openWindow()
    {
        m_window.create();
        m_prompts = 0;
        m_errors.clear();
        DocumentController *c = m_window->controller();
        c->setUnsavedPrompt([this](const QString &) {
            ++m_prompts;
            return m_answer;
        });
        c->setErrorReporter(
            [this](const QString &title, const QString &message, const QStringList &details) {
                m_errors.append(title);
                m_errors.append(message);
                m_errors.append(details);
            });
        c->setFileChooser([](bool, const QString &) { return QString(); });
        m_window->tabs()->setConfirmFunction(
            [](QWidget *, const QString &, const QString &, const QStringList &) { return true; });
        m_window.show();
        return m_window.get();
    }

    Document *doc() const { return m_window->document(); }
    int undoCount() const { return doc()->undoStack()->count(); }

private Q_SLOTS:
    void initTestCase()
    {
        // Keep the user's real settings (recent files, window layout) out of the tests.
        test::MainWindowFixture::initTestCase(QStringLiteral("FaultlineTest"),
                                              QStringLiteral("tst_mainwindow"));
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { m_window.cleanup(); }

    void startsWithAnUntitledReading()
    {
        MainWindow *w = openWindow();
        QCOMPARE(w->tabs()->count(), 1);
        QCOMPARE(doc()->incident().interpretations.first().name, QStringLiteral("Reading 1"));
        QVERIFY(w->windowTitle().startsWith(QStringLiteral("Untitled[*]")));
        QVERIFY(!w->isWindowModified());
        QVERIFY(w->currentView());
    }

    void openShowsNameAndModifiedMarker()
    {
        const QString path =
            writeIncident(m_dir, QStringLiteral("coinrun.faultline"), sampleIncident());
        MainWindow *w = openWindow();
        QVERIFY(w->openFile(path));
        QCOMPARE(doc()->incident(), sampleIncident());
        QCOMPARE(doc()->filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(w->windowTitle(), QStringLiteral("coinrun.faultline[*] — Faultline"));
        QVERIFY(!w->isWindowModified());
        QCOMPARE(tabTexts(w->tabs()),
                 (QStringList{QStringLiteral("Environment"), QStringLiteral("Reward")}));
        QCOMPARE(w->controller()->recentFiles()->files().first(),
                 QFileInfo(path).canonicalFilePath());

        // An edit through the UI: the marker follows the undo stack's clean state.
        QTest::keyClick(w, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(w->isWindowModified());
        QVERIFY(w->windowTitle().contains(QStringLiteral("coinrun.faultline")));
        doc()->undoStack()->undo();
        QVERIFY(!w->isWindowModified());
    }

    void saveWritesAFileThatReloadsEqual()
    {
        const QString path =
            writeIncident(m_dir, QStringLiteral("save.faultline"), sampleIncident());
        MainWindow *w = openWindow();
        QVERIFY(w->openFile(path));
        QTest::keyClick(w, Qt::Key_2, Qt::ControlModifier); // a new environment factor
        QVERIFY(w->isWindowModified());
        const QString copy = m_dir.filePath(QStringLiteral("save-copy.faultline"));
        QVERIFY(w->saveTo(copy));
        QVERIFY(!w->isWindowModified());
        QCOMPARE(w->windowTitle(), QStringLiteral("save-copy.faultline[*] — Faultline"));
        const LoadResult reloaded = readFaultlineFile(copy);
        QVERIFY2(reloaded.ok(), qPrintable(reloaded.messages().join(QLatin1Char('\n'))));
        // Equal up to the format's position rounding (0.01 pt): the same bytes when written again.
        QCOMPARE(writeFaultline(reloaded.value()), writeFaultline(doc()->incident()));
        QCOMPARE(reloaded.value().factors, doc()->incident().factors);
        QCOMPARE(reloaded.value().factors.size(), sampleIncident().factors.size() + 1);
    }

    void saveErrorKeepsTheDocumentModified()
    {
        MainWindow *w = openWindow();
        QTest::keyClick(w, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(!w->saveTo(m_dir.filePath(QStringLiteral("missing-dir/x.faultline"))));
        QVERIFY(!m_errors.isEmpty());
        QVERIFY(w->isWindowModified());
        QVERIFY(doc()->filePath().isEmpty());
    }

    void loadErrorsAreListedAndTheDocumentStays()
    {
        const QString good =
            writeIncident(m_dir, QStringLiteral("good.faultline"), sampleIncident());
        Incident broken = sampleIncident();
        broken.interpretations[0].links[0].to = QStringLiteral("f9");
        const QString bad = writeIncident(m_dir, QStringLiteral("bad.faultline"), broken);
        MainWindow *w = openWindow();
        QVERIFY(w->openFile(good));
        QTest::keyClick(w, Qt::Key_1, Qt::ControlModifier); // unsaved work that must survive
        const Incident before = doc()->incident();
        QVERIFY(!w->openFile(bad));
        QCOMPARE(m_prompts, 0); // nothing to decide: the document is not replaced
        QCOMPARE(doc()->incident(), before);
        QCOMPARE(doc()->filePath(), QFileInfo(good).absoluteFilePath());
        QVERIFY(w->isWindowModified());
        bool pathNamed = false;
        for (const QString &line : std::as_const(m_errors))
            pathNamed =
                pathNamed || (line.startsWith(QStringLiteral("interpretations[0].links[0].to")) &&
                              line.contains(QStringLiteral("f9")));
        QVERIFY2(pathNamed, qPrintable(m_errors.join(QLatin1Char('\n'))));
    }

    void unsavedChangesPromptOnCloseNewAndOpen()
    {
        const QString path =
            writeIncident(m_dir, QStringLiteral("prompt.faultline"), sampleIncident());
        MainWindow *w = openWindow();
        QVERIFY(w->close()); // unmodified: no question
        QCOMPARE(m_prompts, 0);
        w->show();
        QApplication::setActiveWindow(w);
        QVERIFY(QTest::qWaitForWindowActive(w));

        QTest::keyClick(w, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(w->isWindowModified());
        m_answer = DocumentController::Answer::Cancel;
        QVERIFY(!w->close());
        QCOMPARE(m_prompts, 1);
        QVERIFY(w->isVisible());
        w->windowActions()->newFile->trigger();
        QCOMPARE(m_prompts, 2);
        QVERIFY(w->isWindowModified()); // cancelled: still the same document
        QVERIFY(!w->openFile(path));
        QCOMPARE(m_prompts, 3);
        QVERIFY(doc()->filePath().isEmpty());

        m_answer = DocumentController::Answer::Discard;
        QVERIFY(w->openFile(path));
        QCOMPARE(m_prompts, 4);
        QCOMPARE(doc()->incident(), sampleIncident());
        QTest::keyClick(w, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(w->close());
        QCOMPARE(m_prompts, 5);
        // The window layout was remembered on the way out.
        QVERIFY(QSettings().contains(QStringLiteral("mainWindow/state")));
        QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
    }

    void droppingAFileOpensIt()
    {
        const QString path =
            writeIncident(m_dir, QStringLiteral("dropped.faultline"), sampleIncident());
        MainWindow *w = openWindow();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        const QPoint pos(w->width() / 2, w->height() / 2);
        QDragEnterEvent enter(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(doc()->filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(doc()->incident(), sampleIncident());

        // Other files are refused.
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("notes.txt")))});
        QDragEnterEvent refused(pos, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(w, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void tabsAddRenameDuplicateDeleteWithUndo()
    {
        const QString path =
            writeIncident(m_dir, QStringLiteral("tabs.faultline"), sampleIncident());
        MainWindow *w = openWindow();
        QVERIFY(w->openFile(path));
        InterpretationTabs *tabs = w->tabs();
        QTabBar *bar = tabs->tabWidget()->tabBar();

        // Add with the "+" button (an empty reading: the copy is tst_app_roomtowork's).
        tabs->setNewReadingChooser(
            [](QWidget *, const QString &) { return std::optional(NewReading::Empty); });
        auto *add = tabs->findChild<QToolButton *>(QStringLiteral("addInterpretationButton"));
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabWidget()->currentIndex(), 2);
        QCOMPARE(tabs->tabWidget()->tabText(2), QStringLiteral("Interpretation 3"));
        doc()->undoStack()->undo();
        QCOMPARE(tabs->count(), 2);
        doc()->undoStack()->redo();
        QCOMPARE(tabs->count(), 3);

        // Rename by double-clicking the tab and typing.
        const int before = undoCount();
        QTest::mouseDClick(bar, Qt::LeftButton, {}, bar->tabRect(0).center());
        QLineEdit *editor = tabs->renameEditor();
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("Environment"));
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("Env & maps"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(!tabs->renameEditor());
        QCOMPARE(doc()->incident().interpretations[0].name, QStringLiteral("Env & maps"));
        QCOMPARE(tabs->tabWidget()->tabText(0), QStringLiteral("Env && maps")); // no mnemonic
        QCOMPARE(undoCount(), before + 1);
        doc()->undoStack()->undo();
        QCOMPARE(tabs->tabWidget()->tabText(0), QStringLiteral("Environment"));
        // Esc cancels.
        tabs->startRename(0);
        QTest::keyClicks(tabs->renameEditor(), QStringLiteral("zzz"));
        QTest::keyClick(tabs->renameEditor(), Qt::Key_Escape);
        QCOMPARE(doc()->incident().interpretations[0].name, QStringLiteral("Environment"));

        // Duplicate: a new reading sharing the factor ids.
        tabs->setCurrentInterpretation(QStringLiteral("env-reading"));
        w->windowActions()->duplicateInterpretation->trigger();
        QCOMPARE(tabs->count(), 4);
        QCOMPARE(tabs->tabWidget()->currentIndex(), 1);
        const Interpretation &copy = doc()->incident().interpretations[1];
        QCOMPARE(copy.name, QStringLiteral("Environment (copy)"));
        QVERIFY(copy.id != QStringLiteral("env-reading"));
        QCOMPARE(copy.placements, doc()->incident().interpretations[0].placements);
        QVERIFY(copy.links.first().id != QStringLiteral("l1"));
        doc()->undoStack()->undo();
        QCOMPARE(tabs->count(), 3);

        // Delete asks when the reading has content; undo brings it back with its content.
        QStringList asked;
        tabs->setConfirmFunction(
            [&](QWidget *, const QString &, const QString &question, const QStringList &) {
                asked.append(question);
                return false;
            });
        tabs->setCurrentInterpretation(QStringLiteral("env-reading"));
        w->windowActions()->deleteInterpretation->trigger();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(tabs->count(), 3);
        tabs->setConfirmFunction(
            [&](QWidget *, const QString &, const QString &, const QStringList &) { return true; });
        w->windowActions()->deleteInterpretation->trigger();
        QCOMPARE(tabs->count(), 2);
        QVERIFY(!doc()->incident().findInterpretation(QStringLiteral("env-reading")));
        QCOMPARE(tabOrder(tabs), modelOrder(doc()));
        doc()->undoStack()->undo();
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabOrder(tabs), modelOrder(doc()));
        QCOMPARE(doc()->incident().findInterpretation(QStringLiteral("env-reading"))->links.size(),
                 1);
        // An empty reading goes without a question.
        asked.clear();
        tabs->setConfirmFunction(
            [&](QWidget *, const QString &, const QString &q, const QStringList &) {
                asked.append(q);
                return false;
            });
        tabs->tabWidget()->setCurrentIndex(2);
        w->windowActions()->deleteInterpretation->trigger();
        QVERIFY(asked.isEmpty());
        QCOMPARE(tabs->count(), 2);
    }

    void tabsReorderWithUndo()
    {
        const QString path =
            writeIncident(m_dir, QStringLiteral("order.faultline"), sampleIncident());
        MainWindow *w = openWindow();
        QVERIFY(w->openFile(path));
        InterpretationTabs *tabs = w->tabs();
        QTabBar *bar = tabs->tabWidget()->tabBar();
        const QStringList original = modelOrder(doc());
        const int before = undoCount();

        // Drag the first tab past the second with the mouse.
        const QPoint from = bar->tabRect(0).center();
        const QPoint to = bar->tabRect(1).center() + QPoint(bar->tabRect(1).width() / 2 - 2, 0);
        QTest::mousePress(bar, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 10; ++i)
            QTest::mouseMove(bar, from + (to - from) * i / 10);
        QTest::mouseRelease(bar, Qt::LeftButton, {}, to);
        QTRY_COMPARE(modelOrder(doc()), (QStringList{original[1], original[0]}));
        QCOMPARE(tabOrder(tabs), modelOrder(doc()));
        QCOMPARE(undoCount(), before + 1);

        doc()->undoStack()->undo();
        QCOMPARE(modelOrder(doc()), original);
        QCOMPARE(tabOrder(tabs), original);
        doc()->undoStack()->redo();
        QCOMPARE(tabOrder(tabs), (QStringList{original[1], original[0]}));
    }

    void paletteClickThenCanvasClickPlaces()
    {
        MainWindow *w = openWindow();
        PaletteWidget *palette = w->palette();
        QTreeWidgetItem *item = palette->itemForKind(QStringLiteral("environment"));
        QVERIFY(item);
        const QRect rect = palette->list()->visualItemRect(item);
        QTest::mouseClick(palette->list()->viewport(), Qt::LeftButton, {}, rect.center());
        CanvasView *view = w->currentView();
        QCOMPARE(view->placementKind(), QStringLiteral("environment"));
        QCOMPARE(palette->activeKind(), QStringLiteral("environment"));

        const QPoint click(view->viewport()->width() / 3, view->viewport()->height() / 3);
        const QPointF scenePos = view->mapToScene(click);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, click);
        const Incident &incident = doc()->incident();
        QCOMPARE(incident.factors.size(), 1);
        QCOMPARE(incident.factors.first().kind, QStringLiteral("environment"));
        const Placement &p = incident.interpretations.first().placements.first();
        QVERIFY2(QLineF(p.pos, scenePos).length() < 2,
                 qPrintable(QStringLiteral("%1,%2").arg(p.pos.x()).arg(p.pos.y())));
        QCOMPARE(view->placementKind(), QString()); // one click places one factor
        QCOMPARE(palette->activeKind(), QString());
    }

    void ctrl1PlacesARewardFactorAtTheCentre()
    {
        MainWindow *w = openWindow();
        CanvasView *view = w->currentView();
        const QPointF centre = view->mapToScene(view->viewport()->rect().center());
        const int before = undoCount();
        QTest::keyClick(w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(undoCount(), before + 1);
        const Incident &incident = doc()->incident();
        QCOMPARE(incident.factors.size(), 1);
        QCOMPARE(incident.factors.first().kind, QStringLiteral("reward"));
        const Placement &p = incident.interpretations.first().placements.first();
        QVERIFY(QLineF(p.pos, centre).length() < 2);
        // The palette tells the shortcut.
        QVERIFY(
            w->palette()
                ->itemForKind(QStringLiteral("reward"))
                ->toolTip(0)
                .contains(QKeySequence(Qt::CTRL | Qt::Key_1).toString(QKeySequence::NativeText)));
        // The new factor is selected and shown in the inspector.
        QTRY_COMPARE(view->selectedFactorIds(), QStringList{incident.factors.first().id});
    }

    void factorListAddsTheSameFactorToAnotherReading()
    {
        const QString path =
            writeIncident(m_dir, QStringLiteral("share.faultline"), sampleIncident());
        MainWindow *w = openWindow();
        QVERIFY(w->openFile(path));
        w->tabs()->setCurrentInterpretation(QStringLiteral("reward-reading"));
        FactorListWidget *list = w->factorList();
        QCOMPARE(list->interpretationId(), QStringLiteral("reward-reading"));
        QTreeWidgetItem *item = list->itemForFactor(QStringLiteral("run"));
        QVERIFY(item);
        QCOMPARE(item->text(1), QStringLiteral("1")); // used in one interpretation
        QTest::mouseClick(list->list()->viewport(), Qt::LeftButton, {},
                          list->list()->visualItemRect(item).center());
        QVERIFY(list->addButton()->isEnabled());
        const int factors = int(doc()->incident().factors.size());
        QTest::mouseClick(list->addButton(), Qt::LeftButton);
        const Interpretation *reading =
            doc()->incident().findInterpretation(QStringLiteral("reward-reading"));
        QVERIFY(reading->usesFactor(QStringLiteral("run")));
        QCOMPARE(int(doc()->incident().factors.size()), factors); // shared, not copied
        QTRY_COMPARE(list->itemForFactor(QStringLiteral("run"))->text(1), QStringLiteral("2"));
        QVERIFY(!list->addButton()->isEnabled());
        doc()->undoStack()->undo();
        QVERIFY(!doc()
                     ->incident()
                     .findInterpretation(QStringLiteral("reward-reading"))
                     ->usesFactor(QStringLiteral("run")));

        // The filter hides what does not match.
        QTest::keyClicks(list->filterEdit(), QStringLiteral("coin"));
        QTRY_VERIFY(list->itemForFactor(QStringLiteral("run"))->isHidden());
        QVERIFY(!list->itemForFactor(QStringLiteral("rew"))->isHidden());
    }

    void findBarSelectsMatchingFactor()
    {
        const QString path =
            writeIncident(m_dir, QStringLiteral("find.faultline"), sampleIncident());
        MainWindow *w = openWindow();
        QVERIFY(w->openFile(path));
        QTest::keyClick(w, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(w->findBar()->isVisible());
        QTest::keyClicks(w->findBar()->lineEdit(), QStringLiteral("runs"));
        QTest::keyClick(w->findBar()->lineEdit(), Qt::Key_Return);
        QCOMPARE(w->currentView()->selectedFactorIds(), QStringList{QStringLiteral("run")});
        QCOMPARE(w->inspector()->currentPage(),
                 static_cast<QWidget *>(w->inspector()->factorPage()));
        QTest::keyClick(w->findBar()->lineEdit(), Qt::Key_Escape);
        QVERIFY(!w->findBar()->isVisible());
    }

    void dragsFromPaletteAndFactorListDropOnTheCanvas()
    {
        const QString path =
            writeIncident(m_dir, QStringLiteral("drag.faultline"), sampleIncident());
        MainWindow *w = openWindow();
        QVERIFY(w->openFile(path));
        w->tabs()->setCurrentInterpretation(QStringLiteral("reward-reading"));
        CanvasView *view = w->currentView();
        QWidget *viewport = view->viewport();
        const auto drop = [viewport](QMimeData *data, const QPoint &pos) {
            QDragEnterEvent enter(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(viewport, &enter);
            QDragMoveEvent move(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(viewport, &move);
            QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, data, Qt::LeftButton,
                                 Qt::NoModifier);
            QApplication::sendEvent(viewport, &dropEvent);
            return dropEvent.isAccepted();
        };

        // The palette's drag payload is the kind id.
        DragTreeWidget *palette = w->palette()->list();
        const QModelIndex kindIndex =
            palette->indexFromItem(w->palette()->itemForKind(QStringLiteral("algorithm")));
        std::unique_ptr<QMimeData> kindData(palette->model()->mimeData({kindIndex}));
        QVERIFY(kindData);
        QCOMPARE(kindData->data(CanvasView::kindMimeType()), QByteArray("algorithm"));
        const int factors = int(doc()->incident().factors.size());
        QVERIFY(drop(kindData.get(), QPoint(120, 120)));
        QCOMPARE(int(doc()->incident().factors.size()), factors + 1);
        QCOMPARE(doc()->incident().factors.last().kind, QStringLiteral("algorithm"));

        // The factor list's payload is the factor id: the same factor is placed.
        FactorListWidget *list = w->factorList();
        QTRY_VERIFY(list->itemForFactor(QStringLiteral("env")));
        DragTreeWidget *tree = list->list();
        const QModelIndex factorIndex =
            tree->indexFromItem(list->itemForFactor(QStringLiteral("env")));
        std::unique_ptr<QMimeData> factorData(tree->model()->mimeData({factorIndex}));
        QCOMPARE(factorData->data(CanvasView::factorMimeType()), QByteArray("env"));
        const QPoint at(300, 200);
        const QPointF scenePos = view->mapToScene(at);
        QVERIFY(drop(factorData.get(), at));
        const Placement *placed = doc()
                                      ->incident()
                                      .findInterpretation(QStringLiteral("reward-reading"))
                                      ->findPlacement(QStringLiteral("env"));
        QVERIFY(placed);
        QVERIFY(QLineF(placed->pos, scenePos).length() < 2);
        QCOMPARE(int(doc()->incident().factors.size()), factors + 1);
    }

    void newCustomKindJoinsThePalette()
    {
        MainWindow *w = openWindow();
        PaletteWidget *palette = w->palette();
        CustomKind wanted{QString(), QStringLiteral("Mechanistic interpreter"),
                          QStringLiteral("#aa5500"), QStringLiteral("octagon")};
        palette->setKindEditor([&](QWidget *) { return std::optional<CustomKind>(wanted); });
        QTest::mouseClick(palette->findChild<QPushButton *>(QStringLiteral("newCustomKind")),
                          Qt::LeftButton);
        QCOMPARE(doc()->incident().customKinds.size(), 1);
        QCOMPARE(doc()->incident().customKinds.first().id,
                 QStringLiteral("mechanistic-interpreter"));
        QTreeWidgetItem *item = palette->itemForKind(QStringLiteral("mechanistic-interpreter"));
        QVERIFY(item);
        QCOMPARE(item->text(0), QStringLiteral("Mechanistic interpreter"));
        // The same name again gets its own id.
        QTest::mouseClick(palette->findChild<QPushButton *>(QStringLiteral("newCustomKind")),
                          Qt::LeftButton);
        QCOMPARE(doc()->incident().customKinds.last().id,
                 QStringLiteral("mechanistic-interpreter-2"));
        doc()->undoStack()->undo();
        doc()->undoStack()->undo();
        QVERIFY(doc()->incident().customKinds.isEmpty());
        QVERIFY(!palette->itemForKind(QStringLiteral("mechanistic-interpreter")));
    }

    void f2RenamesAndCtrlLConnects()
    {
        const QString path =
            writeIncident(m_dir, QStringLiteral("keys.faultline"), sampleIncident());
        MainWindow *w = openWindow();
        QVERIFY(w->openFile(path));
        CanvasView *view = w->currentView();
        view->selectElements({QStringLiteral("rew")}, {});
        view->setFocus();
        QTest::keyClick(w, Qt::Key_F2);
        QVERIFY(view->isEditingLabel());
        QTest::keyClick(view->labelEditor(), Qt::Key_Escape);
        QVERIFY(!view->isEditingLabel());
        QTest::keyClick(w, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(view->isConnecting());
        view->cancelConnecting();
    }

    void savingFromThePromptSavesFirst()
    {
        MainWindow *w = openWindow();
        const QString target = m_dir.filePath(QStringLiteral("prompted.faultline"));
        w->controller()->setFileChooser(
            [&](bool forSave, const QString &) { return forSave ? target : QString(); });
        QTest::keyClick(w, Qt::Key_3, Qt::ControlModifier);
        m_answer = DocumentController::Answer::Save;
        w->windowActions()->newFile->trigger();
        QCOMPARE(m_prompts, 1);
        QVERIFY(QFileInfo::exists(target));
        QCOMPARE(readFaultlineFile(target).value().factors.first().kind,
                 QStringLiteral("algorithm"));
        QVERIFY(doc()->incident().factors.isEmpty()); // then the new, empty incident
        QVERIFY(!w->isWindowModified());
    }

    void recentFilesKeepTheLastTen()
    {
        QSettings().remove(QStringLiteral("recentFiles"));
        RecentFiles recent;
        for (int i = 0; i < 12; ++i)
            recent.add(m_dir.filePath(QStringLiteral("r%1.faultline").arg(i)));
        recent.add(m_dir.filePath(QStringLiteral("r5.faultline")));
        const QStringList files = recent.files();
        QCOMPARE(files.size(), RecentFiles::kMaxFiles);
        QVERIFY(files.first().endsWith(QStringLiteral("r5.faultline")));
        QCOMPARE(files.count(files.first()), 1);
        QVERIFY(!files.join(QLatin1Char(' ')).contains(QStringLiteral("r0.faultline")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
