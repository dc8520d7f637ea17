// Crux slides of the presentation at projector size (1280×720), with
// CoinRun's three readings: every crux's factors lie inside the visible
// slide (fitted, never cut off), the headline keeps to two lines, and the
// positions table has a row per reading; at laptop size (1024×700) every
// reading's diagram has one scale and labels of a least size.

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
        auto coinrun = readFaultlineFile(
            QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples/coinrun.faultline"));
        QVERIFY(coinrun.ok());
        Document document;
        document.resetIncident(*coinrun);
        QStringList ids;
        for (const Interpretation &interp : coinrun->interpretations)
            ids.append(interp.id);
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
        QTest::addColumn<int>("readings");
        QTest::addColumn<qreal>("smallestLabel"); // pixels, on every crux slide
        // Before: 5.8, 3.8 and 2.8 px (a frame of the crux and all its
        // neighbours in full-margin columns, whatever its size).
        QTest::newRow("two readings") << 2 << 8.0;
        QTest::newRow("three readings") << 3 << 5.0;
        QTest::newRow("four readings") << 4 << 3.8;
    }

    void cruxDiagramsAtLaptopSize()
    {
        QFETCH(int, readings);
        QFETCH(qreal, smallestLabel);
        auto coinrun = readFaultlineFile(
            QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples/coinrun.faultline"));
        QVERIFY(coinrun.ok());
        Document document;
        document.resetIncident(*coinrun);
        QStringList ids;
        for (const Interpretation &interp : coinrun->interpretations)
            ids.append(interp.id);
        PresentationWindow window(&document, ids.mid(0, readings));
        window.resize(1024, 700);
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
            for (FittingView *view : views) {
                // One scale for every reading: a factor has one size on the slide.
                QVERIFY2(qAbs(view->transform().m11() - scale) <= 0.01 * scale,
                         qPrintable(QStringLiteral("step %1").arg(step)));
                QVERIFY2(view->transform().m11() * labelPixels >= smallestLabel,
                         qPrintable(QStringLiteral("step %1: labels %2 px")
                                        .arg(step)
                                        .arg(view->transform().m11() * labelPixels)));
            }
        }
        QVERIFY(slides > 0);
    }
};

QTEST_MAIN(TestCruxSlides)
#include "tst_cruxslides.moc"
