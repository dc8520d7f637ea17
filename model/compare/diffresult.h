#pragma once

#include "crux.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace faultline {

/// Which compared interpretations use one factor.
struct FactorUsage
{
    QString factorId;
    QStringList interpretationIds; ///< in comparison order

    bool operator==(const FactorUsage &) const = default;
};

/// Which compared interpretations link one from → to factor pair, and with which link.
struct LinkUsage
{
    QString from;
    QString to;
    QList<CruxLinkRef> links; ///< in comparison order
    /// Relation and strength are the same in every interpretation that has the link.
    bool sameClaim = true;

    bool operator==(const LinkUsage &) const = default;
};

/// Everything a comparison of interpretations found: where they agree and the cruxes.
struct DiffResult
{
    /// The compared interpretations, in comparison order (unknown ids and repeats dropped).
    QStringList interpretationIds;
    /// Every factor used by at least one compared interpretation, in document order.
    QList<FactorUsage> factors;
    /// Every factor pair linked in at least one compared interpretation, in
    /// order of first appearance (interpretations in comparison order, links in
    /// their order). A pair linked twice in one interpretation counts its first link.
    QList<LinkUsage> links;
    /// The cruxes, ordered by CruxType, then document order within a type.
    QList<Crux> cruxes;

    /// Factors used by every compared interpretation.
    QStringList sharedFactorIds() const
    {
        QStringList ids;
        for (const FactorUsage &usage : factors)
            if (usage.interpretationIds.size() == interpretationIds.size())
                ids.append(usage.factorId);
        return ids;
    }
    /// Factor pairs linked in every compared interpretation.
    QList<LinkUsage> sharedLinks() const
    {
        QList<LinkUsage> shared;
        for (const LinkUsage &usage : links)
            if (usage.links.size() == interpretationIds.size())
                shared.append(usage);
        return shared;
    }
    /// Cruxes of one type, in list order.
    QList<Crux> cruxesOfType(CruxType type) const
    {
        QList<Crux> list;
        for (const Crux &crux : cruxes)
            if (crux.type == type)
                list.append(crux);
        return list;
    }
};

} // namespace faultline
