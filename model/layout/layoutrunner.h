#pragma once

#include "layoutrequest.h"
#include "layoutresult.h"

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace faultline {

/// Runs one layout job at a time off the GUI thread and reports the result
/// by signal. It never touches a document: the caller applies a finished
/// result (ApplyLayoutCommand), so a cancelled or failed job changes nothing.
///
/// With a worker program set (the faultline executable, which answers
/// `--layout-worker` by reading a LayoutRequest as JSON on stdin and writing
/// the LayoutResult to stdout), each job runs in its own process: cancel()
/// kills it at once, and a crash inside Graphviz only fails the job instead
/// of taking the editor down. Without one (unit tests, or when the executable
/// is unknown) the job runs in a thread; Graphviz cannot be interrupted, so
/// cancel() then abandons the thread, which finishes in the background and
/// whose result is dropped.
class LayoutRunner : public QObject
{
    Q_OBJECT
public:
    explicit LayoutRunner(QObject *parent = nullptr);
    ~LayoutRunner() override;

    /// Run jobs in `program` started with `arguments`; an empty program runs them in a thread.
    void setWorkerProgram(const QString &program,
                          const QStringList &arguments = {QStringLiteral("--layout-worker")});
    QString workerProgram() const { return m_program; }

    /// Worker process only: a large job (Auto engine, more arranged factors
    /// than its largeGraphThreshold) still running after `milliseconds` is
    /// killed and rerun with sfdp, which is fast on any size. 0 disables.
    void setLargeGraphFallbackAfter(int milliseconds) { m_fallbackAfter = milliseconds; }

    bool isRunning() const { return m_running; }

    /// Start `request`. A job already running is cancelled first (emitting cancelled()).
    void start(const LayoutRequest &request);

    /// Stop the running job: returns at once and emits cancelled() before
    /// returning; no finished() or failed() follows for that job. Does
    /// nothing when no job runs.
    void cancel();

Q_SIGNALS:
    void finished(const faultline::LayoutResult &result);
    void failed(const QString &message);
    void cancelled();

private:
    void startProcess(const LayoutRequest &request);
    void startThread(const LayoutRequest &request);
    void stopProcess();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onFallbackTimeout();
    void complete(const LayoutResult &result);

    QString m_program;
    QStringList m_arguments;
    int m_fallbackAfter = 3000;
    bool m_running = false;
    quint64 m_generation =
        0; ///< bumped by every start and cancel; stale thread results are dropped
    LayoutRequest m_request;
    bool m_fellBack = false;
    QProcess *m_process = nullptr;
    QTimer m_fallbackTimer;
};

} // namespace faultline
