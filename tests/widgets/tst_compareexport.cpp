// Compare exports checked through the real SVG output (ExportJob →
// ExportComposer → ExportWriter::renderSvg): the union layout puts no factor
// box on another in any column, every badge and "only here" tag lies on its
// own factor's box, labels stay readable on a 1280×720 slide (readings that
// do not fit at that size are split over several slides), crux markers
// sit on their crux's factors, the legend names exactly the marks drawn, and
// editing-only badges stay off unless asked for.

#include "../common/elementbuilders.h"
#include "model/document.h"
#include "model/format/faultlinereader.h"
#include "model/kindstyle.h"
#include "model/layout/factorsize.h"
#include "testpaths.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/compare/comparescenes.h"
#include "widgets/compare/onlyheremarker.h"
#include "widgets/export/exportcomposer.h"
#include "widgets/export/exportjob.h"
#include "widgets/export/exportwriter.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>
#include <QTransform>
#include <QXmlStreamReader>

using namespace faultline;
using namespace faultline::test;

namespace {

struct SvgText
{
    QString text;
    QPointF pos;    ///< the baseline start on the page
    qreal size = 0; ///< font size on the page
};

QTransform parseTransform(const QString &value)
{
    static const QRegularExpression matrix(QStringLiteral(
        "matrix\\(([-0-9.e]+)[, ]+([-0-9.e]+)[, ]+([-0-9.e]+)[, ]+([-0-9.e]+)[, ]+([-0-9.e]+)"
        "[, ]+([-0-9.e]+)\\)"));
    const QRegularExpressionMatch m = matrix.match(value);
    if (!m.hasMatch())
        return {};
    return QTransform(m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(),
                      m.captured(4).toDouble(), m.captured(5).toDouble(), m.captured(6).toDouble());
}

qreal parseSize(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^([0-9.]+)(pt|px)?"));
    const QRegularExpressionMatch m = number.match(value.trimmed());
    if (!m.hasMatch())
        return 0;
    // QSvgGenerator writes point sizes at 72 dpi against a 96 dpi page (1 pt = 4/3 units).
    return m.captured(1).toDouble() * (m.captured(2) == QLatin1String("pt") ? 96.0 / 72 : 1.0);
}

/// Every <text> of an SVG with its page position and size, through the group transforms.
QList<SvgText> svgTexts(const QByteArray &svg)
{
    QList<SvgText> texts;
    QXmlStreamReader reader(svg);
    QList<QTransform> transforms{QTransform()};
    QList<qreal> sizes{0};
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QXmlStreamAttributes a = reader.attributes();
            QTransform t = transforms.last();
            if (a.hasAttribute(QStringLiteral("transform")))
                t = parseTransform(a.value(QStringLiteral("transform")).toString()) * t;
            qreal size = sizes.last();
            if (a.hasAttribute(QStringLiteral("font-size")))
                size = parseSize(a.value(QStringLiteral("font-size")).toString());
            if (reader.name() == QLatin1String("text")) {
                const QPointF at(a.value(QStringLiteral("x")).toDouble(),
                                 a.value(QStringLiteral("y")).toDouble());
                const QString text = reader.readElementText(QXmlStreamReader::IncludeChildElements);
                // The scale of the transform applies to the font too.
                texts.append(
                    {text.trimmed(), t.map(at), size * std::sqrt(std::abs(t.determinant()))});
                continue; // readElementText consumed the end element
            }
            transforms.append(t);
            sizes.append(size);
        } else if (reader.isEndElement()) {
            transforms.removeLast();
            sizes.removeLast();
        }
    }
    return texts;
}

ExportOptions compareOptions(const QStringList &ids)
{
    ExportOptions o;
    o.format = ExportFormat::Svg;
    o.scope = ExportScope::Compare;
    o.page = PageFormat::Slide;
    o.interpretationIds = ids;
    return o;
}

