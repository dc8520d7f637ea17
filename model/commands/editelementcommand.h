#pragma once

#include "elementaccess.h"

#include <QUndoCommand>

namespace faultline {

/// Replaces the value of one element (addressed through `Access`, by id).
/// Consecutive edits of the same field of the same element merge into one
/// undo step, so typing a label character by character is one step.
/// An empty `field` never merges. A command naming an element that does not
/// exist is obsolete from the start: QUndoStack::push drops it unrun.
template <typename Access> class EditElementCommand : public QUndoCommand
{
public:
    using Value = typename Access::Value;

    EditElementCommand(Document *document, Access access, Value after, QString field,
                       const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_document(document), m_access(std::move(access)),
          m_before(m_access.read(*document)), m_after(std::move(after)), m_field(std::move(field))
    {
        if constexpr (requires { m_access.find(*document); }) {
            if (!m_access.find(*document))
                setObsolete(true); // read() above has logged the unknown id
        }
    }

    void redo() override { m_access.write(*m_document, m_after); }
    void undo() override { m_access.write(*m_document, m_before); }
    int id() const override { return Access::commandId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const EditElementCommand *>(other);
        if (next->isObsolete() || m_field.isEmpty() || next->m_field != m_field ||
            next->m_access.key() != m_access.key())
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    Document *m_document;
    Access m_access;
    Value m_before;
    Value m_after;
    QString m_field;
};

using EditFactorCommand = EditElementCommand<FactorAccess>;
using EditPlacementCommand = EditElementCommand<PlacementAccess>;
using EditLinkCommand = EditElementCommand<LinkAccess>;
using EditEvidenceCommand = EditElementCommand<EvidenceAccess>;
using EditSourceCommand = EditElementCommand<SourceAccess>;
using EditInterpretationCommand = EditElementCommand<InterpretationAccess>;
using EditIncidentCommand = EditElementCommand<IncidentFieldsAccess>;
using EditDiscussionCommand = EditElementCommand<DiscussionAccess>;

} // namespace faultline
