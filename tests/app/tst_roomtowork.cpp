// "Room to work" (issue 21): the editor window at laptop and projector sizes,
// driven through real events under the offscreen platform: the lens switch
// and the main actions stay out of the tool bar's overflow in every language,
// the canvas gets most of the window and grows with it, the panels' layout
// is reset when it no longer fits.

#include "../common/mainwindowfixture.h"
#include "app/controllers/exportcontroller.h"
#include "app/controllers/gallerycontroller.h"
#include "app/controllers/languagecontroller.h"
#include "app/controllers/lenscontroller.h"
#include "app/window/mainwindow.h"
#include "app/window/windowactions.h"
#include "app/window/windowlayout.h"
#include "app/window/windowmenus.h"
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

namespace {
const QString kHideAndSeek =
    QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples/hide-and-seek.faultline");
// An example with exactly one source.
const QString kCulturalTransmission =
    QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples/cultural-transmission.faultline");
const QSize kSmall(1024, 700);

/// Whether `widget` is shown and lies inside `container` (not cut off, not
/// moved into an overflow menu).
bool shownInside(const QWidget *widget, const QWidget *container)
{
    if (!widget || !widget->isVisible())
        return false;
    const QRect rect(widget->mapTo(container, QPoint(0, 0)), widget->size());
    return container->rect().contains(rect);
}

double canvasShare(MainWindow *window)
{
    const QWidget *viewport = window->currentView()->viewport();
    const QSize size = viewport->size();
    return double(size.width()) * size.height() / (double(window->width()) * window->height());
}
} // namespace

class TestRoomToWork : public QObject
{
    Q_OBJECT

private:
    test::MainWindowFixture m_window;

    void openExample(QSize size, const QString &path = kHideAndSeek)
    {
        m_window.create();
        QVERIFY(m_window->openFile(path));
        m_window.show(size);
        QVERIFY(m_window.settle());
        QTRY_COMPARE(m_window->size(), size);
    }

private Q_SLOTS:
    void initTestCase() { test::MainWindowFixture::initTestCase(QStringLiteral("FaultlineTest")); }

    void cleanup()
    {
        m_window.cleanup();
        LanguageController::applyLanguage(QStringLiteral("en"));
    }

    void mainControlsVisibleAtLaptopSize_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void mainControlsVisibleAtLaptopSize()
    {
        QFETCH(QString, language);
        QVERIFY(LanguageController::applyLanguage(language));
        openExample(kSmall);
        WindowActions *a = m_window->windowActions();
        QToolBar *toolBar = m_window->menus()->toolBar();
        for (QAction *action : {a->save, a->undo, a->compare, a->present}) {
            QWidget *button = toolBar->widgetForAction(action);
            QVERIFY2(shownInside(button, toolBar), qPrintable(action->iconText()));
        }
        LensSwitch *lenses = m_window->lensSwitch();
        QVERIFY(shownInside(lenses, m_window.get()));
        // Every lens is one click away, and the switch shows which one is on.
        QCOMPARE(lenses->buttons().size(), a->lensGroup->actions().size());
        QToolButton *levers = lenses->findChild<QToolButton *>(QStringLiteral("lensButton_levers"));
        QVERIFY(levers);
        QTest::mouseClick(levers, Qt::LeftButton);
        QCOMPARE(m_window->lensController()->lens(), Lens::Levers);
        QVERIFY(levers->isChecked());
        QTest::keyClick(m_window->currentView(), Qt::Key_0, Qt::ControlModifier | Qt::AltModifier);
        QTRY_VERIFY(!levers->isChecked());
    }

