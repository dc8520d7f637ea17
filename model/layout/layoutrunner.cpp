#include "layoutrunner.h"

#include "layoutengine.h"
#include "layoutjson.h"

#include <QThread>

#include <memory>
#include <utility>

namespace faultline {

LayoutRunner::LayoutRunner(QObject *parent) : QObject(parent)
{
    m_fallbackTimer.setSingleShot(true);
    connect(&m_fallbackTimer, &QTimer::timeout, this, &LayoutRunner::onFallbackTimeout);
}

LayoutRunner::~LayoutRunner()
{
    ++m_generation;
    stopProcess();
}

void LayoutRunner::setWorkerProgram(const QString &program, const QStringList &arguments)
{
    m_program = program;
    m_arguments = arguments;
}

void LayoutRunner::start(const LayoutRequest &request)
{
    if (m_running)
        cancel();
    m_running = true;
    ++m_generation;
    m_request = request;
    m_fellBack = false;
    if (m_program.isEmpty())
        startThread(request);
    else
        startProcess(request);
}

void LayoutRunner::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_running = false;
    stopProcess();
    Q_EMIT cancelled();
}

void LayoutRunner::startProcess(const LayoutRequest &request)
{
    auto *process = new QProcess(this);
    m_process = process;
    process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(process, &QProcess::finished, this, &LayoutRunner::onProcessFinished);
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || process != m_process)
            return;
        const QString reason = process->errorString();
        stopProcess();
        m_running = false;
        Q_EMIT failed(tr("Could not start the layout worker: %1").arg(reason));
    });
    process->start(m_program, m_arguments);
    // Buffered by QProcess until the worker runs, then streamed to its stdin.
    process->write(layoutRequestToJson(request));
    process->closeWriteChannel();
    if (m_fallbackAfter > 0 && !m_fellBack && request.options.engine == LayoutEngineChoice::Auto &&
        request.isLarge())
        m_fallbackTimer.start(m_fallbackAfter);
}

void LayoutRunner::startThread(const LayoutRequest &request)
{
    auto result = std::make_shared<LayoutResult>();
    const quint64 generation = m_generation;
    QThread *thread = QThread::create([result, request] { *result = LayoutEngine::run(request); });
    // The thread object deletes itself once its job ends, even after the
    // runner went away or abandoned it.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, result, generation] {
        if (generation != m_generation)
            return; // cancelled or superseded: drop the result
        m_running = false;
        complete(*result);
    });
    thread->start();
}

void LayoutRunner::stopProcess()
{
    m_fallbackTimer.stop();
    QProcess *process = std::exchange(m_process, nullptr);
    if (!process)
        return;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->kill(); // SIGKILL: Graphviz cannot block it
        process->waitForFinished(100);
    }
    process->deleteLater();
}

void LayoutRunner::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    QProcess *process = m_process;
    if (!process || sender() != process)
        return;
    m_fallbackTimer.stop();
    const QByteArray output = process->readAllStandardOutput();
    const QString errors = QString::fromUtf8(process->readAllStandardError()).trimmed();
    m_process = nullptr;
    process->disconnect(this);
    process->deleteLater();
    m_running = false;
    if (status == QProcess::CrashExit) {
        Q_EMIT failed(tr("The layout worker stopped unexpectedly; nothing was changed."));
        return;
    }
    if (exitCode != 0) {
        Q_EMIT failed(
            tr("The layout worker failed: %1").arg(errors.section(QLatin1Char('\n'), -1)));
        return;
    }
    QString error;
    const std::optional<LayoutResult> result = layoutResultFromJson(output, &error);
    if (!result) {
        Q_EMIT failed(tr("The layout worker gave an unreadable answer: %1").arg(error));
        return;
    }
    complete(*result);
}

void LayoutRunner::onFallbackTimeout()
{
    if (!m_process)
        return;
    stopProcess();
    m_fellBack = true;
    LayoutRequest request = m_request;
    request.options.engine = LayoutEngineChoice::Sfdp;
    startProcess(request);
}

void LayoutRunner::complete(const LayoutResult &result)
{
    if (!result.ok) {
        Q_EMIT failed(result.error);
        return;
    }
    if (!m_fellBack) {
        Q_EMIT finished(result);
        return;
    }
    LayoutResult withNote = result;
    withNote.warnings.append(
        tr("The graph is large: the faster sfdp engine was used instead of dot."));
    Q_EMIT finished(withNote);
}

} // namespace faultline
