// View > Language at runtime reaches the panels, the find bar, the start page
// and the example gallery: after LanguageController::applyLanguage() their
// fixed texts and the texts made from data (checklist entry names,
// diagnostics messages, gap summaries) are those of the new catalogue, and
// switching back to English restores the English ones. The expected texts
// come from QCoreApplication::translate() with the English source, and must
// differ from that source, so a panel that kept its old text fails.

#include "../common/mainwindowfixture.h"
#include "app/controllers/languagecontroller.h"
#include "app/controllers/lenscontroller.h"
#include "app/window/mainwindow.h"
#include "model/analysis/diagnostics.h"
#include "model/checklist.h"
#include "model/document.h"
#include "widgets/common/findbar.h"
#include "widgets/gallery/examplegallerydialog.h"
#include "widgets/gallery/startpage.h"
#include "widgets/panels/checklistpanel.h"
#include "widgets/panels/customkinddialog.h"
#include "widgets/panels/diagnosticspanel.h"
#include "widgets/panels/evidencedialog.h"
#include "widgets/panels/gaplistpanel.h"
#include "widgets/panels/inspectorwidget.h"
#include "widgets/panels/noticebar.h"
#include "widgets/panels/overviewinspector.h"
#include "widgets/panels/plaintext.h"
#include "widgets/panels/sourcedialog.h"

#include "../common/sampleincident.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace faultline;

namespace {

const QString kBoth = QStringLiteral("both");

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

/// FAULTLINE_RETRANSLATE_SHOTS=<dir> saves what the user sees after each switch.
void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FAULTLINE_RETRANSLATE_SHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents(); // the layouts catch up with the longer texts
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

/// The text of the label a QFormLayout shows for `field`.
QString formLabel(QWidget *field)
{
    for (QWidget *w = field->parentWidget(); w; w = w->parentWidget())
        for (QFormLayout *form : w->findChildren<QFormLayout *>())
            if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
                return label->text();
    return {};
}

} // namespace

class TestRetranslatePanels : public QObject
{
    Q_OBJECT

private:
    test::MainWindowFixture m_window;

    LensController *lenses() const { return m_window->lensController(); }
    ChecklistPanel *checklist() const { return lenses()->checklistPanel(); }
    DiagnosticsPanel *diagnostics() const { return lenses()->diagnosticsPanel(); }
    GapListPanel *gaps() const { return lenses()->gapListPanel(); }
    OverviewInspector *overview() const { return m_window->findChild<OverviewInspector *>(); }
    FindBar *findBar() const { return m_window->findBar(); }

    void openSampleWindow()
    {
        m_window.create();
        m_window->resize(1400, 900);
        m_window->document()->resetIncident(test::sampleIncident());
        m_window.show(QSize());
        for (const char *dock : {"checklistDock", "diagnosticsDock", "gapListDock"}) {
            auto *widget = m_window->findChild<QDockWidget *>(QLatin1String(dock));
            QVERIFY2(widget, dock);
            widget->show();
        }
        QApplication::processEvents();
        QTRY_COMPARE(checklist()->interpretationId(), kBoth);
        QCOMPARE(diagnostics()->interpretationId(), kBoth);
        QCOMPARE(gaps()->interpretationId(), kBoth);
        // Nothing selected: the inspector shows the overview page.
        QVERIFY(overview());
        QCOMPARE(m_window->findChild<InspectorWidget *>()->currentPage(), overview());
        // Ctrl+F opens the find bar, as a user would.
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(findBar()->isVisible());
    }

    /// A built-in checklist entry the sample's reading implicates, with its English name.
    static const ChecklistEntry &rewardEntry()
    {
        const ChecklistEntry *entry =
            Checklist::builtIn().find(QStringLiteral("reward-misspecified"));
        Q_ASSERT(entry);
        return *entry;
    }

