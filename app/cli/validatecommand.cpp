#include "app/cli/validatecommand.h"

#include "app/cli/clitext.h"
#include "app/cli/commandprologue.h"
#include "model/versioning/conflictresolution.h"

namespace faultline {

int runValidate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandPrologue prologue(
        QStringLiteral("validate"),
        {QT_TRANSLATE_NOOP("faultline::Cli", "usage: faultline validate FILE...")}, out, err);
    const bool help = args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));
    if (const std::optional<int> done = prologue.checkArguments(help, {}))
        return *done;
    if (args.isEmpty())
        return prologue.usageError();
    bool allValid = true;
    for (const QString &path : args) {
        const LoadResult result = readFaultlineFile(path);
        if (result.ok() && result->conflicts.isEmpty()) {
            out << path << ": ok\n";
            continue;
        }
        // A merge's unresolved conflicts load (the editor resolves them) but
        // the file is not finished.
        if (result.ok()) {
            allValid = false;
            for (int i = 0; i < result->conflicts.size(); ++i)
                out << path << ": " << conflictPlace(*result, i) << ": "
                    << CliText::tr("unresolved merge conflict: %1")
                           .arg(describeConflict(result->conflicts[i]))
                    << '\n';
            continue;
        }
        // Validation results are the command's output, not a failure of the
        // command, so they go to standard output rather than through load().
        allValid = false;
        for (const QString &error : result.messages())
            out << path << ": " << error << '\n';
    }
    return allValid ? 0 : 1;
}

} // namespace faultline
