#pragma once

#include "model/document.h"

#include <QUndoCommand>

namespace faultline {

/// Adds an evidence item to a link, or removes one.
class EvidencePresenceCommand : public QUndoCommand
{
public:
    enum Mode
    {
        Add,
        Remove
    };
    /// Add: `evidence` is the new item. Remove: only `evidence.id` is used.
    EvidencePresenceCommand(Document *document, Mode mode, QString interpretationId, QString linkId,
                            Evidence evidence, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void insert();
    void remove();

    Document *m_document;
    Mode m_mode;
    QString m_interpretationId;
    QString m_linkId;
    int m_index;
    Evidence m_evidence;
};

} // namespace faultline
