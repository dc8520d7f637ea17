// The compare view, the discussion panel and the presentation follow a
// runtime language switch (View > Language) without being reopened: fixed
// words, and words made from the data (crux descriptions, matrix cells,
// tallies, slide text). Each check compares with the catalogue's own
// translation of the English source, so it holds whatever the translators
// wrote, and asserts that the text is no longer the English one.

#include "../common/mainwindowfixture.h"
#include "../common/sampleincident.h"

#include "app/controllers/comparecontroller.h"
#include "app/controllers/languagecontroller.h"
#include "app/controllers/presentationcontroller.h"
#include "app/window/mainwindow.h"
#include "model/compare/cruxdescriber.h"
#include "model/compare/diffengine.h"
#include "model/compare/rootcausematrix.h"
#include "model/document.h"
#include "model/kindstyle.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/compare/comparecolumnview.h"
#include "widgets/compare/comparescenes.h"
#include "widgets/compare/compareview.h"
#include "widgets/compare/coveragewidget.h"
#include "widgets/compare/cruxitemdelegate.h"
#include "widgets/compare/cruxlistwidget.h"
#include "widgets/compare/interpretationpickerdialog.h"
#include "widgets/compare/onlyheremarker.h"
#include "widgets/compare/rootcausematrixwidget.h"
#include "widgets/discussion/compareslide.h"
#include "widgets/discussion/cruxslide.h"
#include "widgets/discussion/diagramslide.h"
#include "widgets/discussion/discussionpanel.h"
#include "widgets/discussion/presentationwindow.h"
#include "widgets/discussion/textslide.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace faultline;
using Kind = PresentationStep::Kind;

namespace {
QString translated(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

const char *const kView = "faultline::CompareView";
const char *const kPanel = "faultline::DiscussionPanel";
const char *const kPresentation = "faultline::PresentationWindow";

/// The languages switched through, in order, ending in English.
const QStringList kLanguages{QStringLiteral("de"), QStringLiteral("zh_CN"), QStringLiteral("en")};

/// Checks `actual` against the current catalogue's `expected`, and (in a
/// language other than English) that it is not the English `english`.
#define CHECK_TRANSLATED(actual, expected, english)                                                \
    do {                                                                                           \
        const QString actualText = (actual);                                                       \
        QCOMPARE(actualText, QString(expected));                                                   \
        if (LanguageController::currentLanguage() != QLatin1String("en"))                          \
            QVERIFY2(actualText != (english),                                                      \
                     qPrintable(QStringLiteral("still English: ") + actualText));                  \
        else                                                                                       \
            QCOMPARE(actualText, QString(english));                                                \
    } while (false)

OnlyHereMarker *firstMarker(CompareScenes *scenes)
{
    for (int column = 0; column < scenes->count(); ++column)
        for (QGraphicsItem *item : scenes->scene(column)->items())
            if (item->type() == OnlyHereMarker::Type)
                return static_cast<OnlyHereMarker *>(item);
    return nullptr;
}

int rowOfArea(const RootCauseMatrix &matrix, const QString &area)
{
    return int(matrix.areas().indexOf(area));
}
} // namespace

class TestRetranslateCompare : public QObject
{
    Q_OBJECT

private:
    test::MainWindowFixture m_window;

    MainWindow *openWindow()
    {
        m_window.create();
        m_window->document()->resetIncident(test::sampleIncident());
        m_window.show();
        return m_window.get();
    }

    /// Ctrl+K (two readings: no picker), then F8 on a column: the first crux.
    CompareView *openCompare()
    {
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        auto *view = qobject_cast<CompareView *>(m_window->centralOverlay());
        if (!view || !view->isVisible() || view->cruxList()->cruxCount() < 2)
            return nullptr;
        QTest::keyClick(view->columnView(0), Qt::Key_F8);
        QTest::keyClick(view->columnView(0), Qt::Key_F8); // the second: not just "row 0"
        return view->currentCrux() == 1 ? view : nullptr;
    }

