#pragma once

#include "link.h"
#include "placement.h"
#include "ruledout.h"

#include <QList>
#include <QString>

namespace faultline {

/// One person's or school's reading of the incident.
struct Interpretation
{
    QString id;
    QString name;
    QString author;
    QString stance; ///< the author's position in one line, e.g. "mostly the environment's fault"
                    ///< (format v2)
    QString summary;
    QList<Placement> placements; ///< the factors this reading uses
    QList<Link> links;
    QList<RuledOut> ruledOutAreas;        ///< target = kind id
    QList<RuledOut> ruledOutFailureModes; ///< target = checklist entry id

    const Placement *findPlacement(const QString &factorId) const;
    int placementIndex(const QString &factorId) const;
    const Link *findLink(const QString &linkId) const;
    int linkIndex(const QString &linkId) const;
    bool usesFactor(const QString &factorId) const { return placementIndex(factorId) >= 0; }

    bool operator==(const Interpretation &) const = default;
};

} // namespace faultline
