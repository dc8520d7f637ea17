// The canvas, part two: shapes and colours, plain-text labels, keyboard
// navigation, drops, zoom and rendering, through real events (offscreen).

#include "canvasfixture.h"
#include "testpaths.h"

using namespace faultline;
using namespace faultline::test;

class TestCanvasLook : public CanvasFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpDocument(); }
    void cleanup() { tearDownView(); }

    void kindsHaveDistinctShapes()
    {
        const QRectF rect(0, 0, 160, 60);
        QList<QImage> images;
        for (const QString &shape : kindShapes()) {
            QImage image(160, 60, QImage::Format_Grayscale8);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::black);
            painter.drawPath(kindShapePath(shape, rect));
            painter.end();
            images.append(image);
        }
        for (qsizetype i = 0; i < images.size(); ++i)
            for (qsizetype j = i + 1; j < images.size(); ++j) {
                int differing = 0;
                for (int y = 0; y < 60; ++y)
                    for (int x = 0; x < 160; ++x)
                        differing +=
                            qAbs(qGray(images[i].pixel(x, y)) - qGray(images[j].pixel(x, y))) > 128;
                QVERIFY2(differing > 120,
                         qPrintable(kindShapes()[i] + QStringLiteral(" vs ") + kindShapes()[j]));
            }
        QSet<QString> builtInShapes;
        for (const KindStyle &style : builtInKinds())
            builtInShapes.insert(style.shape);
        QCOMPARE(builtInShapes.size(), builtInKinds().size());
        QVERIFY(!kindIcon(builtInKinds().first()).isNull());
    }

    void textStaysInsideShapes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("label");
        for (const KindStyle &style : builtInKinds()) {
            QTest::newRow(qPrintable(style.id + QStringLiteral("/short")))
                << style.id << QStringLiteral("X");
            QTest::newRow(qPrintable(style.id + QStringLiteral("/long")))
                << style.id
                << QStringLiteral("A long label about the reward function that wraps onto four or "
                                  "five lines of "
                                  "text inside the box");
        }
    }

    void textStaysInsideShapes()
    {
        QFETCH(QString, kind);
        QFETCH(QString, label);
        Incident incident = sampleIncident();
        incident.factors[0].kind = kind;
        incident.factors[0].label = label;
        m_doc->resetIncident(incident);
        CanvasScene scene(m_doc.get(), QStringLiteral("a"));
        const FactorItem *f = scene.factorItem(QStringLiteral("rew"));
        const QRectF text = f->labelRect().adjusted(1, 1, -1, -1);
        for (const QPointF &corner :
             {text.topLeft(), text.topRight(), text.bottomLeft(), text.bottomRight()})
            QVERIFY2(f->outlinePath().contains(corner),
                     qPrintable(QStringLiteral("%1,%2").arg(corner.x()).arg(corner.y())));
        QVERIFY(f->boxRect().width() <= 160 + 2 * 60);
    }

    void labelsArePlainText()
    {
        const QString hostile = QStringLiteral("<img src=\"/etc/passwd\"> <b>bold</b>");
        Incident incident = sampleIncident();
        incident.factors[0].label = hostile;
        m_doc->resetIncident(incident);
        openView();
        FactorItem *rew = item(QStringLiteral("rew"));
        QCOMPARE(rew->labelText(), hostile);
        // Wrapped lines hold exactly the typed characters (no markup was interpreted).
        QString shown = rew->labelLines().join(QString());
        QString typed = hostile;
        shown.remove(QLatin1Char(' '));
        typed.remove(QLatin1Char(' '));
        QCOMPARE(shown, typed);
        QVERIFY(rew->toolTipText().contains(QStringLiteral("&lt;img")));
        QVERIFY(!rew->toolTipText().contains(QStringLiteral("<img")));
        m_view->editLabel(QStringLiteral("rew"));
        QCOMPARE(m_view->labelEditor()->toPlainText(), hostile);
        QTest::keyClick(m_view->labelEditor(), Qt::Key_Escape);
    }

    void arrowKeysNudge()
    {
        openView();
        m_view->selectElements({QStringLiteral("run")}, {});
        const int count = undoCount();
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("run"))->pos,
                 QPointF(20, 200));
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("run"))->pos,
                 QPointF(19, 220));
        QCOMPARE(undoCount(), count + 1); // nudges merge
        m_doc->undoStack()->undo();
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("run"))->pos,
                 QPointF(0, 200));
    }

    void keyboardConnect()
    {
        openView();
        m_view->selectElements({QStringLiteral("ppo")}, {});
        m_view->startLinkFromSelection();
        QVERIFY(m_view->isConnecting());
        const QString first = m_view->connectTargetId();
        QVERIFY(!first.isEmpty() && first != QStringLiteral("ppo"));
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        const QString second = m_view->connectTargetId();
        QVERIFY(second != first && second != QStringLiteral("ppo"));
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        const QString chosen = m_view->connectTargetId();
        QVERIFY(!chosen.isEmpty() && chosen != QStringLiteral("ppo"));
        const int count = undoCount();
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QVERIFY(!m_view->isConnecting());
        QCOMPARE(undoCount(), count + 1);
        const Link &created =
            m_doc->incident().findInterpretation(QStringLiteral("a"))->links.last();
        QCOMPARE(created.from, QStringLiteral("ppo"));
        QCOMPARE(created.to, chosen);

        // Esc cancels without a command.
        m_view->selectElements({QStringLiteral("ppo")}, {});
        m_view->startLinkFromSelection();
        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QVERIFY(!m_view->isConnecting());
        QCOMPARE(undoCount(), count + 1);
    }

    void tabCyclesFactors()
    {
        openView();
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        // Reading order: row y=0 (rew, env), then row y=200 (ppo, run).
        QCOMPARE(m_view->selectedFactorIds(), QStringList{QStringLiteral("rew")});
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        QCOMPARE(m_view->selectedFactorIds(), QStringList{QStringLiteral("env")});
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        QCOMPARE(m_view->selectedFactorIds(), QStringList{QStringLiteral("ppo")});
        QTest::keyClick(m_view.get(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(m_view->selectedFactorIds(), QStringList{QStringLiteral("env")});
    }

    void findNextWraps()
    {
        openView();
        QVERIFY(m_view->findNext(QStringLiteral("RIGHT")));
        QCOMPARE(m_view->selectedFactorIds(), QStringList{QStringLiteral("env")});
        QVERIFY(m_view->findNext(QStringLiteral("right")));
        QCOMPARE(m_view->selectedFactorIds(), QStringList{QStringLiteral("run")});
        QVERIFY(m_view->findNext(QStringLiteral("right")));
        QCOMPARE(m_view->selectedFactorIds(), QStringList{QStringLiteral("env")});
        QVERIFY(!m_view->findNext(QStringLiteral("no such text")));
    }

    void dropsPlaceFactors()
    {
        openView(QStringLiteral("b"));
        const auto drop = [this](const QString &format, const QByteArray &payload,
                                 const QPoint &pos) {
            QMimeData data;
            data.setData(format, payload);
            QDragEnterEvent enter(pos, Qt::CopyAction, &data, Qt::LeftButton, {});
            QApplication::sendEvent(viewport(), &enter);
            if (!enter.isAccepted())
                return false;
            QDragMoveEvent move(pos, Qt::CopyAction, &data, Qt::LeftButton, {});
            QApplication::sendEvent(viewport(), &move);
            QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, &data, Qt::LeftButton, {});
            QApplication::sendEvent(viewport(), &dropEvent);
            return dropEvent.isAccepted();
        };
        const QPoint pos = at(QPointF(200, 100));
        QVERIFY(drop(CanvasView::factorMimeType(), "env", pos));
        const Interpretation *b = m_doc->incident().findInterpretation(QStringLiteral("b"));
        QVERIFY(b->usesFactor(QStringLiteral("env")));
        QVERIFY(QLineF(b->findPlacement(QStringLiteral("env"))->pos, QPointF(200, 100)).length() <
                1);
        QVERIFY(!drop(CanvasView::factorMimeType(), "env", pos)); // already placed
        QVERIFY(!drop(CanvasView::kindMimeType(), "no-such-kind", pos));
        const int factors = int(m_doc->incident().factors.size());
        QVERIFY(drop(CanvasView::kindMimeType(), "shift", at(QPointF(-200, 100))));
        QCOMPARE(int(m_doc->incident().factors.size()), factors + 1);
        QCOMPARE(m_doc->incident().factors.last().kind, QStringLiteral("shift"));
        QTest::keyClick(m_view->labelEditor(), Qt::Key_Escape);
    }

    void zoomAndPan()
    {
        openView();
        QSignalSpy spy(m_view.get(), &CanvasView::zoomChanged);
        m_view->zoomIn();
        QCOMPARE(m_view->zoom(), 1.25);
        QCOMPARE(spy.size(), 1);
        m_view->zoomReset();
        QCOMPARE(m_view->zoom(), 1.0);
        // Ctrl+wheel zooms and keeps the scene point under the pointer.
        const QPoint pointer(300, 200);
        const QPointF under = m_view->mapToScene(pointer);
        QWheelEvent wheel(pointer, m_view->viewport()->mapToGlobal(pointer), QPoint(),
                          QPoint(0, 240), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase,
                          false);
        QApplication::sendEvent(viewport(), &wheel);
        QVERIFY(m_view->zoom() > 1.2);
        QVERIFY(QLineF(m_view->mapToScene(pointer), under).length() < 3);
        m_view->zoomToFit();
        const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
        for (FactorItem *f : m_view->canvasScene()->factorItems())
            QVERIFY(visible.contains(f->sceneBoundingRect()));
        // Middle-drag pans without touching the model.
        const int h = m_view->horizontalScrollBar()->value();
        const int count = undoCount();
        QTest::mousePress(viewport(), Qt::MiddleButton, {}, QPoint(500, 300));
        QTest::mouseMove(viewport(), QPoint(450, 300));
        QTest::mouseRelease(viewport(), Qt::MiddleButton, {}, QPoint(400, 300));
        QVERIFY(m_view->horizontalScrollBar()->value() != h);
        QCOMPARE(undoCount(), count);
        // Space + left drag pans too, even when it starts on a factor.
        const int v = m_view->verticalScrollBar()->value();
        const QPoint onFactor = at(item(QStringLiteral("run"))->pos());
        QTest::keyPress(m_view.get(), Qt::Key_Space);
        QTest::mousePress(viewport(), Qt::LeftButton, {}, onFactor);
        QTest::mouseMove(viewport(), onFactor + QPoint(0, -30));
        QTest::mouseMove(viewport(), onFactor + QPoint(0, -60));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, onFactor + QPoint(0, -60));
        QTest::keyRelease(m_view.get(), Qt::Key_Space);
        QVERIFY(m_view->verticalScrollBar()->value() != v);
        QCOMPARE(placementOf(*m_doc, QStringLiteral("a"), QStringLiteral("run"))->pos,
                 QPointF(0, 200));
        QCOMPARE(undoCount(), count);
    }

    void relationsLookDifferent()
    {
        Incident incident = sampleIncident();
        Interpretation &a = incident.interpretations[0];
        a.links.clear();
        a.placements = {placement(QStringLiteral("rew"), {0, 0}),
                        placement(QStringLiteral("run"), {0, 240})};
        QList<QImage> images;
        for (const Relation relation : allRelations()) {
            a.links = {
                link(QStringLiteral("l"), QStringLiteral("rew"), QStringLiteral("run"), relation)};
            m_doc->resetIncident(incident);
            CanvasScene scene(m_doc.get(), QStringLiteral("a"));
            scene.setExportMode(true);
            const QRectF area(-40, 20, 80, 200);
            QImage image(80, 200, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            scene.render(&painter, QRectF(0, 0, 80, 200), area);
            painter.end();
            images.append(image);
        }
        for (qsizetype i = 0; i < images.size(); ++i)
            for (qsizetype j = i + 1; j < images.size(); ++j)
                QVERIFY(images[i] != images[j]);
    }

    void everyKindIsDrawnInItsColours()
    {
        Incident incident = sampleIncident();
        incident.customKinds = {{QStringLiteral("probe"), QStringLiteral("Mechanistic interpreter"),
                                 QStringLiteral("#aa5500"), QStringLiteral("document")}};
        Interpretation &a = incident.interpretations[0];
        a.links.clear();
        a.placements.clear();
        incident.factors.clear();
        QList<KindStyle> kinds = builtInKinds();
        kinds.append(kindStyle(incident, QStringLiteral("probe")));
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            const QString id = QStringLiteral("k%1").arg(i);
            incident.factors.append(factor(
                id, kinds[i].id, QStringLiteral("A %1 factor").arg(kinds[i].id),
                i % 3 == 0 ? QStringList{QStringLiteral("reward-misspecified")} : QStringList{}));
            a.placements.append(placement(id, QPointF((i % 4) * 240 - 360, (i / 4) * 160), i == 0));
        }
        a.links = {link(QStringLiteral("l1"), QStringLiteral("k0"), QStringLiteral("k4")),
                   link(QStringLiteral("l2"), QStringLiteral("k1"), QStringLiteral("k2"),
                        Relation::Enables)};
        a.links[1].route = {{-120, 0}, {-60, -60}, {-20, 60}, {40, 0}};
        m_doc->resetIncident(incident);
        openView();
        m_view->centerOn(0, 80);
        m_view->selectElements({QStringLiteral("k5")}, {});
        m_view->editLabel(QStringLiteral("k3"));
        QTest::mouseMove(viewport(), at(item(QStringLiteral("k6"))->pos()));
        QVERIFY(m_view->canvasScene()->linkItem(QStringLiteral("l2"))->usesRoute());
        const QImage screen = m_view->grab().toImage();
        for (const KindStyle &style : kinds) {
            // The box is filled with the light tint of the kind colour.
            const QRgb fill = kindFillColor(style.color).rgb();
            bool found = false;
            for (int y = 0; y < screen.height() && !found; y += 2)
                for (int x = 0; x < screen.width() && !found; x += 2)
                    found = screen.pixel(x, y) == fill;
            QVERIFY2(found, qPrintable(style.id));
        }
        QTest::keyClick(m_view->labelEditor(), Qt::Key_Escape);
        const QString dir = qEnvironmentVariable("FAULTLINE_CANVAS_SCREENSHOTS");
        if (!dir.isEmpty())
            screen.save(dir + QStringLiteral("/canvas-kinds.png"));
    }

    void largeDiagram()
    {
        // 1,000 factors and 1,500 links: built, moved all at once and undone
        // through the fine-grained signals, without rebuilding the scene.
        Incident incident;
        incident.title = QStringLiteral("Large");
        Interpretation a;
        a.id = QStringLiteral("a");
        a.name = QStringLiteral("A");
        const QStringList kinds{QStringLiteral("reward"), QStringLiteral("environment"),
                                QStringLiteral("behaviour")};
        for (int i = 0; i < 1000; ++i) {
            const QString id = QStringLiteral("f%1").arg(i);
            incident.factors.append(
                factor(id, kinds[i % 3], QStringLiteral("Factor number %1").arg(i)));
            a.placements.append(placement(id, QPointF((i % 40) * 220, (i / 40) * 140)));
        }
        for (int i = 0; i < 1500; ++i)
            a.links.append(link(QStringLiteral("l%1").arg(i), QStringLiteral("f%1").arg(i % 1000),
                                QStringLiteral("f%1").arg((i * 7 + 1) % 1000)));
        incident.interpretations = {a};
        QElapsedTimer timer;
        timer.start();
        m_doc->resetIncident(incident);
        openView();
        const qint64 built = timer.restart();
        QCOMPARE(m_view->canvasScene()->factorItems().size(), 1000);
        QSignalSpy rebuilt(m_view->canvasScene(), &CanvasScene::rebuilt);
        m_view->selectAll();
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QCOMPARE(item(QStringLiteral("f999"))->pos(), QPointF(39 * 220 + 20, 24 * 140));
        m_doc->undoStack()->undo();
        QCOMPARE(item(QStringLiteral("f999"))->pos(), QPointF(39 * 220, 24 * 140));
        m_view->zoomToFit();
        m_view->grab();
        QCOMPARE(rebuilt.size(), 0);
        if (qEnvironmentVariableIsSet("FAULTLINE_CANVAS_TIMINGS"))
            qInfo() << "build" << built << "ms; select, move, undo, fit, paint" << timer.elapsed()
                    << "ms";
    }

    void bundledExamplesRender_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples"));
        for (const QString &name : dir.entryList({QStringLiteral("*.faultline")}, QDir::Files))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void bundledExamplesRender()
    {
        QFETCH(QString, path);
        const LoadResult loaded = readFaultlineFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.messages().join(QLatin1Char('\n'))));
        m_doc->resetIncident(loaded.value());
        for (const Interpretation &interp : loaded.value().interpretations) {
            openView(interp.id);
            CanvasScene *scene = m_view->canvasScene();
            QCOMPARE(scene->factorItems().size(), interp.placements.size());
            QCOMPARE(scene->linkItems().size(), interp.links.size());
            for (LinkItem *l : scene->linkItems()) {
                QVERIFY(l->isVisible() && !l->curve().isEmpty());
                // A label never lies over the text of the boxes its link joins.
                for (const QString &end : {l->fromId(), l->toId()}) {
                    const FactorItem *f = scene->factorItem(end);
                    QVERIFY2(!l->labelBox().intersects(f->boxRect().translated(f->pos())),
                             qPrintable(QStringLiteral("%1: label of %2 over %3")
                                            .arg(interp.id, l->linkId(), end)));
                }
            }
            m_view->zoomToFit();
            const QString dir = qEnvironmentVariable("FAULTLINE_CANVAS_SCREENSHOTS");
            if (!dir.isEmpty())
                m_view->grab().save(dir + QLatin1Char('/') + QFileInfo(path).baseName() +
                                    QLatin1Char('-') + interp.id + QStringLiteral(".png"));
        }
    }

    void exportModeRendersCleanly()
    {
        Incident incident = sampleIncident();
        incident.interpretations[0].links[0].label = QStringLiteral("hides the goal");
        incident.interpretations[0].links.append(link(QStringLiteral("l3"), QStringLiteral("ppo"),
                                                      QStringLiteral("run"), Relation::Amplifies));
        incident.interpretations[0].links.append(link(QStringLiteral("l4"), QStringLiteral("run"),
                                                      QStringLiteral("rew"), Relation::Prevents));
        incident.interpretations[0].links.last().strength = 5;
        m_doc->resetIncident(incident);
        openView();
        m_view->selectElements({QStringLiteral("run")}, {QStringLiteral("l3")});
        m_view->zoomToFit();
        const QImage screen = m_view->grab().toImage();
        CanvasScene *scene = m_view->canvasScene();
        scene->setExportMode(true);
        const QRectF area = scene->diagramRect().adjusted(-20, -20, 20, 20);
        QImage exported(area.size().toSize() * 2, QImage::Format_ARGB32);
        exported.fill(Qt::white);
        QPainter painter(&exported);
        scene->render(&painter, QRectF(QPointF(0, 0), exported.size()), area);
        painter.end();
        scene->setExportMode(false);
        int inked = 0;
        for (int y = 0; y < exported.height(); y += 3)
            for (int x = 0; x < exported.width(); x += 3)
                inked += exported.pixel(x, y) != qRgb(255, 255, 255);
        QVERIFY(inked > 500);
        // Set FAULTLINE_CANVAS_SCREENSHOTS=dir to look at the pictures.
        const QString dir = qEnvironmentVariable("FAULTLINE_CANVAS_SCREENSHOTS");
        if (!dir.isEmpty()) {
            screen.save(dir + QStringLiteral("/canvas-screen.png"));
            exported.save(dir + QStringLiteral("/canvas-export.png"));
        }
    }
};

QTEST_MAIN(TestCanvasLook)
#include "tst_canvaslook.moc"
