#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace faultline {

/// One row of the table of sub-commands: everything the dispatcher, the usage
/// text and main() need to know about a sub-command, said in one place.
struct SubCommand
{
    using Run = int (*)(const QStringList &args, QTextStream &out, QTextStream &err);

    const char *name; ///< as typed after "faultline"
    Run run;          ///< takes the arguments after the name, returns the exit code
    /// Renders with fonts and a paint engine (diagrams, PDF), so needs a
    /// QApplication on the offscreen platform rather than a QCoreApplication.
    bool needsGuiPlatform;
    const char *summary; ///< one usage line (QT_TRANSLATE_NOOP in "faultline::Cli")
};

/// Every sub-command, in the order `faultline --help` lists them.
const QList<SubCommand> &subCommands();

/// The sub-command called `name`, or nullptr.
const SubCommand *findSubCommand(const QString &name);

} // namespace faultline