/// Two readings with different factor sets placed on the same coordinates:
/// each reading's own positions put one reading's factor on the other's.
Incident clashingReadings()
{
    Incident incident;
    incident.title = QStringLiteral("Clash");
    incident.factors = {
        factor(QStringLiteral("r"), QStringLiteral("reward"),
               QStringLiteral("Reward for the coin")),
        factor(QStringLiteral("e"), QStringLiteral("environment"),
               QStringLiteral("Coin at the far right"), {QStringLiteral("lacks-diversity")}),
        factor(QStringLiteral("p"), QStringLiteral("algorithm"), QStringLiteral("CNN policy")),
        factor(QStringLiteral("b"), QStringLiteral("behaviour"), QStringLiteral("Runs right"))};
    Interpretation a;
    a.id = QStringLiteral("A");
    a.name = QStringLiteral("Reward");
    a.placements = {placement(QStringLiteral("r"), {0, 0}, true),
                    placement(QStringLiteral("b"), {0, 200})};
    a.links = {
        link(QStringLiteral("a1"), QStringLiteral("r"), QStringLiteral("b"), Relation::Enables)};
    Interpretation b;
    b.id = QStringLiteral("B");
    b.name = QStringLiteral("Environment");
    b.placements = {placement(QStringLiteral("e"), {0, 0}, true),
                    placement(QStringLiteral("p"), {10, 100}),
                    placement(QStringLiteral("b"), {0, 200})};
    b.links = {link(QStringLiteral("b1"), QStringLiteral("e"), QStringLiteral("b")),
               link(QStringLiteral("b2"), QStringLiteral("p"), QStringLiteral("b"),
                    Relation::Causes, {QStringLiteral("s1")})};
    incident.interpretations = {a, b};
    return incident;
}

