#include "comparescenes.h"

#include "model/document.h"
#include "widgets/canvas/canvasscene.h"

#include <QHash>

namespace faultline {

CompareScenes::CompareScenes(const Incident &incident, const QStringList &interpretationIds,
                             const LayoutResult &unionLayout, QObject *parent)
    : QObject(parent), m_snapshot(new Document(this))
{
    setIncident(incident, interpretationIds, unionLayout);
}

CompareScenes::~CompareScenes()
{
    qDeleteAll(m_scenes); // before the snapshot they read
}

void CompareScenes::setIncident(const Incident &incident, const QStringList &interpretationIds,
                                const LayoutResult &unionLayout)
{
    m_incident = incident;
    m_interpretationIds = interpretationIds;
    rebuild(unionLayout);
}

QString CompareScenes::title(int column) const
{
    const Interpretation *interp =
        m_incident.findInterpretation(m_interpretationIds.value(column));
    return interp ? interp->name : QString();
}

void CompareScenes::setDiffStyling(bool on)
{
    m_diffStyling = on;
}

void CompareScenes::rebuild(const LayoutResult &unionLayout)
{
    qDeleteAll(m_scenes);
    m_scenes.clear();
    // One position per factor: the union layout's, else the first placing interpretation's.
    QHash<QString, QPointF> position = unionLayout.positions;
    for (const QString &id : std::as_const(m_interpretationIds))
        if (const Interpretation *interp = m_incident.findInterpretation(id))
            for (const Placement &p : interp->placements)
                if (!position.contains(p.factorId))
                    position.insert(p.factorId, p.pos);
    Incident aligned = m_incident;
    for (Interpretation &interp : aligned.interpretations)
        for (Placement &p : interp.placements)
            p.pos = position.value(p.factorId, p.pos);
    m_snapshot->resetIncident(aligned);
    for (const QString &id : std::as_const(m_interpretationIds))
        m_scenes.append(new CanvasScene(m_snapshot, id, this));
    Q_EMIT rebuilt();
}

} // namespace faultline
