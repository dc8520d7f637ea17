// Links stroke only the pieces of their line near the repainted region
// (LinkPieces, RepaintArea). Guards that this changes no pixel a user sees
// (a drag's partial repaints leave the same window as one full repaint, for
// solid, dashed, barred and double lines, with the canvas offset inside its
// window) and that a small repaint really strokes only a few pieces.
// (Scrolling is not compared: QGraphicsView's scrolled pixels differ from a
// fresh paint at the seams with or without culling.)

#include "../bench/generatedincident.h"

#include "model/document.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/canvas/linkitem.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QScreen>
#include <QTest>
#include <QVBoxLayout>

using namespace faultline;

namespace {

/// The generated incident in a tall two-column strip, so links run long (up
/// to a few thousand pixels) and cross many others; every relation occurs.
Incident longLinkIncident(int factors)
{
    Incident incident = test::generatedIncident(factors);
    Interpretation &interp = incident.interpretations.first();
    for (int i = 0; i < interp.placements.size(); ++i)
        interp.placements[i].pos = QPointF((i % 2) * 420.0 + (i % 7) * 25.0, i * 90.0);
    const Relation relations[] = {Relation::Causes, Relation::Enables, Relation::Prevents,
                                  Relation::Amplifies};
    for (int i = 0; i < interp.links.size(); ++i)
        interp.links[i].relation = relations[i % 4];
    return incident;
}

/// A canvas inside a window, below a label and a margin: the viewport's
/// device coordinates are not the window's, as in the editor.
struct CanvasWindow
{
    /// Shown, at 100 % zoom, centred on factor `centre` of `document`.
    CanvasWindow(Document *document, int centre)
    {
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(23, 17, 11, 9);
        layout->addWidget(new QLabel(QStringLiteral("Above the canvas")));
        view = new CanvasView(document, document->incident().interpretations.first().id);
        layout->addWidget(view);
        window.resize(1000, 760);
        window.show();
        exposed = QTest::qWaitForWindowExposed(&window);
        view->setZoom(1.0);
        centred = view->canvasScene()->factorItems().at(centre);
        view->centerOn(centred);
        QApplication::processEvents();
    }
    QWidget window;
    CanvasView *view = nullptr;
    FactorItem *centred = nullptr;
    bool exposed = false;
};

/// What the window shows now (its backing store), without painting again.
QImage shownPixels(QWidget &window)
{
    return window.screen()
        ->grabWindow(window.winId())
        .toImage()
        .convertToFormat(QImage::Format_RGB32);
}

/// Pixels whose colour differs by more than `tolerance` in some channel.
int differingPixels(const QImage &a, const QImage &b, int tolerance)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *rowA = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *rowB = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = rowA[x];
            const QRgb q = rowB[x];
            if (std::abs(qRed(p) - qRed(q)) > tolerance ||
                std::abs(qGreen(p) - qGreen(q)) > tolerance ||
                std::abs(qBlue(p) - qBlue(q)) > tolerance)
                ++count;
        }
    }
    return count;
}

/// A point on `factor`'s box that no link covers, in viewport coordinates.
QPoint grabPoint(CanvasView *view, FactorItem *factor)
{
    const QRectF box = factor->boxRect().translated(factor->scenePos());
    for (qreal y = box.top() + 6; y < box.bottom() - 6; y += 4)
        for (qreal x = box.left() + 10; x < box.right() - 10; x += 4)
            if (view->canvasScene()->elementAt(QPointF(x, y), view->transform()) == factor)
                return view->mapFromScene(QPointF(x, y));
    return {};
}

} // namespace

class TestLinkCulling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dragRepaintsLeaveTheSamePixelsAsAFullRepaint()
    {
        Document document;
        document.resetIncident(longLinkIncident(160));
        CanvasWindow canvas(&document, 80);
        QVERIFY(canvas.exposed);
        CanvasView *view = canvas.view;
        FactorItem *moved = canvas.centred;
        QPoint at = grabPoint(view, moved);
        QVERIFY(!at.isNull());
        QTest::mouseMove(view->viewport(), at);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at);
        for (int step = 0; step < 8; ++step) {
            at += QPoint(step < 4 ? 13 : -9, step < 4 ? 7 : 11);
            QTest::mouseMove(view->viewport(), at);
            QApplication::processEvents(); // the view's own partial repaint
        }
        const QImage partial = shownPixels(canvas.window);
        view->viewport()->repaint(); // everything, painted whole
        const QImage full = shownPixels(canvas.window);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(!partial.isNull());
        // Anti-aliasing may shift a level where a run of pieces starts; a
        // missing or misplaced piece is a stroke of full contrast.
        const int differing = differingPixels(partial, full, 48);
        if (differing > 0) {
            partial.save(QStringLiteral("linkculling-partial.png"));
            full.save(QStringLiteral("linkculling-full.png"));
        }
        QCOMPARE(differing, 0);
    }

    void smallRepaintStrokesOnlyNearbyPieces()
    {
        Document document;
        document.resetIncident(longLinkIncident(160));
        CanvasWindow canvas(&document, 80);
        QVERIFY(canvas.exposed);
        CanvasView *view = canvas.view;
        const QList<LinkItem *> links = view->canvasScene()->linkItems();
        QHash<LinkItem *, std::pair<int, int>> before; // paints, stroked pieces
        for (LinkItem *link : links)
            before.insert(link, {link->paintCount(), link->strokedPieceCount()});
        // A small square of the viewport on a long link, away from its ends and badge.
        QRect square;
        for (LinkItem *link : links) {
            const QPainterPath curve = link->curve();
            const QPoint on = view->mapFromScene(curve.pointAtPercent(0.3));
            if (link->relation() != Relation::Amplifies && curve.length() > 800 &&
                view->viewport()->rect().adjusted(40, 40, -40, -40).contains(on)) {
                square = QRect(on - QPoint(20, 20), QSize(40, 40));
                break;
            }
        }
        QVERIFY2(!square.isNull(), "no long link in view");
        view->viewport()->repaint(square);
        int painted = 0;
        int stroked = 0;
        int ofPainted = 0;
        for (LinkItem *link : links) {
            if (link->relation() == Relation::Amplifies ||
                link->paintCount() == before.value(link).first)
                continue; // rails are polylines, counted apart; not painted
            ++painted;
            stroked += link->strokedPieceCount() - before.value(link).second;
            ofPainted += link->linePieceCount();
        }
        QVERIFY2(painted > 0, "no link crosses the square: move it");
        QVERIFY(stroked > 0);
        // Long links are a dozen pieces or more; a 40 px square meets one or two of each.
        QVERIFY2(stroked * 3 <= ofPainted,
                 qPrintable(QStringLiteral("%1 of %2 pieces stroked for %3 links")
                                .arg(stroked)
                                .arg(ofPainted)
                                .arg(painted)));
    }
};

QTEST_MAIN(TestLinkCulling)
#include "tst_linkculling.moc"
