#pragma once

#include "model/document.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace faultline {

/// Turns finished canvas gestures into undo commands on one interpretation
/// of a Document. Multi-step gestures become one macro, so each is one undo step.
class CanvasController
{
    Q_DECLARE_TR_FUNCTIONS(CanvasController)
public:
    CanvasController(Document *document, QString interpretationId);

    Document *document() const { return m_document; }
    QString interpretationId() const { return m_interpretationId; }
    const Interpretation *interpretation() const;

    /// With snapping on, positions given to the controller land on the 20 px grid.
    void setSnapToGrid(bool on) { m_snap = on; }
    bool snapToGrid() const { return m_snap; }
    QPointF snapped(const QPointF &pos) const;
    /// `pos`, or a spot stepped diagonally away from it when a factor
    /// already sits there (repeated "add at centre" must not stack boxes).
    QPointF freeSpotNear(QPointF pos) const;
    /// Whether a drop may add a factor of `kindId` / place `factorId` here.
    bool canAddKind(const QString &kindId) const;
    bool canPlace(const QString &factorId) const;

    /// A new factor of `kindId` placed at `pos`; returns its id.
    QString addFactor(const QString &kindId, const QPointF &pos);
    /// Places an existing factor of the incident here; false when it is
    /// unknown or already placed.
    bool placeFactor(const QString &factorId, const QPointF &pos);
    /// Removes factors from this interpretation (and from the incident when no
    /// other interpretation uses them) and links, as one step.
    void deleteElements(const QStringList &factorIds, const QStringList &linkIds,
                        const QString &text = {});
    /// Moves placements; unchanged ones are left out. One MoveFactorsCommand
    /// (which merges with the previous one for the same factors).
    void moveFactors(const QHash<QString, QPointF> &positions);
    /// A new "causes" link of strength 3; returns its id, the id of an
    /// existing link between the same factors in the same direction, or ""
    /// for a self link or unplaced ends.
    QString connectFactors(const QString &fromId, const QString &toId);
    /// Sets a factor's label (one undo step, never merged with other edits).
    bool renameFactor(const QString &factorId, const QString &label);

private:
    Document *m_document;
    QString m_interpretationId;
    bool m_snap = false;
};

} // namespace faultline
