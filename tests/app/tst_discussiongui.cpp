// Discussion in the compare view, driven by real key presses and clicks
// (offscreen): participants, a position recorded with the combo box (one
// undo step, undo restores), the crux list's tally, note typing merging into
// one step, save + load keeping it all; the stance in the overview inspector.

#include "../common/mainwindowfixture.h"
#include "app/controllers/comparecontroller.h"
#include "app/window/mainwindow.h"
#include "model/document.h"
#include "model/format/faultlinereader.h"
#include "testpaths.h"
#include "widgets/common/interpretationtabs.h"
#include "widgets/compare/compareview.h"
#include "widgets/compare/cruxitemdelegate.h"
#include "widgets/compare/cruxlistwidget.h"
#include "widgets/discussion/discussionpanel.h"
#include "widgets/panels/inspectorwidget.h"
#include "widgets/panels/overviewinspector.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace faultline;

namespace {
const QString coinRun = QStringLiteral(FAULTLINE_TEST_DATA "/compare/coinrun.faultline");
}

class TestDiscussionGui : public QObject
{
    Q_OBJECT

private:
    test::MainWindowFixture m_window;

    MainWindow *openWindow()
    {
        const LoadResult loaded = readFaultlineFile(coinRun);
        if (!loaded.ok())
            qFatal("cannot load test data");
        m_window.create();
        m_window->document()->resetIncident(loaded.value());
        m_window.show({1500, 950});
        return m_window.get();
    }

    CompareController *controller() const { return m_window->compareController(); }

    void addParticipant(DiscussionPanel *panel, const QString &name)
    {
        panel->newParticipantEdit()->setFocus();
        QTest::keyClicks(panel->newParticipantEdit(), name);
        QTest::mouseClick(panel->addParticipantButton(), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::MainWindowFixture::initTestCase(QStringLiteral("FaultlineTest"),
                                              QStringLiteral("tst_discussiongui"));
    }

    void cleanup() { m_window.cleanup(); }

    void recordPositionUndoSaveLoad()
    {
        MainWindow *w = openWindow();
        Document *document = w->document();
        QVERIFY(controller()->open({QStringLiteral("A"), QStringLiteral("B")}));
        CompareView *view = controller()->view();
        DiscussionPanel *panel = view->discussionPanel();
        QVERIFY(panel);
        QCOMPARE(view->sideTabs()->currentWidget(), panel);

        addParticipant(panel, QStringLiteral("Ana"));
        addParticipant(panel, QStringLiteral("Bo"));
        QCOMPARE(document->incident().discussion.participants,
                 (QStringList{QStringLiteral("Ana"), QStringLiteral("Bo")}));
        QComboBox *ana = panel->positionCombo(QStringLiteral("Ana"));
        QVERIFY(ana);
        QVERIFY(!ana->isEnabled()); // no crux selected yet

        // Select the first crux with a click on its row.
        CruxListWidget *list = view->cruxList();
        QVERIFY(list->count() > 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(0)).center());
        QCOMPARE(view->currentCrux(), 0);
        const QString key = cruxKey(*list->crux(0));
        ana = panel->positionCombo(QStringLiteral("Ana"));
        QVERIFY(ana->isEnabled());
        QVERIFY(!ana->currentData().isValid());

        // Down on the closed combo: "agrees with A (Reward view)". One command.
        const int before = document->undoStack()->count();
        ana->setFocus();
        QTest::keyClick(ana, Qt::Key_Down);
        QCOMPARE(document->undoStack()->count(), before + 1);
        const QStringList ids{QStringLiteral("A"), QStringLiteral("B")};
        const CruxRecord *record = document->incident().discussion.findRecord(ids, key);
        QVERIFY(record);
        QCOMPARE(record->positions,
                 (QList<CruxPosition>{{QStringLiteral("Ana"), QStringLiteral("A")}}));
        QCOMPARE(list->item(0)->data(CruxItemDelegate::TallyRole).toString(),
                 QStringLiteral("A 1"));

        // Bo sides with neither reading: End picks the last entry.
        QComboBox *bo = panel->positionCombo(QStringLiteral("Bo"));
        bo->setFocus();
        QTest::keyClick(bo, Qt::Key_End);
        QCOMPARE(list->item(0)->data(CruxItemDelegate::TallyRole).toString(),
                 QStringLiteral("A 1 · neither 1"));

        // Undo takes Bo's position back, then Ana's; the combo follows.
        document->undoStack()->undo();
        QCOMPARE(document->incident().discussion.findRecord(ids, key)->positions.size(), 1);
        document->undoStack()->undo();
        QVERIFY(!document->incident().discussion.findRecord(ids, key));
        QVERIFY(!panel->positionCombo(QStringLiteral("Ana"))->currentData().isValid());
        QVERIFY(list->item(0)->data(CruxItemDelegate::TallyRole).toString().isEmpty());
        document->undoStack()->redo();
        document->undoStack()->redo();
        QCOMPARE(panel->positionCombo(QStringLiteral("Ana"))->currentData().toString(),
                 QStringLiteral("A"));

        // Ana's own note: one undo step when she is done typing.
        QLineEdit *anaNote = panel->participantNoteEdit(QStringLiteral("Ana"));
        QVERIFY(anaNote);
        anaNote->setFocus();
        QTest::keyClicks(anaNote, QStringLiteral("Saw it in the maze"));
        QTest::keyClick(anaNote, Qt::Key_Return);
        QCOMPARE(document->incident().discussion.findRecord(ids, key)->findPosition("Ana")->note,
                 QStringLiteral("Saw it in the maze"));

        // Typing a note is one undo step.
        const int beforeNote = document->undoStack()->count();
        panel->noteEdit()->setFocus();
        QTest::keyClicks(panel->noteEdit(), QStringLiteral("Check the maze videos"));
        QCOMPARE(document->undoStack()->count(), beforeNote + 1);
        QCOMPARE(document->incident().discussion.findRecord(ids, key)->note,
                 QStringLiteral("Check the maze videos"));

        // Resolution "Resolved as B" with the keyboard: Open, A, B → two Downs from Open.
        QComboBox *resolution = panel->resolutionCombo();
        resolution->setFocus();
        QTest::keyClick(resolution, Qt::Key_Down);
        QTest::keyClick(resolution, Qt::Key_Down);
        record = document->incident().discussion.findRecord(ids, key);
        QVERIFY(record->resolution == CruxResolution::Resolved);
        QCOMPARE(record->resolvedAs, QStringLiteral("B"));
        QVERIFY(!list->item(0)->data(CruxItemDelegate::ResolutionRole).toString().isEmpty());

        // Save and load: the discussion is in the file.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.faultline"));
        QVERIFY(w->saveTo(path));
        const LoadResult loaded = readFaultlineFile(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().discussion, document->incident().discussion);
        QCOMPARE(loaded.value().discussion.findRecord(ids, key)->positions.size(), 2);

        // "Save Summary…" writes what the panel recorded, as Markdown and as PDF.
        const QString md = dir.filePath(QStringLiteral("summary.md"));
        QString error;
        QVERIFY2(controller()->saveSummary(md, &error), qPrintable(error));
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(mdFile.readAll());
        QVERIFY2(text.contains(QStringLiteral("**Resolution:** Resolved as B (Environment view)")),
                 qPrintable(text));
        // Who holds what, by name, and each one's own note.
        QVERIFY2(text.contains(QStringLiteral("**Positions:** Ana: reading A · Bo: neither")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("- Ana: Saw it in the maze")));
        QVERIFY(!text.contains(QStringLiteral("crux(es)")));
        const QString pdf = dir.filePath(QStringLiteral("summary.pdf"));
        QVERIFY2(controller()->saveSummary(pdf, &error), qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.readAll().startsWith("%PDF-"));

        // FAULTLINE_DISCUSSION_SHOTS=<dir>: a picture of the compare view with the panel.
        if (const QString shots = qEnvironmentVariable("FAULTLINE_DISCUSSION_SHOTS");
            !shots.isEmpty()) {
            QVERIFY(view->grab().save(shots + QStringLiteral("/discussion-panel.png")));
            QFile::remove(shots + QStringLiteral("/summary.pdf"));
            QVERIFY(QFile::copy(pdf, shots + QStringLiteral("/summary.pdf")));
        }
    }

