#include "app/controllers/documentcontroller.h"

#include "app/window/recentfiles.h"
#include "widgets/common/loaderrordialog.h"

#include "model/document.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

namespace faultline {

DocumentController::DocumentController(Document *document, QWidget *window, QObject *parent)
    : QObject(parent), m_document(document), m_window(window), m_recent(new RecentFiles(this))
{
    m_prompt = [this](const QString &name) {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"), QString(),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
        box.setTextFormat(Qt::PlainText); // the name is a file name, which can contain anything
        box.setText(tr("“%1” has unsaved changes. Save them first?").arg(name));
        box.setDefaultButton(QMessageBox::Save);
        switch (box.exec()) {
        case QMessageBox::Save:
            return Answer::Save;
        case QMessageBox::Discard:
            return Answer::Discard;
        default:
            return Answer::Cancel;
        }
    };
    m_report = [this](const QString &title, const QString &message, const QStringList &details) {
        if (!details.isEmpty()) {
            LoadErrorDialog(title, message, details, m_window).exec();
            return;
        }
        QMessageBox box(QMessageBox::Warning, title, QString(), QMessageBox::Ok, m_window);
        box.setTextFormat(Qt::PlainText);
        box.setText(message);
        box.exec();
    };
    m_choose = [this](bool forSave, const QString &suggested) {
        const QString filter = tr("Faultline incidents (*.faultline);;All files (*)");
        if (!forSave)
            return QFileDialog::getOpenFileName(m_window, tr("Open Incident"), suggested, filter);
        QString path =
            QFileDialog::getSaveFileName(m_window, tr("Save Incident"), suggested, filter);
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".faultline");
        return path;
    };
    connect(m_recent, &RecentFiles::openRequested, this, &DocumentController::openFile);
}

Incident DocumentController::untitledIncident()
{
    Incident incident;
    incident.title = tr("Untitled incident");
    Interpretation reading;
    reading.id = QStringLiteral("i1");
    reading.name = tr("Reading 1");
    incident.interpretations.append(reading);
    return incident;
}

QString DocumentController::displayName() const
{
    const QString path = m_document->filePath();
    if (!path.isEmpty())
        return QFileInfo(path).fileName();
    return m_untitledName.isEmpty() ? tr("Untitled") : m_untitledName;
}

bool DocumentController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (m_prompt(displayName())) {
    case Answer::Save:
        return save();
    case Answer::Discard:
        return true;
    case Answer::Cancel:
        break;
    }
    return false;
}

void DocumentController::replace(const Incident &incident, const QString &path,
                                 const QString &untitledName)
{
    m_untitledName = untitledName;
    m_document->setFilePath(path);
    m_document->resetIncident(incident);
    Q_EMIT documentReplaced();
}

bool DocumentController::newIncident()
{
    if (!maybeSave())
        return false;
    replace(untitledIncident(), QString());
    return true;
}

bool DocumentController::closeIncident()
{
    return newIncident();
}

bool DocumentController::open()
{
    QString start = m_document->filePath().isEmpty()
                        ? QString()
                        : QFileInfo(m_document->filePath()).absolutePath();
    if (start.isEmpty() && !m_recent->files().isEmpty())
        start = QFileInfo(m_recent->files().first()).absolutePath();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_choose(false, start);
    return !path.isEmpty() && openFile(path);
}

bool DocumentController::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Read and validate first: a broken file never touches the open document
    // and needs no "save changes?" question.
    const LoadResult result = readFaultlineFile(absolute);
    if (!result.ok()) {
        const QString message = !QFileInfo::exists(absolute)
                                    ? tr("The file “%1” does not exist.").arg(absolute)
                                    : tr("“%1” could not be opened. The document was not "
                                         "changed.\n\n%n problem(s) found:",
                                         nullptr, int(result.errors().size()))
                                          .arg(QFileInfo(absolute).fileName());
        if (!QFileInfo::exists(absolute))
            m_recent->remove(absolute);
        m_report(tr("Could Not Open File"), message,
                 QFileInfo::exists(absolute) ? result.messages() : QStringList());
        return false;
    }
    if (!maybeSave())
        return false;
    replace(result.value(), absolute);
    m_recent->add(absolute);
    return true;
}

bool DocumentController::openExample(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const LoadResult result = readFaultline(file.readAll());
    if (!result.ok()) {
        m_report(tr("Could Not Open Example"),
                 tr("The example “%1” could not be opened.").arg(resourcePath), result.messages());
        return false;
    }
    if (!maybeSave())
        return false;
    // Examples live in the program's resources: they are edited as untitled
    // copies, saved wherever the user chooses.
    replace(result.value(), QString(), result.value().title);
    return true;
}

bool DocumentController::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool DocumentController::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty()) {
        QString base = m_document->incident().title.simplified();
        base.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]+")), QStringLiteral("-"));
        if (base.isEmpty())
            base = tr("incident");
        const QString dir =
            m_recent->files().isEmpty()
                ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                : QFileInfo(m_recent->files().first()).absolutePath();
        suggested = dir + QLatin1Char('/') + base.left(80) + QStringLiteral(".faultline");
    }
    const QString path = m_choose(true, suggested);
    return !path.isEmpty() && saveTo(path);
}

bool DocumentController::saveTo(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const Status written = writeFaultlineFile(m_document->incident(), absolute);
    if (!written.ok()) {
        m_report(
            tr("Could Not Save"),
            tr("The incident could not be saved to “%1”:\n%2\n\nYour changes are still open here; "
               "try another location.")
                .arg(absolute, written.firstMessage()),
            {});
        return false;
    }
    m_untitledName.clear();
    m_document->setFilePath(absolute);
    m_document->markSaved();
    m_recent->add(absolute);
    Q_EMIT saved(absolute);
    return true;
}

} // namespace faultline
