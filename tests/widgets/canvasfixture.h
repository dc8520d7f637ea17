#pragma once

// Shared set-up of the canvas tests: a sample document, a shown view and
// helpers that send real mouse events to its viewport.

#include "../common/elementbuilders.h"
#include "model/commands/editelementcommand.h"
#include "model/commands/movefactorscommand.h"
#include "model/document.h"
#include "model/format/faultlinereader.h"
#include "model/kindstyle.h"
#include "widgets/canvas/canvasclipboard.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/canvas/kindshapes.h"
#include "widgets/canvas/linkitem.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace faultline::test {

namespace {

// "a" uses four factors and two links (one with cited evidence); "b" shares
// one factor with "a".
Incident sampleIncident()
{
    Incident incident;
    incident.title = QStringLiteral("CoinRun: the agent runs right");
    incident.sources = {{QStringLiteral("cobbe"),
                         QStringLiteral("Cobbe et al."),
                         QStringLiteral("Quantifying Generalization in RL"),
                         2019,
                         {},
                         {},
                         {}}};
    incident.factors = {
        factor(QStringLiteral("rew"), QStringLiteral("reward"), QStringLiteral("+10 for the coin"),
               {QStringLiteral("reward-misspecified")}),
        factor(QStringLiteral("env"), QStringLiteral("environment"),
               QStringLiteral("Coin always at the right end")),
        factor(QStringLiteral("run"), QStringLiteral("behaviour"),
               QStringLiteral("Agent runs right, ignores coin")),
        factor(QStringLiteral("ppo"), QStringLiteral("algorithm"), QStringLiteral("PPO")),
    };
    Interpretation a;
    a.id = QStringLiteral("a");
    a.name = QStringLiteral("Environment");
    a.placements = {placement(QStringLiteral("rew"), {-200, 0}),
                    placement(QStringLiteral("env"), {100, 0}, true),
                    placement(QStringLiteral("run"), {0, 200}),
                    placement(QStringLiteral("ppo"), {-400, 200})};
    Link l1 = link(QStringLiteral("l1"), QStringLiteral("env"), QStringLiteral("run"));
    Evidence e;
    e.id = QStringLiteral("e1");
    e.kind = EvidenceKind::Experiment;
    e.sourceId = QStringLiteral("cobbe");
    l1.evidence = {e};
    a.links = {l1, link(QStringLiteral("l2"), QStringLiteral("rew"), QStringLiteral("run"),
                        Relation::Enables)};
    Interpretation b;
    b.id = QStringLiteral("b");
    b.name = QStringLiteral("Algorithm");
    b.placements = {placement(QStringLiteral("ppo"), {0, 0})};
    incident.interpretations = {a, b};
    return incident;
}

const Placement *placementOf(const Document &doc, const QString &interp, const QString &factorId)
{
    return doc.incident().findInterpretation(interp)->findPlacement(factorId);
}

} // namespace

/// Base of the canvas test classes (each adds Q_OBJECT and its slots).
class CanvasFixture : public QObject
{
protected:
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<CanvasView> m_view;

    CanvasView *openView(const QString &interp = QStringLiteral("a"))
    {
        m_view = std::make_unique<CanvasView>(m_doc.get(), interp);
        m_view->resize(1000, 700);
        m_view->show();
        m_view->activateWindow();
        if (!QTest::qWaitForWindowExposed(m_view.get()))
            qFatal("canvas window not exposed");
        m_view->centerOn(0, 100);
        m_view->setFocus();
        return m_view.get();
    }

    QPoint at(const QPointF &scenePos) const { return m_view->mapFromScene(scenePos); }
    QWidget *viewport() const { return m_view->viewport(); }
    FactorItem *item(const QString &id) const { return m_view->canvasScene()->factorItem(id); }
    int undoCount() const { return m_doc->undoStack()->count(); }

    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mouseMove(viewport(), from);
        QTest::mousePress(viewport(), Qt::LeftButton, modifiers, from);
        QTest::mouseMove(viewport(), from + (to - from) / 3);
        QTest::mouseMove(viewport(), from + (to - from) * 2 / 3);
        QTest::mouseMove(viewport(), to);
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, to);
    }

    void setUpDocument()
    {
        m_doc = std::make_unique<Document>();
        m_doc->resetIncident(sampleIncident());
        QApplication::clipboard()->clear();
    }

    void tearDownView()
    {
        m_view.reset();
        m_doc.reset();
    }
};

} // namespace faultline::test
