#pragma once

#include "model/incident.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QWidget;

namespace faultline {

class Document;
class RecentFiles;

/// File handling of the one document of the window: new, open, save, save
/// as, close, the unsaved-changes prompt and the recent-files list. The
/// dialogs go through replaceable functions so tests answer them without a
/// modal loop.
class DocumentController : public QObject
{
    Q_OBJECT
public:
    enum class Answer
    {
        Save,
        Discard,
        Cancel
    };
    /// Asks whether to save the changes of the named document first.
    using UnsavedPrompt = std::function<Answer(const QString &documentName)>;
    /// Shows an error; `details` (one per line, e.g. load errors with JSON paths) may be empty.
    using ErrorReporter = std::function<void(const QString &title, const QString &message,
                                             const QStringList &details)>;
    /// Asks for a file name to open (`forSave` false) or to save to; "" when cancelled.
    using FileChooser = std::function<QString(bool forSave, const QString &suggestedPath)>;

    DocumentController(Document *document, QWidget *window, QObject *parent = nullptr);

    /// The incident a new document starts with: a title and one interpretation "Reading 1".
    static Incident untitledIncident();

    Document *document() const { return m_document; }
    RecentFiles *recentFiles() const { return m_recent; }
    /// File name, or "Untitled" (or the example's name) when never saved.
    QString displayName() const;

    void setUnsavedPrompt(UnsavedPrompt prompt) { m_prompt = std::move(prompt); }
    void setErrorReporter(ErrorReporter reporter) { m_report = std::move(reporter); }
    void setFileChooser(FileChooser chooser) { m_choose = std::move(chooser); }

    /// When the document is modified, asks Save/Discard/Cancel; true when
    /// the caller may go on (saved or discarded).
    bool maybeSave();

public Q_SLOTS:
    bool newIncident();
    /// Asks for a file, then openFile().
    bool open();
    /// Loads `path`. A file with errors is reported (each error with its JSON
    /// path) and the current document stays as it is; otherwise the
    /// unsaved-changes prompt runs and the document is replaced.
    bool openFile(const QString &path);
    /// Opens a bundled example (a resource) as an untitled document.
    bool openExample(const QString &resourcePath);
    bool save();
    bool saveAs();
    /// Writes the document to `path` atomically. On failure the error is
    /// reported and the document stays modified with its old path.
    bool saveTo(const QString &path);
    /// Closes the document (after the prompt) and starts an untitled one.
    bool closeIncident();

Q_SIGNALS:
    /// The document now holds another incident (new, opened, closed).
    void documentReplaced();
    void saved(const QString &path);

private:
    void replace(const Incident &incident, const QString &path, const QString &untitledName = {});

    Document *m_document;
    QPointer<QWidget> m_window;
    RecentFiles *m_recent;
    QString m_untitledName;
    UnsavedPrompt m_prompt;
    ErrorReporter m_report;
    FileChooser m_choose;
};

} // namespace faultline