    void renameAndRemoveParticipant()
    {
        MainWindow *w = openWindow();
        Document *document = w->document();
        QVERIFY(controller()->open({QStringLiteral("A"), QStringLiteral("B")}));
        DiscussionPanel *panel = controller()->view()->discussionPanel();
        addParticipant(panel, QStringLiteral("Ana"));
        controller()->view()->setCurrentCrux(0);
        QComboBox *ana = panel->positionCombo(QStringLiteral("Ana"));
        ana->setFocus();
        QTest::keyClick(ana, Qt::Key_End);
        QLineEdit *name = panel->participantNameEdit(QStringLiteral("Ana"));
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Anna"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(document->incident().discussion.participants, QStringList{QStringLiteral("Anna")});
        QCOMPARE(document->incident().discussion.records.first().positions.first().participant,
                 QStringLiteral("Anna"));
        QTRY_VERIFY(panel->removeParticipantButton(QStringLiteral("Anna")));
        QTest::mouseClick(panel->removeParticipantButton(QStringLiteral("Anna")), Qt::LeftButton);
        QVERIFY(document->incident().discussion.isEmpty());
        document->undoStack()->undo();
        QCOMPARE(document->incident().discussion.records.size(), 1);
    }

    void stanceInOverviewInspector()
    {
        MainWindow *w = openWindow();
        w->tabs()->setCurrentInterpretation(QStringLiteral("B"));
        auto *overview = w->findChild<OverviewInspector *>();
        QVERIFY(overview);
        QTRY_COMPARE(overview->interpretationId(), QStringLiteral("B"));
        QLineEdit *stance = overview->stanceEdit();
        stance->setFocus();
        QTest::keyClicks(stance, QStringLiteral("the maze is to blame"));
        QCOMPARE(w->document()->incident().findInterpretation(QStringLiteral("B"))->stance,
                 QStringLiteral("the maze is to blame"));
        w->document()->undoStack()->undo(); // typing merged into one step
        QCOMPARE(w->document()->incident().findInterpretation(QStringLiteral("B"))->stance,
                 QString());
        QCOMPARE(stance->text(), QString());
    }
};

QTEST_MAIN(TestDiscussionGui)
#include "tst_discussiongui.moc"
