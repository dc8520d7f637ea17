// Feature controllers driven through a hand-made ControllerContext, with a
// plain QMainWindow and no MainWindow: what they need comes through the
// context (document, tabs, actions, status sink, panels) and the controllers
// they depend on are handed to them, so nothing is looked up in the window.

#include "../common/elementbuilders.h"
#include "app/controllers/comparecontroller.h"
#include "app/controllers/controllercontext.h"
#include "app/controllers/exportcontroller.h"
#include "app/controllers/lenscontroller.h"
#include "app/controllers/presentationcontroller.h"
#include "app/window/windowactions.h"
#include "model/document.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/common/interpretationtabs.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QMainWindow>
#include <QMimeData>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace faultline;
using faultline::test::factor;
using faultline::test::placement;

namespace {
Incident threeReadings()
{
    Incident incident;
    incident.title = QStringLiteral("CoinRun");
    incident.factors = {factor("rew", "reward", "+10 coin"),
                        factor("run", "behaviour", "Runs right")};
    for (const char *id : {"A", "B", "C"}) {
        Interpretation reading;
        reading.id = QString::fromLatin1(id);
        reading.name = QStringLiteral("Reading ") + reading.id;
        reading.placements = {placement("rew", {0, 0}, true), placement("run", {0, 200})};
        incident.interpretations.append(reading);
    }
    return incident;
}

/// A window, document, tabs and actions as MainWindow would have them, and a
/// context over them whose status sink and panel list record what they get.
struct HandMadeWindow
{
    Document documentObject; ///< outlives the window: its views read it while they go
    Document *document = &documentObject;
    QMainWindow window;
    InterpretationTabs *tabs = new InterpretationTabs(document);
    WindowActions *actions = new WindowActions(document->undoStack(), &window);
    QStringList statusMessages;
    QList<QDockWidget *> panels;

    explicit HandMadeWindow(const Incident &incident)
    {
        document->resetIncident(incident);
        window.setCentralWidget(tabs);
    }

    ControllerContext context()
    {
        ControllerContext context;
        context.window = &window;
        context.document = document;
        context.tabs = tabs;
        context.actions = actions;
        context.statusSink = [this](const QString &message, int) {
            statusMessages.append(message);
        };
        context.panelAdder = [this](QDockWidget *dock, Qt::DockWidgetArea area) {
            window.addDockWidget(area, dock);
            panels.append(dock);
        };
        context.panelList = [this] { return panels; };
        return context;
    }
};
} // namespace

class TestControllerContext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exportReportsThroughTheStatusSink()
    {
        HandMadeWindow host{Incident{}};
        ExportController exporter(host.context(), nullptr);
        host.actions->exportDiagram->trigger(); // nothing to export: no dialog, a message
        QCOMPARE(host.statusMessages,
                 QStringList{QStringLiteral("There is no interpretation to export.")});
    }

    void copyAsImageUsesTheContextsTabs()
    {
        HandMadeWindow host(threeReadings());
        ExportController exporter(host.context(), nullptr);
        QVERIFY(host.tabs->currentView());
        QApplication::clipboard()->clear();
        host.actions->copyAsImage->trigger();
        QCOMPARE(host.statusMessages,
                 QStringList{QStringLiteral("Copied the diagram as an image")});
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime && mime->hasImage());
    }

    void lensPanelsGoThroughTheContext()
    {
        HandMadeWindow host(threeReadings());
        LensController lenses(host.context());
        QCOMPARE(host.panels.size(), 3);
        for (QDockWidget *dock : std::as_const(host.panels))
            QCOMPARE(host.window.dockWidgetArea(dock), Qt::RightDockWidgetArea);
        host.actions->lensRootCause->trigger();
        QCOMPARE(lenses.lens(), Lens::RootCause);
    }

    void presentationShowsTheComparisonItIsHanded()
    {
        HandMadeWindow host(threeReadings());
        CompareController compare(host.context());
        QVERIFY(compare.open({"C", "A"}));
        PresentationController presentation(host.context(), &compare);
        QCOMPARE(presentation.comparison(), (QStringList{"C", "A"}));
        // Without a compare controller: the first two readings.
        PresentationController alone(host.context(), nullptr);
        QCOMPARE(alone.comparison(), (QStringList{"A", "B"}));
    }
};

QTEST_MAIN(TestControllerContext)
#include "tst_controllercontext.moc"
