#pragma once

#include "app/controllers/controllercontext.h"

#include <QObject>

namespace faultline {

class LensController;
struct ExportOptions;

/// File > Export… (the export dialog) and Edit > Copy as Image. Exports
/// render a snapshot of the document (widgets/export), never the editor's
/// own scenes, so the canvas keeps its grid, selection and zoom throughout.
class ExportController : public QObject
{
    Q_OBJECT
public:
    /// `lenses` (may be nullptr) gives the levers what-if an export shows, as on screen.
    ExportController(const ControllerContext &context, const LensController *lenses);

    /// Opens the export dialog for the current interpretation and selection.
    void exportDiagram();
    /// PNG and SVG (image/svg+xml) of the selection, or of the whole current
    /// interpretation when nothing is selected, on the clipboard.
    void copyAsImage();

    /// Where the export dialog starts: the folder this document last exported
    /// to, else its own folder, else Documents or home (always an existing folder).
    QString exportFolder() const;

private:
    void rememberExportFolder(const QString &folder);

    ControllerContext m_context;
    const LensController *m_lenses;
};

} // namespace faultline