QList<QPair<QString, Incident>> compareCases()
{
    QList<QPair<QString, Incident>> cases{
        {QStringLiteral("clashing readings"), clashingReadings()}};
    const QDir examples(QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples"));
    for (const QString &name : examples.entryList({QStringLiteral("*.faultline")}, QDir::Files)) {
        auto loaded = readFaultlineFile(examples.filePath(name));
        if (loaded && loaded->interpretations.size() >= 2)
            cases.append({name, *loaded});
    }
    return cases;
}

QStringList firstIds(const Incident &incident, int count)
{
    QStringList ids;
    for (int i = 0; i < count && i < incident.interpretations.size(); ++i)
        ids.append(incident.interpretations[i].id);
    return ids;
}

/// Every built-in kind with labels of one, two, three and the most lines, a
/// line break and a word longer than a line: every shape at every height.
Incident everyShapeAndLength()
{
    Incident incident;
    incident.title = QStringLiteral("Shapes");
    const QStringList labels{
        QStringLiteral("Reward"),
        QStringLiteral("Agents can push themselves in mid-air"),
        QStringLiteral("SEEKERS SURF ON BOXES"),
        QStringLiteral("Moving objects out of the play area costs nothing at all, ever"),
        QStringLiteral("A label so long that the canvas elides it after six lines of text, "
                       "which is what happens to a pasted paragraph from a paper's abstract "
                       "when nobody shortens it before the reading group meets"),
        QStringLiteral("first\nsecond\nthird"),
        QString(60, QLatin1Char('w'))};
    Interpretation interp;
    interp.id = QStringLiteral("all");
    interp.name = QStringLiteral("All");
    for (const KindStyle &kind : builtInKinds())
        for (int i = 0; i < labels.size(); ++i) {
            const QString id = kind.id + QString::number(i);
            incident.factors.append(factor(id, kind.id, labels[i]));
            interp.placements.append(placement(id, {0, 200.0 * incident.factors.size()}));
        }
    incident.interpretations = {interp};
    return incident;
}

/// Incidents whose every drawn box the layout's estimate must hold.
QList<QPair<QString, Incident>> estimateCases()
{
    QList<QPair<QString, Incident>> cases{
        {QStringLiteral("every shape and length"), everyShapeAndLength()}};
    const QDir examples(QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples"));
    for (const QString &name : examples.entryList({QStringLiteral("*.faultline")}, QDir::Files))
        if (auto loaded = readFaultlineFile(examples.filePath(name)))
            cases.append({name, *loaded});
    return cases;
}

/// The pages of a compare export that draw readings (a slide split into parts
/// has several; crux list pages have none).
QList<ExportPage> diagramPages(const ExportJob &job)
{
    QList<ExportPage> pages;
    for (const ExportPage &page : job.pages())
        if (!page.panels.isEmpty())
            pages.append(page);
    return pages;
}

/// The compare column a page's panel shows.
int compareColumn(const CompareScenes &compare, const ExportPage &page, int panel)
{
    for (int i = 0; i < compare.count(); ++i)
        if (compare.scene(i) == page.panels[panel].scene)
            return i;
    return -1;
}

} // namespace

class TestCompareExport : public QObject
{
    Q_OBJECT

private:
    /// No two boxes of a column overlap, every box is on the slide, every "only here"
    /// tag and root-cause pill is on its own box, and crux markers sit on their cruxes.
    static void checkPage(const CompareScenes &compare, const ExportPage &page,
                          const ExportOptions &options)
    {
        const ExportComposer composer(page, options);
        const QList<SvgText> texts = svgTexts(ExportWriter::renderSvg(composer));
        QVERIFY(!texts.isEmpty());

        const QRectF slide(QPointF(0, 0), composer.pageSize());
        for (int panel = 0; panel < page.panels.size(); ++panel) {
            // Each reading is named, on a split slide's parts too.
            QVERIFY2(std::any_of(texts.cbegin(), texts.cend(),
                                 [&](const SvgText &t) {
                                     return t.text == page.panels[panel].caption &&
                                            composer.panelTarget(panel).top() > t.pos.y();
                                 }),
                     qPrintable(page.panels[panel].caption));
            CanvasScene *scene = page.panels[panel].scene;
            QList<FactorItem *> shown;
            for (FactorItem *item : scene->factorItems())
                if (item->isVisible())
                    shown.append(item);
            for (int i = 0; i < shown.size(); ++i) {
                const QRectF box = composer.factorRectOnPage(panel, shown[i]->factorId());
                QVERIFY2(slide.contains(box), qPrintable(shown[i]->factorId()));
                for (int j = i + 1; j < shown.size(); ++j)
                    QVERIFY2(
                        !box.intersects(composer.factorRectOnPage(panel, shown[j]->factorId())),
                        qPrintable(shown[i]->factorId() + QStringLiteral(" on ") +
                                   shown[j]->factorId()));
            }
            // Each "only here" tag and root-cause pill of the SVG is on the box it belongs to.
            const QStringList unique = compare.uniqueFactorIds(compareColumn(compare, page, panel));
            for (const SvgText &text : texts) {
                const bool onlyHere = text.text == OnlyHereMarker::tr("only here");
                const bool rootCause = text.text == FactorItem::tr("Root cause").toUpper();
                if (!onlyHere && !rootCause)
                    continue;
                const QRectF column = composer.panelTarget(panel);
                if (!column.contains(text.pos))
                    continue;
                FactorItem *owner = nullptr;
                for (FactorItem *item : std::as_const(shown))
                    // Badges straddle the edge: half a badge around the box counts as on it.
                    if (composer.factorRectOnPage(panel, item->factorId())
                            .adjusted(-4, -8, 4, 8)
                            .contains(text.pos))
                        owner = item;
                QVERIFY2(owner, qPrintable(text.text + QStringLiteral(" on no box")));
                if (onlyHere)
                    QVERIFY2(unique.contains(owner->factorId()), qPrintable(owner->factorId()));
                else
                    QVERIFY2(owner->isRootCause() && owner->emphasis() != Emphasis::Ghost,
                             qPrintable(owner->factorId()));
            }
        }
        // Crux markers: each on a factor of its crux, inside that factor's box.
        const QList<QRectF> marks = composer.cruxMarkRects();
        QCOMPARE(marks.size(), page.cruxMarks.size());
        for (int i = 0; i < marks.size(); ++i) {
            const ExportCruxMark &mark = page.cruxMarks[i];
            if (marks[i].isEmpty())
                continue; // a box full of markers: the number is in the list
            QVERIFY(compare.diff().cruxes[mark.number - 1].factorIds.contains(mark.factorId));
            QVERIFY2(
                composer.factorRectOnPage(mark.panel, mark.factorId).contains(marks[i].center()),
                qPrintable(QStringLiteral("crux %1").arg(mark.number)));
        }
    }

private Q_SLOTS:
    void geometry_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("readings");
        const auto cases = compareCases();
        for (int i = 0; i < cases.size(); ++i)
            for (int readings = 2;
                 readings <= std::min<int>(3, cases[i].second.interpretations.size()); ++readings)
                QTest::newRow(
                    qPrintable(QStringLiteral("%1, %2 readings").arg(cases[i].first).arg(readings)))
                    << i << readings;
    }

    void geometry()
    {
        QFETCH(int, index);
        QFETCH(int, readings);
        const Incident incident = compareCases().at(index).second;
        ExportOptions options = compareOptions(firstIds(incident, readings));
        options.cruxes = true;
        const ExportJob job(incident, options);
        QVERIFY2(job.error().isEmpty(), qPrintable(job.error()));
        const CompareScenes *compare = job.compareScenes();
        QVERIFY(compare && compare->usesUnionLayout());
        int shownReadings = 0;
        QList<qreal> scales; // the parts of a split slide: one scale, so factors match
        for (const ExportPage &page : diagramPages(job)) {
            shownReadings += int(page.panels.size());
            scales.append(ExportComposer(page, options).diagramScale());
            QCOMPARE(scales.last(), scales.first());
            checkPage(*compare, page, options);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(shownReadings, readings); // each reading on one part of the slide
    }

    void labelsReadableOnASlide_data() { geometry_data(); }

    void labelsReadableOnASlide()
    {
        QFETCH(int, index);
        QFETCH(int, readings);
        const Incident incident = compareCases().at(index).second;
        const ExportOptions options = compareOptions(firstIds(incident, readings));
        const ExportJob job(incident, options);
        const qreal minLabel = readings == 2 ? 12 : 10;
        qreal smallest = 1e9;
        int measured = 0;
        for (const ExportPage &page : diagramPages(job)) {
            const ExportComposer composer(page, options);
            for (const SvgText &text : svgTexts(ExportWriter::renderSvg(composer)))
                for (int panel = 0; panel < page.panels.size(); ++panel)
                    for (FactorItem *item : page.panels[panel].scene->factorItems())
                        if (item->isVisible() && item->labelLines().contains(text.text) &&
                            composer.factorRectOnPage(panel, item->factorId()).contains(text.pos)) {
                            smallest = std::min(smallest, text.size);
                            ++measured;
                        }
        }
        QVERIFY(measured > 0);
        // Hide-and-seek's two readings name seven unrelated root causes: in one
        // band of ranks they were wider than a 1280 px slide at 12 px (7.15 px);
        // packed by groups of linked factors they reach it (ExportJob::buildCompare).
        QVERIFY2(smallest >= minLabel - 0.01,
                 qPrintable(QStringLiteral("labels down to %1 px").arg(smallest)));
    }

    void layoutEstimateHoldsEveryDrawnBox_data()
    {
        QTest::addColumn<int>("index");
        const auto cases = estimateCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(qPrintable(cases[i].first)) << i;
    }

    void layoutEstimateHoldsEveryDrawnBox()
    {
        // The union layout spaces boxes of the estimated size (the tighter
        // slide layouts only 12 units apart): a box drawn larger than its
        // estimate lands on its neighbour.
        QFETCH(int, index);
        const Incident incident = estimateCases().at(index).second;
        Document document;
        document.resetIncident(incident);
        int checked = 0;
        for (const Interpretation &interp : std::as_const(incident.interpretations)) {
            CanvasScene scene(&document, interp.id);
            for (const FactorItem *item : scene.factorItems()) {
                const Factor *f = incident.findFactor(item->factorId());
                QVERIFY(f);
                const KindStyle kind = kindStyle(incident, f->kind);
                const QSizeF estimate = estimatedFactorSize(*f, kind.shape, kind.name);
                const QSizeF drawn = item->boxRect().size();
                QVERIFY2(drawn.width() <= estimate.width() && drawn.height() <= estimate.height(),
                         qPrintable(QStringLiteral("%1: drawn %2x%3, estimated %4x%5")
                                        .arg(f->id)
                                        .arg(drawn.width())
                                        .arg(drawn.height())
                                        .arg(estimate.width())
                                        .arg(estimate.height())));
                ++checked;
            }
        }
        QVERIFY(checked > 0);
    }

    void factorsOnlyOneReadingUsesDoNotClash()
    {
        // Without the union layout "p" (B only) would sit on "r" (A only).
        const Incident incident = clashingReadings();
        const ExportJob job(incident, compareOptions({QStringLiteral("A"), QStringLiteral("B")}));
        const ExportComposer composer(job.pages().first(), job.options());
        for (int panel = 0; panel < 2; ++panel) {
            const QRectF r = composer.factorRectOnPage(panel, QStringLiteral("r"));
            const QRectF e = composer.factorRectOnPage(panel, QStringLiteral("e"));
            QVERIFY(!r.isEmpty() && !e.isEmpty());
            QVERIFY(!r.intersects(e));
        }
        // One position per factor: the same place in both columns.
        const QPointF shift = composer.panelTarget(1).topLeft() - composer.panelTarget(0).topLeft();
        for (const QString &id : {QStringLiteral("r"), QStringLiteral("e"), QStringLiteral("b")})
            QCOMPARE(composer.factorRectOnPage(1, id).topLeft(),
                     composer.factorRectOnPage(0, id).topLeft() + shift);
    }

    void legendListsExactlyTheMarksDrawn_data()
    {
        QTest::addColumn<bool>("diffStyling");
        QTest::addColumn<bool>("cruxes");
        QTest::newRow("diff marks and cruxes") << true << true;
        QTest::newRow("plain") << false << false;
    }

    void legendListsExactlyTheMarksDrawn()
    {
        QFETCH(bool, diffStyling);
        QFETCH(bool, cruxes);
        ExportOptions options = compareOptions({QStringLiteral("A"), QStringLiteral("B")});
        options.diffStyling = diffStyling;
        options.cruxes = cruxes;
        const ExportJob job(clashingReadings(), options);
        const ExportComposer composer(job.pages().first(), options);
        QStringList texts;
        for (const SvgText &text : svgTexts(ExportWriter::renderSvg(composer)))
            texts.append(text.text);

        // What the slide draws, read from its items and markers.
        QList<LegendMark> drawn{LegendMark::RootCause, LegendMark::FailurePoint,
                                LegendMark::EvidenceCount};
        if (diffStyling)
            drawn << LegendMark::MissingFactor << LegendMark::MissingLink
                  << LegendMark::OnlyHereFactor << LegendMark::OnlyHereLink;
        if (cruxes)
            drawn << LegendMark::CruxNumber;
        std::sort(drawn.begin(), drawn.end());
        QCOMPARE(composer.legend().marks, drawn);
        for (const LegendMark mark :
             {LegendMark::RootCause, LegendMark::FailurePoint, LegendMark::EvidenceCount,
              LegendMark::MissingFactor, LegendMark::MissingLink, LegendMark::OnlyHereFactor,
              LegendMark::OnlyHereLink, LegendMark::CruxNumber})
            QCOMPARE(texts.contains(displayName(mark)), drawn.contains(mark));
        QCOMPARE(texts.contains(OnlyHereMarker::tr("only here")), diffStyling);
    }

    void editingBadgesOnlyWithAnnotations()
    {
        // a1 has no evidence: its "0" badge is an editing to-do.
        for (const bool annotations : {false, true}) {
            ExportOptions options = compareOptions({QStringLiteral("A"), QStringLiteral("B")});
            options.annotations = annotations;
            options.diffStyling = false;
            const ExportJob job(clashingReadings(), options);
            const ExportComposer composer(job.pages().first(), options);
            QStringList texts;
            for (const SvgText &text : svgTexts(ExportWriter::renderSvg(composer)))
                texts.append(text.text);
            QCOMPARE(texts.contains(QStringLiteral("0")), annotations);
            QVERIFY(texts.contains(QStringLiteral("1"))); // b2's one evidence item
        }
    }

    void longCruxListGoesOntoAFollowingPage()
    {
        auto coinrun = readFaultlineFile(
            QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples/coinrun.faultline"));
        QVERIFY(coinrun.ok());
        ExportOptions options = compareOptions(firstIds(*coinrun, 3));
        options.cruxes = true;
        const ExportJob job(*coinrun, options);
        const int cruxes = int(job.compareScenes()->diff().cruxes.size());
        QVERIFY(cruxes > 0);
        int listed = 0;
        for (const ExportPage &page : job.pages())
            listed += int(page.cruxLines.size());
        QCOMPARE(listed, cruxes);
        QCOMPARE(job.pages().first().cruxLines.isEmpty(), job.pages().size() > 1);
        QVERIFY(job.pages().last().cruxLines.last().startsWith(QString::number(cruxes) +
                                                               QLatin1Char(' ')));
    }
};

QTEST_MAIN(TestCompareExport)
#include "tst_compareexport.moc"