    /// F5, then the presentation's own keys.
    PresentationWindow *present()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        auto *controller = m_window->presentationController();
        PresentationWindow *presentation = controller ? controller->presentationWindow() : nullptr;
        if (presentation && !QTest::qWaitForWindowExposed(presentation))
            return nullptr;
        return presentation;
    }

    void checkCompareView(CompareView *view, const QStringList &englishHeadlines)
    {
        const Incident &incident = m_window->document()->incident();
        const QStringList ids = view->interpretationIds();

        // Fixed words: a button, a check box, tab titles, the only-here legend tag.
        CHECK_TRANSLATED(view->backButton()->text(), translated(kView, "Back to Editing"),
                         QStringLiteral("Back to Editing"));
        CHECK_TRANSLATED(view->commonLayoutButton()->text(), translated(kView, "Common Layout"),
                         QStringLiteral("Common Layout"));
        auto *differences = view->findChild<QCheckBox *>();
        QVERIFY(differences);
        CHECK_TRANSLATED(differences->text(), translated(kView, "Show differences"),
                         QStringLiteral("Show differences"));
        QTabWidget *tabs = view->sideTabs();
        CHECK_TRANSLATED(tabs->tabText(tabs->indexOf(view->matrix())),
                         translated(kView, "Root causes"), QStringLiteral("Root causes"));
        CHECK_TRANSLATED(tabs->tabText(tabs->indexOf(view->coverage())),
                         translated(kView, "Checklist coverage"),
                         QStringLiteral("Checklist coverage"));
        CHECK_TRANSLATED(tabs->tabText(tabs->indexOf(view->discussionPanel())),
                         translated(kView, "Discussion"), QStringLiteral("Discussion"));

        // Worded from the data: the column statistics ("%n factor(s)" first).
        const int factors = int(incident.findInterpretation(ids[0])->placements.size());
        auto *stats = view->columnHeader(0)->parentWidget()->findChild<QLabel *>(
            QStringLiteral("columnStats"));
        QVERIFY(stats);
        QVERIFY2(stats->text().startsWith(translated(kView, "%n factor(s)", factors)),
                 qPrintable(stats->text()));
        QVERIFY(LanguageController::currentLanguage() == QLatin1String("en") ||
                !stats->text().startsWith(QStringLiteral("%1 factor").arg(factors)));

        // The crux list: the same cruxes, worded in the new language, the
        // selected one still selected.
        CruxListWidget *list = view->cruxList();
        const QList<Crux> expected = DiffEngine::compare(incident, ids).cruxes;
        QCOMPARE(list->cruxCount(), int(expected.size()));
        QCOMPARE(list->cruxCount(), int(englishHeadlines.size()));
        const CruxDescriber describer(incident);
        QCOMPARE(view->currentCrux(), 1);
        for (int i = 0; i < list->cruxCount(); ++i) {
            CHECK_TRANSLATED(list->item(i)->text(), describer.headline(expected[i]),
                             englishHeadlines[i]);
            QCOMPARE(list->crux(i)->key, expected[i].key);
            QCOMPARE(list->item(i)->data(CruxItemDelegate::TypeNameRole).toString(),
                     displayName(expected[i].type));
        }
        bool headerFound = false;
        for (QLabel *label : view->findChildren<QLabel *>())
            headerFound |= label->text() == translated(kView, "Cruxes: %1").arg(list->cruxCount());
        QVERIFY(headerFound);
        // The recorded resolution of the physics crux ("Resolved: A") in the list.
        bool resolutionFound = false;
        for (int i = 0; i < list->count(); ++i)
            resolutionFound |=
                list->item(i)->data(CruxItemDelegate::ResolutionRole).toString() ==
                translated("faultline::CruxListWidget", "Resolved: %1").arg(QLatin1Char('A'));
        QVERIFY(resolutionFound);

        // The root-cause matrix: a row header (an area's kind name) and a cell word.
        const RootCauseMatrix &matrix = view->matrix()->matrix();
        const int rewardRow = rowOfArea(matrix, QStringLiteral("reward"));
        QVERIFY(rewardRow >= 0);
        CHECK_TRANSLATED(view->matrix()->verticalHeaderItem(rewardRow)->text(),
                         translated("faultline::Kind", "Reward"), QStringLiteral("Reward"));
        // "both" calls the reward a root cause: implicated.
        QVERIFY(matrix.cell(rewardRow, 0).state == AreaState::Implicated);
        CHECK_TRANSLATED(view->matrix()->item(rewardRow, 0)->text(),
                         QStringLiteral("● ") +
                             translated("faultline::RootCauseMatrix", "implicated"),
                         QStringLiteral("● implicated"));
        // Checklist coverage: its first column's header and the total row.
        CHECK_TRANSLATED(view->coverage()->headerItem()->text(0),
                         translated("faultline::CoverageWidget", "Failure point"),
                         QStringLiteral("Failure point"));
        CHECK_TRANSLATED(view->coverage()->topLevelItem(0)->text(0),
                         translated("faultline::CoverageWidget", "Considered"),
                         QStringLiteral("Considered"));

        // The discussion panel: a button, a label, the crux heading, an entry.
        DiscussionPanel *panel = view->discussionPanel();
        CHECK_TRANSLATED(panel->saveSummaryButton()->text(), translated(kPanel, "Save Summary…"),
                         QStringLiteral("Save Summary…"));
        CHECK_TRANSLATED(panel->addParticipantButton()->text(), translated(kPanel, "Add"),
                         QStringLiteral("Add"));
        bool standFound = false;
        for (QLabel *label : panel->findChildren<QLabel *>())
            standFound |= label->text() == translated(kPanel, "Where people stand");
        QVERIFY(standFound);
        CHECK_TRANSLATED(panel->resolutionCombo()->itemText(0),
                         translated("faultline::CruxResolution", "Open"), QStringLiteral("Open"));
        QComboBox *position = panel->positionCombo(QStringLiteral("Ana"));
        QVERIFY(position);
        CHECK_TRANSLATED(position->itemText(position->findData(DiscussionPanel::unsureData())),
                         translated(kPanel, "unsure"), QStringLiteral("unsure"));
        const QString heading = CruxDescriber(incident).headline(expected[1]);
        bool headingFound = false;
        for (QLabel *label : panel->findChildren<QLabel *>())
            headingFound |= label->text() == heading;
        QVERIFY2(headingFound, qPrintable(heading));

        // The "only here" tags drawn in the columns.
        OnlyHereMarker *marker = firstMarker(view->scenes());
        QVERIFY(marker);
        CHECK_TRANSLATED(marker->toolTip(),
                         translated("OnlyHereMarker", "Only this reading has it"),
                         QStringLiteral("Only this reading has it"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::MainWindowFixture::initTestCase(QStringLiteral("FaultlineRetranslateCompareTest"),
                                              QStringLiteral("tst_retranslatecompare"));
        QVERIFY(LanguageController::applyLanguage(QStringLiteral("en")));
    }

    void cleanup()
    {
        m_window.cleanup();
        LanguageController::applyLanguage(QStringLiteral("en"));
    }

    void cleanupTestCase() { QSettings().clear(); }

    void compareViewFollowsLanguage()
    {
        openWindow();
        CompareView *view = openCompare();
        QVERIFY(view);
        QStringList english;
        for (const Crux &crux : view->scenes()->diff().cruxes)
            english.append(CruxDescriber(view->scenes()->incident()).headline(crux));
        const qreal zoom = view->columnView(0)->zoom();
        QCOMPARE(view->backButton()->text(), QStringLiteral("Back to Editing"));
        for (const QString &language : kLanguages) {
            QVERIFY2(LanguageController::applyLanguage(language), qPrintable(language));
            checkCompareView(view, english);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("in language ") + language));
            // The boxes in the columns carry the kind names of the new language.
            for (int column = 0; column < view->scenes()->count(); ++column)
                for (FactorItem *box : view->scenes()->scene(column)->factorItems()) {
                    const Factor *factor =
                        m_window->document()->incident().findFactor(box->factorId());
                    QVERIFY(factor);
                    QCOMPARE(box->kindName(),
                             kindStyle(m_window->document()->incident(), factor->kind).name);
                }
            // Not reopened: the same view, columns and zoom.
            QCOMPARE(qobject_cast<CompareView *>(m_window->centralOverlay()), view);
            QVERIFY(view->isVisible());
            QCOMPARE(view->columnView(0)->zoom(), zoom);
            // FAULTLINE_RETRANSLATE_SHOTS=<dir>: a picture of the view in each language.
            const QString shots = qEnvironmentVariable("FAULTLINE_RETRANSLATE_SHOTS");
            if (!shots.isEmpty())
                m_window->grab().save(shots + QStringLiteral("/compare-") + language +
                                      QStringLiteral(".png"));
        }
        // Still works in the new words: F8 moves on, Esc goes back.
        QTest::keyClick(view->columnView(0), Qt::Key_F8);
        QCOMPARE(view->currentCrux(), 2 % view->cruxList()->cruxCount());
        QTest::keyClick(view->columnView(0), Qt::Key_Escape);
        QVERIFY(!view->isVisible());
    }

