#pragma once

#include <QStringList>
#include <optional>

namespace faultline {

/// Runs a display-less sub-command (`--version`, `--help`, `validate`,
/// `convert`, `cruxes`, ...) when `args` (without the program name) names one,
/// and returns its exit code. Returns std::nullopt when the arguments ask for
/// the editor instead. Needs a QCoreApplication, or for the sub-commands that
/// needsGuiPlatform() names a QApplication.
std::optional<int> runCommandLine(const QStringList &args);

/// True when `args` name a sub-command, so main() can skip creating a GUI application.
bool isCommandLineInvocation(const QStringList &args);

/// True when `args` name a sub-command that renders (see SubCommand::needsGuiPlatform),
/// so main() creates a QApplication on the offscreen platform for it.
bool needsGuiPlatform(const QStringList &args);

} // namespace faultline
