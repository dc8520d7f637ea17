#pragma once

#include "incident.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUndoStack>

#include <memory>

namespace faultline {

class DocumentEditor;

/// Owns one incident and the undo stack of every change to it.
///
/// Views read the incident through incident() and listen to the fine-grained
/// signals below. Every user edit goes through editor(), the editing facade
/// that builds the QUndoCommands of model/commands/; the commands call the
/// low-level mutators in the "applied by commands" section, which emit the
/// signals. The mutators check their ids in every build type: an unknown id
/// is logged and the call changes nothing.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const Incident &incident() const { return m_incident; }
    QUndoStack *undoStack() { return &m_undoStack; }
    /// The one editing facade of this document: views and controllers edit through it.
    DocumentEditor &editor() { return *m_editor; }

    /// Replace the whole incident (after loading a file or "New"), clear undo
    /// history and mark clean. Emits reset().
    void resetIncident(const Incident &incident);
    /// Replaces the whole incident and emits reset(), keeping the undo stack
    /// and the id counters: for commands that change the document as a whole
    /// (a merge conflict resolved), never for loading.
    void replaceIncident(const Incident &incident);

    /// Push a command onto the undo stack (runs its redo()). For DocumentEditor
    /// and the command tests; everything else edits through editor().
    void push(QUndoCommand *command) { m_undoStack.push(command); }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    bool isModified() const { return !m_undoStack.isClean(); }
    void markSaved() { m_undoStack.setClean(); }

    /// A fresh id "<prefix><n>" not used by any element of the document and
    /// never handed out before by this Document (so an undone add and a new
    /// add never share an id within a session).
    QString newId(const QString &prefix);

    // ---- applied by commands (not undoable on their own) ----
    void insertFactor(int index, const Factor &factor);
    void replaceFactor(const Factor &factor);
    void removeFactor(const QString &factorId);

    void insertPlacement(const QString &interpretationId, int index, const Placement &placement);
    void replacePlacement(const QString &interpretationId, const Placement &placement);
    void removePlacement(const QString &interpretationId, const QString &factorId);

    void insertLink(const QString &interpretationId, int index, const Link &link);
    void replaceLink(const QString &interpretationId, const Link &link);
    void removeLink(const QString &interpretationId, const QString &linkId);

    void insertSource(int index, const Source &source);
    void replaceSource(const Source &source);
    void removeSource(const QString &sourceId);

    void insertInterpretation(int index, const Interpretation &interpretation);
    /// Replaces the interpretation's own fields (name, author, summary, ruled-out lists);
    /// placements and links are left as they are.
    void replaceInterpretationFields(const Interpretation &interpretation);
    void removeInterpretation(const QString &interpretationId);
    void moveInterpretation(const QString &interpretationId, int newIndex);

    void setIncidentFields(const QString &title, const QString &summary, const QStringList &tags);
    void setCustomKinds(const QList<CustomKind> &kinds);
    void setChecklistExtensions(const QList<ChecklistEntry> &entries);
    void setDiscussion(const Discussion &discussion);

Q_SIGNALS:
    void reset();
    void filePathChanged(const QString &path);
    void incidentChanged();   ///< title, summary, tags, custom kinds or checklist extensions
    void discussionChanged(); ///< participants, crux positions, notes or resolutions

    void factorAdded(const QString &factorId);
    void factorChanged(const QString &factorId);
    void factorRemoved(const QString &factorId);

    void placementAdded(const QString &interpretationId, const QString &factorId);
    void placementChanged(const QString &interpretationId, const QString &factorId);
    void placementRemoved(const QString &interpretationId, const QString &factorId);

    void linkAdded(const QString &interpretationId, const QString &linkId);
    void linkChanged(const QString &interpretationId, const QString &linkId);
    void linkRemoved(const QString &interpretationId, const QString &linkId);

    void sourceAdded(const QString &sourceId);
    void sourceChanged(const QString &sourceId);
    void sourceRemoved(const QString &sourceId);

    void interpretationAdded(const QString &interpretationId);
    void interpretationChanged(const QString &interpretationId);
    void interpretationRemoved(const QString &interpretationId);
    void interpretationMoved(const QString &interpretationId, int newIndex);

private:
    /// The interpretation, or nullptr (logged) when the id is unknown.
    Interpretation *interpretationPtr(const QString &interpretationId);

    Incident m_incident;
    QUndoStack m_undoStack;
    QString m_filePath;
    QHash<QString, int> m_idCounters; ///< per prefix, only ever grows
    std::unique_ptr<DocumentEditor> m_editor;
};

} // namespace faultline
