// The inspector, the failure-mode list, the evidence dialog and the sources
// panel, driven through real keyboard and mouse events (offscreen) and
// checked against the Document model and its undo stack.

#include "../common/elementbuilders.h"
#include "model/checklist.h"
#include "model/commands/editelementcommand.h"
#include "model/commands/removefactorcommand.h"
#include "model/document.h"
#include "widgets/panels/evidencedialog.h"
#include "widgets/panels/factorinspector.h"
#include "widgets/panels/failuremodelist.h"
#include "widgets/panels/inspectorwidget.h"
#include "widgets/panels/linkinspector.h"
#include "widgets/panels/overviewinspector.h"
#include "widgets/panels/sourceswidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace faultline;
using faultline::test::factor;
using faultline::test::placement;

namespace {

const QString kHtmlLabel = QStringLiteral("<img src=\"/etc/passwd\">");

// Interpretation "a" places four factors and two links; l1 has one piece of
// evidence citing "cobbe". Source "unused" is cited nowhere.
Incident sampleIncident()
{
    Incident incident;
    incident.title = QStringLiteral("CoinRun");
    incident.sources = {{QStringLiteral("cobbe"),
                         QStringLiteral("Cobbe et al."),
                         QStringLiteral("Quantifying Generalization in RL"),
                         2019,
                         {},
                         QStringLiteral("https://arxiv.org/abs/1812.02341"),
                         {}},
                        {QStringLiteral("unused"), {}, QStringLiteral("Unused"), 0, {}, {}, {}}};
    incident.factors = {
        factor(QStringLiteral("rew"), QStringLiteral("reward"), QStringLiteral("+10 for the coin")),
        factor(QStringLiteral("env"), QStringLiteral("environment"),
               QStringLiteral("Coin at the end")),
        factor(QStringLiteral("run"), QStringLiteral("behaviour"), QStringLiteral("Runs right")),
        factor(QStringLiteral("html"), QStringLiteral("behaviour"), kHtmlLabel)};
    Interpretation a;
    a.id = QStringLiteral("a");
    a.name = QStringLiteral("Environment");
    a.placements = {placement(QStringLiteral("rew"), {0, 0}),
                    placement(QStringLiteral("env"), {200, 0}),
                    placement(QStringLiteral("run"), {100, 200}),
                    placement(QStringLiteral("html"), {300, 200})};
    Link l1;
    l1.id = QStringLiteral("l1");
    l1.from = QStringLiteral("env");
    l1.to = QStringLiteral("run");
    Evidence e;
    e.id = QStringLiteral("e1");
    e.kind = EvidenceKind::Experiment;
    e.sourceId = QStringLiteral("cobbe");
    e.locator = QStringLiteral("Fig. 2");
    l1.evidence = {e};
    Link l2;
    l2.id = QStringLiteral("l2");
    l2.from = QStringLiteral("html");
    l2.to = QStringLiteral("run");
    a.links = {l1, l2};
    incident.interpretations = {a};
    return incident;
}

const Interpretation &interp(const Document &doc)
{
    return *doc.incident().findInterpretation(QStringLiteral("a"));
}
const Link &link(const Document &doc, const QString &id)
{
    return *interp(doc).findLink(id);
}

QPoint checkBoxPoint(const QCheckBox *box)
{
    return QPoint(8, box->height() / 2);
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<InspectorWidget> m_inspector;

    int undoCount() const { return m_doc->undoStack()->count(); }

    InspectorWidget *show(const QStringList &factors, const QStringList &links)
    {
        m_inspector = std::make_unique<InspectorWidget>(m_doc.get());
        m_inspector->resize(420, 900);
        m_inspector->setSelection(QStringLiteral("a"), factors, links);
        m_inspector->show();
        if (!QTest::qWaitForWindowExposed(m_inspector.get()))
            qFatal("inspector not exposed");
        return m_inspector.get();
    }

private Q_SLOTS:
    void init()
    {
        m_doc = std::make_unique<Document>();
        m_doc->resetIncident(sampleIncident());
    }

    void cleanup()
    {
        m_inspector.reset();
        m_doc.reset();
    }

    void pagesFollowSelection()
    {
        InspectorWidget *w = show({}, {});
        QCOMPARE(w->currentPage(), w->overviewPage());
        w->setSelection(QStringLiteral("a"), {QStringLiteral("rew")}, {});
        QCOMPARE(w->currentPage(), w->factorPage());
        w->setSelection(QStringLiteral("a"), {}, {QStringLiteral("l1")});
        QCOMPARE(w->currentPage(), w->linkPage());
        w->setSelection(QStringLiteral("a"), {QStringLiteral("rew"), QStringLiteral("env")}, {});
        QVERIFY(w->currentPage() != w->factorPage() && w->currentPage() != w->overviewPage());
        // The selected factor disappears (deleted, or its addition undone): back to the overview.
        w->setSelection(QStringLiteral("a"), {QStringLiteral("rew")}, {});
        m_doc->push(new RemoveFactorCommand(m_doc.get(), QStringLiteral("rew")));
        QCOMPARE(w->currentPage(), w->overviewPage());
    }

    void typingALabelIsOneUndoStep()
    {
        FactorInspector *page = show({QStringLiteral("rew")}, {})->factorPage();
        QLineEdit *edit = page->labelEdit();
        QCOMPARE(edit->text(), QStringLiteral("+10 for the coin"));
        const int before = undoCount();
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral("Coin reward"));
        QCOMPARE(m_doc->incident().findFactor(QStringLiteral("rew"))->label,
                 QStringLiteral("Coin reward"));
        QCOMPARE(undoCount(), before + 1);
        QCOMPARE(edit->text(), QStringLiteral("Coin reward")); // refreshes never fight the typing

        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->incident().findFactor(QStringLiteral("rew"))->label,
                 QStringLiteral("+10 for the coin"));
        QCOMPARE(edit->text(), QStringLiteral("+10 for the coin"));

