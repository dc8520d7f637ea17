#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace faultline {

/// The git command-line client, run with an argument list (never a shell).
class GitClient
{
public:
    /// Runs `git ARGS` in `workingDirectory` and returns its standard output;
    /// fails with a sentence when git is missing, does not finish within
    /// `timeoutMs` or exits non-zero (its standard error included).
    [[nodiscard]] static Result<QByteArray>
    run(const QStringList &args, const QString &workingDirectory, int timeoutMs = 30000);
};

} // namespace faultline
