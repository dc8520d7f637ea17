#pragma once

#include <QStringList>

namespace faultline {

/// The arguments of the version sub-commands (diff, outline, merge,
/// git-setup): plain FILEs, on/off flags and an optional "-o OUT".
struct VersionArguments
{
    QStringList files;
    QStringList flags; ///< the flags given, as typed
    QString output;
    bool help = false;

    bool has(const char *flag) const { return flags.contains(QLatin1String(flag)); }
};

/// Reads `args`: `known` flags, "-o OUT" when `takesOutput`, --help; returns an
/// error message, or an empty string.
QString parseVersionArguments(const QStringList &args, const QStringList &known, bool takesOutput,
                              VersionArguments &parsed);

} // namespace faultline
