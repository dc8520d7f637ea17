// First use of the editor (issue 21, split from tst_roomtowork): what a new
// user meets in the first minutes, through real events under the offscreen
// platform: translated checklist entries, tooltips on every marker, readable
// arrowheads and legend, palette drops, new interpretations, status messages,
// closing back to the start screen, evidence and export defaults.
#include "app/controllers/exportcontroller.h"
#include "app/controllers/gallerycontroller.h"
#include "app/controllers/languagecontroller.h"
#include "app/controllers/lenscontroller.h"
#include "app/window/mainwindow.h"
#include "app/window/windowactions.h"
#include "app/window/windowlayout.h"
#include "app/window/windowmenus.h"
#include "examplewindowtest.h"
#include "model/checklist.h"
#include "model/document.h"
#include "model/editing/documenteditor.h"
#include "testpaths.h"
#include "widgets/canvas/canvaslegend.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/canvas/linkitem.h"
#include "widgets/common/interpretationtabs.h"
#include "widgets/common/lensswitch.h"
#include "widgets/common/panelstrip.h"
#include "widgets/gallery/examplelistwidget.h"
#include "widgets/gallery/startpage.h"
#include "widgets/lens/diagnosticmarkeritem.h"
#include "widgets/panels/inspectorwidget.h"
#include "widgets/panels/linkinspector.h"
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <optional>

using namespace faultline;

