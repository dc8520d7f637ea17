#pragma once

#include "model/enums.h"
#include "model/kindstyle.h"

#include <QList>

namespace faultline {

class CanvasScene;

/// A mark a compare slide can carry besides kinds and relations. Each has
/// one meaning; the legend lists exactly the marks drawn.
enum class LegendMark
{
    RootCause,      ///< the "ROOT CAUSE" pill on a factor
    FailurePoint,   ///< the tag counting a factor's tagged failure points
    EvidenceCount,  ///< the badge counting a link's evidence
    MissingFactor,  ///< dashed outline: another reading uses the factor, this one not
    MissingLink,    ///< thin trace with a hollow ring: another reading has the link, this one not
    OnlyHereFactor, ///< "only here" tag: no other reading uses the factor
    OnlyHereLink,   ///< "only here" dot: no other reading has the link
    CruxNumber,     ///< a numbered crux marker
};

/// What a legend explains: exactly the kinds and relations drawn in the
/// exported scenes, kinds in palette order (built-in, then custom), relations
/// in their enum order, and (compare slides) the marks drawn.
struct LegendEntries
{
    QList<KindStyle> kinds;
    QList<Relation> relations;
    QList<LegendMark> marks;

    bool isEmpty() const { return kinds.isEmpty() && relations.isEmpty() && marks.isEmpty(); }
    /// Reads the visible factor and link items of `scenes`; with `withMarks`
    /// also the badges, ghosts and "only here" tags they show.
    static LegendEntries collect(const QList<CanvasScene *> &scenes, bool withMarks = false);
    /// Adds `mark` in LegendMark order unless it is there.
    void addMark(LegendMark mark);
};

/// The legend's words for `mark` (translated).
QString displayName(LegendMark mark);

} // namespace faultline
