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

/// Something only some readings considered, where none of them disagrees with
/// another: a failure point or area ruled out by some and not considered by the
/// others, a lever note on a factor the others leave blank, a source cited on a
/// shared link by one reading only. Listed apart from the cruxes.
struct CoverageDifference
{
    CruxType type = CruxType::FailurePoint;
    QString key;       ///< same scheme as Crux::key
    QString subjectId; ///< entry id, kind id, factor id or source id
    QStringList factorIds;
    QStringList consideredBy; ///< readings that ruled out / noted / cited, comparison order
    QStringList silentBy;     ///< the other compared readings

    bool operator==(const CoverageDifference &) const = default;
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
    /// The cruxes, one per subject, ranked: CruxRank, then how many readings take a
    /// position, then how much evidence they give, then order of discovery.
    QList<Crux> cruxes;
    /// What only some readings considered (not cruxes), in order of discovery.
    QList<CoverageDifference> coverageDifferences;

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
    /// The crux with that key, or nullptr.
    const Crux *findCrux(const QString &key) const
    {
        for (const Crux &crux : cruxes)
            if (crux.key == key)
                return &crux;
        return nullptr;
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
