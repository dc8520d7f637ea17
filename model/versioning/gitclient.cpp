#include "model/versioning/gitclient.h"

#include "model/versioning/versioningtext.h"

#include <QProcess>

namespace faultline {

Result<QByteArray> GitClient::run(const QStringList &args, const QString &workingDirectory,
                                  int timeoutMs)
{
    QProcess git;
    git.setWorkingDirectory(workingDirectory);
    git.start(QStringLiteral("git"), args);
    if (!git.waitForStarted())
        return Failure(ResultError(VersioningText::tr(
            "git is not installed or not on the PATH (install the package \"git\")")));
    if (!git.waitForFinished(timeoutMs)) {
        git.kill();
        git.waitForFinished();
        return Failure(ResultError(VersioningText::tr("git %1 did not finish").arg(args.value(0)),
                                   workingDirectory));
    }
    if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0)
        return Failure(ResultError(
            VersioningText::tr("git %1 failed: %2")
                .arg(args.value(0), QString::fromUtf8(git.readAllStandardError()).trimmed()),
            workingDirectory));
    return git.readAllStandardOutput();
}

} // namespace faultline