class TestFirstUse : public test::ExampleWindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpTestCase(); }
    void cleanup() { tearDown(); }

    void everyChecklistEntryIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void everyChecklistEntryIsTranslated()
    {
        QFETCH(QString, language);
        QVERIFY(LanguageController::applyLanguage(language));
        QStringList untranslated;
        QSet<QString> names;
        for (const ChecklistEntry &entry : Checklist::builtIn().entries()) {
            const QString name = Checklist::displayName(entry);
            if (name == entry.name)
                untranslated.append(entry.name);
            if (Checklist::displayDescription(entry) == entry.description)
                untranslated.append(entry.description);
            names.insert(name);
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(" | "))));
        // Two entries never read the same in the translation.
        QCOMPARE(names.size(), Checklist::builtIn().entries().size());
    }

    void everyMarkerHasATooltip()
    {
        openExample(QSize(1400, 900));
        // A factor with a warning: an effect nothing explains.
        InterpretationTabs *tabs = m_window->tabs();
        CanvasView *view = tabs->currentView();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_4, Qt::ControlModifier); // an observed behaviour
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        m_window->lensController()->applyNow();
        CanvasScene *scene = view->canvasScene();
        int markers = 0;
        for (QGraphicsItem *item : scene->items()) {
            if (item->type() != DiagnosticMarkerItem::Type)
                continue;
            ++markers;
            const QPointF centre = item->sceneBoundingRect().center();
            // What the scene shows on hover there: the first item with a tooltip.
            QString shown;
            for (QGraphicsItem *hit : scene->items(centre, Qt::IntersectsItemShape,
                                                   Qt::DescendingOrder, view->viewportTransform()))
                if (!hit->toolTip().isEmpty()) {
                    shown = hit->toolTip();
                    break;
                }
            QVERIFY(!shown.isEmpty());
            QCOMPARE(shown, item->toolTip());
        }
        QVERIFY(markers > 0);
        // A link without evidence shows it once, on its own badge ("0").
        const QString id = tabs->currentInterpretationId();
        const Link link = m_window->document()->incident().findInterpretation(id)->links.first();
        for (const Evidence &e : link.evidence)
            QVERIFY(m_window->document()->editor().removeEvidence(id, link.id, e.id));
        m_window->lensController()->applyNow();
        QVERIFY(scene->linkItem(link.id)->toolTip().isEmpty() ||
                scene->linkItem(link.id)->toolTip().contains(QStringLiteral("No evidence")));
        for (QGraphicsItem *item : scene->items())
            if (item->type() == DiagnosticMarkerItem::Type)
                QVERIFY2(!item->toolTip().contains(QStringLiteral("has no evidence")),
                         qPrintable(item->toolTip()));
    }

    void arrowheadsIntoOneFactorLandApart()
    {
        openExample(QSize(1400, 900));
        InterpretationTabs *tabs = m_window->tabs();
        int shared = 0;
        for (int i = 0; i < tabs->count(); ++i) {
            CanvasScene *scene = tabs->view(i)->canvasScene();
            QHash<QString, QList<QPointF>> tips; // target → arrowhead tips
            for (LinkItem *link : scene->linkItems())
                tips[link->toId()].append(link->mapToScene(link->tipPoint()));
            for (auto it = tips.cbegin(); it != tips.cend(); ++it) {
                if (it->size() > 1)
                    ++shared;
                for (int a = 0; a < it->size(); ++a)
                    for (int b = a + 1; b < it->size(); ++b)
                        QVERIFY2(QLineF(it->at(a), it->at(b)).length() >= 8,
                                 qPrintable(QStringLiteral("%1 tab %2: %3,%4 vs %5,%6 (%7 links)")
                                                .arg(it.key())
                                                .arg(i)
                                                .arg(it->at(a).x())
                                                .arg(it->at(a).y())
                                                .arg(it->at(b).x())
                                                .arg(it->at(b).y())
                                                .arg(it->size())));
            }
        }
        QVERIFY(shared > 0);
    }

    void legendListsTheRelationsInUse()
    {
        openExample(kSmall);
        InterpretationTabs *tabs = m_window->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->tabWidget()->setCurrentIndex(i);
            CanvasView *view = tabs->view(i);
            auto *legend = view->findChild<CanvasLegend *>();
            QVERIFY(legend);
            QSet<Relation> used;
            for (const Link &link : view->canvasScene()->interpretation()->links)
                used.insert(link.relation);
            const QList<Relation> listed = legend->relations();
            QCOMPARE(QSet<Relation>(listed.cbegin(), listed.cend()), used);
            QTRY_VERIFY(legend->isVisible());
            QVERIFY(view->viewport()->geometry().contains(legend->geometry()));
        }
        // One click collapses it to its title, in every tab.
        auto *legend = tabs->currentView()->findChild<CanvasLegend *>();
        const int open = legend->height();
        auto *toggle = legend->findChild<QToolButton *>(QStringLiteral("canvasLegendToggle"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(legend->isCollapsed());
        QVERIFY(legend->height() < open);
        tabs->tabWidget()->setCurrentIndex(0);
        QVERIFY(QSettings().value(QStringLiteral("canvas/legendCollapsed")).toBool());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!legend->isCollapsed());
    }

    void paletteFactorsCascade()
    {
        openExample(QSize(1400, 900));
        CanvasView *view = m_window->currentView();
        CanvasScene *scene = view->canvasScene();
        const QString id = m_window->tabs()->currentInterpretationId();
        const auto placed = [this, &id] {
            return m_window->document()->incident().findInterpretation(id)->placements.size();
        };
        const qsizetype before = placed();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // leave the label editor
        view->setFocus();
        QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(placed(), before + 2);
        const QList<Placement> &placements =
            m_window->document()->incident().findInterpretation(id)->placements;
        const QList<FactorItem *> added = {scene->factorItem(placements.at(before).factorId),
                                           scene->factorItem(placements.at(before + 1).factorId)};
        QVERIFY(added.at(0) && added.at(1));
        for (FactorItem *item : added)
            for (FactorItem *other : scene->factorItems())
                if (other != item)
                    QVERIFY2(!item->sceneBoundingRect().intersects(other->sceneBoundingRect()),
                             qPrintable(other->factorId()));
    }

    void newInterpretationCopiesTheCurrentReading()
    {
        openExample(kSmall);
        Document *document = m_window->document();
        InterpretationTabs *tabs = m_window->tabs();
        const Interpretation original =
            *document->incident().findInterpretation(tabs->currentInterpretationId());
        const int readings = tabs->count();
        const int undoIndex = document->undoStack()->index();
        // The question comes up as a modal dialog; Enter takes its default.
        bool asked = false;
        QTimer::singleShot(0, this, [&asked] {
            QWidget *dialog = QApplication::activeModalWidget();
            asked = dialog && dialog->objectName() == QStringLiteral("newReadingChoice");
            if (dialog)
                QTest::keyClick(dialog, Qt::Key_Return);
        });
        m_window->currentView()->setFocus();
        m_window->windowActions()->newInterpretation->trigger();
        QVERIFY(asked);
        QCOMPARE(tabs->count(), readings + 1);
        const Interpretation copy =
            *document->incident().findInterpretation(tabs->currentInterpretationId());
        QVERIFY(copy.id != original.id);
        QCOMPARE(copy.placements, original.placements);
        QCOMPARE(copy.links.size(), original.links.size());
        QVERIFY(!copy.links.isEmpty());
        for (int i = 0; i < copy.links.size(); ++i) {
            Link expected = original.links.at(i);
            expected.id = copy.links.at(i).id; // new ids, same claims
            QCOMPARE(expected.evidence.size(), copy.links.at(i).evidence.size());
            for (int e = 0; e < expected.evidence.size(); ++e)
                expected.evidence[e].id = copy.links.at(i).evidence.at(e).id;
            QCOMPARE(copy.links.at(i), expected);
        }
        QCOMPARE(copy.ruledOutFailureModes, original.ruledOutFailureModes);
        QCOMPARE(document->undoStack()->index(), undoIndex + 1);
        document->undoStack()->undo();
        QCOMPARE(tabs->count(), readings);
        QVERIFY(!document->incident().findInterpretation(copy.id));
    }

    void newInterpretationCanStartEmpty()
    {
        openExample(kSmall);
        InterpretationTabs *tabs = m_window->tabs();
        const int readings = tabs->count();
        tabs->setNewReadingChooser(
            [](QWidget *, const QString &) { return std::optional(NewReading::Empty); });
        m_window->windowActions()->newInterpretation->trigger();
        QCOMPARE(tabs->count(), readings + 1);
        const Interpretation *added =
            m_window->document()->incident().findInterpretation(tabs->currentInterpretationId());
        QVERIFY(added);
        QVERIFY(added->placements.isEmpty());
        tabs->setNewReadingChooser([](QWidget *, const QString &) { return std::nullopt; });
        m_window->windowActions()->newInterpretation->trigger();
        QCOMPARE(tabs->count(), readings + 1); // cancelled
    }

    void oneStatusMessageAtATime()
    {
        openExample(kSmall);
        QLabel *summary = m_window->lensController()->statusLabel();
        QToolButton *rootCause = m_window->lensSwitch()->findChild<QToolButton *>(
            QStringLiteral("lensButton_root-cause"));
        // Hovering a lens button shows its tip; choosing the lens then must not
        // draw the lens summary over it.
        m_window->statusBar()->showMessage(QStringLiteral("a hovered action's tip"));
        QTest::mouseClick(rootCause, Qt::LeftButton);
        QCOMPARE(m_window->lensController()->lens(), Lens::RootCause);
        QVERIFY(!summary->text().isEmpty());
        QVERIFY(!summary->isVisible());
        m_window->statusBar()->clearMessage();
        QTRY_VERIFY(summary->isVisible());
    }

    void closeReturnsToTheStartScreen()
    {
        openExample(kSmall);
        GalleryController *gallery = m_window->galleryController();
        QDockWidget *inspector =
            m_window->findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        QVERIFY(inspector->isVisible());
        m_window->windowActions()->close->trigger();
        QVERIFY(gallery->isStartPageShown());
        // No editing panels around the start screen.
        for (QDockWidget *dock : m_window->panels())
            QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
        StartPage *start = gallery->startPage();
        ExampleListWidget *examples = start->examples();
        QVERIFY(examples->count() > 1);
        // A single click selects; the Open Example button opens.
        const QRect second = examples->visualItemRect(examples->item(1));
        QTest::mouseClick(examples->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(examples->currentRow(), 1);
        QVERIFY(gallery->isStartPageShown());
        QVERIFY(start->openExampleButton()->isEnabled());
        QTest::mouseClick(start->openExampleButton(), Qt::LeftButton);
        QTRY_VERIFY(!gallery->isStartPageShown());
        QVERIFY(m_window->document()->incident().interpretations.size() > 0);
        QTRY_VERIFY(inspector->isVisible());
    }

    void addEvidenceStartsFromTheOnlySource()
    {
        openExample(QSize(1400, 900), kCulturalTransmission);
        const Incident &incident = m_window->document()->incident();
        QCOMPARE(incident.sources.size(), 1);
        CanvasView *view = m_window->currentView();
        const Interpretation *reading =
            incident.findInterpretation(m_window->tabs()->currentInterpretationId());
        view->selectElements({}, {reading->links.first().id});
        auto *links = m_window->inspector()->findChild<LinkInspector *>();
        QVERIFY(links);
        QString offered = QStringLiteral("not asked");
        links->setEvidenceEditor([&offered](QWidget *, const Incident &, const Evidence &evidence,
                                            bool) -> std::optional<Evidence> {
            offered = evidence.sourceId;
            return std::nullopt;
        });
        auto *add = links->findChild<QPushButton *>(QStringLiteral("addEvidence"));
        QTRY_VERIFY(add->isVisible());
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(offered, incident.sources.first().id);
    }

    void exportStartsInAnExistingFolder()
    {
        openExample(kSmall);
        const QString folder = m_window->exportController()->exportFolder();
        QVERIFY2(QFileInfo(folder).isDir(), qPrintable(folder));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.faultline"));
        QVERIFY(m_window->saveTo(path));
        QCOMPARE(QFileInfo(m_window->exportController()->exportFolder()).canonicalFilePath(),
                 QFileInfo(dir.path()).canonicalFilePath());
    }
};

QTEST_MAIN(TestFirstUse)
#include "tst_firstuse.moc"
