#pragma once

#include "model/format/faultlinereader.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace faultline {

/// What every file-reading sub-command does before its own work, said once:
/// --help prints the usage to standard output (exit 0); a usage error goes to
/// standard error as "faultline NAME: message" followed by the usage (exit 2);
/// FILE is loaded through the one reader and each load error printed as
/// "FILE: json.path: message" (exit 1); interpretations typed by id or name are
/// resolved, an unknown, ambiguous or repeated one being a usage error (exit 2).
class CommandPrologue
{
public:
    /// `name` as typed after "faultline"; `usage` holds QT_TRANSLATE_NOOP texts
    /// in the "faultline::Cli" context, translated and printed one per line.
    CommandPrologue(const QString &name, QList<const char *> usage, QTextStream &out,
                    QTextStream &err);

    /// The exit code when the arguments end the command here (0 for help, 2 for an
    /// `argumentError`, which parsing returned); std::nullopt when the command goes on.
    std::optional<int> checkArguments(bool help, const QString &argumentError) const;

    /// FILE through the one reader; on failure its errors are printed and the
    /// command exits with 1.
    LoadResult load(const QString &file) const;

    /// What open() gives.
    struct Opened
    {
        std::optional<int> exitCode; ///< set when the command ends in the prologue
        Incident incident;
        QStringList ids; ///< the interpretations typed, resolved; empty when none was
    };

    /// The whole prologue after parsing: checkArguments() (`argumentError` as
    /// there), the usage alone when no FILE was given, load(), then resolve()
    /// of the interpretations `typed`.
    Opened open(bool help, const QString &argumentError, const QString &file,
                const QStringList &typed) const;

    /// Appends the ids of the interpretations `typed` names to `ids`; false
    /// (the error printed, exit with 2) when one is unknown, ambiguous or repeated.
    bool resolve(const Incident &incident, const QStringList &typed, QStringList &ids) const;

    /// Prints "faultline NAME: message" to standard error and returns `exitCode`.
    int fail(const QString &message, int exitCode) const;

    /// Prints the usage alone to standard error (a call without enough
    /// arguments) and returns 2.
    int usageError() const;

    /// Reads an argument every FILE-taking command treats alike: --help or -h
    /// (sets `help`), an unknown option (an error), FILE (the first plain
    /// argument) or another plain one (the error `unexpected`, %1 the argument).
    /// Returns the error, or an empty string.
    static QString readCommonArgument(const QString &arg, QString &file, bool &help,
                                      const QString &unexpected);

    /// The usage text, translated, one line per text given.
    QString usage() const;

private:
    QString m_name;
    QList<const char *> m_usage;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace faultline
