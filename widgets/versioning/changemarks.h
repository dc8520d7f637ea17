#pragma once

#include "model/versioning/documentdiff.h"

namespace faultline {

class CanvasScene;

/// Marks on one reading's canvas for the changes since an earlier version:
/// one per factor or link that was added (+) or changed (~), the factor's
/// own fields and its placement in this reading together, a link's evidence
/// with the link; and one (−) where this reading lost a factor (at its old
/// position) or a link (halfway between its factors, when both are still here).
class ChangeMarks
{
public:
    /// Replaces the change marks of `scene` with those of `changes`.
    static void show(CanvasScene *scene, const QList<ElementChange> &changes);
    static void clear(CanvasScene *scene);

private:
    static void showRemoved(CanvasScene *scene, const QString &reading,
                            const ElementChange &change);
};

} // namespace faultline
