#pragma once

#include "model/document.h"

#include <QUndoCommand>

namespace faultline {

/// Adds a source to the bibliography, or removes one. Removing a source that
/// evidence still cites clears those citations (the caller asks the user
/// first); undo restores the source and every citation.
class SourcePresenceCommand : public QUndoCommand
{
public:
    enum Mode
    {
        Add,
        Remove
    };
    SourcePresenceCommand(Document *document, Mode mode, Source source,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    /// Where `sourceId` is cited: "interpretation name: from → to" per link.
    static QStringList citations(const Incident &incident, const QString &sourceId);

private:
    void insert();
    void remove();

    struct Citation
    {
        QString interpretationId;
        QString linkId;
        QString evidenceId;
    };
    Document *m_document;
    Mode m_mode;
    int m_index;
    Source m_source;
    QList<Citation> m_citations;
};

} // namespace faultline
