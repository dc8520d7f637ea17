#pragma once

#include "model/document.h"

#include <QUndoCommand>

namespace faultline {

/// Places an existing factor of the incident into an interpretation (that is
/// how interpretations share factors), or — with `Unplace` — takes it out
/// together with the interpretation's links touching it.
class PlaceFactorCommand : public QUndoCommand
{
public:
    enum Mode
    {
        Place,
        Unplace
    };
    /// Place: `placement` says where. Unplace: only `placement.factorId` is used.
    PlaceFactorCommand(Document *document, Mode mode, QString interpretationId, Placement placement,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void place();
    void unplace();

    Document *m_document;
    Mode m_mode;
    QString m_interpretationId;
    int m_index = -1;
    Placement m_placement;
    QList<QPair<int, Link>> m_links; ///< links removed by Unplace, (index, link) ascending
};

} // namespace faultline
