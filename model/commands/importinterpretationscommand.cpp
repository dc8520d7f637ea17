#include "importinterpretationscommand.h"

#include <QCoreApplication>

namespace faultline {

namespace {
MergeAdditions additionsFor(Document *document, const InterpretationMerge &plan)
{
    const IdAllocator allocate = [document](const QString &prefix) {
        return document->newId(prefix);
    };
    if (plan.ours() == document->incident())
        return plan.additions(allocate);
    return plan.rebased(document->incident()).additions(allocate);
}
} // namespace

ImportInterpretationsCommand::ImportInterpretationsCommand(Document *document,
                                                           const InterpretationMerge &plan,
                                                           QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_additions(additionsFor(document, plan))
{
    init();
}

ImportInterpretationsCommand::ImportInterpretationsCommand(Document *document,
                                                           MergeAdditions additions,
                                                           QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_additions(std::move(additions))
{
    init();
}

void ImportInterpretationsCommand::init()
{
    m_kindsBefore = m_document->incident().customKinds;
    m_checklistBefore = m_document->incident().checklistExtensions;
    const int count = int(m_additions.interpretations.size());
    setText(count == 1
                ? QCoreApplication::translate("faultline::Command", "Import interpretation \"%1\"")
                      .arg(m_additions.interpretations.first().name)
                : QCoreApplication::translate("faultline::Command", "Import %n interpretation(s)",
                                              nullptr, count));
}

void ImportInterpretationsCommand::redo()
{
    // Order matters for views listening to the signals: sources, kinds and
    // checklist entries exist before the factors that use them, factors before
    // the interpretations that place them.
    for (const Source &source : std::as_const(m_additions.sources))
        m_document->insertSource(int(m_document->incident().sources.size()), source);
    if (!m_additions.customKinds.isEmpty())
        m_document->setCustomKinds(m_kindsBefore + m_additions.customKinds);
    if (!m_additions.checklistEntries.isEmpty())
        m_document->setChecklistExtensions(m_checklistBefore + m_additions.checklistEntries);
    for (const Factor &factor : std::as_const(m_additions.factors))
        m_document->insertFactor(int(m_document->incident().factors.size()), factor);
    for (const Interpretation &interp : std::as_const(m_additions.interpretations))
        m_document->insertInterpretation(int(m_document->incident().interpretations.size()),
                                         interp);
}

void ImportInterpretationsCommand::undo()
{
    for (auto it = m_additions.interpretations.crbegin(); it != m_additions.interpretations.crend();
         ++it)
        m_document->removeInterpretation(it->id);
    for (auto it = m_additions.factors.crbegin(); it != m_additions.factors.crend(); ++it)
        m_document->removeFactor(it->id);
    if (!m_additions.checklistEntries.isEmpty())
        m_document->setChecklistExtensions(m_checklistBefore);
    if (!m_additions.customKinds.isEmpty())
        m_document->setCustomKinds(m_kindsBefore);
    for (auto it = m_additions.sources.crbegin(); it != m_additions.sources.crend(); ++it)
        m_document->removeSource(it->id);
}

} // namespace faultline
