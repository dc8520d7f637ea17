// The editor's canvas follows the application palette: a dark palette gives
// the dark canvas colours (dark page, light ink), a light one the editor's
// light colours, and a change while the program runs repaints the canvases
// that are already open. Checked on the colours the scene paints with and on
// the pixels of the viewport.

#include "../common/darkpalette.h"
#include "canvasfixture.h"

#include "widgets/canvas/canvaspalette.h"
#include "widgets/common/interpretationtabs.h"
#include "widgets/compare/comparescenes.h"
#include "widgets/compare/compareview.h"
#include "widgets/export/canvastheme.h"

#include <QHash>
#include <QPalette>
#include <QStyle>
#include <QTabWidget>

using namespace faultline;
using namespace faultline::test;

namespace {

/// The colour covering most of the image: the canvas background.
QColor dominantColor(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ++counts[image.pixel(x, y)];
    QRgb best = 0;
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    return QColor::fromRgb(best);
}

/// Lightest and darkest lightness inside a factor's label, as painted on screen.
QPair<int, int> labelInkRange(CanvasView *view, const QString &factorId)
{
    const QImage image = view->viewport()->grab().toImage();
    FactorItem *item = view->canvasScene()->factorItem(factorId);
    const QRect area = view->mapFromScene(item->mapToScene(item->labelRect()))
                           .boundingRect()
                           .intersected(image.rect());
    int lightest = 0;
    int darkest = 255;
    const qreal ratio = image.devicePixelRatio();
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const int l = QColor::fromRgb(image.pixel(int(x * ratio), int(y * ratio))).lightness();
            lightest = std::max(lightest, l);
            darkest = std::min(darkest, l);
        }
    return {lightest, darkest};
}

} // namespace

class TestDarkPalette : public QObject
{
    Q_OBJECT

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<InterpretationTabs> m_tabs;
    QPalette m_light;

    CanvasView *view(int index = 0) const { return m_tabs->view(index); }
    QColor background(CanvasView *v) const
    {
        return dominantColor(v->viewport()->grab().toImage());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_light = QApplication::style()->standardPalette();
        QVERIFY(!CanvasPalette::isDark(m_light));
        QVERIFY(CanvasPalette::isDark(darkPalette()));
    }

