#pragma once

#include "model/document.h"

#include <QUndoCommand>

namespace faultline {

/// Removes a factor from the incident together with its placements and the
/// links touching it in every interpretation; undo restores all of it at the
/// original positions in their lists.
class RemoveFactorCommand : public QUndoCommand
{
public:
    RemoveFactorCommand(Document *document, const QString &factorId,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    struct Removed
    {
        QString interpretationId;
        int placementIndex = -1;
        Placement placement;
        QList<QPair<int, Link>> links; ///< (index, link), ascending
    };
    Document *m_document;
    int m_factorIndex;
    Factor m_factor;
    QList<Removed> m_removed;
};

} // namespace faultline
