// Level of detail of canvas items drawn in export style on a screen (the
// compare view's columns and the presentation's slides): text and badges only
// where they can be read, faded context links left out when zoomed far out,
// while a page (the scene rendered without a view: files, thumbnails) keeps
// every detail at any scale.

#include "model/document.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/emphasis.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/canvas/linkitem.h"

#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace faultline;

namespace {
/// Two factors far apart and the link between them.
Incident twoFactors()
{
    Incident incident;
    incident.title = QStringLiteral("Level of detail");
    Factor reward;
    reward.id = QStringLiteral("a");
    reward.kind = QStringLiteral("reward");
    reward.label = QStringLiteral("Reward for the coin");
    Factor behaviour;
    behaviour.id = QStringLiteral("b");
    behaviour.kind = QStringLiteral("behaviour");
    behaviour.label = QStringLiteral("Runs to the right");
    incident.factors = {reward, behaviour};
    Interpretation interp;
    interp.id = QStringLiteral("main");
    interp.name = QStringLiteral("Main");
    Placement a;
    a.factorId = QStringLiteral("a");
    a.pos = QPointF(0, 0);
    Placement b;
    b.factorId = QStringLiteral("b");
    b.pos = QPointF(0, 600);
    interp.placements = {a, b};
    Link link;
    link.id = QStringLiteral("l1");
    link.from = QStringLiteral("a");
    link.to = QStringLiteral("b");
    interp.links = {link};
    incident.interpretations = {interp};
    return incident;
}
} // namespace

class TestExportStyleDetail : public QObject
{
    Q_OBJECT

private:
    Document m_document;
    CanvasScene *m_scene = nullptr;
    QGraphicsView *m_view = nullptr;

    /// Shows the diagram at `scale` around factor a (the first) or, by
    /// default, around its centre, and paints the view now.
    void paintViewAt(qreal scale, bool aroundFirst = false)
    {
        m_view->setTransform(QTransform::fromScale(scale, scale));
        m_view->centerOn(aroundFirst ? QPointF(0, 0) : m_scene->diagramRect().center());
        m_view->viewport()->repaint();
    }

    /// Renders the scene to an image (a page), as exports do.
    void renderPageAt(qreal scale)
    {
        const QRectF source = m_scene->diagramRect();
        QImage image((source.size() * scale).toSize() + QSize(2, 2), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        m_scene->render(&painter, QRectF(QPointF(0, 0), source.size() * scale), source);
    }

private Q_SLOTS:
    void init()
    {
        m_document.resetIncident(twoFactors());
        m_scene = new CanvasScene(&m_document, QStringLiteral("main"));
        m_scene->setExportMode(true);
        m_view = new QGraphicsView(m_scene);
        m_view->resize(400, 400);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
    }

    void cleanup()
    {
        delete m_view;
        delete m_scene;
    }

    void textOnlyWhereReadable()
    {
        FactorItem *item = m_scene->factorItem(QStringLiteral("a"));
        QVERIFY(item);
        paintViewAt(1.0, true);
        QVERIFY(item->paintedDetail());
        paintViewAt(0.3, true); // 4 px labels: still drawn where labels are the point
        QVERIFY(item->paintedDetail());
        paintViewAt(0.2); // labels about 2 pixels high: the box alone
        QVERIFY(!item->paintedDetail());
        renderPageAt(0.2); // a page is zoomed into after it is made
        QVERIFY(item->paintedDetail());
    }

    void fadedContextLeftOutWhenZoomedFarOut()
    {
        LinkItem *link = m_scene->linkItem(QStringLiteral("l1"));
        QVERIFY(link);
        link->setEmphasis(Emphasis::Faded);
        int paints = link->paintCount();
        paintViewAt(0.4);
        QVERIFY(link->paintCount() > paints); // near enough to follow: drawn
        paints = link->paintCount();
        paintViewAt(0.05);
        QCOMPARE(link->paintCount(), paints); // a hair in a grey mesh: left out
        renderPageAt(0.05);
        QVERIFY(link->paintCount() > paints); // pages keep it
        paints = link->paintCount();
        link->setEmphasis(Emphasis::Highlighted);
        paintViewAt(0.05);
        QVERIFY(link->paintCount() > paints); // the crux's own links always show
    }
};

QTEST_MAIN(TestExportStyleDetail)
#include "tst_exportstyledetail.moc"