    /// Checks every panel of the window against the catalogue installed now.
    /// `english`: the catalogue is English (the texts equal their sources).
    void verifyWindow(bool english)
    {
        const auto check = [english](const QString &shown, const char *context,
                                     const char *source) {
            const QString expected = translated(context, source);
            QCOMPARE(shown, expected);
            if (english)
                QCOMPARE(shown, QString::fromUtf8(source));
            else
                QVERIFY2(shown != QString::fromUtf8(source), source);
        };

        // Checklist: header, buttons, placeholder, and an entry name from the resource.
        QTreeWidget *tree = checklist()->tree();
        check(tree->headerItem()->text(ChecklistPanel::NameColumn), "faultline::ChecklistPanel",
              "Failure point");
        check(checklist()->ruleOutButton()->text(), "faultline::ChecklistPanel", "Rule Out…");
        check(checklist()->considerButton()->text(), "faultline::ChecklistPanel", "Consider Again");
        check(checklist()->newEntryEdit()->placeholderText(), "faultline::ChecklistPanel",
              "New failure point for the selected area…");
        QTreeWidgetItem *entry = checklist()->entryItem(rewardEntry().id);
        QVERIFY(entry);
        QCOMPARE(entry->text(ChecklistPanel::NameColumn), Checklist::displayName(rewardEntry()));
        check(entry->text(ChecklistPanel::NameColumn), "faultline::Checklist",
              rewardEntry().name.toUtf8().constData());
        check(entry->text(ChecklistPanel::StatusColumn), "faultline::ChecklistPanel", "Implicated");

        // Diagnostics: header, the markers box, the check names and the messages.
        QTreeWidget *findings = diagnostics()->tree();
        check(findings->headerItem()->text(0), "faultline::DiagnosticsPanel", "Check");
        check(diagnostics()->markersBox()->text(), "faultline::DiagnosticsPanel",
              "Show markers on the canvas");
        const Incident &incident = m_window->document()->incident();
        const QList<Diagnostic> now = diagnose(incident, *incident.findInterpretation(kBoth));
        QVERIFY(!now.isEmpty());
        QCOMPARE(findings->topLevelItemCount(), now.size());
        bool sawLinkWithoutEvidence = false;
        for (int i = 0; i < now.size(); ++i) {
            QCOMPARE(findings->topLevelItem(i)->text(1), plaintext::oneLine(now[i].message, 200));
            if (now[i].type == DiagnosticType::LinkWithoutEvidence) {
                sawLinkWithoutEvidence = true;
                check(findings->topLevelItem(i)->text(0), "faultline::DiagnosticsPanel",
                      "Link without evidence");
            }
        }
        QVERIFY(sawLinkWithoutEvidence); // l2 has no evidence

        // Gaps: column titles and the summary (one factor of the reading has a gap).
        check(gaps()->tree()->headerItem()->text(1), "faultline::GapListPanel", "Actual");
        check(gaps()->tree()->headerItem()->text(2), "faultline::GapListPanel", "Ideal");
        auto *gapSummary = gaps()->findChild<QLabel *>(QStringLiteral("gapSummary"));
        QVERIFY(gapSummary);
        check(gapSummary->text(), "faultline::GapListPanel",
              "1 factor with a gap between actual and ideal");

        // Overview inspector: group titles, form labels, placeholders, the hint.
        // German writes "Interpretation" too: compared, not required to differ.
        QCOMPARE(overview()->interpretationBox()->title(),
                 translated("faultline::OverviewInspector", "Interpretation"));
        check(overview()->incidentBox()->title(), "faultline::OverviewInspector", "Incident");
        check(formLabel(overview()->authorEdit()), "faultline::OverviewInspector", "&Author:");
        check(formLabel(overview()->tagsEdit()), "faultline::OverviewInspector", "Ta&gs:");
        check(overview()->authorEdit()->placeholderText(), "faultline::OverviewInspector",
              "Person or school of thought");
        check(overview()->incidentSummaryEdit()->placeholderText(), "faultline::OverviewInspector",
              "What happened, in plain words");
        auto *hint = overview()->findChild<QLabel *>(QStringLiteral("overviewHint"));
        QVERIFY(hint);
        check(hint->text(), "faultline::OverviewInspector",
              "Select a factor or a link on the canvas to inspect it.");

        // Find bar: caption, placeholder, Next button.
        check(findBar()->lineEdit()->placeholderText(), "faultline::FindBar",
              "Find a factor by its label");
        QStringList buttons;
        for (QToolButton *button : findBar()->findChildren<QToolButton *>())
            buttons << button->text();
        QVERIFY2(buttons.contains(translated("faultline::FindBar", "Next")),
                 qPrintable(buttons.join(u'|')));
        QStringList labels;
        for (QLabel *label : findBar()->findChildren<QLabel *>())
            labels << label->text();
        QVERIFY2(labels.contains(translated("faultline::FindBar", "Find:")),
                 qPrintable(labels.join(u'|')));
    }

