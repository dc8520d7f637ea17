#pragma once

// Runs the real faultline executable the way a Makefile would: with no
// display at all, since sub-commands must not need one. Header-only so each
// CLI test stays one executable.

#include "testpaths.h"
#include <QProcess>
#include <QString>
#include <QStringList>

namespace faultline::test {

struct CliRun
{
    int exitCode; ///< -1 timed out, -2 crashed
    QString out;
    QString err;
};

inline CliRun runFaultline(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FAULTLINE_BINARY), args);
    if (!process.waitForFinished(60000))
        return {-1, {}, QStringLiteral("timed out")};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace faultline::test
