#include "app/cli/commandprologue.h"

#include "app/cli/clitext.h"
#include "app/cli/interpretationarguments.h"

namespace faultline {

CommandPrologue::CommandPrologue(const QString &name, QList<const char *> usage, QTextStream &out,
                                 QTextStream &err)
    : m_name(name), m_usage(std::move(usage)), m_out(out), m_err(err)
{
}

QString CommandPrologue::usage() const
{
    QStringList lines;
    for (const char *line : m_usage)
        lines.append(CliText::tr(line));
    return lines.join(QLatin1Char('\n'));
}

int CommandPrologue::usageError() const
{
    m_err << usage() << '\n';
    return 2;
}

std::optional<int> CommandPrologue::checkArguments(bool help, const QString &argumentError) const
{
    if (!argumentError.isEmpty()) {
        m_err << "faultline " << m_name << ": " << argumentError << '\n' << usage() << '\n';
        return 2;
    }
    if (help) {
        m_out << usage() << '\n';
        return 0;
    }
    return std::nullopt;
}

LoadResult CommandPrologue::load(const QString &file) const
{
    LoadResult loaded = readFaultlineFile(file);
    for (const QString &error : loaded.messages())
        m_err << file << ": " << error << '\n';
    return loaded;
}

CommandPrologue::Opened CommandPrologue::open(bool help, const QString &argumentError,
                                              const QString &file, const QStringList &typed) const
{
    Opened opened;
    opened.exitCode = checkArguments(help, argumentError);
    if (opened.exitCode)
        return opened;
    if (file.isEmpty()) {
        opened.exitCode = usageError();
        return opened;
    }
    LoadResult loaded = load(file);
    if (!loaded.ok())
        opened.exitCode = 1;
    else if (opened.incident = std::move(loaded).value();
             !resolve(opened.incident, typed, opened.ids))
        opened.exitCode = 2;
    return opened;
}

bool CommandPrologue::resolve(const Incident &incident, const QStringList &typed,
                              QStringList &ids) const
{
    const QString error = resolveInterpretations(incident, typed, ids);
    if (error.isEmpty())
        return true;
    fail(error, 2);
    return false;
}

QString CommandPrologue::readCommonArgument(const QString &arg, QString &file, bool &help,
                                            const QString &unexpected)
{
    if (arg == QLatin1String("--help") || arg == QLatin1String("-h"))
        help = true;
    else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1)
        return CliText::tr("unknown option \"%1\"").arg(arg);
    else if (file.isEmpty())
        file = arg;
    else
        return unexpected.arg(arg);
    return {};
}

int CommandPrologue::fail(const QString &message, int exitCode) const
{
    m_err << "faultline " << m_name << ": " << message << '\n';
    return exitCode;
}

} // namespace faultline
