#pragma once

#include <QStringList>
#include <optional>

namespace faultline {

/// Runs a display-less sub-command (`--version`, `--help`, `validate`,
/// `convert`, `cruxes`, ...) when `args` (without the program name) names one,
/// and returns its exit code. Returns std::nullopt when the arguments ask for
/// the editor instead. Needs only a QCoreApplication.
std::optional<int> runCommandLine(const QStringList &args);

/// True when `args` name a sub-command, so main() can skip creating a GUI application.
bool isCommandLineInvocation(const QStringList &args);

} // namespace faultline
