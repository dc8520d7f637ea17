#include "diagnosticmarkers.h"

#include "diagnosticmarkeritem.h"
#include "overlayanchor.h"

#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/canvas/linkitem.h"

#include <QMap>

namespace faultline {

namespace {

struct Mark
{
    DiagnosticSeverity severity = DiagnosticSeverity::Info;
    QStringList messages;

    void add(const Diagnostic &diagnostic)
    {
        if (diagnostic.severity == DiagnosticSeverity::Warning)
            severity = DiagnosticSeverity::Warning;
        if (!messages.contains(diagnostic.message))
            messages.append(diagnostic.message);
    }
};

// Beside the link's evidence badge and label, which sit on the middle.
const QPointF kLinkMarkerOffset(16, -14);

} // namespace

void DiagnosticMarkers::clear(CanvasScene *scene)
{
    OverlayAnchor::clear(scene, OverlayAnchor::Group::Diagnostics);
}

void DiagnosticMarkers::show(CanvasScene *scene, const QList<Diagnostic> &diagnostics)
{
    clear(scene);
    if (!scene)
        return;
    // QMap: markers are created in a stable order, whatever the hash seed.
    QMap<QString, Mark> factorMarks;
    QMap<QString, Mark> linkMarks;
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.interpretationId != scene->interpretationId())
            continue;
        switch (diagnostic.type) {
        case DiagnosticType::UnexplainedBehaviour:
        case DiagnosticType::RootCauseWithoutEffect:
            for (const QString &id : diagnostic.factorIds)
                factorMarks[id].add(diagnostic);
            break;
        case DiagnosticType::LinkWithoutEvidence:
            // The link's own evidence badge shows "0" (its tooltip says so):
            // one evidence marker per link, not two.
            break;
        case DiagnosticType::Cycle:
        case DiagnosticType::EvidenceWithoutSource:
            for (const QString &id : diagnostic.linkIds)
                linkMarks[id].add(diagnostic);
            break;
        }
    }
    const QFont font = scene->font();
    for (auto it = factorMarks.cbegin(); it != factorMarks.cend(); ++it)
        if (FactorItem *item = scene->factorItem(it.key()))
            new OverlayAnchor(item, OverlayAnchor::Group::Diagnostics,
                              new DiagnosticMarkerItem(it->severity, it->messages, font),
                              item->boxRect().topLeft());
    for (auto it = linkMarks.cbegin(); it != linkMarks.cend(); ++it)
        if (LinkItem *item = scene->linkItem(it.key())) {
            auto *anchor =
                new OverlayAnchor(item, OverlayAnchor::Group::Diagnostics,
                                  new DiagnosticMarkerItem(it->severity, it->messages, font), {});
            // The marker belongs on the link's path, which re-routes when an
            // end factor moves (the link item itself stays put): place it from
            // the path, and again whenever either end moves, drags included.
            // The anchor is the link item's child, so `item` outlives it.
            anchor->setPlacement(
                [item] { return item->mapToScene(item->midPoint()) + kLinkMarkerOffset; });
            anchor->followAlso(scene->factorItem(item->fromId()));
            anchor->followAlso(scene->factorItem(item->toId()));
        }
}

} // namespace faultline
