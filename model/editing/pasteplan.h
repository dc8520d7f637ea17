#pragma once

#include "model/compare/interpretationmerge.h" // IdAllocator
#include "model/incident.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <utility>

namespace faultline {

/// What pasting a fragment into one interpretation will do, with every id
/// decided: planPaste() computes it without touching the document,
/// DocumentEditor::paste() applies it as one undo step.
struct PastePlan
{
    QList<Placement> toPlace;                  ///< existing factors placed here, by their own id
    QList<std::pair<Factor, Placement>> toAdd; ///< new factors (fresh ids) with their placements
    QList<Source> sourcesToAdd;                ///< cited sources the document lacks
    QList<Link> linksToAdd;                    ///< fresh ids, ends and citations remapped
    QList<CustomKind> kindsToAdd;              ///< custom kinds the document lacks
    QList<ChecklistEntry> checklistToAdd;      ///< checklist entries the document lacks
    QHash<QString, QString> factorIds;         ///< fragment factor id → target factor id
    QHash<QString, QString> sourceIds;         ///< fragment source id → target source id

    /// True when pasting would place, add or link nothing.
    bool isEmpty() const { return toPlace.isEmpty() && toAdd.isEmpty() && linksToAdd.isEmpty(); }
};

/// The title used as an incident's identity when pasting (never empty: the
/// format requires a title). A fragment carries the title of its source incident.
QString incidentIdentity(const Incident &incident);

/// Plans pasting `fragment` (a small incident whose one interpretation holds the
/// copied placements and links) into `interpretationId` of `target`.
///
/// From the same incident, factors are reused by id (placed if not yet there,
/// skipped if already there, when the kind matches); when every one is already
/// there, or `forceCopies`, or from another incident, new factors with ids from
/// `newId` are planned (shifted by `copyOffset` within the same incident).
/// Links always get fresh ids, follow their factors' target ids and are
/// skipped where the target already links the same pair; evidence gets fresh
/// ids and cites the target's id of its source. A source missing from the
/// target is added (with a fresh id if a different source holds its id).
/// An unknown `interpretationId` gives an empty plan.
PastePlan planPaste(const Incident &target, const QString &interpretationId,
                    const Incident &fragment, bool forceCopies, const QPointF &copyOffset,
                    const IdAllocator &newId);

} // namespace faultline
