// File > Import DOT as Interpretation… and File > Import Interpretations… in
// the editor window (offscreen): one undo step per import, the merge
// confirmation (answered without a modal loop), and refused files that
// change nothing.

#include "../common/elementbuilders.h"
#include "../common/mainwindowfixture.h"
#include "app/controllers/importcontroller.h"
#include "app/controllers/layoutcontroller.h"
#include "app/window/mainwindow.h"
#include "app/window/windowactions.h"
#include "model/compare/interpretationmerge.h"
#include "model/document.h"
#include "model/format/faultlinewriter.h"
#include "testpaths.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/common/interpretationtabs.h"
#include "widgets/import/mergeconfirmdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace faultline;
using faultline::test::factor;

namespace {

constexpr int kLayoutTimeoutMs = 60000;

QString dataFile(const QString &name)
{
    return QStringLiteral(FAULTLINE_TEST_DATA "/import/") + name;
}

Interpretation reading(const QString &id, const QString &name, const QStringList &factorIds)
{
    Interpretation interp;
    interp.id = id;
    interp.name = name;
    double x = 0;
    for (const QString &factorId : factorIds) {
        Placement p;
        p.factorId = factorId;
        p.pos = {x, x / 2};
        x += 220;
        interp.placements.append(p);
    }
    for (int i = 1; i < factorIds.size(); ++i) {
        Link l;
        l.id = QStringLiteral("%1-l%2").arg(id).arg(i);
        l.from = factorIds[i - 1];
        l.to = factorIds.last();
        if (l.from != l.to)
            interp.links.append(l);
    }
    return interp;
}

/// Our reading of CoinRun.
Incident ourIncident()
{
    Incident incident;
    incident.title = QStringLiteral("CoinRun: the agent runs right");
    incident.factors = {
        factor(QStringLiteral("rew"), QStringLiteral("reward"), QStringLiteral("+10 for the coin")),
        factor(QStringLiteral("env"), QStringLiteral("environment"),
               QStringLiteral("Coin always at the right end")),
        factor(QStringLiteral("run"), QStringLiteral("behaviour"), QStringLiteral("Runs right"))};
    incident.interpretations = {
        reading(QStringLiteral("i1"), QStringLiteral("Environment"),
                {QStringLiteral("env"), QStringLiteral("rew"), QStringLiteral("run")})};
    return incident;
}

/// A colleague's file of the same incident: "rew" shares our id, "c-env" is
/// our "env" under another id (same kind, label differs only in case and
/// punctuation), "ppo" is new; "Environment" clashes with our reading's name.
Incident colleagueIncident()
{
    Incident incident;
    incident.title = QStringLiteral("CoinRun: the agent runs right");
    incident.factors = {
        factor(QStringLiteral("rew"), QStringLiteral("reward"), QStringLiteral("+10 for the coin")),
        factor(QStringLiteral("c-env"), QStringLiteral("environment"),
               QStringLiteral("coin always at the right end!")),
        factor(QStringLiteral("ppo"), QStringLiteral("algorithm"),
               QStringLiteral("PPO generalises the shortcut")),
        factor(QStringLiteral("run"), QStringLiteral("behaviour"), QStringLiteral("Runs right"))};
    incident.interpretations = {
        reading(QStringLiteral("i1"), QStringLiteral("Environment"),
                {QStringLiteral("c-env"), QStringLiteral("run")}),
        reading(QStringLiteral("alg"), QStringLiteral("Algorithm"),
                {QStringLiteral("ppo"), QStringLiteral("rew"), QStringLiteral("run")})};
    return incident;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestImportGui : public QObject
{
    Q_OBJECT

private:
    test::MainWindowFixture m_window;
    QTemporaryDir m_dir;
    QStringList m_errors; ///< every reported title, message and detail
    QString m_chosen;     ///< what the file chooser answers
    int m_confirmations = 0;
    std::function<bool(InterpretationMerge &)> m_confirm;

    MainWindow *openWindow(const Incident &incident)
    {
        m_window.create();
        m_window->document()->resetIncident(incident);
        m_errors.clear();
        m_confirmations = 0;
        m_confirm = [](InterpretationMerge &) { return true; };
        ImportController *c = importer();
        c->setFileChooser([this](const QString &, const QString &) { return m_chosen; });
        c->setErrorReporter(
            [this](const QString &title, const QString &message, const QStringList &details) {
                m_errors << title << message << details;
            });
        c->setMergeConfirmation([this](InterpretationMerge &plan) {
            ++m_confirmations;
            return m_confirm(plan);
        });
        m_window.show();
        return m_window.get();
    }

    Document *doc() const { return m_window->document(); }
    ImportController *importer() const { return m_window->importController(); }
    LayoutController *layout() const { return m_window->layoutController(); }
    int undoCount() const { return doc()->undoStack()->count(); }

    void importInterpretations(const QString &path)
    {
        m_chosen = path;
        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::MainWindowFixture::initTestCase(QStringLiteral("FaultlineTest"),
                                              QStringLiteral("tst_importgui"));
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { m_window.cleanup(); }

    void importDotAddsATabInOneUndoStepThenLaysItOut()
    {
        openWindow(ourIncident());
        const Incident before = doc()->incident();
        QSignalSpy applied(layout(), &LayoutController::layoutApplied);
        m_chosen = dataFile(QStringLiteral("reading.dot"));
        m_window->windowActions()->importDot->trigger();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));

        QCOMPARE(m_window->tabs()->count(), 2);
        QCOMPARE(undoCount(), 1);
        const Interpretation *added =
            doc()->incident().findInterpretation(m_window->tabs()->currentInterpretationId());
        QVERIFY(added);
        QCOMPARE(added->name, QStringLiteral("Exploit reading"));
        QCOMPARE(added->placements.size(), 4);
        QCOMPARE(added->links.size(), 3);
        QCOMPARE(doc()->incident().factors.size(), before.factors.size() + 4);
        QStringList labels;
        for (const Placement &p : added->placements)
            labels << doc()->incident().findFactor(p.factorId)->label;
        QVERIFY(labels.contains(QStringLiteral("Agent surfs on a box")));
        QCOMPARE(m_window->currentView()->canvasScene()->factorItems().size(), 4);

        // The file had no positions: the new tab is laid out, as its own step.
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, kLayoutTimeoutMs);
        QCOMPARE(undoCount(), 2);
        doc()->undoStack()->undo(); // back to the importer's grid
        doc()->undoStack()->undo(); // and the import is gone entirely
        QCOMPARE(doc()->incident(), before);
        QCOMPARE(m_window->tabs()->count(), 1);
    }

