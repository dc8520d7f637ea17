// Export through the real code path (ExportJob → ExportComposer →
// ExportWriter): SVG stays vector with text as text, PDF pages and no image
// objects, PNG size/transparency/ink, legend and references contents, the
// compare slide, lens overlays inside the page, and that neither selection
// nor item caching reaches an export.

#include "../common/exportprobe.h"
#include "exportincident.h"
#include "model/format/faultlinereader.h"
#include "model/kindstyle.h"
#include "testpaths.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/canvas/linkitem.h"
#include "widgets/export/canvastheme.h"
#include "widgets/export/exportcomposer.h"
#include "widgets/export/exportdialog.h"
#include "widgets/export/exportjob.h"
#include "widgets/export/exportwriter.h"
#include "widgets/lens/gapoverlayitem.h"
#include "widgets/lens/lensoverlayitem.h"
#include "widgets/lens/overlayanchor.h"

#include <QComboBox>
#include <QFile>
#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace faultline;
using namespace faultline::test;

namespace {

const QString kHideAndSeek =
    QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples/hide-and-seek.faultline");

ExportOptions options(ExportFormat format, ExportScope scope, const QStringList &ids)
{
    ExportOptions o;
    o.format = format;
    o.scope = scope;
    o.interpretationIds = ids;
    return o;
}

bool differs(QRgb pixel, const QColor &background)
{
    return qAbs(qRed(pixel) - background.red()) + qAbs(qGreen(pixel) - background.green()) +
               qAbs(qBlue(pixel) - background.blue()) >
           60;
}

/// Paints nothing; records, while the scene is being rendered, whether any item has a cache.
class CacheProbe : public QGraphicsItem
{
public:
    QRectF boundingRect() const override { return QRectF(0, 0, 1, 1); }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        ++paints;
        for (QGraphicsItem *item : scene()->items())
            if (item->cacheMode() != NoCache)
                ++cachedDuringPaint;
    }
    int paints = 0;
    int cachedDuringPaint = 0;
};

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void svgIsXmlWithEveryLabelLineAsTextAndNoImage()
    {
        ExportJob job(exportIncident(),
                      options(ExportFormat::Svg, ExportScope::Current, {QStringLiteral("a")}));
        QVERIFY2(job.error().isEmpty(), qPrintable(job.error()));
        QCOMPARE(job.pages().size(), 1);
        const ExportComposer composer(job.pages().first(), job.options());
        const SvgContents svg = readSvg(ExportWriter::renderSvg(composer));
        QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
        QCOMPARE(svg.images, 0);
        CanvasScene *scene = job.pages().first().panels.first().scene;
        QCOMPARE(scene->factorItems().size(), 3);
        bool sawWrapped = false;
        for (FactorItem *item : scene->factorItems()) {
            const QStringList lines = item->labelLines();
            QVERIFY(!lines.isEmpty());
            sawWrapped = sawWrapped || lines.size() > 1;
            for (const QString &line : lines)
                QVERIFY2(svg.texts.contains(line),
                         qPrintable(QStringLiteral("no <text> for \"%1\" in %2")
                                        .arg(line, svg.texts.join(QStringLiteral(" | ")))));
        }
        QVERIFY2(sawWrapped, "the long label should wrap, so every line is checked");
        // The text is the label's, not a stand-in: the wrapped lines join back to it.
        QStringList longLines = scene->factorItem(QStringLiteral("r1"))->labelLines();
        QCOMPARE(longLines.join(QLatin1Char(' ')), kLongLabel);
    }

    void svgStaysVectorEvenIfItemsAskForACache()
    {
        ExportJob job(exportIncident(),
                      options(ExportFormat::Svg, ExportScope::Current, {QStringLiteral("a")}));
        CanvasScene *scene = job.pages().first().panels.first().scene;
        for (QGraphicsItem *item : scene->items())
            QCOMPARE(item->cacheMode(), QGraphicsItem::NoCache);
        // An item that turned its cache on after the job was built (as the
        // canvas may at some zoom levels) must not turn into a bitmap.
        for (QGraphicsItem *item : scene->items())
            item->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
        auto *probe = new CacheProbe;
        scene->addItem(probe);
        probe->setPos(scene->factorItem(QStringLiteral("b1"))->pos());
        const ExportComposer composer(job.pages().first(), job.options());
        const SvgContents svg = readSvg(ExportWriter::renderSvg(composer));
        QVERIFY(probe->paints > 0);
        QCOMPARE(probe->cachedDuringPaint, 0);
        QCOMPARE(svg.images, 0);
        QVERIFY(!svg.texts.isEmpty());
    }

    void selectionDoesNotReachTheExport()
    {
        ExportJob job(exportIncident(),
                      options(ExportFormat::Svg, ExportScope::Current, {QStringLiteral("a")}));
        CanvasScene *scene = job.pages().first().panels.first().scene;
        const ExportComposer composer(job.pages().first(), job.options());
        QVERIFY(scene->selectedItems().isEmpty());
        const QByteArray plainSvg = ExportWriter::renderSvg(composer);
        ExportOptions png = job.options();
        png.format = ExportFormat::Png;
        png.dpi = 96;
        const QImage plainPng = ExportWriter::renderImage(composer, png);

        scene->factorItem(QStringLiteral("r1"))->setSelected(true);
        scene->linkItem(QStringLiteral("l1"))->setSelected(true);
        QCOMPARE(scene->selectedItems().size(), 2);
        QCOMPARE(ExportWriter::renderSvg(composer), plainSvg);
        QCOMPARE(ExportWriter::renderImage(composer, png), plainPng);
    }

    void pdfHasOnePagePerInterpretationAndNoImages()
    {
        const LoadResult loaded = readFaultlineFile(kHideAndSeek);
        QVERIFY(loaded.ok());
        const int interpretations = int(loaded.value().interpretations.size());
        QVERIFY(interpretations >= 3);
        ExportJob job(loaded.value(), options(ExportFormat::Pdf, ExportScope::All, {}));
        QVERIFY2(job.error().isEmpty(), qPrintable(job.error()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("all.pdf"));
        QString error;
        QCOMPARE(ExportWriter::write(job, path, &error), QStringList{path});
        const QByteArray pdf = readFile(path);
        QVERIFY(pdf.startsWith("%PDF"));
        QCOMPARE(pdfPageCount(path), interpretations);
        QCOMPARE(rawPageCount(pdf), interpretations);
        QCOMPARE(pdfImageCount(path), 0);
        // Fonts are embedded (QPdfWriter embeds TrueType subsets).
        QVERIFY(pdf.contains("/FontFile2"));
    }

    void pngFixedPixelSize()
    {
        ExportOptions o = options(ExportFormat::Png, ExportScope::Current, {QStringLiteral("a")});
        o.pixelSize = QSize(1920, 1080);
        ExportJob job(exportIncident(), o);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fixed.png"));
        QString error;
        QCOMPARE(ExportWriter::write(job, path, &error), QStringList{path});
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1920, 1080));
        // Not a blank canvas.
        const ExportComposer composer(job.pages().first(), job.options());
        QCOMPARE(composer.pageSize().width() / composer.pageSize().height(), 1920.0 / 1080.0);
    }

    void pngSizeFollowsTheDpi()
    {
        ExportOptions o = options(ExportFormat::Png, ExportScope::Current, {QStringLiteral("a")});
        o.page = PageFormat::Slide;
        QTemporaryDir dir;
        QString error;
        QList<QSize> sizes;
        for (const qreal dpi : {96.0, 192.0}) {
            o.dpi = dpi;
            ExportJob job(exportIncident(), o);
            const QString path = dir.filePath(QStringLiteral("dpi%1.png").arg(dpi));
            QCOMPARE(ExportWriter::write(job, path, &error), QStringList{path});
            sizes.append(QImage(path).size());
            // The file says its resolution, so layout programs place it at the right size.
            QCOMPARE(qRound(QImage(path).dotsPerMeterX() * 0.0254), int(dpi));
        }
        // A 16:9 slide is 13.33 × 7.5 in: 1280 × 720 px at 96 dpi, twice that at 192.
        QCOMPARE(sizes[0], QSize(1280, 720));
        QCOMPARE(sizes[1], QSize(2560, 1440));
    }

    void pngTransparentWhereAsked()
    {
        for (const bool transparent : {true, false}) {
            ExportOptions o =
                options(ExportFormat::Png, ExportScope::Current, {QStringLiteral("a")});
            o.transparent = transparent;
            o.dpi = 96;
            ExportJob job(exportIncident(), o);
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("t.png"));
            QString error;
            QCOMPARE(ExportWriter::write(job, path, &error), QStringList{path});
            const QImage image = QImage(path).convertToFormat(QImage::Format_ARGB32);
            const int cornerAlpha = qAlpha(image.pixel(1, 1));
            const int otherCornerAlpha = qAlpha(image.pixel(image.width() - 2, image.height() - 2));
            QCOMPARE(cornerAlpha, transparent ? 0 : 255);
            QCOMPARE(otherCornerAlpha, transparent ? 0 : 255);
        }
    }

    void pngHasInkInsideEveryFactorBox_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(CanvasTheme::Light);
        QTest::newRow("dark") << int(CanvasTheme::Dark);
        QTest::newRow("print") << int(CanvasTheme::Print);
        QTest::newRow("contrast") << int(CanvasTheme::HighContrast);
    }

    void pngHasInkInsideEveryFactorBox()
    {
        QFETCH(int, theme);
        const LoadResult loaded = readFaultlineFile(kHideAndSeek);
        QVERIFY(loaded.ok());
        const QString id = loaded.value().interpretations.last().id;
        ExportOptions o = options(ExportFormat::Png, ExportScope::Current, {id});
        o.theme = CanvasTheme(theme);
        o.dpi = 96;
        ExportJob job(loaded.value(), o);
        QVERIFY2(job.error().isEmpty(), qPrintable(job.error()));
        const ExportComposer composer(job.pages().first(), job.options());
        const QImage image =
            ExportWriter::renderImage(composer, o).convertToFormat(QImage::Format_ARGB32);
        const QColor background = canvasThemeColors(o.theme).background;
        const qreal scale = image.width() / composer.pageSize().width();
        const QRect pageRect = image.rect();
        CanvasScene *scene = job.pages().first().panels.first().scene;
        QCOMPARE(scene->factorItems().size(),
                 loaded.value().findInterpretation(id)->placements.size());
        for (FactorItem *item : scene->factorItems()) {
            const QRectF onPage = composer.factorRectOnPage(0, item->factorId());
            const QRect pixels =
                QRectF(onPage.topLeft() * scale, onPage.size() * scale).toAlignedRect();
            QVERIFY2(pageRect.contains(pixels), qPrintable(item->factorId()));
            int ink = 0;
            for (int y = pixels.top(); y <= pixels.bottom(); ++y)
                for (int x = pixels.left(); x <= pixels.right(); ++x)
                    ink += differs(image.pixel(x, y), background) ? 1 : 0;
            // The label alone covers far more than this.
            QVERIFY2(ink > pixels.width() * pixels.height() / 50,
                     qPrintable(QStringLiteral("%1: %2 of %3 pixels differ from the background")
                                    .arg(item->factorId())
                                    .arg(ink)
                                    .arg(pixels.width() * pixels.height())));
        }
    }

    void legendListsExactlyTheKindsAndRelationsUsed()
    {
        const Incident incident = exportIncident();
        ExportJob job(incident,
                      options(ExportFormat::Svg, ExportScope::Current, {QStringLiteral("a")}));
        const ExportComposer composer(job.pages().first(), job.options());
        QStringList kinds;
        for (const KindStyle &style : composer.legend().kinds)
            kinds.append(style.id);
        // Palette order, and neither "oversight" nor "enables" (used by reading b only).
        QStringList paletteOrder;
        for (const KindStyle &style : allKinds(incident))
            if (QStringList{QStringLiteral("reward"), QStringLiteral("environment"),
                            QStringLiteral("behaviour")}
                    .contains(style.id))
                paletteOrder.append(style.id);
        QCOMPARE(kinds, paletteOrder);
        QCOMPARE(kinds.size(), 3);
        QVERIFY(composer.legend().relations ==
                (QList<Relation>{Relation::Causes, Relation::Prevents}));

        const SvgContents svg = readSvg(ExportWriter::renderSvg(composer));
        for (const KindStyle &style : composer.legend().kinds)
            QVERIFY2(svg.texts.contains(style.name), qPrintable(style.name));
        QVERIFY(svg.texts.contains(displayName(Relation::Causes)));
        QVERIFY(svg.texts.contains(displayName(Relation::Prevents)));
        QVERIFY(!svg.texts.contains(displayName(Relation::Enables)));
        QVERIFY(!svg.texts.contains(kindStyle(incident, QStringLiteral("oversight")).name));

        // Reading b: its own kinds and relations.
        ExportJob jobB(incident,
                       options(ExportFormat::Svg, ExportScope::Current, {QStringLiteral("b")}));
        const ExportComposer composerB(jobB.pages().first(), jobB.options());
        QVERIFY(composerB.legend().relations ==
                (QList<Relation>{Relation::Causes, Relation::Enables}));
        QStringList kindsB;
        for (const KindStyle &style : composerB.legend().kinds)
            kindsB.append(style.id);
        QVERIFY(kindsB.contains(QStringLiteral("oversight")));
        QVERIFY(!kindsB.contains(QStringLiteral("environment")));

        // Off means off.
        ExportOptions noLegend =
            options(ExportFormat::Svg, ExportScope::Current, {QStringLiteral("a")});
        noLegend.legend = false;
        ExportJob jobNone(incident, noLegend);
        const ExportComposer composerNone(jobNone.pages().first(), jobNone.options());
        QVERIFY(composerNone.legend().isEmpty());
        QVERIFY(!readSvg(ExportWriter::renderSvg(composerNone))
                     .texts.contains(displayName(Relation::Prevents)));
    }

    void referencesNumberExactlyTheCitedSources()
    {
        const Incident incident = exportIncident();
        ExportOptions o = options(ExportFormat::Svg, ExportScope::Current, {QStringLiteral("a")});
        o.references = true;
        ExportJob job(incident, o);
        const ExportComposer composer(job.pages().first(), job.options());
        const ReferenceList &refs = composer.references();
        // First citation decides the number; s3 (cited by reading b only) and
        // the dangling id are not listed.
        QCOMPARE(refs.sourceIds(), (QStringList{QStringLiteral("s2"), QStringLiteral("s1")}));
        const Interpretation &a = *incident.findInterpretation(QStringLiteral("a"));
        QCOMPARE(refs.markerFor(*a.findLink(QStringLiteral("l1"))), QStringLiteral("[1,2]"));
        QCOMPARE(refs.markerFor(*a.findLink(QStringLiteral("l2"))), QStringLiteral("[2]"));

        const SvgContents svg = readSvg(ExportWriter::renderSvg(composer));
        QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
        // The numbers on the links...
        QVERIFY(svg.texts.contains(QStringLiteral("[1,2]")));
        QVERIFY(svg.texts.contains(QStringLiteral("[2]")));
        // ...match the numbered list at the foot.
        const QString all = svg.texts.join(QLatin1Char('\n'));
        const QRegularExpression first(QStringLiteral("\\[1\\]\\s+Author s2 .*Cited first of all"));
        const QRegularExpression second(
            QStringLiteral("\\[2\\]\\s+Author s1 .*First cited second"));
        QVERIFY2(all.contains(first), qPrintable(all));
        QVERIFY2(all.contains(second), qPrintable(all));
        QVERIFY(!all.contains(QStringLiteral("[3]")));
        QVERIFY(!all.contains(QStringLiteral("Cited only by the other reading")));

        // Without --references: no list and no link markers.
        ExportJob plain(incident,
                        options(ExportFormat::Svg, ExportScope::Current, {QStringLiteral("a")}));
        const ExportComposer plainComposer(plain.pages().first(), plain.options());
        QVERIFY(plainComposer.references().isEmpty());
        QVERIFY(!readSvg(ExportWriter::renderSvg(plainComposer))
                     .texts.contains(QStringLiteral("[1,2]")));
    }

    void compareExportPutsTheReadingsSideBySideOnOnePage()
    {
        ExportOptions o = options(ExportFormat::Pdf, ExportScope::Compare,
                                  {QStringLiteral("a"), QStringLiteral("b")});
        o.references = true;
        ExportJob job(exportIncident(), o);
        QVERIFY2(job.error().isEmpty(), qPrintable(job.error()));
        QCOMPARE(job.pages().size(), 1);
        QCOMPARE(job.pages().first().panels.size(), 2);
        const ExportComposer composer(job.pages().first(), job.options());
        QCOMPARE(composer.pageSize(), QSizeF(1280, 720)); // a 16:9 slide
        const QRectF page(QPointF(0, 0), composer.pageSize());
        // The shared factors: side by side and level with each other, or (when
        // stacking draws them larger, issue #20) one above the other, aligned.
        const bool sideBySide = composer.gridColumns() == 2;
        for (const QString &shared : {QStringLiteral("r1"), QStringLiteral("b1")}) {
            const QRectF left = composer.factorRectOnPage(0, shared);
            const QRectF right = composer.factorRectOnPage(1, shared);
            QVERIFY(!left.isEmpty() && !right.isEmpty());
            QVERIFY(page.contains(left) && page.contains(right));
            if (sideBySide) {
                QVERIFY2(right.left() > left.right(), qPrintable(shared));
                QCOMPARE(right.top(), left.top());
            } else {
                QVERIFY2(right.top() > left.bottom(), qPrintable(shared));
                QCOMPARE(right.left(), left.left());
            }
        }
        if (sideBySide)
            QVERIFY(composer.panelTarget(0).right() <= composer.panelTarget(1).left());
        else
            QVERIFY(composer.panelTarget(0).bottom() <= composer.panelTarget(1).top());
        // Both readings' citations are numbered on the one slide (s3 too now).
        QCOMPARE(composer.references().count(), 3);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("compare.pdf"));
        QString error;
        QCOMPARE(ExportWriter::write(job, path, &error), QStringList{path});
        QCOMPARE(pdfPageCount(path), 1);
        QCOMPARE(pdfImageCount(path), 0);
        if (const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
            !pdftotext.isEmpty()) {
            const QString text =
                runTool(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
            QVERIFY2(text.contains(QStringLiteral("Reading A")) &&
                         text.contains(QStringLiteral("Reading B")),
                     qPrintable(text));
        }
    }

    void compareExportWithALensKeepsTheGhosts()
    {
        const auto ghostsOf = [](const ExportJob &job) {
            int ghosts = 0;
            for (const ExportPanel &panel : job.pages().first().panels) {
                for (FactorItem *item : panel.scene->factorItems())
                    ghosts += item->emphasis() == Emphasis::Ghost;
                for (LinkItem *item : panel.scene->linkItems())
                    ghosts += item->emphasis() == Emphasis::Ghost;
            }
            return ghosts;
        };
        ExportOptions o = options(ExportFormat::Svg, ExportScope::Compare,
                                  {QStringLiteral("a"), QStringLiteral("b")});
        const ExportJob plain(exportIncident(), o);
        const int ghosts = ghostsOf(plain);
        QVERIFY(ghosts > 0);
        for (const QString &lens : {QStringLiteral("root-cause"), QStringLiteral("levers")}) {
            o.lens = lens;
            const ExportJob withLens(exportIncident(), o);
            QVERIFY2(withLens.error().isEmpty(), qPrintable(withLens.error()));
            QCOMPARE(ghostsOf(withLens), ghosts);
        }
    }

    void gapsLensOverlaysAreInsideTheExport()
    {
        ExportOptions o = options(ExportFormat::Svg, ExportScope::Current, {QStringLiteral("a")});
        o.lens = QStringLiteral("gaps");
        o.page = PageFormat::FitContent;
        ExportJob job(exportIncident(), o);
        QVERIFY2(job.error().isEmpty(), qPrintable(job.error()));
        CanvasScene *scene = job.pages().first().panels.first().scene;
        const QList<LensOverlayItem *> overlays =
            OverlayAnchor::overlays(scene, OverlayAnchor::Group::Lens);
        QCOMPARE(overlays.size(), 1);
        QCOMPARE(overlays.first()->type(), int(GapOverlayItem::Type));
        // The card hangs below the lowest box, outside the factor/link area.
        QVERIFY(overlays.first()->sceneBoundingRect().bottom() > scene->diagramRect().bottom());

        const ExportComposer composer(job.pages().first(), job.options());
        const SvgContents svg = readSvg(ExportWriter::renderSvg(composer));
        QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
        // Wrapped card text is one <text> per line, in reading order.
        const QString allText = svg.texts.join(QLatin1Char(' '));
        QVERIFY2(allText.contains(QStringLiteral("Rides boxes")),
                 qPrintable(svg.texts.join(QLatin1Char('|'))));
        QVERIFY(allText.contains(QStringLiteral("Stays grounded")));
        const QRectF card = composer.sceneRectOnPage(0, overlays.first()->sceneBoundingRect());
        const QRectF page(QPointF(0, 0), composer.pageSize());
        QVERIFY2(page.contains(card),
                 qPrintable(QStringLiteral("card %1,%2 %3x%4 outside the page %5x%6")
                                .arg(card.x())
                                .arg(card.y())
                                .arg(card.width())
                                .arg(card.height())
                                .arg(page.width())
                                .arg(page.height())));
        QVERIFY(composer.panelTarget(0).contains(card));
        // The SVG's own page is that page (its numbers are written rounded).
        QVERIFY(qAbs(svg.viewBox.width() - composer.pageSize().width()) < 0.01);
        QVERIFY(qAbs(svg.viewBox.height() - composer.pageSize().height()) < 0.01);

        // The same on a fixed slide.
        o.page = PageFormat::Slide;
        ExportJob slideJob(exportIncident(), o);
        const ExportComposer slide(slideJob.pages().first(), slideJob.options());
        const QList<LensOverlayItem *> slideOverlays = OverlayAnchor::overlays(
            slideJob.pages().first().panels.first().scene, OverlayAnchor::Group::Lens);
        QCOMPARE(slideOverlays.size(), 1);
        QVERIFY(slide.panelTarget(0).contains(
            slide.sceneRectOnPage(0, slideOverlays.first()->sceneBoundingRect())));
    }

    void rootCauseLensReachesTheExport()
    {
        ExportOptions o = options(ExportFormat::Svg, ExportScope::Current, {QStringLiteral("b")});
        o.lens = QStringLiteral("root-cause");
        ExportJob job(exportIncident(), o);
        CanvasScene *scene = job.pages().first().panels.first().scene;
        // o1 is no root cause and "b" has r1 → b1 as its only root-cause path.
        QCOMPARE(scene->factorItem(QStringLiteral("r1"))->emphasis(), Emphasis::Highlighted);
        QCOMPARE(scene->factorItem(QStringLiteral("o1"))->emphasis(), Emphasis::Faded);
        ExportJob plain(exportIncident(),
                        options(ExportFormat::Svg, ExportScope::Current, {QStringLiteral("b")}));
        const ExportComposer lensComposer(job.pages().first(), job.options());
        const ExportComposer plainComposer(plain.pages().first(), plain.options());
        QVERIFY(ExportWriter::renderSvg(lensComposer) != ExportWriter::renderSvg(plainComposer));
    }

    void dialogLensChoiceReachesTheExport()
    {
        const Incident incident = exportIncident();
        ExportDialog dialog(incident, QStringLiteral("a"), {});
        ExportOptions o = options(ExportFormat::Svg, ExportScope::Current, {QStringLiteral("a")});
        o.lens = QStringLiteral("levers");
        o.interventions.insert(QStringLiteral("a"), {QStringLiteral("r1")});
        dialog.setOptions(o);
        QCOMPARE(dialog.options().lens, QStringLiteral("levers"));
        // The editor's what-if passes through the dialog untouched.
        QCOMPARE(dialog.options().interventions.value(QStringLiteral("a")),
                 QStringList{QStringLiteral("r1")});

        // The user picks the gaps lens from the dialog's lens box.
        QComboBox *lensBox = nullptr;
        for (QComboBox *box : dialog.findChildren<QComboBox *>())
            if (box->findData(QStringLiteral("gaps")) >= 0)
                lensBox = box;
        QVERIFY(lensBox);
        lensBox->setCurrentIndex(lensBox->findData(QStringLiteral("gaps")));
        const ExportOptions chosen = dialog.options();
        QCOMPARE(chosen.lens, QStringLiteral("gaps"));
        ExportJob job(incident, chosen);
        const ExportComposer composer(job.pages().first(), job.options());
        const QList<LensOverlayItem *> cards = OverlayAnchor::overlays(
            job.pages().first().panels.first().scene, OverlayAnchor::Group::Lens);
        QCOMPARE(cards.size(), 1);
        QVERIFY(composer.panelTarget(0).contains(
            composer.sceneRectOnPage(0, cards.first()->sceneBoundingRect())));
        QVERIFY(readSvg(ExportWriter::renderSvg(composer))
                    .texts.join(QLatin1Char(' '))
                    .contains(QStringLiteral("Stays grounded")));
    }

    void leversWhatIfReachesTheExport()
    {
        ExportOptions o = options(ExportFormat::Svg, ExportScope::Current, {QStringLiteral("a")});
        o.lens = QStringLiteral("levers");
        ExportJob without(exportIncident(), o);
        o.interventions.insert(QStringLiteral("a"), {QStringLiteral("r1")});
        ExportJob with(exportIncident(), o);
        // Intervening on the reward cuts its link; without the what-if it stays.
        QCOMPARE(
            with.pages().first().panels.first().scene->linkItem(QStringLiteral("l1"))->emphasis(),
            Emphasis::Faded);
        QVERIFY(without.pages()
                    .first()
                    .panels.first()
                    .scene->linkItem(QStringLiteral("l1"))
                    ->emphasis() != Emphasis::Faded);
    }

    void unknownInterpretationIsAnError()
    {
        ExportJob job(exportIncident(),
                      options(ExportFormat::Pdf, ExportScope::Current, {QStringLiteral("zzz")}));
        QVERIFY(job.error().contains(QStringLiteral("zzz")));
        QTemporaryDir dir;
        QString error;
        QVERIFY(ExportWriter::write(job, dir.filePath(QStringLiteral("x.pdf")), &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("zzz")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