    void verifyStartPage(StartPage &page, bool english)
    {
        const auto check = [english](const QString &shown, const char *source) {
            QCOMPARE(shown, translated("faultline::StartPage", source));
            if (!english)
                QVERIFY2(shown != QString::fromUtf8(source), source);
        };
        check(page.newButton()->text(), "&New Incident");
        check(page.openButton()->text(), "&Open…");
        check(page.galleryButton()->text(), "Browse &Examples…");
        QCOMPARE(page.recentList()->count(), 1);
        check(page.recentList()->item(0)->text(), "No recent files");
    }

    void verifyGallery(ExampleGalleryDialog &gallery, bool english)
    {
        const auto check = [english](const QString &shown, const char *source) {
            QCOMPARE(shown, translated("faultline::ExampleGalleryDialog", source));
            if (!english)
                QVERIFY2(shown != QString::fromUtf8(source), source);
        };
        check(gallery.searchField()->placeholderText(), "Search titles, tags, readings, authors…");
        check(gallery.windowTitle(), "New from Example");
        // Named after QDialogButtonBox renamed its standard buttons for the new language.
        check(gallery.openButton()->text(), "&Open Example");
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Isolated settings: the language choice is remembered there.
        test::MainWindowFixture::initTestCase(QStringLiteral("FaultlineRetranslatePanelsTest"));
        QVERIFY(LanguageController::applyLanguage(QStringLiteral("en")));
    }

    void cleanup()
    {
        m_window.cleanup();
        LanguageController::applyLanguage(QStringLiteral("en"));
    }

    void windowPanelsFollowTheLanguage()
    {
        openSampleWindow();
        verifyWindow(true);
        for (const char *code : {"de", "zh_CN"}) {
            QVERIFY(LanguageController::applyLanguage(QLatin1String(code)));
            QApplication::processEvents();
            verifyWindow(false);
            saveShot(m_window.get(), QStringLiteral("window_") + QLatin1String(code));
            for (QWidget *panel : QList<QWidget *>{checklist(), diagnostics(), gaps()})
                saveShot(panel, panel->objectName() + u'_' + QLatin1String(code));
        }
        QVERIFY(LanguageController::applyLanguage(QStringLiteral("en")));
        QApplication::processEvents();
        verifyWindow(true);
    }

    void findBarStatusFollowsTheLanguage()
    {
        openSampleWindow();
        QTest::keyClicks(findBar()->lineEdit(), QStringLiteral("no such factor"));
        QTest::keyClick(findBar()->lineEdit(), Qt::Key_Return);
        QCOMPARE(findBar()->statusLabel()->text(), QStringLiteral("No factor matches"));
        QVERIFY(LanguageController::applyLanguage(QStringLiteral("de")));
        QCOMPARE(findBar()->statusLabel()->text(),
                 translated("faultline::FindBar", "No factor matches"));
        QVERIFY(findBar()->statusLabel()->text() != QStringLiteral("No factor matches"));
        // Typing clears the status in any language.
        QTest::keyClick(findBar()->lineEdit(), Qt::Key_Backspace);
        QVERIFY(findBar()->statusLabel()->text().isEmpty());
        QVERIFY(LanguageController::applyLanguage(QStringLiteral("en")));
        QVERIFY(findBar()->statusLabel()->text().isEmpty());
    }

    void startPageFollowsTheLanguage()
    {
        StartPage page;
        page.setRecentFiles({});
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        verifyStartPage(page, true);
        for (const char *code : {"de", "zh_CN"}) {
            QVERIFY(LanguageController::applyLanguage(QLatin1String(code)));
            verifyStartPage(page, false);
            saveShot(&page, QStringLiteral("startpage_") + QLatin1String(code));
        }
        QVERIFY(LanguageController::applyLanguage(QStringLiteral("en")));
        verifyStartPage(page, true);
    }

    void galleryFollowsTheLanguage()
    {
        ExampleGalleryDialog gallery;
        gallery.show();
        QVERIFY(QTest::qWaitForWindowExposed(&gallery));
        verifyGallery(gallery, true);
        for (const char *code : {"de", "zh_CN"}) {
            QVERIFY(LanguageController::applyLanguage(QLatin1String(code)));
            verifyGallery(gallery, false);
            saveShot(&gallery, QStringLiteral("gallery_") + QLatin1String(code));
        }
        QVERIFY(LanguageController::applyLanguage(QStringLiteral("en")));
        verifyGallery(gallery, true);
        // The renamed Open button still accepts the dialog.
        QVERIFY(gallery.openButton()->isEnabled());
        QTest::mouseClick(gallery.openButton(), Qt::LeftButton);
        QCOMPARE(gallery.result(), int(QDialog::Accepted));
        QVERIFY(!gallery.chosenResourcePath().isEmpty());
    }

