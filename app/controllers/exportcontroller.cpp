#include "app/controllers/exportcontroller.h"

#include "app/controllers/lenscontroller.h"
#include "app/window/windowactions.h"
#include "widgets/common/interpretationtabs.h"
#include "widgets/export/exportdialog.h"

#include "model/document.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/export/exportcomposer.h"
#include "widgets/export/exportjob.h"
#include "widgets/export/exportwriter.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMainWindow>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>

namespace faultline {

namespace {
// The lens the editor shows, so an export looks like the screen by default.
QString currentLensId(const WindowActions *actions)
{
    const QAction *checked = actions->lensGroup->checkedAction();
    return checked ? checked->data().toString() : QStringLiteral("plain");
}

// The levers what-if of every interpretation, so an exported levers lens shows the same cut paths.
QHash<QString, QStringList> currentInterventions(const Document *document,
                                                 const LensController *lenses)
{
    QHash<QString, QStringList> result;
    if (!lenses)
        return result;
    for (const Interpretation &interp : document->incident().interpretations) {
        const QSet<QString> ids = lenses->intervened(interp.id);
        if (!ids.isEmpty())
            result.insert(interp.id, QStringList(ids.cbegin(), ids.cend()));
    }
    return result;
}
} // namespace

ExportController::ExportController(const ControllerContext &context, const LensController *lenses)
    : QObject(context.window), m_context(context), m_lenses(lenses)
{
    WindowActions *actions = context.actions;
    connect(actions->exportDiagram, &QAction::triggered, this, &ExportController::exportDiagram);
    connect(actions->copyAsImage, &QAction::triggered, this, &ExportController::copyAsImage);
}

void ExportController::exportDiagram()
{
    const Incident &incident = m_context.document->incident();
    if (incident.interpretations.isEmpty()) {
        m_context.showStatus(tr("There is no interpretation to export."), 4000);
        return;
    }
    CanvasView *view = m_context.tabs->currentView();
    const QString currentId = view ? view->interpretationId() : incident.interpretations.first().id;
    ExportDialog dialog(incident, currentId, view ? view->selectedFactorIds() : QStringList(),
                        m_context.window);
    QSettings settings;
    ExportOptions options = ExportOptions::load(settings);
    options.lens = currentLensId(m_context.actions);
    options.interventions = currentInterventions(m_context.document, m_lenses);
    dialog.setOptions(options);
    const QString name = QFileInfo(dialog.pathEdit()->text()).fileName();
    dialog.pathEdit()->setText(QDir::toNativeSeparators(QDir(exportFolder()).filePath(name)));
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.options().save(settings);
    const QStringList written = dialog.writtenFiles();
    if (!written.isEmpty())
        rememberExportFolder(QFileInfo(written.first()).absolutePath());
    m_context.showStatus(written.size() == 1
                             ? tr("Exported %1").arg(written.first())
                             : tr("Exported %n file(s)", nullptr, int(written.size())),
                         5000);
}

namespace {
const QString kFoldersKey = QStringLiteral("export/folders");
// Untitled documents share one remembered folder.
QString documentKey(const Document *document)
{
    return document->filePath().isEmpty() ? QStringLiteral("untitled")
                                          : QFileInfo(document->filePath()).absoluteFilePath();
}
} // namespace

QString ExportController::exportFolder() const
{
    // The folder this document last exported to, else the document's own
    // folder, else Documents, else home: never a folder that does not exist
    // (a fresh home often has no ~/Documents).
    const QVariantMap folders = QSettings().value(kFoldersKey).toMap();
    const Document *document = m_context.document;
    QStringList candidates{folders.value(documentKey(document)).toString()};
    if (!document->filePath().isEmpty())
        candidates.append(QFileInfo(document->filePath()).absolutePath());
    candidates.append(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    for (const QString &folder : std::as_const(candidates))
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    return QDir::homePath();
}

void ExportController::rememberExportFolder(const QString &folder)
{
    QSettings settings;
    QVariantMap folders = settings.value(kFoldersKey).toMap();
    folders.insert(documentKey(m_context.document), folder);
    settings.setValue(kFoldersKey, folders);
}

void ExportController::copyAsImage()
{
    CanvasView *view = m_context.tabs->currentView();
    if (!view)
        return;
    // A clean picture for pasting into slides and documents: the diagram
    // alone at its natural size, in the remembered theme, at twice the screen resolution.
    QSettings settings;
    ExportOptions options = ExportOptions::load(settings);
    options.format = ExportFormat::Png;
    options.page = PageFormat::FitContent;
    options.pixelSize = QSize();
    options.dpi = 192;
    options.title = false;
    options.legend = false;
    options.references = false;
    options.margin = 12;
    options.lens = currentLensId(m_context.actions);
    options.interventions = currentInterventions(m_context.document, m_lenses);
    options.interpretationIds = {view->interpretationId()};
    const QStringList selection = view->selectedFactorIds();
    options.scope = selection.isEmpty() ? ExportScope::Current : ExportScope::Selection;
    const ExportJob job(m_context.document->incident(), options, selection);
    if (!job.error().isEmpty() || job.pages().isEmpty()) {
        m_context.showStatus(job.error(), 4000);
        return;
    }
    const ExportComposer composer(job.pages().first(), options);
    QApplication::clipboard()->setMimeData(ExportWriter::mimeData(composer, options));
    m_context.showStatus(selection.isEmpty() ? tr("Copied the diagram as an image")
                                             : tr("Copied the selection as an image"),
                         3000);
}

} // namespace faultline