    void importPositionedDotIsExactlyOneStep()
    {
        openWindow(ourIncident());
        QVERIFY(
            importer()->importDotFile(QStringLiteral(FAULTLINE_TEST_DATA "/dot/positioned.gv")));
        QCOMPARE(undoCount(), 1);
        QVERIFY(!layout()->isRunning());
        QCOMPARE(m_window->tabs()->count(), 2);
    }

    void dotSyntaxErrorNamesTheLineAndChangesNothing()
    {
        openWindow(ourIncident());
        const Incident before = doc()->incident();
        QVERIFY(!importer()->importDotFile(dataFile(QStringLiteral("broken.dot"))));
        QVERIFY(!m_errors.isEmpty());
        const QString message = m_errors.join(QLatin1Char('\n'));
        QVERIFY2(message.contains(QStringLiteral("broken.dot")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("line 4")), qPrintable(message));
        QCOMPARE(doc()->incident(), before);
        QCOMPARE(undoCount(), 0);
        QCOMPARE(m_window->tabs()->count(), 1);
    }

    void colleaguesFileMatchesByIdAndLabelInOneStep()
    {
        openWindow(ourIncident());
        const Incident before = doc()->incident();
        const QString path = writeFile(m_dir, QStringLiteral("colleague.faultline"),
                                       writeFaultline(colleagueIncident()));
        QList<FactorMatch> shown;
        m_confirm = [&shown](InterpretationMerge &plan) {
            shown = plan.factorMatches();
            return true;
        };
        importInterpretations(path);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        QCOMPARE(m_confirmations, 1);

        QCOMPARE(shown.size(), 4);
        QVERIFY(shown[0].reason == FactorMatchReason::ById);
        QCOMPARE(shown[0].ourId, QStringLiteral("rew"));
        QVERIFY(shown[1].reason == FactorMatchReason::ByLabel);
        QCOMPARE(shown[1].ourId, QStringLiteral("env"));
        QVERIFY(shown[2].reason == FactorMatchReason::New);

        const Incident &now = doc()->incident();
        QCOMPARE(undoCount(), 1);
        QCOMPARE(now.factors.size(), before.factors.size() + 1); // only "ppo" is new
        QCOMPARE(now.interpretations.size(), 3);
        QCOMPARE(now.interpretations[1].name, QStringLiteral("Environment (2)"));
        QCOMPARE(now.interpretations[2].name, QStringLiteral("Algorithm"));
        // Their "c-env" was mapped onto our "env".
        QVERIFY(now.interpretations[1].findPlacement(QStringLiteral("env")));
        QCOMPARE(m_window->tabs()->count(), 3);
        QCOMPARE(m_window->tabs()->currentInterpretationId(), now.interpretations[1].id);

        doc()->undoStack()->undo();
        QCOMPARE(doc()->incident(), before);
        QCOMPARE(m_window->tabs()->count(), 1);
    }