    void viewMenuLanguageActionRetranslatesTheCompareView()
    {
        openWindow();
        CompareView *view = openCompare();
        QVERIFY(view);
        auto *german = m_window->findChild<QAction *>(QStringLiteral("language_de"));
        QVERIFY(german);
        german->trigger();
        QCOMPARE(LanguageController::currentLanguage(), QStringLiteral("de"));
        QCOMPARE(view->backButton()->text(), translated(kView, "Back to Editing"));
        QVERIFY(view->backButton()->text() != QStringLiteral("Back to Editing"));
        QCOMPARE(view->cruxList()->item(1)->text(),
                 CruxDescriber(m_window->document()->incident())
                     .headline(DiffEngine::compare(m_window->document()->incident(),
                                                   view->interpretationIds())
                                   .cruxes[1]));
    }

    void pickerFollowsLanguage()
    {
        const char *const picker = "faultline::InterpretationPickerDialog";
        InterpretationPickerDialog dialog(test::sampleIncident(), {QStringLiteral("both")});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *hint = dialog.findChildren<QLabel *>().last();
        QCOMPARE(hint->text(), QStringLiteral("Tick at least two."));
        for (const QString &language : kLanguages) {
            QVERIFY2(LanguageController::applyLanguage(language), qPrintable(language));
            CHECK_TRANSLATED(dialog.windowTitle(), translated(picker, "Compare Interpretations"),
                             QStringLiteral("Compare Interpretations"));
            // After the button box has put its stock "OK" back.
            CHECK_TRANSLATED(ok->text(), translated(picker, "Compare"), QStringLiteral("Compare"));
            CHECK_TRANSLATED(hint->text(), translated(picker, "Tick at least two."),
                             QStringLiteral("Tick at least two."));
            CHECK_TRANSLATED(dialog.list()->item(0)->toolTip(),
                             translated(picker, "by %1").arg(QStringLiteral("Reading group")),
                             QStringLiteral("by Reading group"));
        }
        // Ticking the second reading (a real click on its check box) still works.
        QListWidget *list = dialog.list();
        const QRect row = list->visualItemRect(list->item(1));
        QTest::mouseClick(
            list->viewport(), Qt::LeftButton, {},
            QPoint(row.left() + list->style()->pixelMetric(QStyle::PM_IndicatorWidth) / 2 + 4,
                   row.center().y()));
        QCOMPARE(dialog.selectedIds(), (QStringList{"both", "reward-only"}));
        QCOMPARE(hint->text(), QStringLiteral("2 readings selected."));
    }

