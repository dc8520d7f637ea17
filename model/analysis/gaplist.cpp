#include "gaplist.h"

#include "model/compare/rootcausematrix.h"
#include "model/incident.h"

#include <QHash>
#include <QSet>

namespace faultline {

QList<GapGroup> gapList(const Incident &incident, const QString &interpretationId)
{
    const Interpretation *interpretation = incident.findInterpretation(interpretationId);
    if (!interpretation)
        return {};
    QHash<QString, QList<Factor>> byArea;
    QSet<QString> present;
    // Document order, not placement order, so every interpretation lists a
    // shared factor at the same place.
    for (const Factor &factor : incident.factors) {
        if (!factor.hasGap() || !interpretation->usesFactor(factor.id))
            continue;
        byArea[factor.kind].append(factor);
        present.insert(factor.kind);
    }
    QList<GapGroup> groups;
    for (const QString &area : RootCauseMatrix::areaOrder(incident, present, false))
        groups.append({area, byArea.value(area)});
    return groups;
}

} // namespace faultline
