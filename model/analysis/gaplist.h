#pragma once

#include "model/factor.h"

#include <QList>
#include <QString>

namespace faultline {

struct Incident;

/// The factors of one area (kind) that have a gap, for the gaps lens.
struct GapGroup
{
    QString area;          ///< kind id
    QList<Factor> factors; ///< document order

    bool operator==(const GapGroup &) const = default;
};

/// Gaps lens: the factors interpretation `interpretationId` uses that have an
/// actual or an ideal description (Factor::hasGap()), grouped by kind in
/// checklist area order — reward, environment, algorithm, then the other
/// built-in kinds, then the incident's custom kinds (RootCauseMatrix::areaOrder()).
/// Only areas with at least one such factor appear. Empty for an unknown id.
QList<GapGroup> gapList(const Incident &incident, const QString &interpretationId);

} // namespace faultline
