#pragma once

#include "layoutrequest.h"
#include "layoutresult.h"

#include <QList>
#include <QPointF>
#include <QSizeF>

#include <optional>

namespace faultline {

/// Lays out the groups of linked factors (connected components) of a request
/// one by one and arranges the groups to fill an area of a given aspect
/// (LayoutOptions::packAspect).
///
/// Why: dot puts every group's first rank into one band, so an incident
/// whose readings name many unrelated root causes gets a drawing far wider
/// than high, and on a 16:9 slide its labels shrink below what a room reads.
/// Laid out apart and stacked, each group keeps its own top-to-bottom causal
/// flow and the whole fits the slide at a larger scale. The editor does not
/// pack (its canvas scrolls); compare slides do when they would not be readable.
class ComponentPacker
{
public:
    /// `request` laid out group by group and packed for request.options.packAspect;
    /// nullopt when packing does not apply (one group, pinned or context nodes,
    /// a large graph or no aspect), and the caller lays it out as usual.
    static std::optional<LayoutResult> run(const LayoutRequest &request);

    /// Top-left corners for boxes of `sizes` arranged in rows or columns with
    /// `gap` between them, so the whole drawn in an area of width / height =
    /// `aspect` is as large as it goes. Deterministic; the first box is at (0, 0)
    /// or on the top row.
    static QList<QPointF> arrange(const QList<QSizeF> &sizes, double aspect, QSizeF gap);
};

} // namespace faultline