        // Leaving the field ends the session: the next edit is a step of its own.
        QTest::keyClick(edit, Qt::Key_End);
        QTest::keyClicks(edit, QStringLiteral("!"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, QStringLiteral("?"));
        QCOMPARE(undoCount(), before + 2);

        // A cleared label is not written (the format requires one) and comes back on leaving.
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(!m_doc->incident().findFactor(QStringLiteral("rew"))->label.isEmpty());
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(edit->text(), m_doc->incident().findFactor(QStringLiteral("rew"))->label);
    }

    void kindComboChangesKindInOneStep()
    {
        FactorInspector *page = show({QStringLiteral("rew")}, {})->factorPage();
        QComboBox *combo = page->kindCombo();
        QCOMPARE(combo->currentData().toString(), QStringLiteral("reward"));
        const int before = undoCount();
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(m_doc->incident().findFactor(QStringLiteral("rew"))->kind,
                 QStringLiteral("environment"));
        QCOMPARE(undoCount(), before + 1);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->incident().findFactor(QStringLiteral("rew"))->kind,
                 QStringLiteral("reward"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("reward"));
    }

    void rootCauseAndPinnedArePlacementEdits()
    {
        FactorInspector *page = show({QStringLiteral("env")}, {})->factorPage();
        QCheckBox *root = page->rootCauseBox();
        QVERIFY(!root->isChecked());
        const int before = undoCount();
        QTest::mouseClick(root, Qt::LeftButton, {}, checkBoxPoint(root));
        QVERIFY(interp(*m_doc).findPlacement(QStringLiteral("env"))->rootCause);
        QCOMPARE(undoCount(), before + 1);
        QTest::mouseClick(page->pinnedBox(), Qt::LeftButton, {}, checkBoxPoint(page->pinnedBox()));
        QVERIFY(interp(*m_doc).findPlacement(QStringLiteral("env"))->pinned);
        QCOMPARE(undoCount(), before + 2);
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QVERIFY(!interp(*m_doc).findPlacement(QStringLiteral("env"))->rootCause);
        QVERIFY(!root->isChecked());
        QVERIFY(!page->pinnedBox()->isChecked());
    }