    void init()
    {
        QApplication::setPalette(m_light);
        m_doc = std::make_unique<Document>();
        m_doc->resetIncident(sampleIncident());
        m_tabs = std::make_unique<InterpretationTabs>(m_doc.get());
        m_tabs->resize(1000, 700);
        m_tabs->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tabs.get()));
        QVERIFY(view());
        QVERIFY(placementOf(*m_doc, QStringLiteral("a"),
                            QStringLiteral("env"))); // the factor whose ink is sampled
        view()->centerOn(0, 100);
    }

    void cleanup()
    {
        m_tabs.reset();
        m_doc.reset();
        QApplication::setPalette(m_light);
    }

    void lightPaletteKeepsTheLightCanvas()
    {
        const canvasstyle::CanvasColors &colors = view()->canvasScene()->colors();
        QCOMPARE(colors.background, canvasstyle::background());
        QCOMPARE(colors.text, canvasstyle::text());
        QVERIFY(background(view()).lightness() > 200);
        const auto [lightest, darkest] = labelInkRange(view(), QStringLiteral("env"));
        QVERIFY2(darkest < 100, qPrintable(QString::number(darkest))); // dark ink on a light box
        Q_UNUSED(lightest);
    }

    void darkPaletteDarkensOpenCanvasesAndBack()
    {
        QApplication::setPalette(darkPalette());
        const canvasstyle::CanvasColors dark = canvasThemeColors(CanvasTheme::Dark);
        QTRY_COMPARE(view()->canvasScene()->colors().background, dark.background);
        QVERIFY(view()->canvasScene()->colors().text.lightness() > 180);
        // The grid follows too: its lines are barely lighter than the dark page.
        QVERIFY(view()->canvasScene()->colors().gridMajor.lightness() < 80);
        QTRY_VERIFY(background(view()).lightness() < 60);
        const QColor page = background(view());
        QVERIFY2(page.lightness() < 60, qPrintable(page.name()));
        const auto [lightest, darkest] = labelInkRange(view(), QStringLiteral("env"));
        QVERIFY2(lightest > 180, qPrintable(QString::number(lightest))); // light ink on a dark box
        Q_UNUSED(darkest);

        // The second tab's canvas (not shown yet) and a new one follow as well.
        QCOMPARE(view(1)->canvasScene()->colors().background, dark.background);
        m_tabs->addInterpretation();
        QCOMPARE(m_tabs->count(), 3);
        QCOMPARE(view(2)->canvasScene()->colors().background, dark.background);

        QApplication::setPalette(m_light);
        for (int i = 0; i < m_tabs->count(); ++i)
            QTRY_COMPARE(view(i)->canvasScene()->colors().background, canvasstyle::background());
        m_tabs->tabWidget()->setCurrentIndex(0);
        QTRY_VERIFY(background(view()).lightness() > 200);
        QVERIFY(labelInkRange(view(), QStringLiteral("env")).second < 100);
    }

    void canvasOpenedUnderADarkPaletteStartsDark()
    {
        m_tabs.reset();
        QApplication::setPalette(darkPalette());
        m_tabs = std::make_unique<InterpretationTabs>(m_doc.get());
        m_tabs->resize(800, 600);
        m_tabs->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tabs.get()));
        QCOMPARE(view()->canvasScene()->colors().background,
                 canvasThemeColors(CanvasTheme::Dark).background);
        QVERIFY(background(view()).lightness() < 60);
    }

    void labelEditorOnADarkCanvasIsDark()
    {
        QApplication::setPalette(darkPalette());
        QTRY_COMPARE(view()->canvasScene()->colors().background,
                     canvasThemeColors(CanvasTheme::Dark).background);
        view()->canvasScene()->selectOnly(view()->canvasScene()->factorItem(QStringLiteral("env")));
        view()->setFocus();
        QTest::keyClick(view()->viewport(), Qt::Key_Return);
        auto *editor = view()->viewport()->findChild<QWidget *>(QStringLiteral("labelEditor"));
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        // Mostly field, some light text: the field itself is dark.
        QVERIFY2(dominantColor(editor->grab().toImage()).lightness() < 90,
                 qPrintable(dominantColor(editor->grab().toImage()).name()));
        QTest::keyClick(editor, Qt::Key_Escape);
    }

    void compareColumnsFollowThePalette()
    {
        const Incident &incident = m_doc->incident();
        QVERIFY(incident.interpretations.size() >= 2);
        CompareView compare;
        compare.setComparison(incident,
                              {incident.interpretations[0].id, incident.interpretations[1].id}, {});
        compare.resize(1200, 700);
        compare.show();
        QVERIFY(QTest::qWaitForWindowExposed(&compare));
        QCOMPARE(compare.scenes()->count(), 2);
        const QColor lightPage = canvasstyle::background();
        QCOMPARE(compare.scenes()->scene(0)->colors().background, lightPage);

        QApplication::setPalette(darkPalette());
        const QColor darkPage = canvasThemeColors(CanvasTheme::Dark).background;
        for (int i = 0; i < compare.scenes()->count(); ++i)
            QTRY_COMPARE(compare.scenes()->scene(i)->colors().background, darkPage);
        // The column chrome (header bars, separators) is no longer the light one.
        auto *header = compare.findChild<QWidget *>(QStringLiteral("columnHeaderBar"));
        QVERIFY(header);
        QTRY_VERIFY(dominantColor(header->grab().toImage()).lightness() < 90);

        QApplication::setPalette(m_light);
        QTRY_COMPARE(compare.scenes()->scene(1)->colors().background, lightPage);
        QTRY_VERIFY(dominantColor(header->grab().toImage()).lightness() > 200);
    }
};

QTEST_MAIN(TestDarkPalette)
#include "tst_darkpalette.moc"
