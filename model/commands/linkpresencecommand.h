#pragma once

#include "model/document.h"

#include <QUndoCommand>

namespace faultline {

/// Adds a link to an interpretation, or removes one (with its evidence).
class LinkPresenceCommand : public QUndoCommand
{
public:
    enum Mode
    {
        Add,
        Remove
    };
    /// Add: `link` is the new link. Remove: only `link.id` is used.
    LinkPresenceCommand(Document *document, Mode mode, QString interpretationId, Link link,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void insert();
    void remove();

    Document *m_document;
    Mode m_mode;
    QString m_interpretationId;
    int m_index;
    Link m_link;
};

} // namespace faultline
