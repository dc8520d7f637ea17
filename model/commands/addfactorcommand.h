#pragma once

#include "model/document.h"

#include <QUndoCommand>

namespace faultline {

/// Adds a new factor to the incident and, when `interpretationId` is given,
/// places it in that interpretation — one step, as the user sees one gesture.
class AddFactorCommand : public QUndoCommand
{
public:
    AddFactorCommand(Document *document, Factor factor, QString interpretationId = {},
                     Placement placement = {}, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Factor m_factor;
    QString m_interpretationId;
    Placement m_placement;
};

} // namespace faultline