    void dialogsFollowTheLanguage()
    {
        // Modal in the application (no menu is reachable while they are open),
        // but their texts come from one retranslate() all the same.
        const Incident incident = test::sampleIncident();
        SourceDialog source(incident.sources.first(), SourceDialog::Purpose::Add);
        EvidenceDialog evidence(incident,
                                incident.interpretations.first().links.first().evidence.first(),
                                EvidenceDialog::Purpose::Edit);
        CustomKindDialog kind;
        QCOMPARE(source.windowTitle(), QStringLiteral("Add Source"));
        QCOMPARE(evidence.windowTitle(), QStringLiteral("Edit Evidence"));
        QCOMPARE(evidence.sourceCombo()->itemText(0), QStringLiteral("(none)"));
        const int hexagon = kind.shapeCombo()->findData(QStringLiteral("hexagon"));
        QVERIFY(hexagon >= 0);
        QCOMPARE(kind.shapeCombo()->itemText(hexagon), QStringLiteral("Hexagon"));
        const QString englishKind = evidence.kindCombo()->currentText();

        QVERIFY(LanguageController::applyLanguage(QStringLiteral("de")));
        const auto differs = [](const QString &shown, const char *context, const char *source) {
            QCOMPARE(shown, translated(context, source));
            QVERIFY2(shown != QString::fromUtf8(source), source);
        };
        differs(source.windowTitle(), "faultline::SourceDialog", "Add Source");
        differs(formLabel(source.authorsEdit()), "faultline::SourceDialog", "&Authors:");
        differs(evidence.windowTitle(), "faultline::EvidenceDialog", "Edit Evidence");
        differs(evidence.sourceCombo()->itemText(0), "faultline::EvidenceDialog", "(none)");
        QCOMPARE(evidence.kindCombo()->currentText(),
                 displayName(incident.interpretations.first().links.first().evidence.first().kind));
        QVERIFY(evidence.kindCombo()->currentText() != englishKind);
        differs(kind.shapeCombo()->itemText(hexagon), "faultline::CustomKindDialog", "Hexagon");
        differs(formLabel(kind.shapeCombo()), "faultline::CustomKindDialog", "&Shape:");

        QVERIFY(LanguageController::applyLanguage(QStringLiteral("en")));
        QCOMPARE(source.windowTitle(), QStringLiteral("Add Source"));
        QCOMPARE(evidence.kindCombo()->currentText(), englishKind);
    }

    void noticeWithTextFunctionFollowsTheLanguage()
    {
        QWidget host;
        auto *bar = new NoticeBar(QStringLiteral("diskChangeBar"), &host);
        int reloads = 0;
        bar->showNotice([&reloads] {
            const char *context = "faultline::RecoveryController";
            return NoticeBar::Notice{
                QCoreApplication::translate(context, "The file “%1” changed on disk.")
                    .arg(QStringLiteral("a.faultline")),
                {{QStringLiteral("reloadButton"), QCoreApplication::translate(context, "Reload"),
                  [&reloads] { ++reloads; }}}};
        });
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QCOMPARE(bar->message(), QStringLiteral("The file “a.faultline” changed on disk."));
        QVERIFY(LanguageController::applyLanguage(QStringLiteral("de")));
        const QString german =
            translated("faultline::RecoveryController", "The file “%1” changed on disk.")
                .arg(QStringLiteral("a.faultline"));
        QCOMPARE(bar->message(), german);
        QVERIFY(german != QStringLiteral("The file “a.faultline” changed on disk."));
        QApplication::processEvents(); // the old buttons go
        QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const QList<QPushButton *> buttons =
            bar->findChildren<QPushButton *>(QStringLiteral("reloadButton"));
        QCOMPARE(buttons.size(), 1);
        QCOMPARE(buttons.first()->text(), translated("faultline::RecoveryController", "Reload"));
        QVERIFY(buttons.first()->text() != QStringLiteral("Reload"));
        // The rebuilt button still runs the action.
        QTest::mouseClick(buttons.first(), Qt::LeftButton);
        QCOMPARE(reloads, 1);
        QVERIFY(bar->isHidden());

        // A notice with fixed texts keeps them.
        bar->showNotice(QStringLiteral("fixed"), {});
        QVERIFY(LanguageController::applyLanguage(QStringLiteral("en")));
        QCOMPARE(bar->message(), QStringLiteral("fixed"));
    }
};

QTEST_MAIN(TestRetranslatePanels)
#include "tst_retranslatepanels.moc"