    void textAreasAndGapsMerge()
    {
        FactorInspector *page = show({QStringLiteral("env")}, {})->factorPage();
        const int before = undoCount();
        QTest::keyClicks(page->actualEdit(), QStringLiteral("Coin always right"));
        QTest::keyClicks(page->idealEdit(), QStringLiteral("Coin anywhere"));
        QTest::keyClicks(page->leverEdit(), QStringLiteral("Randomise the coin"));
        const Factor *f = m_doc->incident().findFactor(QStringLiteral("env"));
        QCOMPARE(f->actual, QStringLiteral("Coin always right"));
        QCOMPARE(f->ideal, QStringLiteral("Coin anywhere"));
        QCOMPARE(interp(*m_doc).findPlacement(QStringLiteral("env"))->leverNote,
                 QStringLiteral("Randomise the coin"));
        QCOMPARE(undoCount(), before + 3);
        m_doc->undoStack()->undo();
        QVERIFY(page->leverEdit()->toPlainText().isEmpty());
    }

    void failureModesAreCheckable()
    {
        FactorInspector *page = show({QStringLiteral("env")}, {})->factorPage();
        FailureModeList *modes = page->failureModes();
        const QList<ChecklistEntry> own =
            Checklist::forIncident(m_doc->incident()).entriesForArea(QStringLiteral("environment"));
        QVERIFY(!own.isEmpty());
        QListWidgetItem *item = modes->itemForEntry(own.first().id);
        QVERIFY(item);
        QVERIFY(!item->toolTip().isEmpty());
        // Entries of other areas appear only under "show all".
        const QString rewardEntry =
            Checklist::builtIn().entriesForArea(QStringLiteral("reward")).first().id;
        QVERIFY(!modes->itemForEntry(rewardEntry));

        const int before = undoCount();
        const QRect rect = modes->list()->visualItemRect(item);
        // The check box sits at the start of the row.
        QTest::mouseClick(modes->list()->viewport(), Qt::LeftButton, {},
                          QPoint(rect.left() + 10, rect.center().y()));
        QCOMPARE(m_doc->incident().findFactor(QStringLiteral("env"))->failureModes,
                 QStringList{own.first().id});
        QCOMPARE(undoCount(), before + 1);

        QTest::mouseClick(modes->showAllBox(), Qt::LeftButton, {},
                          checkBoxPoint(modes->showAllBox()));
        QVERIFY(modes->itemForEntry(rewardEntry));
        modes->itemForEntry(rewardEntry)->setCheckState(Qt::Checked);
        QCOMPARE(m_doc->incident().findFactor(QStringLiteral("env"))->failureModes,
                 (QStringList{own.first().id, rewardEntry}));
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->incident().findFactor(QStringLiteral("env"))->failureModes.isEmpty());
        QCOMPARE(modes->itemForEntry(own.first().id)->checkState(), Qt::Unchecked);
    }

    void linkRelationAndStrength()
    {
        LinkInspector *page = show({}, {QStringLiteral("l1")})->linkPage();
        QCOMPARE(page->relationCombo()->currentData().toInt(), int(Relation::Causes));
        int before = undoCount();
        page->relationCombo()->setFocus();
        QTest::keyClick(page->relationCombo(), Qt::Key_Down);
        QVERIFY(link(*m_doc, QStringLiteral("l1")).relation == Relation::Enables);
        QCOMPARE(undoCount(), before + 1);

        before = undoCount();
        QSpinBox *strength = page->strengthSpin();
        QCOMPARE(strength->value(), 3);
        strength->setFocus();
        QTest::keyClick(strength, Qt::Key_Up);
        QTest::keyClick(strength, Qt::Key_Up);
        QCOMPARE(link(*m_doc, QStringLiteral("l1")).strength, 5);
        QCOMPARE(undoCount(), before + 1); // stepping is one step
        m_doc->undoStack()->undo();
        QCOMPARE(link(*m_doc, QStringLiteral("l1")).strength, 3);
        QCOMPARE(strength->value(), 3);
        m_doc->undoStack()->undo();
        QVERIFY(link(*m_doc, QStringLiteral("l1")).relation == Relation::Causes);
        QCOMPARE(page->relationCombo()->currentData().toInt(), int(Relation::Causes));

        QTest::keyClicks(page->labelEdit(), QStringLiteral("hides"));
        QCOMPARE(link(*m_doc, QStringLiteral("l1")).label, QStringLiteral("hides"));
    }

    void evidenceAddEditRemove()
    {
        LinkInspector *page = show({}, {QStringLiteral("l1")})->linkPage();
        QCOMPARE(page->evidenceList()->count(), 1);
        std::optional<Evidence> answer;
        bool wasNew = false;
        page->setEvidenceEditor(
            [&](QWidget *, const Incident &, const Evidence &given, bool isNew) {
                wasNew = isNew;
                if (!answer)
                    return std::optional<Evidence>();
                Evidence e = *answer;
                e.id = given.id;
                return std::optional<Evidence>(e);
            });

        // Cancelled: nothing happens.
        int before = undoCount();
        QTest::mouseClick(page->addEvidenceButton(), Qt::LeftButton);
        QCOMPARE(undoCount(), before);

        Evidence added;
        added.kind = EvidenceKind::Ablation;
        added.sourceId = QStringLiteral("cobbe");
        added.quote = QStringLiteral("agents ignore the coin");
        added.confidence = 0.9;
        added.stance = Stance::Contradicts;
        answer = added;
        QTest::mouseClick(page->addEvidenceButton(), Qt::LeftButton);
        QVERIFY(wasNew);
        QCOMPARE(link(*m_doc, QStringLiteral("l1")).evidence.size(), 2);
        const Evidence &stored = link(*m_doc, QStringLiteral("l1")).evidence.last();
        QVERIFY(stored.kind == EvidenceKind::Ablation);
        QVERIFY(stored.stance == Stance::Contradicts);
        QVERIFY(!stored.id.isEmpty() && stored.id != QStringLiteral("e1"));
        QCOMPARE(undoCount(), before + 1);
        QCOMPARE(page->evidenceList()->count(), 2);

        // Edit the first item.
        before = undoCount();
        page->evidenceList()->setCurrentRow(0);
        Evidence edited = link(*m_doc, QStringLiteral("l1")).evidence.first();
        edited.locator = QStringLiteral("Sec. 5");
        answer = edited;
        QTest::mouseClick(page->editEvidenceButton(), Qt::LeftButton);
        QVERIFY(!wasNew);
        QCOMPARE(link(*m_doc, QStringLiteral("l1")).evidence.first().locator,
                 QStringLiteral("Sec. 5"));
        QCOMPARE(link(*m_doc, QStringLiteral("l1")).evidence.first().id, QStringLiteral("e1"));
        QCOMPARE(undoCount(), before + 1);

        // Remove it.
        page->evidenceList()->setCurrentRow(0);
        QTest::mouseClick(page->removeEvidenceButton(), Qt::LeftButton);
        QCOMPARE(link(*m_doc, QStringLiteral("l1")).evidence.size(), 1);
        QCOMPARE(undoCount(), before + 2);
        QCOMPARE(page->evidenceList()->count(), 1);

        m_doc->undoStack()->undo(); // remove
        QCOMPARE(link(*m_doc, QStringLiteral("l1")).evidence.first().locator,
                 QStringLiteral("Sec. 5"));
        m_doc->undoStack()->undo(); // edit
        QCOMPARE(link(*m_doc, QStringLiteral("l1")).evidence.first().locator,
                 QStringLiteral("Fig. 2"));
        m_doc->undoStack()->undo(); // add
        QCOMPARE(link(*m_doc, QStringLiteral("l1")).evidence.size(), 1);
        QCOMPARE(page->evidenceList()->count(), 1);
    }

    void evidenceDialogEditsEveryField()
    {
        Evidence start;
        start.id = QStringLiteral("e9");
        start.confidence = 0.333;
        EvidenceDialog dialog(m_doc->incident(), start);
        QCOMPARE(dialog.sourceCombo()->count(), 3); // "(none)" and two sources
        QVERIFY(dialog.sourceCombo()->currentData().toString().isEmpty());
        // Untouched, the dialog gives back what it got (full confidence precision too).
        QCOMPARE(dialog.evidence(), start);

        dialog.kindCombo()->setCurrentIndex(
            dialog.kindCombo()->findData(int(EvidenceKind::Replication)));
        dialog.sourceCombo()->setCurrentIndex(
            dialog.sourceCombo()->findData(QStringLiteral("cobbe")));
        QTest::keyClicks(dialog.locatorEdit(), QStringLiteral("p. 4"));
        QTest::keyClicks(dialog.quoteEdit(), kHtmlLabel);
        dialog.confidenceSlider()->setValue(75);
        QCOMPARE(dialog.confidenceSpin()->value(), 0.75);
        dialog.stanceCombo()->setCurrentIndex(
            dialog.stanceCombo()->findData(int(Stance::Contradicts)));
        QTest::keyClicks(dialog.noteEdit(), QStringLiteral("n"));
        const Evidence e = dialog.evidence();
        QCOMPARE(e.id, QStringLiteral("e9"));
        QVERIFY(e.kind == EvidenceKind::Replication);
        QCOMPARE(e.sourceId, QStringLiteral("cobbe"));
        QCOMPARE(e.locator, QStringLiteral("p. 4"));
        QCOMPARE(e.quote, kHtmlLabel); // plain text, kept literally
        QCOMPARE(e.confidence, 0.75);
        QVERIFY(e.stance == Stance::Contradicts);
        QCOMPARE(e.note, QStringLiteral("n"));
    }

    void overviewEditsInterpretationAndIncident()
    {
        OverviewInspector *page = show({}, {})->overviewPage();
        QCOMPARE(page->nameEdit()->text(), QStringLiteral("Environment"));
        const int before = undoCount();
        QTest::keyClick(page->titleEdit(), Qt::Key_End);
        QTest::keyClicks(page->titleEdit(), QStringLiteral(" (2019)"));
        QCOMPARE(m_doc->incident().title, QStringLiteral("CoinRun (2019)"));
        QCOMPARE(undoCount(), before + 1);
        QTest::keyClicks(page->tagsEdit(), QStringLiteral("generalisation, coin ,"));
        QCOMPARE(m_doc->incident().tags,
                 (QStringList{QStringLiteral("generalisation"), QStringLiteral("coin")}));
        QCOMPARE(page->tagsEdit()->text(),
                 QStringLiteral("generalisation, coin ,")); // not rewritten while typing
        QTest::keyClicks(page->authorEdit(), QStringLiteral("Langosco"));
        QCOMPARE(interp(*m_doc).author, QStringLiteral("Langosco"));
        QCOMPARE(undoCount(), before + 3);
        m_doc->undoStack()->undo();
        QVERIFY(page->authorEdit()->text().isEmpty());
        m_doc->undoStack()->undo();
        QVERIFY(page->tagsEdit()->text().isEmpty());
    }

    void htmlLabelsShowLiterally()
    {
        InspectorWidget *w = show({QStringLiteral("html")}, {});
        QCOMPARE(w->factorPage()->labelEdit()->text(), kHtmlLabel);
        w->setSelection(QStringLiteral("a"), {}, {QStringLiteral("l2")});
        QVERIFY(w->linkPage()->endsLabel()->text().contains(kHtmlLabel));
        int checked = 0;
        for (QLabel *label : w->findChildren<QLabel *>())
            if (label->text().contains(QStringLiteral("<img"))) {
                QCOMPARE(label->textFormat(), Qt::PlainText);
                ++checked;
            }
        QVERIFY(checked >= 2); // the factor heading and the link's ends
    }

    void removingACitedSourceAsksAndUndoRestores()
    {
        SourcesWidget sources(m_doc.get());
        sources.resize(700, 300);
        sources.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sources));
        QStringList asked;
        bool answer = false;
        sources.setConfirmFunction(
            [&](QWidget *, const QString &, const QString &question, const QStringList &details) {
                asked = QStringList{question} + details;
                return answer;
            });
        QCOMPARE(sources.table()->rowCount(), 2);

        sources.selectSource(QStringLiteral("cobbe"));
        const int before = undoCount();
        QTest::mouseClick(sources.removeButton(), Qt::LeftButton);
        QVERIFY(!asked.isEmpty());
        QVERIFY(asked.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Environment: Coin at the end → Runs right")));
        QCOMPARE(undoCount(), before); // "Cancel": nothing removed
        QVERIFY(m_doc->incident().findSource(QStringLiteral("cobbe")));

        answer = true;
        QTest::mouseClick(sources.removeButton(), Qt::LeftButton);
        QVERIFY(!m_doc->incident().findSource(QStringLiteral("cobbe")));
        QVERIFY(link(*m_doc, QStringLiteral("l1")).evidence.first().sourceId.isEmpty());
        QCOMPARE(undoCount(), before + 1);
        QCOMPARE(sources.table()->rowCount(), 1);

        m_doc->undoStack()->undo();
        QVERIFY(m_doc->incident().findSource(QStringLiteral("cobbe")));
        QCOMPARE(link(*m_doc, QStringLiteral("l1")).evidence.first().sourceId,
                 QStringLiteral("cobbe"));
        QCOMPARE(sources.table()->rowCount(), 2);

        // An uncited source goes without a question.
        asked.clear();
        answer = false;
        sources.selectSource(QStringLiteral("unused"));
        QTest::mouseClick(sources.removeButton(), Qt::LeftButton);
        QVERIFY(asked.isEmpty());
        QVERIFY(!m_doc->incident().findSource(QStringLiteral("unused")));
    }

    void sourceAddAndEditGoThroughCommands()
    {
        SourcesWidget sources(m_doc.get());
        std::optional<Source> answer;
        sources.setSourceEditor([&](QWidget *, const Source &, bool) { return answer; });
        Source s;
        s.authors = QStringLiteral("Langosco, Koch, Sharkey");
        s.title = QStringLiteral("Goal Misgeneralization in Deep RL");
        s.year = 2022;
        answer = s;
        QTest::mouseClick(sources.addButton(), Qt::LeftButton);
        QVERIFY(m_doc->incident().findSource(QStringLiteral("langosco2022")));
        QCOMPARE(sources.selectedSourceId(), QStringLiteral("langosco2022"));
        s.venue = QStringLiteral("ICML");
        answer = s;
        QTest::mouseClick(sources.editButton(), Qt::LeftButton);
        QCOMPARE(m_doc->incident().findSource(QStringLiteral("langosco2022"))->venue,
                 QStringLiteral("ICML"));
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->incident().findSource(QStringLiteral("langosco2022"))->venue.isEmpty());
    }

    void sourceLinksOpenOnlyWebAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("doi");
        QTest::addColumn<QString>("opened");
        QTest::newRow("https") << "https://arxiv.org/abs/1"
                               << ""
                               << "https://arxiv.org/abs/1";
        QTest::newRow("doi") << ""
                             << "10.1234/abc"
                             << "https://doi.org/10.1234/abc";
        QTest::newRow("file") << "file:///etc/passwd"
                              << ""
                              << "";
        QTest::newRow("javascript") << "javascript:alert(1)"
                                    << ""
                                    << "";
    }

    void sourceLinksOpenOnlyWebAddresses()
    {
        QFETCH(QString, url);
        QFETCH(QString, doi);
        QFETCH(QString, opened);
        Incident incident;
        incident.title = QStringLiteral("t");
        incident.sources = {
            {QStringLiteral("s"), QStringLiteral("A"), QStringLiteral("T"), 2020, {}, url, doi}};
        m_doc->resetIncident(incident);
        SourcesWidget sources(m_doc.get());
        sources.resize(900, 300);
        sources.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sources));
        QList<QUrl> urls;
        sources.setUrlOpener([&](const QUrl &u) { urls.append(u); });
        QTableWidget *table = sources.table();
        const QRect cell = table->visualRect(table->model()->index(0, SourcesWidget::LinkColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        if (opened.isEmpty()) {
            QVERIFY(urls.isEmpty());
        } else {
            QCOMPARE(urls.size(), 1);
            QCOMPARE(urls.first(), QUrl(opened));
        }
        // A click elsewhere in the row opens nothing.
        urls.clear();
        const QRect title = table->visualRect(table->model()->index(0, SourcesWidget::TitleColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, title.center());
        QVERIFY(urls.isEmpty());
    }
};

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
