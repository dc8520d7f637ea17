#include "app/controllers/importcontroller.h"

#include "app/controllers/documentcontroller.h"
#include "app/window/windowactions.h"
#include "widgets/common/interpretationtabs.h"
#include "widgets/common/loaderrordialog.h"

#include "model/compare/interpretationmerge.h"
#include "model/document.h"
#include "model/editing/documenteditor.h"
#include "model/format/boundedread.h"
#include "model/interchange/dotimporter.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/import/mergeconfirmdialog.h"
#include "widgets/panels/plaintext.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QSet>

namespace faultline {

namespace {
constexpr int kMessageMs = 10000;

/// What a DOT import adds to the document: importDotInto() returns the whole
/// incident with the new interpretation, so the additions are whatever the
/// document does not have yet (new factors, the "imported" kind, the reading).
MergeAdditions dotAdditions(const Incident &ours, const DotImportResult &imported)
{
    MergeAdditions additions;
    QSet<QString> ourFactors;
    for (const Factor &factor : ours.factors)
        ourFactors.insert(factor.id);
    for (const Factor &factor : imported.incident.factors)
        if (!ourFactors.contains(factor.id))
            additions.factors.append(factor);
    for (const CustomKind &kind : imported.incident.customKinds)
        if (!ours.findCustomKind(kind.id))
            additions.customKinds.append(kind);
    if (const Interpretation *interp =
            imported.incident.findInterpretation(imported.interpretationId))
        additions.interpretations.append(*interp);
    return additions;
}
} // namespace

ImportController::ImportController(const ControllerContext &context)
    : QObject(context.window), m_context(context)
{
    m_choose = [this](const QString &caption, const QString &filter) {
        return QFileDialog::getOpenFileName(m_context.window, caption, QString(), filter);
    };
    m_report = [this](const QString &title, const QString &message, const QStringList &details) {
        if (!details.isEmpty()) {
            LoadErrorDialog(title, message, details, m_context.window).exec();
            return;
        }
        QMessageBox box(QMessageBox::Warning, title, QString(), QMessageBox::Ok, m_context.window);
        box.setTextFormat(Qt::PlainText);
        box.setText(message);
        box.exec();
    };
    m_confirm = [this](InterpretationMerge &plan) {
        MergeConfirmDialog dialog(plan, m_context.window);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        plan = dialog.plan();
        return true;
    };
    WindowActions *a = context.actions;
    connect(a->importDot, &QAction::triggered, this, &ImportController::importDot);
    connect(a->importInterpretations, &QAction::triggered, this,
            &ImportController::importInterpretations);
}

bool ImportController::importDot()
{
    const QString path = m_choose(tr("Import DOT as Interpretation"),
                                  tr("Graphviz files (*.dot *.gv);;All files (*)"));
    return !path.isEmpty() && importDotFile(path);
}

bool ImportController::importDotFile(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    const QString title = tr("Could Not Import DOT");
    const Result<QByteArray> dot = readFileBounded(path, kMaxDotBytes);
    if (!dot) {
        m_report(title, tr("%1: %2. Nothing was imported.").arg(fileName, dot.firstMessage()), {});
        return false;
    }
    Document *document = m_context.document;
    const DotImportResult result =
        importDotInto(dot.value(), document->incident(), QFileInfo(path).completeBaseName());
    if (!result.ok) {
        // The importer's message names the line ("line 3: syntax error …") when Graphviz gives one.
        m_report(title, tr("%1: %2. Nothing was imported.").arg(fileName, result.error), {});
        return false;
    }
    const QString text = tr("Import DOT “%1”").arg(plaintext::oneLine(fileName, 60));
    document->editor().importInterpretations(dotAdditions(document->incident(), result), text);
    m_context.tabs->setCurrentInterpretation(result.interpretationId);

    const Interpretation *interp = document->incident().findInterpretation(result.interpretationId);
    QString message =
        tr("Imported “%1”: %n factor(s), ", nullptr, interp ? int(interp->placements.size()) : 0)
            .arg(plaintext::oneLine(interp ? interp->name : fileName, 60)) +
        tr("%n link(s).", nullptr, interp ? int(interp->links.size()) : 0);
    if (!result.warnings.isEmpty())
        message +=
            QLatin1Char(' ') + plaintext::oneLine(result.warnings.join(QStringLiteral("; ")), 200);
    m_context.showStatus(message, kMessageMs);
    if (!result.positioned)
        m_context.actions->layoutInterpretation->trigger();
    else if (CanvasView *view = m_context.tabs->currentView())
        view->zoomToFit();
    return true;
}

bool ImportController::importInterpretations()
{
    const QString path = m_choose(tr("Import Interpretations"),
                                  tr("Faultline incidents (*.faultline);;All files (*)"));
    return !path.isEmpty() && importInterpretationsFile(path);
}

bool ImportController::importInterpretationsFile(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    const QString title = tr("Could Not Import Interpretations");
    Document *document = m_context.document;
    MergeLoadResult loaded = InterpretationMerge::fromFile(document->incident(), path);
    if (!loaded.ok()) {
        m_report(title,
                 tr("“%1” is not a Faultline document that can be read; nothing was imported.")
                     .arg(fileName),
                 loaded.errors);
        return false;
    }
    InterpretationMerge plan = *loaded.merge;
    if (plan.theirs().interpretations.isEmpty()) {
        m_report(title, tr("“%1” has no interpretations to import.").arg(fileName), {});
        return false;
    }
    if (!m_confirm(plan)) {
        m_context.showStatus(tr("Import cancelled; nothing was changed."), kMessageMs);
        return false;
    }
    const MergeAdditions additions = document->editor().importInterpretations(plan);
    if (additions.interpretations.isEmpty())
        return false;
    m_context.tabs->setCurrentInterpretation(additions.interpretations.first().id);
    m_context.showStatus(
        tr("Imported %n interpretation(s) ", nullptr, int(additions.interpretations.size())) +
            tr("with %n new factor(s) from “%1”.", nullptr, int(additions.factors.size()))
                .arg(plaintext::oneLine(fileName, 60)),
        kMessageMs);
    return true;
}

} // namespace faultline
