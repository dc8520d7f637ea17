#include "exportjob.h"

#include "model/analysis/lens.h"
#include "model/compare/cruxdescriber.h"
#include "model/document.h"
#include "model/layout/layoutengine.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasstyle.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/compare/comparescenes.h"
#include "widgets/export/exportcomposer.h"
#include "widgets/lens/lensstyler.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QSet>

namespace faultline {

/// One way to lay out the readings of a compare slide.
struct SlideLayout
{
    double nodeSpacing; ///< times the union layout's space between the boxes of a rank
    double rankSpacing; ///< times the union layout's space between ranks
    double packAspect;  ///< LayoutOptions::packAspect (0: one band of ranks, as in the editor)
};

namespace {
// lupdate files a free tr() call under the class or namespace around the call,
// not under a helper's context: calls name this context class instead.
struct JobText
{
    Q_DECLARE_TR_FUNCTIONS(faultline::ExportJob)
};

// The interpretation reduced to the selected factors and the links among them.
Interpretation selectionOf(const Interpretation &interp, const QSet<QString> &keep)
{
    Interpretation reduced = interp;
    reduced.placements.clear();
    reduced.links.clear();
    for (const Placement &p : interp.placements)
        if (keep.contains(p.factorId))
            reduced.placements.append(p);
    for (const Link &link : interp.links)
        if (keep.contains(link.from) && keep.contains(link.to))
            reduced.links.append(link);
    return reduced;
}
constexpr int kCruxLinesOnSlide = 5;
constexpr int kCruxLinesPerPage = 14;
/// The union layout's spacing, scaled, when the editor's leaves labels too small on a slide.
constexpr double kTightSpacing = 0.55;
/// Narrower still between the boxes of a rank (16 units in the union layout,
/// still kTightGap apart); ranks keep kTightSpacing, where badges and link labels sit.
constexpr double kNarrowSpacing = 0.4;

/// The smallest gap between two boxes a tighter layout may leave (scene units).
constexpr qreal kTightGap = 12;
/// Tried in this order until all readings fit on one readable slide (see
/// buildCompare()): the editor's Common Layout, then tighter, then narrower
/// ranks (coastrunners' three readings), then the groups of linked factors
/// packed for the area of two readings side by side (about square), of one
/// slide (16:9) and of one reading above the legend or two stacked (wide;
/// hide-and-seek's two readings need this one, a slide each).
constexpr SlideLayout kSlideLayouts[] = {{1.0, 1.0, 0},
                                         {kTightSpacing, kTightSpacing, 0},
                                         {kNarrowSpacing, kTightSpacing, 0},
                                         {kTightSpacing, kTightSpacing, 1.0},
                                         {kTightSpacing, kTightSpacing, 16.0 / 9},
                                         {kTightSpacing, kTightSpacing, 3.0}};

/// The smallest factor label a room reads from the back on a 1280×720 slide
/// (issue #20): 12 px with two readings, 10 px with three.
qreal minimumSlideLabel(int readings)
{
    return readings <= 2 ? 12.0 : 10.0;
}

/// The page of `panels` readings from `first` on: those panels and their crux markers.
ExportPage pagePart(const ExportPage &page, int first, int panels)
{
    ExportPage part = page;
    part.panels = page.panels.mid(first, panels);
    part.cruxMarks.clear();
    for (ExportCruxMark mark : page.cruxMarks)
        if (mark.panel >= first && mark.panel < first + panels) {
            mark.panel -= first;
            part.cruxMarks.append(mark);
        }
    QStringList keys;
    for (const ExportPanel &panel : std::as_const(part.panels))
        keys.append(panel.scene->interpretationId());
    part.fileKey = page.fileKey + QLatin1Char('-') + keys.join(QLatin1Char('+'));
    return part;
}
} // namespace

ExportJob::ExportJob(const Incident &incident, const ExportOptions &options,
                     const QStringList &selectedFactorIds)
    : m_incident(incident), m_options(options), m_snapshot(std::make_unique<Document>())
{
    build(selectedFactorIds);
}

ExportJob::~ExportJob()
{
    // Scenes read the snapshot while they go.
    qDeleteAll(m_ownScenes);
    m_compare.reset();
    m_snapshot.reset();
}

QString ExportJob::title() const
{
    if (!m_options.title)
        return {};
    return m_options.titleText.isEmpty() ? m_incident.title : m_options.titleText;
}

void ExportJob::build(const QStringList &selectedFactorIds)
{
    QStringList ids = m_options.interpretationIds;
    if (m_options.scope == ExportScope::All) {
        ids.clear();
        for (const Interpretation &interp : std::as_const(m_incident.interpretations))
            ids.append(interp.id);
        if (ids.isEmpty()) {
            m_error = JobText::tr("the incident has no interpretation to export");
            return;
        }
    }
    for (const QString &id : std::as_const(ids))
        if (!m_incident.findInterpretation(id)) {
            m_error = JobText::tr("unknown interpretation \"%1\"").arg(id);
            return;
        }
    if (ids.isEmpty()) {
        m_error = JobText::tr("no interpretation chosen");
        return;
    }

    switch (m_options.scope) {
    case ExportScope::Current:
    case ExportScope::Selection: {
        Incident incident = m_incident;
        const QString id = ids.first();
        if (m_options.scope == ExportScope::Selection) {
            const QSet<QString> keep(selectedFactorIds.cbegin(), selectedFactorIds.cend());
            Interpretation &interp = incident.interpretations[incident.interpretationIndex(id)];
            interp = selectionOf(interp, keep);
            if (interp.placements.isEmpty()) {
                m_error = JobText::tr("nothing is selected");
                return;
            }
        }
        m_snapshot->resetIncident(incident);
        ExportPage page;
        page.title = title();
        page.subtitle = m_options.title ? incident.findInterpretation(id)->name : QString();
        page.panels.append(ExportPanel{newScene(id), {}});
        page.fileKey = id;
        m_pages.append(page);
        break;
    }
    case ExportScope::All:
        m_snapshot->resetIncident(m_incident);
        for (const QString &id : std::as_const(ids)) {
            ExportPage page;
            page.title = title();
            page.subtitle = m_options.title ? m_incident.findInterpretation(id)->name : QString();
            page.panels.append(ExportPanel{newScene(id), {}});
            page.fileKey = id;
            m_pages.append(page);
        }
        break;
    case ExportScope::Compare:
        buildCompare(ids);
        break;
    }
}

void ExportJob::buildCompare(const QStringList &ids)
{
    if (ids.size() < 2 || ids.size() > 3) {
        m_error = JobText::tr("compare needs two or three interpretations, got %1").arg(ids.size());
        return;
    }
    ExportPage page = compareSlide(ids, kSlideLayouts[0]);
    QList<ExportPage> parts = readableParts(page);
    bool editorLayout = true;
    // The readings do not fit on one slide with readable labels at the
    // editor's layout: another layout (the same one for every column, so a
    // factor still has one position) is kept when it needs fewer slides, or
    // as many as another non-editor layout with larger labels, and no two of
    // its boxes come closer than kTightGap. The first that fits on one slide
    // wins; the editor's layout is kept when none needs fewer slides.
    for (const SlideLayout &layout : kSlideLayouts) {
        if (parts.size() == 1)
            break;
        if (&layout == &kSlideLayouts[0])
            continue;
        std::unique_ptr<CompareScenes> kept = std::move(m_compare);
        const ExportPage candidate = compareSlide(ids, layout);
        const QList<ExportPage> candidateParts =
            boxesTooClose() ? QList<ExportPage>() : readableParts(candidate);
        const bool better = !candidateParts.isEmpty() &&
                            (parts.isEmpty() || candidateParts.size() < parts.size() ||
                             (!editorLayout && candidateParts.size() == parts.size() &&
                              sharedScale(candidateParts) > sharedScale(parts) + 0.01));
        if (better) {
            page = candidate;
            parts = candidateParts;
            editorLayout = false;
        } else {
            m_compare = std::move(kept);
        }
    }
    QStringList names;
    for (const ExportPanel &panel : std::as_const(page.panels))
        names.append(panel.caption);
    if (!m_options.cruxes) {
        m_pages.append(slideParts(page));
        return;
    }
    const QList<Crux> &cruxes = m_compare->diff().cruxes;
    QStringList lines;
    for (int i = 0; i < cruxes.size(); ++i) {
        // Each crux is numbered on the first of its factors each column shows.
        // The crux's own factor first (a factor crux), then its others.
        QStringList candidates = cruxes[i].factorIds;
        if (candidates.removeAll(cruxes[i].subjectId) > 0)
            candidates.prepend(cruxes[i].subjectId);
        for (int panel = 0; panel < m_compare->count(); ++panel)
            for (const QString &factorId : std::as_const(candidates))
                if (const FactorItem *item = m_compare->scene(panel)->factorItem(factorId);
                    item && item->isVisible()) {
                    page.cruxMarks.append({panel, factorId, i + 1});
                    break;
                }
        lines.append(QStringLiteral("%1  %2").arg(i + 1).arg(cruxHeadline(cruxes[i])));
    }
    // A short list fits under the diagrams; a long one would squeeze them, so it
    // goes onto following pages. So does the list of a slide split into parts.
    if (lines.size() <= kCruxLinesOnSlide) {
        ExportPage withList = page;
        withList.cruxLines = lines;
        if (const QList<ExportPage> parts = slideParts(withList); parts.size() == 1) {
            m_pages.append(parts);
            return;
        }
    }
    m_pages.append(slideParts(page));
    for (int first = 0; first < lines.size(); first += kCruxLinesPerPage) {
        ExportPage list;
        list.title = page.title;
        list.subtitle = names.join(QStringLiteral("  ·  "));
        list.cruxLines = lines.mid(first, kCruxLinesPerPage);
        list.fileKey = page.fileKey + QStringLiteral("-cruxes") +
                       (first > 0 ? QString::number(first / kCruxLinesPerPage + 1) : QString());
        m_pages.append(list);
    }
}

ExportPage ExportJob::compareSlide(const QStringList &ids, const SlideLayout &layout)
{
    // The editor's Common Layout: one position per factor in every column, no
    // box on another, and routes around the boxes. The readings' own positions
    // cannot do that: a factor only one reading uses sits where that reading
    // put it, which may be on another reading's factor.
    LayoutRequest request = CompareScenes::unionLayoutRequest(m_incident, ids);
    request.options.nodeSep *= layout.nodeSpacing;
    request.options.rankSep *= layout.rankSpacing;
    request.options.packAspect = layout.packAspect;
    const LayoutResult laidOut = LayoutEngine::run(request);
    m_compare =
        std::make_unique<CompareScenes>(m_incident, ids, laidOut.ok ? laidOut : LayoutResult{});
    // Decision (issue #6/#11): the compare view's "only here" tags DO go
    // onto exported compare slides while diff styling is on (the default;
    // ExportOptions::diffStyling = false turns tags and ghosts off
    // together). They are scene items drawn by the same code as on screen,
    // carry their meaning in words rather than colour alone (so they
    // survive the print theme and a greyscale printer), and they are the
    // point of a side-by-side slide: what one reading has that the other lacks.
    m_compare->setDiffStyling(m_options.diffStyling);
    ExportPage page;
    page.title = title();
    page.compare = true;
    for (int i = 0; i < m_compare->count(); ++i) {
        prepare(m_compare->scene(i));
        page.panels.append({m_compare->scene(i), m_compare->title(i)});
    }
    // A lens styles every item, ghosts too: what another reading has
    // stays a ghost on the slide, as in the compare view.
    m_compare->restyleGhosts();
    // No subtitle: the readings' names are the panels' captions, and the
    // height is worth more to the diagrams.
    page.fileKey = ids.join(QLatin1Char('-'));
    return page;
}

bool ExportJob::boxesTooClose() const
{
    // The layout spaces estimated box sizes; the drawn boxes can be larger.
    for (int column = 0; column < m_compare->count(); ++column) {
        QList<QRectF> boxes;
        for (const FactorItem *item : m_compare->scene(column)->factorItems())
            if (item->isVisible())
                boxes.append(
                    item->boxRect()
                        .translated(item->pos())
                        .adjusted(-kTightGap / 2, -kTightGap / 2, kTightGap / 2, kTightGap / 2));
        for (int i = 0; i < boxes.size(); ++i)
            for (int j = i + 1; j < boxes.size(); ++j)
                if (boxes[i].intersects(boxes[j]))
                    return true;
    }
    return false;
}

QList<ExportPage> ExportJob::slideParts(const ExportPage &page) const
{
    // Decision (issue #20): when the readings of a compare slide cannot all be
    // drawn with readable labels, the slide is split into parts with fewer
    // readings each (the fewest parts that reach the size; each part has its own
    // legend, listing only the marks drawn on it). Every part keeps the union
    // layout, the ghosts and the "only here" tags, so a factor sits at the same
    // place on every part and stepping between them still compares the readings.
    // Shrinking the labels instead would leave a slide nobody at the back of the
    // room can read. buildCompare first tries a tighter union layout and then
    // one whose groups of linked factors are packed to fill the slide
    // (ComponentPacker), so a comparison is split only when those do not fit
    // either. Packing was chosen over narrower boxes or a left-to-right rank
    // direction: what makes a slide too wide is one band of first ranks holding
    // every group's root causes (hide-and-seek: seven side by side), and
    // packing shortens that band without changing how a box or the causal flow
    // looks, nor the editor's layout. Narrower boxes would have changed every
    // box in the editor and still left seven in a row; left to right puts the
    // seven in a column taller than the slide. Tight and packed layouts place
    // boxes 12 to 22 units apart, so they rely on the layout's box estimate
    // holding the drawn box (model/layout/factorsize.h, per kind shape).
    const QList<ExportPage> parts = readableParts(page);
    // Not even one reading per slide reaches the size: the whole comparison on
    // one slide, drawn as large as it goes.
    return parts.isEmpty() ? QList<ExportPage>{page} : parts;
}

QList<ExportPage> ExportJob::readableParts(const ExportPage &page) const
{
    const int readings = int(page.panels.size());
    if (m_options.page != PageFormat::Slide || readings < 2)
        return {page};
    const qreal minimum = minimumSlideLabel(readings);
    for (int perPage = readings; perPage >= 1; --perPage) {
        QList<ExportPage> parts;
        bool readable = true;
        for (int first = 0; first < readings && readable; first += perPage) {
            const ExportPage part = perPage == readings ? page : pagePart(page, first, perPage);
            const ExportComposer composer(part, m_options);
            const qreal label =
                canvasstyle::labelFont(part.panels.first().scene->font()).pixelSize() *
                composer.diagramScale();
            readable = label >= minimum - 0.01;
            parts.append(part);
        }
        if (!readable)
            continue;
        // One scale on every part: a factor has the same size and place on each.
        const qreal scale = sharedScale(parts);
        if (parts.size() > 1)
            for (ExportPage &part : parts)
                part.maxScale = scale;
        return parts;
    }
    return {};
}

qreal ExportJob::sharedScale(const QList<ExportPage> &parts) const
{
    qreal scale = 1e9;
    for (const ExportPage &part : parts)
        scale = std::min(scale, ExportComposer(part, m_options).diagramScale());
    return scale;
}

QString ExportJob::cruxHeadline(const Crux &crux) const
{
    return CruxDescriber(m_incident).headline(crux);
}

CanvasScene *ExportJob::newScene(const QString &interpretationId)
{
    auto *scene = new CanvasScene(m_snapshot.get(), interpretationId);
    m_ownScenes.append(scene);
    prepare(scene);
    return scene;
}

void ExportJob::prepare(CanvasScene *scene) const
{
    scene->setExportMode(true);
    scene->setExportAnnotations(m_options.annotations);
    // The composer paints the page background; the scene adds none.
    scene->setExportBackground(Qt::transparent);
    scene->setColors(canvasThemeColors(m_options.theme));
    scene->clearSelection();
    const Lens lens = lensFromId(m_options.lens).value_or(Lens::Plain);
    // Plain would also clear the compare view's diff styling, so only real lenses are applied.
    if (lens != Lens::Plain) {
        const QStringList intervened = m_options.interventions.value(scene->interpretationId());
        LensStyler::apply(scene, lens, QSet<QString>(intervened.cbegin(), intervened.cend()));
    }
    // A device-coordinate cache would turn SVG and PDF output into bitmaps.
    for (QGraphicsItem *item : scene->items())
        item->setCacheMode(QGraphicsItem::NoCache);
}

} // namespace faultline
