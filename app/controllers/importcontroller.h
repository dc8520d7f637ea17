#pragma once

#include "app/controllers/controllercontext.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace faultline {

class InterpretationMerge;

/// File > Import Interpretations… (a colleague's .faultline file of the same
/// incident, with match confirmation) and File > Import DOT as
/// Interpretation…. Each import is one undo step (ImportInterpretationsCommand);
/// a file that cannot be read is reported and changes nothing. The dialogs go
/// through replaceable functions so tests answer them without a modal loop.
class ImportController : public QObject
{
    Q_OBJECT
public:
    /// Asks for a file to import; "" when cancelled.
    using FileChooser = std::function<QString(const QString &caption, const QString &filter)>;
    /// Shows an error; `details` (one per line, e.g. load errors with JSON paths) may be empty.
    using ErrorReporter = std::function<void(const QString &title, const QString &message,
                                             const QStringList &details)>;
    /// Shows the merge plan; may turn down label matches in `plan`. True imports.
    using MergeConfirmation = std::function<bool(InterpretationMerge &plan)>;

    explicit ImportController(const ControllerContext &context);

    void setFileChooser(FileChooser chooser) { m_choose = std::move(chooser); }
    void setErrorReporter(ErrorReporter reporter) { m_report = std::move(reporter); }
    void setMergeConfirmation(MergeConfirmation confirm) { m_confirm = std::move(confirm); }

public Q_SLOTS:
    /// Asks for a .dot/.gv file, then importDotFile().
    bool importDot();
    /// Adds the Graphviz graph in `path` as a new interpretation, switches to
    /// its tab and lays it out when the file had no positions (that layout is
    /// a separate "Lay out" step, so undo first returns to the grid).
    bool importDotFile(const QString &path);
    /// Asks for a .faultline file, then importInterpretationsFile().
    bool importInterpretations();
    /// Plans merging the interpretations of `path`, asks for confirmation and
    /// imports them; switches to the first added interpretation.
    bool importInterpretationsFile(const QString &path);

private:
    ControllerContext m_context;
    FileChooser m_choose;
    ErrorReporter m_report;
    MergeConfirmation m_confirm;
};

} // namespace faultline
