#include "app/cli/diffcommand.h"

#include "app/cli/clitext.h"
#include "app/cli/commandprologue.h"
#include "app/cli/versionarguments.h"
#include "model/versioning/documentdiff.h"

namespace faultline {

int runDiff(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandPrologue prologue(
        QStringLiteral("diff"),
        {QT_TRANSLATE_NOOP("faultline::Cli",
                           "usage: faultline diff OLD NEW [--json] [--ignore-layout]"),
         QT_TRANSLATE_NOOP("faultline::Cli", "exit 0 when equal, 1 when different, 2 on an error")},
        out, err);
    VersionArguments parsed;
    QString error = parseVersionArguments(
        args, {QStringLiteral("--json"), QStringLiteral("--ignore-layout")}, false, parsed);
    if (error.isEmpty() && !parsed.help && parsed.files.size() != 2)
        error = CliText::tr("expected two files, OLD and NEW");
    if (const std::optional<int> done = prologue.checkArguments(parsed.help, error))
        return *done;
    const LoadResult before = prologue.load(parsed.files[0]);
    const LoadResult after = prologue.load(parsed.files[1]);
    if (!before || !after)
        return 2;
    const QList<ElementChange> changes =
        diffIncidents(*before, *after, parsed.has("--ignore-layout"));
    if (parsed.has("--json"))
        out << QString::fromUtf8(documentDiffJson(changes));
    else
        out << documentDiffText(changes);
    out.flush();
    return changes.isEmpty() ? 0 : 1;
}

int runOutline(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandPrologue prologue(
        QStringLiteral("outline"),
        {QT_TRANSLATE_NOOP("faultline::Cli", "usage: faultline outline FILE")}, out, err);
    VersionArguments parsed;
    QString error = parseVersionArguments(args, {}, false, parsed);
    if (error.isEmpty() && !parsed.help && parsed.files.size() != 1)
        error = CliText::tr("expected one FILE");
    if (const std::optional<int> done = prologue.checkArguments(parsed.help, error))
        return *done;
    const LoadResult incident = prologue.load(parsed.files[0]);
    if (!incident)
        return 1;
    out << documentOutline(*incident);
    out.flush();
    return 0;
}

} // namespace faultline