    void canvasGetsMostOfTheWindow_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("minimumShare");
        QTest::newRow("laptop 1024x700") << kSmall << 0.5;
        QTest::newRow("default") << test::MainWindowFixture::kDefaultSize << 0.6;
        QTest::newRow("1440x900") << QSize(1440, 900) << 0.6;
    }

    void canvasGetsMostOfTheWindow()
    {
        QFETCH(QSize, size);
        QFETCH(double, minimumShare);
        openExample(size);
        const double share = canvasShare(m_window.get());

        QVERIFY2(share >= minimumShare, qPrintable(QString::number(share)));
    }

    void growingTheWindowGrowsTheCanvas()
    {
        openExample(kSmall);
        const QSize before = m_window->currentView()->size();
        QDockWidget *inspector =
            m_window->findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        const int inspectorBefore = inspector->width();
        m_window->resize(1600, 1000);
        QTRY_COMPARE(m_window->size(), QSize(1600, 1000));
        QTRY_VERIFY(m_window->currentView()->width() > before.width());
        QVERIFY(m_window->currentView()->height() > before.height());
        // The panels take their share of the new room too.
        QTRY_VERIFY(inspector->width() > inspectorBefore);
        QVERIFY(canvasShare(m_window.get()) >= 0.6);
    }

    void savedPanelsTooWideAreReset()
    {
        const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
        const QSize size = screen * 0.9;
        openExample(size);
        QDockWidget *inspector =
            m_window->findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        m_window->resizeDocks({inspector}, {int(size.width() * 0.7)}, Qt::Horizontal);
        QTRY_VERIFY(!m_window->windowLayout()->docksFit());
        m_window.closeDiscarding(); // saves the layout, as on quit
        m_window.reset();
        m_window.create();
        m_window.show(QSize()); // the saved size
        QVERIFY(m_window.settle());
        QTRY_VERIFY(m_window->windowLayout()->docksFit());
    }

    void savedWindowLargerThanTheScreenIsReset()
    {
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        openExample(screen.size() + QSize(300, 200));
        m_window.closeDiscarding();
        m_window.reset();
        m_window.create();
        m_window.show(QSize());
        QVERIFY(m_window.settle());
        QVERIFY(screen.contains(m_window->frameGeometry()));
        QVERIFY(m_window->windowLayout()->docksFit());
    }

    void presentationLayoutShowsTheCanvasOnly()
    {
        openExample(kSmall);
        QAction *presentation = m_window->windowLayout()->presentationLayoutAction();
        QVERIFY(m_window->menus()->viewMenu()->actions().contains(presentation));
        presentation->trigger();
        for (QDockWidget *dock : m_window->panels())
            QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
        QTRY_VERIFY(canvasShare(m_window.get()) >= 0.8);
        presentation->trigger();
        QDockWidget *inspector =
            m_window->findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        QTRY_VERIFY(inspector->isVisible());
    }

    void lowerPanelsCollapseToAStrip()
    {
        openExample(kSmall);
        QDockWidget *sources = m_window->findChild<QDockWidget *>(QStringLiteral("sourcesDock"));
        QDockWidget *checklist =
            m_window->findChild<QDockWidget *>(QStringLiteral("checklistDock"));
        QDockWidget *inspector =
            m_window->findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        QTRY_VERIFY(sources->isVisible());
        const int inspectorBefore = inspector->height();
        const double canvasBefore = canvasShare(m_window.get());
        QAction *collapse = m_window->windowLayout()->collapseLowerAction();
        QVERIFY(m_window->menus()->panelsMenu()->actions().contains(collapse));
        collapse->trigger();
        // A strip of the panels' titles stays in view; the panels go.
        PanelStrip *strip = m_window->windowLayout()->lowerStrip();
        QVERIFY(strip);
        QTRY_VERIFY(shownInside(strip, m_window.get()));
        QVERIFY(strip->height() < 60);
        QVERIFY(!sources->isVisible());
        QVERIFY(!checklist->isVisible());
        QTabBar *titles = strip->tabBar();
        QStringList texts;
        for (int i = 0; i < titles->count(); ++i)
            texts.append(titles->tabText(i));
        QVERIFY2(texts.contains(sources->windowTitle()), qPrintable(texts.join(u',')));
        QVERIFY2(texts.contains(checklist->windowTitle()), qPrintable(texts.join(u',')));
        // The titles can be read: the first tab lies whole inside the strip.
        QVERIFY(titles->isVisible());
        QVERIFY(QRect(QPoint(0, 0), titles->size()).contains(titles->tabRect(0)));
        // The room goes to the inspector above; the canvas loses none.
        QTRY_VERIFY(inspector->height() > inspectorBefore + 100);
        QVERIFY(canvasShare(m_window.get()) >= canvasBefore);
        QVERIFY(QSettings().value(QStringLiteral("window/lowerPanelsCollapsed")).toBool());

        // A click on the checklist's title brings the group back with it in front.
        const int index = int(texts.indexOf(checklist->windowTitle()));
        QTest::mouseClick(titles, Qt::LeftButton, {}, titles->tabRect(index).center());
        QTRY_VERIFY(checklist->isVisible());
        QTRY_VERIFY(shownInside(checklist, m_window.get()));
        QTRY_VERIFY(checklist->height() > 120);
        QVERIFY(!strip->isVisible());
        QVERIFY(!collapse->isChecked());
        QVERIFY(!QSettings().value(QStringLiteral("window/lowerPanelsCollapsed")).toBool());

        // Collapsed is remembered for the next start; the strip's expand
        // button brings the panels back too.
        collapse->trigger();
        QTRY_VERIFY(!checklist->isVisible());
        m_window.closeDiscarding();
        openExample(kSmall);
        strip = m_window->windowLayout()->lowerStrip();
        QVERIFY(strip);
        QTRY_VERIFY(shownInside(strip, m_window.get()));
        QVERIFY(m_window->windowLayout()->collapseLowerAction()->isChecked());
        sources = m_window->findChild<QDockWidget *>(QStringLiteral("sourcesDock"));
        QVERIFY(!sources->isVisible());
        QVERIFY(strip->tabBar()->count() >= 2);
        QTest::mouseClick(strip->expandButton(), Qt::LeftButton);
        QTRY_VERIFY(
            sources->isVisible() ||
            m_window->findChild<QDockWidget *>(QStringLiteral("checklistDock"))->isVisible());
        QVERIFY(!strip->isVisible());
        // Opening one of the group's panels from View > Panels ends the collapse.
        m_window->windowLayout()->collapseLowerAction()->trigger();
        QTRY_VERIFY(!sources->isVisible());
        sources->toggleViewAction()->trigger();
        QTRY_VERIFY(sources->isVisible());
        QVERIFY(!strip->isVisible());
        QVERIFY(!m_window->windowLayout()->collapseLowerAction()->isChecked());
    }

    void startScreenShowsNoEditingTools()
    {
        openExample(kSmall);
        WindowActions *a = m_window->windowActions();
        QToolBar *toolBar = m_window->menus()->toolBar();
        QLabel *zoom = nullptr;
        for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
            if (label->text().endsWith(u'%'))
                zoom = label;
        QVERIFY(zoom);
        QVERIFY(zoom->isVisible());
        const QList<QAction *> editorTools = toolBar->actions();
        const QList<QAction *> editing = {a->save, a->undo, a->compare, a->zoomIn,
                                          a->connectFactors};
        for (QAction *action : editing)
            QVERIFY(shownInside(toolBar->widgetForAction(action), toolBar));

        m_window->windowActions()->close->trigger();
        QVERIFY(m_window->galleryController()->isStartPageShown());
        for (QAction *action : editing) {
            QWidget *button = toolBar->widgetForAction(action);
            QVERIFY2(!button || !button->isVisible(), qPrintable(action->iconText()));
        }
        // What the start screen is for stays: a new document, or opening one.
        QTRY_VERIFY(shownInside(toolBar->widgetForAction(a->newFile), toolBar));
        QTRY_VERIFY(shownInside(toolBar->widgetForAction(a->open), toolBar));
        QVERIFY(!zoom->isVisible());

        // Back in the editor, every tool returns in its place.
        StartPage *start = m_window->galleryController()->startPage();
        ExampleListWidget *examples = start->examples();
        QTest::mouseClick(examples->viewport(), Qt::LeftButton, {},
                          examples->visualItemRect(examples->item(0)).center());
        QTest::mouseClick(start->openExampleButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_window->galleryController()->isStartPageShown());
        QCOMPARE(toolBar->actions(), editorTools);
        for (QAction *action : editing)
            QTRY_VERIFY(shownInside(toolBar->widgetForAction(action), toolBar));
        QVERIFY(zoom->isVisible());
    }

    void panelButtonsFitAtLaptopSize_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void panelButtonsFitAtLaptopSize()
    {
        QFETCH(QString, language);
        QVERIFY(LanguageController::applyLanguage(language));
        openExample(kSmall);
        QDockWidget *sources = m_window->findChild<QDockWidget *>(QStringLiteral("sourcesDock"));
        QDockWidget *factors = m_window->findChild<QDockWidget *>(QStringLiteral("factorListDock"));
        sources->raise();
        QTRY_VERIFY(shownInside(sources, m_window.get()));
        QList<QPushButton *> buttons;
        for (const char *name : {"addSource", "editSource", "removeSource"})
            buttons.append(sources->findChild<QPushButton *>(QLatin1String(name)));
        buttons.append(
            factors->findChild<QPushButton *>(QStringLiteral("addFactorToInterpretation")));
        for (QPushButton *button : std::as_const(buttons)) {
            QVERIFY(button);
            QWidget *panel = button == buttons.last() ? factors : sources;
            const QString what = button->objectName() + u' ' + button->text() + u' ' +
                                 QString::number(button->width()) + u'<' +
                                 QString::number(button->sizeHint().width());
            QVERIFY2(shownInside(button, panel), qPrintable(what));
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(what));
            // A button without words says what it does on hover and to a screen reader.
            if (button->text().isEmpty()) {
                QVERIFY2(!button->icon().isNull(), qPrintable(what));
                QVERIFY2(!button->toolTip().isEmpty(), qPrintable(what));
                QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(what));
            }
        }
    }

    void everyTabOpensFitted()
    {
        openExample(kSmall);
        InterpretationTabs *tabs = m_window->tabs();
        QVERIFY(tabs->count() >= 3);
        for (int i = 0; i < tabs->count(); ++i) {
            QTabBar *bar = tabs->tabWidget()->tabBar();
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
            QTRY_COMPARE(tabs->tabWidget()->currentIndex(), i);
            CanvasView *view = tabs->view(i);
            QTRY_VERIFY(view->isVisible());
            const QRect diagram =
                view->mapFromScene(view->canvasScene()->diagramRect()).boundingRect();
            QVERIFY2(view->viewport()->rect().contains(diagram),
                     qPrintable(QStringLiteral("tab %1").arg(i)));
        }
        // The zoom is the tab's own: zooming one leaves the others.
        tabs->tabWidget()->setCurrentIndex(0);
        const qreal other = tabs->view(1)->zoom();
        const qreal fitted = tabs->view(0)->zoom();
        m_window->windowActions()->zoomIn->trigger();
        QTRY_VERIFY(tabs->view(0)->zoom() > fitted);
        const qreal zoomed = tabs->view(0)->zoom();
        tabs->tabWidget()->setCurrentIndex(1);
        QCOMPARE(tabs->view(1)->zoom(), other);
        tabs->tabWidget()->setCurrentIndex(0);
        QCOMPARE(tabs->view(0)->zoom(), zoomed);
    }

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

QTEST_MAIN(TestRoomToWork)
#include "tst_roomtowork.moc"
