#include "app/cli/commandline.h"

#include "app/cli/subcommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace faultline {

namespace {
bool isOption(const QString &arg, std::initializer_list<const char *> names)
{
    for (const char *name : names)
        if (arg == QLatin1String(name))
            return true;
    return false;
}

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("faultline::Cli",
                                       "usage: faultline [FILE]                 open the editor")
        << '\n';
    for (const SubCommand &command : subCommands())
        out << "       faultline " << QCoreApplication::translate("faultline::Cli", command.summary)
            << '\n';
    out << "       faultline --version\n";
}
} // namespace

bool isCommandLineInvocation(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    return isOption(args.first(), {"--version", "--help", "-h"}) || findSubCommand(args.first());
}

bool needsGuiPlatform(const QStringList &args)
{
    const SubCommand *command = args.isEmpty() ? nullptr : findSubCommand(args.first());
    return command && command->needsGuiPlatform;
}

std::optional<int> runCommandLine(const QStringList &args)
{
    if (!isCommandLineInvocation(args))
        return std::nullopt;
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString &first = args.first();
    if (first == QLatin1String("--version")) {
        out << "faultline " << FAULTLINE_VERSION << '\n';
        return 0;
    }
    if (const SubCommand *command = findSubCommand(first))
        return command->run(args.mid(1), out, err);
    printHelp(out); // --help or -h
    return 0;
}

} // namespace faultline
