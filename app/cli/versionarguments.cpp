#include "app/cli/versionarguments.h"

#include "app/cli/clitext.h"

namespace faultline {

QString parseVersionArguments(const QStringList &args, const QStringList &known, bool takesOutput,
                              VersionArguments &parsed)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            parsed.help = true;
        } else if (takesOutput && arg == QLatin1String("-o")) {
            if (i + 1 >= args.size())
                return CliText::tr("-o needs a file name");
            parsed.output = args[++i];
        } else if (known.contains(arg)) {
            parsed.flags.append(arg);
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            return CliText::tr("unknown option \"%1\"").arg(arg);
        } else {
            parsed.files.append(arg);
        }
    }
    return {};
}

} // namespace faultline
