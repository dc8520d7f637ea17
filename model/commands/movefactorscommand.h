#pragma once

#include "model/document.h"

#include <QHash>
#include <QPointF>
#include <QUndoCommand>

namespace faultline {

/// Moves placements of one interpretation. Links touching a moved factor lose
/// their routed path (it no longer fits) and get it back on undo. Consecutive
/// moves of the same set of factors merge, so arrow-key nudges and a drag are
/// one step each.
class MoveFactorsCommand : public QUndoCommand
{
public:
    MoveFactorsCommand(Document *document, QString interpretationId,
                       QHash<QString, QPointF> newPositions, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QHash<QString, QPointF> &positions, bool restoreRoutes);

    Document *m_document;
    QString m_interpretationId;
    QHash<QString, QPointF> m_before;
    QHash<QString, QPointF> m_after;
    QHash<QString, QList<QPointF>> m_routes; ///< link id → route before the first move
};

} // namespace faultline
