#include "app/cli/mergecommand.h"

#include "app/cli/clitext.h"
#include "app/cli/commandprologue.h"
#include "app/cli/versionarguments.h"
#include "model/format/atomicwrite.h"
#include "model/format/boundedread.h"
#include "model/format/faultlinewriter.h"
#include "model/versioning/conflictresolution.h"
#include "model/versioning/gitclient.h"
#include "model/versioning/threewaymerge.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace faultline {

int runMerge(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandPrologue prologue(
        QStringLiteral("merge"),
        {QT_TRANSLATE_NOOP("faultline::Cli", "usage: faultline merge BASE OURS THEIRS -o OUT"),
         QT_TRANSLATE_NOOP(
             "faultline::Cli",
             "exit 0 when merged cleanly, 1 when OUT holds conflicts, 2 on an error")},
        out, err);
    VersionArguments parsed;
    QString error = parseVersionArguments(args, {}, true, parsed);
    if (error.isEmpty() && !parsed.help && parsed.files.size() != 3)
        error = CliText::tr("expected three files, BASE OURS THEIRS");
    if (error.isEmpty() && !parsed.help && parsed.output.isEmpty())
        error = CliText::tr("missing -o OUT");
    if (const std::optional<int> done = prologue.checkArguments(parsed.help, error))
        return *done;
    QList<Incident> versions;
    // git's add/add: the file was added on both branches and the base is empty.
    const bool noBase =
        QFileInfo(parsed.files[0]).isFile() && QFileInfo(parsed.files[0]).size() == 0;
    for (const QString &file : parsed.files) {
        if (noBase && versions.isEmpty()) {
            versions.append(Incident());
            continue;
        }
        LoadResult loaded = prologue.load(file);
        if (!loaded)
            return 2;
        versions.append(std::move(loaded).value());
    }
    const Result<MergeOutcome> merged =
        mergeIncidents(versions[0], versions[1], versions[2], !noBase);
    if (!merged)
        return prologue.fail(merged.firstMessage(), 2);
    if (const Status written = writeFaultlineFile(merged->incident, parsed.output); !written)
        return prologue.fail(written.firstMessage(), 2);
    for (const QString &line : merged->renamed)
        out << line << '\n';
    for (const QString &key : merged->layoutKeptOurs)
        out << CliText::tr("%1: moved on both sides, ours kept").arg(key) << '\n';
    const Incident &result = merged->incident;
    for (int i = 0; i < result.conflicts.size(); ++i)
        out << CliText::tr("conflict: %1").arg(describeConflict(result.conflicts[i])) << '\n';
    if (!result.conflicts.isEmpty())
        out << CliText::tr("%1: %n conflict(s) to resolve in Faultline", nullptr,
                           int(result.conflicts.size()))
                   .arg(parsed.output)
            << '\n';
    out.flush();
    return result.conflicts.isEmpty() ? 0 : 1;
}

namespace {
// The program as git's drivers run it: git passes the command to a shell.
QString quotedProgram()
{
    QString path = QCoreApplication::applicationFilePath();
    path.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + path + QLatin1Char('\'');
}

// Where git reads the user's own attributes when core.attributesFile is unset.
QString globalAttributesFile()
{
    const Result<QByteArray> configured =
        GitClient::run({QStringLiteral("config"), QStringLiteral("--global"),
                        QStringLiteral("core.attributesFile")},
                       QDir::currentPath());
    if (configured.ok() && !configured->trimmed().isEmpty())
        return QDir::fromNativeSeparators(QString::fromUtf8(configured->trimmed()))
            .replace(QRegularExpression(QStringLiteral("^~")), QDir::homePath());
    QString config = QProcessEnvironment::systemEnvironment().value(
        QStringLiteral("XDG_CONFIG_HOME"), QDir::homePath() + QStringLiteral("/.config"));
    return config + QStringLiteral("/git/attributes");
}
} // namespace

int runGitSetup(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandPrologue prologue(
        QStringLiteral("git-setup"),
        {QT_TRANSLATE_NOOP("faultline::Cli", "usage: faultline git-setup [--global]")}, out, err);
    VersionArguments parsed;
    QString error = parseVersionArguments(args, {QStringLiteral("--global")}, false, parsed);
    if (error.isEmpty() && !parsed.files.isEmpty())
        error = CliText::tr("unexpected argument \"%1\"").arg(parsed.files.first());
    if (const std::optional<int> done = prologue.checkArguments(parsed.help, error))
        return *done;
    const bool global = parsed.has("--global");
    QString attributes;
    if (global) {
        attributes = globalAttributesFile();
    } else {
        const Result<QByteArray> top = GitClient::run(
            {QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")}, QDir::currentPath());
        if (!top)
            return prologue.fail(
                CliText::tr("not in a git repository (use --global for every repository): %1")
                    .arg(top.firstMessage()),
                1);
        attributes = QString::fromUtf8(top->trimmed()) + QStringLiteral("/.gitattributes");
    }
    const QList<QPair<QString, QString>> settings{
        {QStringLiteral("diff.faultline.textconv"), quotedProgram() + QStringLiteral(" outline")},
        {QStringLiteral("merge.faultline.name"), QStringLiteral("Faultline three-way merge")},
        {QStringLiteral("merge.faultline.driver"),
         quotedProgram() + QStringLiteral(" merge %O %A %B -o %A")}};
    for (const auto &[key, value] : settings) {
        QStringList configArgs{QStringLiteral("config")};
        if (global)
            configArgs << QStringLiteral("--global");
        const Result<QByteArray> set =
            GitClient::run(configArgs << key << value, QDir::currentPath());
        if (!set)
            return prologue.fail(set.firstMessage(), 1);
        out << "git config " << (global ? "--global " : "") << key << " \"" << value << "\"\n";
    }
    const QByteArray line = "*.faultline diff=faultline merge=faultline\n";
    QByteArray existing;
    if (QFileInfo::exists(attributes)) {
        const Result<QByteArray> read = readFileBounded(attributes, 1024 * 1024);
        if (!read)
            return prologue.fail(read.firstMessage(), 1);
        existing = read.value();
    }
    if (!existing.split('\n').contains(line.trimmed())) {
        if (!existing.isEmpty() && !existing.endsWith('\n'))
            existing += '\n';
        QDir().mkpath(QFileInfo(attributes).absolutePath());
        if (const Status written = writeFileAtomically(attributes, existing + line); !written)
            return prologue.fail(written.firstMessage(), 1);
    }
    out << attributes << ": " << line;
    out.flush();
    return 0;
}

} // namespace faultline
