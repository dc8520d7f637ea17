// Crux slides of the presentation at projector size (1280×720), with
// CoinRun's three readings: every crux's factors lie inside the visible
// slide (fitted, never cut off), the headline keeps to two lines, and the
// positions table has a row per reading; at laptop size (1024×700) every
// reading's diagram has one scale and labels of a least size.

#include "../common/bundledexample.h"
#include "model/document.h"
#include "model/format/faultlinereader.h"
#include "testpaths.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasstyle.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/compare/comparescenes.h"
#include "widgets/discussion/compareslide.h"
#include "widgets/discussion/cruxslide.h"
#include "widgets/discussion/fittingview.h"
#include "widgets/discussion/presentationwindow.h"
#include "widgets/discussion/slidelabel.h"
#include "widgets/discussion/textslide.h"

#include <QPushButton>
#include <QTest>

using namespace faultline;

class TestCruxSlides : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyCruxFitsTheSlide()
    {
        const Incident coinrun = test::bundledExample(QStringLiteral("coinrun"));
        Document document;
        document.resetIncident(coinrun);
        const QStringList ids = test::interpretationIds(coinrun);
        PresentationWindow window(&document, ids);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Slide 1 tells the room how to go on and how to leave.
        QVERIFY(window.titleSlide()->text().contains(QStringLiteral("Esc")));

        const QRect slide = window.rect();
        int checked = 0;
        int cruxSteps = 0;
        for (int step = 0; step < window.steps().size(); ++step) {
            if (window.steps()[step].kind != PresentationStep::Kind::Crux)
                continue;
            window.goTo(step);
            ++cruxSteps;
            CruxSlide *crux = window.cruxSlide();
            QCOMPARE(window.currentSlide(), crux);
            const QFontMetrics fm(crux->headline()->font());
            QVERIFY2(crux->headline()->height() <= 2 * fm.lineSpacing() + 4,
                     qPrintable(crux->headline()->text()));
            const Crux &c = crux->diagrams()->scenes()->diff().cruxes[window.steps()[step].index];
            const QList<FittingView *> views = crux->diagrams()->findChildren<FittingView *>();
            QCOMPARE(views.size(), ids.size());
            for (FittingView *view : views) {
                const QRect viewport(view->viewport()->mapTo(&window, QPoint(0, 0)),
                                     view->viewport()->size());
                QVERIFY2(slide.contains(viewport), "a diagram reaches past the slide");
                QVERIFY2(viewport.height() > 150, "the diagrams get little of the slide");
                auto *scene = static_cast<CanvasScene *>(view->scene());
                for (const QString &id : c.factorIds) {
                    const FactorItem *item = scene->factorItem(id);
                    if (!item || !item->isVisible())
                        continue;
                    const QRect box = view->mapFromScene(item->sceneBoundingRect()).boundingRect();
                    QVERIFY2(view->viewport()->rect().contains(box),
                             qPrintable(QStringLiteral("crux %1: %2 cut off")
                                            .arg(window.steps()[step].index + 1)
                                            .arg(id)));
                    ++checked;
                }
            }
        }
        QVERIFY(cruxSteps > 0);
        QVERIFY(checked > 0);
        window.goTo(int(window.steps().size()) - 1);
        QVERIFY(window.saveSummaryButton()->isVisible());
    }

    void cruxDiagramsAtLaptopSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("readings");
        QTest::addColumn<qreal>("smallestLabel"); // pixels, on every crux slide
        // Before: 5.8, 3.8 and 2.8 px (a frame of the crux and all its
        // neighbours in full-margin columns, whatever its size).
        const QSize laptop(1024, 700);
        QTest::newRow("laptop, two readings") << laptop << 2 << 8.0;
        QTest::newRow("laptop, three readings") << laptop << 3 << 5.0;
        QTest::newRow("laptop, four readings") << laptop << 4 << 3.8;
        // The room's projector: what issue #20 asks of an exported slide
        // (12 px at two readings, 10 px at three) holds for every crux slide.
        const QSize projector(1280, 720);
        QTest::newRow("projector, two readings") << projector << 2 << 12.0;
        QTest::newRow("projector, three readings") << projector << 3 << 10.0;
    }

    void cruxDiagramsAtLaptopSize()
    {
        QFETCH(QSize, size);
        QFETCH(int, readings);
        QFETCH(qreal, smallestLabel);
        const Incident coinrun = test::bundledExample(QStringLiteral("coinrun"));
        Document document;
        document.resetIncident(coinrun);
        const QStringList ids = test::interpretationIds(coinrun);
        PresentationWindow window(&document, ids.mid(0, readings));
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qreal labelPixels = canvasstyle::labelFont(QFont()).pixelSize();
        int slides = 0;
        for (int step = 0; step < window.steps().size(); ++step) {
            if (window.steps()[step].kind != PresentationStep::Kind::Crux)
                continue;
            window.goTo(step);
            ++slides;
            const QList<FittingView *> views =
                window.cruxSlide()->diagrams()->findChildren<FittingView *>();
            QCOMPARE(views.size(), readings);
            const qreal scale = views.first()->transform().m11();
            CompareScenes *scenes = window.cruxSlide()->diagrams()->scenes();
            for (FittingView *view : views) {
                // One scale for every reading: a factor has one size on the slide.
                QVERIFY2(qAbs(view->transform().m11() - scale) <= 0.01 * scale,
                         qPrintable(QStringLiteral("step %1").arg(step)));
                // Unless the crux's own factors lie too far apart for that size
                // (a link across the whole diagram): then they are fitted whole.
                const QRectF core = scenes->focusCore().adjusted(-16, -16, 16, 16);
                const qreal whole =
                    FittingView::scaleOf(core, QSizeF(view->viewport()->size()) - QSizeF(4, 4)) *
                    labelPixels;
                const qreal wanted = std::min(smallestLabel, 0.99 * whole);
                QVERIFY2(view->transform().m11() * labelPixels >= wanted,
                         qPrintable(QStringLiteral("step %1: labels %2 px, wanted %3")
                                        .arg(step)
                                        .arg(view->transform().m11() * labelPixels)
                                        .arg(wanted)));
            }
        }
        QVERIFY(slides > 0);
    }
};

QTEST_MAIN(TestCruxSlides)
#include "tst_cruxslides.moc"