    void rejectingALabelMatchInTheDialogImportsANewFactor()
    {
        openWindow(ourIncident());
        const Incident before = doc()->incident();
        const QString path = writeFile(m_dir, QStringLiteral("colleague2.faultline"),
                                       writeFaultline(colleagueIncident()));
        // The real dialog, shown without a modal loop; the user unticks the label match.
        QString problem;
        m_confirm = [&problem](InterpretationMerge &plan) {
            MergeConfirmDialog dialog(plan);
            QTreeWidget *tree = dialog.factorTree();
            problem = QStringLiteral("expected 4 factor rows");
            if (tree->topLevelItemCount() != 4)
                return false;
            QTreeWidgetItem *labelMatch = tree->topLevelItem(1);
            problem = QStringLiteral("label match should be checkable and ticked");
            if (!(labelMatch->flags() & Qt::ItemIsUserCheckable) ||
                labelMatch->checkState(0) != Qt::Checked)
                return false;
            problem = QStringLiteral("a match by id cannot be turned down");
            if (tree->topLevelItem(0)->flags() & Qt::ItemIsUserCheckable)
                return false;
            labelMatch->setCheckState(0, Qt::Unchecked);
            QStringList rows;
            for (int i = 0; i < dialog.interpretationList()->count(); ++i)
                rows << dialog.interpretationList()->item(i)->text();
            problem =
                QStringLiteral("renamed interpretation not listed: ") + rows.join(QLatin1Char('|'));
            if (!rows.value(0).startsWith(QStringLiteral("Environment (2)")))
                return false;
            dialog.grab().save(QDir::temp().filePath(QStringLiteral("faultline-merge-dialog.png")));
            plan = dialog.plan();
            problem.clear();
            return true;
        };
        importInterpretations(path);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        QCOMPARE(undoCount(), 1);
        const Incident &now = doc()->incident();
        QCOMPARE(now.factors.size(), before.factors.size() + 2); // "ppo" and their own "c-env"
        QVERIFY(!now.interpretations[1].findPlacement(QStringLiteral("env")));
    }

    void cancellingTheConfirmationChangesNothing()
    {
        openWindow(ourIncident());
        const Incident before = doc()->incident();
        m_confirm = [](InterpretationMerge &) { return false; };
        QVERIFY(!importer()->importInterpretationsFile(
            writeFile(m_dir, QStringLiteral("c3.faultline"), writeFaultline(colleagueIncident()))));
        QCOMPARE(m_confirmations, 1);
        QCOMPARE(doc()->incident(), before);
        QCOMPARE(undoCount(), 0);
    }

    void fileOfAnotherFormatIsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("other JSON format") << dataFile(QStringLiteral("other-format.json"));
        QTest::newRow("a DOT file") << dataFile(QStringLiteral("reading.dot"));
        QTest::newRow("missing file") << dataFile(QStringLiteral("no-such-file.faultline"));
    }

    void fileOfAnotherFormatIsRefused()
    {
        QFETCH(QString, path);
        openWindow(ourIncident());
        const Incident before = doc()->incident();
        importInterpretations(path);
        QVERIFY(!m_errors.isEmpty());
        QCOMPARE(m_errors.first(), QStringLiteral("Could Not Import Interpretations"));
        QVERIFY(m_errors.size() > 2); // the loader's reasons come along
        QCOMPARE(m_confirmations, 0);
        QCOMPARE(doc()->incident(), before);
        QCOMPARE(undoCount(), 0);
    }
};

QTEST_MAIN(TestImportGui)
#include "tst_importgui.moc"
