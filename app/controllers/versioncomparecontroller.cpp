#include "app/controllers/versioncomparecontroller.h"

#include "app/controllers/elementhighlight.h"
#include "app/window/windowactions.h"
#include "model/document.h"
#include "model/format/faultlinereader.h"
#include "model/versioning/documentdiff.h"
#include "model/versioning/gitclient.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/common/interpretationtabs.h"
#include "widgets/versioning/changelistpanel.h"
#include "widgets/versioning/changemarks.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace faultline {

namespace {
/// One commit of the file: what `git log --follow --name-only` says.
struct FileVersion
{
    QString commit;
    QString label; ///< "2026-12-06  abc1234  subject (author)"
    QString path;  ///< the file's path in that commit, from the repository's top
};

QList<FileVersion> parseLog(const QString &log)
{
    QList<FileVersion> versions;
    for (const QString &line : log.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() == 4)
            versions.append({fields[0],
                             QStringLiteral("%1  %2  %3 (%4)")
                                 .arg(fields[1], fields[0].left(7), fields[3], fields[2]),
                             {}});
        else if (!versions.isEmpty() && versions.last().path.isEmpty())
            versions.last().path = line;
    }
    return versions;
}
} // namespace

VersionCompareController::VersionCompareController(const ControllerContext &context)
    : QObject(context.window), m_context(context), m_compareFile(new QAction(this)),
      m_compareVersion(new QAction(this)), m_dock(new QDockWidget(context.window)),
      m_panel(new ChangeListPanel(m_dock))
{
    m_compareFile->setObjectName(QStringLiteral("compareWithFile"));
    m_compareVersion->setObjectName(QStringLiteral("compareWithVersion"));
    connect(m_compareFile, &QAction::triggered, this, &VersionCompareController::compareWithFile);
    connect(m_compareVersion, &QAction::triggered, this,
            &VersionCompareController::compareWithVersion);
    // File menu: next to the other ways of bringing another file in.
    if (m_context.actions)
        for (QObject *owner : m_context.actions->importInterpretations->associatedObjects())
            if (auto *menu = qobject_cast<QMenu *>(owner)) {
                menu->insertAction(m_context.actions->importInterpretations, m_compareFile);
                menu->insertAction(m_context.actions->importInterpretations, m_compareVersion);
                break;
            }

    m_dock->setObjectName(QStringLiteral("changesDock"));
    m_dock->setWidget(m_panel);
    m_context.addPanel(m_dock, Qt::BottomDockWidgetArea);
    m_dock->hide();
    m_dock->installEventFilter(this);
    connect(m_panel, &ChangeListPanel::elementActivated, this,
            [this](const QString &key) { highlightElement(m_context, key); });
    // Marks on the canvas while the Changes panel is open; a reading's scene
    // made later (a tab opened, the document reloaded) gets them when shown.
    if (m_context.tabs)
        connect(m_context.tabs, &InterpretationTabs::currentViewChanged, this,
                [this](CanvasView *view) {
                    if (view)
                        ChangeMarks::show(view->canvasScene(), m_changes);
                });
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible && m_dock->isHidden()) {
            m_changes.clear();
            markViews();
        }
    });

    m_askFile = [](QWidget *parent) {
        return QFileDialog::getOpenFileName(parent, tr("Compare with File"), QString(),
                                            tr("Faultline incidents (*.faultline)"));
    };
    m_pickVersion = [](QWidget *parent, const QStringList &versions) {
        bool ok = false;
        const QString chosen = QInputDialog::getItem(parent, tr("Compare with Version"),
                                                     tr("Version:"), versions, 0, false, &ok);
        return ok ? int(versions.indexOf(chosen)) : -1;
    };
    m_message = [](QWidget *parent, const QString &message) {
        QMessageBox::information(parent, tr("Compare with Version"), message);
    };
    retranslate();
}

bool VersionCompareController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dock && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void VersionCompareController::retranslate()
{
    m_compareFile->setText(tr("Compare with &File…"));
    m_compareVersion->setText(tr("Compare with &Version…"));
    m_dock->setWindowTitle(tr("Changes"));
}

void VersionCompareController::tell(const QString &message) const
{
    m_message(m_context.window, message);
}

void VersionCompareController::compareWithFile()
{
    const QString path = m_askFile(m_context.window);
    if (path.isEmpty())
        return;
    const LoadResult older = readFaultlineFile(path);
    if (!older.ok()) {
        tell(older.messages().join(QLatin1Char('\n')));
        return;
    }
    showChanges(QFileInfo(path).fileName(), *older);
}

void VersionCompareController::compareWithVersion()
{
    const QString file = m_context.document->filePath();
    if (file.isEmpty()) {
        tell(tr("Save the incident in a git repository first: its versions come from git."));
        return;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty()) {
        tell(tr("git is not installed, so there are no versions to compare with. Install git, "
                "or use Compare with File…"));
        return;
    }
    const QString dir = QFileInfo(file).absolutePath();
    const Result<QByteArray> top =
        GitClient::run({QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")}, dir);
    if (!top) {
        tell(tr("%1 is not in a git repository, so it has no versions to compare with.")
                 .arg(QFileInfo(file).fileName()));
        return;
    }
    const Result<QByteArray> log = GitClient::run(
        {QStringLiteral("log"), QStringLiteral("--follow"), QStringLiteral("--name-only"),
         QStringLiteral("--date=short"), QStringLiteral("--format=%H%x09%ad%x09%an%x09%s"),
         QStringLiteral("--"), QFileInfo(file).absoluteFilePath()},
        dir);
    const QList<FileVersion> versions =
        log.ok() ? parseLog(QString::fromUtf8(*log)) : QList<FileVersion>();
    if (versions.isEmpty()) {
        tell(tr("%1 has no committed versions yet.").arg(QFileInfo(file).fileName()));
        return;
    }
    QStringList labels;
    for (const FileVersion &version : versions)
        labels.append(version.label);
    const int picked = m_pickVersion(m_context.window, labels);
    if (picked < 0 || picked >= versions.size())
        return;
    const FileVersion &version = versions[picked];
    const Result<QByteArray> bytes =
        GitClient::run({QStringLiteral("show"), version.commit + QLatin1Char(':') + version.path},
                       QString::fromUtf8(top->trimmed()));
    if (!bytes) {
        tell(bytes.firstMessage());
        return;
    }
    const LoadResult older = readFaultline(*bytes);
    if (!older.ok()) {
        tell(tr("That version does not load: %1").arg(older.firstMessage()));
        return;
    }
    showChanges(version.label, *older);
}

void VersionCompareController::showChanges(const QString &name, const Incident &older)
{
    m_changes = diffIncidents(older, m_context.document->incident());
    m_panel->setChanges(name, m_changes);
    markViews();
    m_dock->show();
    m_dock->raise();
}

void VersionCompareController::markViews() const
{
    if (!m_context.tabs)
        return;
    for (int i = 0; i < m_context.tabs->count(); ++i)
        if (CanvasView *view = m_context.tabs->view(i))
            ChangeMarks::show(view->canvasScene(), m_changes);
}

} // namespace faultline