    void presentationFollowsLanguage()
    {
        openWindow();
        PresentationWindow *p = present();
        QVERIFY(p);
        // To the closing slide (End), then back onto the last crux (Left).
        QTest::keyClick(p, Qt::Key_End);
        QCOMPARE(p->currentStep().kind, Kind::End);
        const QString englishEnd = p->endSlide()->text();
        QTest::keyClick(p, Qt::Key_Left);
        QCOMPARE(p->currentStep().kind, Kind::Crux);
        const int cruxIndex = p->currentStep().index;
        const QString englishCrux = p->cruxSlide()->text();
        auto *footer = p->findChild<QLabel *>(QStringLiteral("slideFooter"));
        QVERIFY(footer);

        for (const QString &language : kLanguages) {
            QVERIFY2(LanguageController::applyLanguage(language), qPrintable(language));
            const bool english = language == QLatin1String("en");
            const Incident &incident = m_window->document()->incident();
            const QList<Crux> cruxes = DiffEngine::compare(incident, p->comparedIds()).cruxes;
            const Crux &crux = cruxes[cruxIndex];

            CHECK_TRANSLATED(p->windowTitle(),
                             translated(kPresentation, "Faultline — Presentation"),
                             QStringLiteral("Faultline — Presentation"));
            QCOMPARE(footer->text(), translated(kPresentation, "%1 / %2")
                                         .arg(p->stepIndex() + 1)
                                         .arg(p->steps().size()));
            // The crux slide on screen: its heading line and the crux's own words.
            QCOMPARE(p->currentSlide(), p->cruxSlide());
            const QString slide = p->cruxSlide()->text();
            const QString heading = translated("faultline::CruxSlide", "Crux %1 of %2 · %3")
                                        .arg(cruxIndex + 1)
                                        .arg(cruxes.size())
                                        .arg(displayName(crux.type));
            QVERIFY2(slide.startsWith(heading + QLatin1Char('\n') +
                                      CruxDescriber(incident).headline(crux)),
                     qPrintable(slide));
            QVERIFY2(slide.contains(translated("faultline::CruxSlide", "Resolution: %1")
                                        .section(QLatin1Char('%'), 0, 0)),
                     qPrintable(slide));
            QCOMPARE(english, slide == englishCrux);

            // The closing slide (Right) and back (Left): its title and counts.
            QTest::keyClick(p, Qt::Key_Right);
            QCOMPARE(p->currentSlide(), p->endSlide());
            const QString end = p->endSlide()->text();
            QVERIFY2(
                end.startsWith(translated(kPresentation, "Where we stand") + QLatin1Char('\n')),
                qPrintable(end));
            QVERIFY2(end.contains(translated(kPresentation, "Still open:")), qPrintable(end));
            QCOMPARE(english, end == englishEnd);
            // The open cruxes it lists are worded in the new language too.
            for (const Crux &c : cruxes)
                if (!findCruxRecord(incident.discussion, p->comparedIds(), c)) {
                    const QString headline = CruxDescriber(incident).headline(c);
                    QVERIFY2(end.contains(headline), qPrintable(headline));
                    break;
                }
            QTest::keyClick(p, Qt::Key_Left);

            // Slides not on screen follow as well.
            DiagramSlide *reading = p->readingSlide(0);
            auto *byline = reading->findChild<QLabel *>(QStringLiteral("slideSubtitle"));
            QVERIFY(byline);
            CHECK_TRANSLATED(
                byline->text(),
                translated("faultline::DiagramSlide", "by %1").arg(QStringLiteral("Reading group")),
                QStringLiteral("by Reading group"));
            auto *compareTitle =
                p->compareSlide()->findChild<QLabel *>(QStringLiteral("slideTitle"));
            QVERIFY(compareTitle);
            CHECK_TRANSLATED(compareTitle->text(),
                             translated("faultline::CompareSlide", "The readings side by side"),
                             QStringLiteral("The readings side by side"));
            const QString title = p->titleSlide()->text();
            QVERIFY2(title.contains(translated(kPresentation, "Participants: %1")
                                        .arg(QStringLiteral("Ana, Bo, Chen"))),
                     qPrintable(title));
        }
        QTest::keyClick(p, Qt::Key_Escape);
    }
};

QTEST_MAIN(TestRetranslateCompare)
#include "tst_retranslatecompare.moc"
