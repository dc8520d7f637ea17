#pragma once

// Git and faultline as a user runs them, in a temporary repository set up
// with `faultline git-setup` and holding the hide-and-seek example on branch
// main. Header-only so each test stays one executable.

#include "testpaths.h"

#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace faultline::test {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Git and faultline with a home of their own, so the user's configuration
// neither helps nor hinders, and no display.
inline Run run(const QString &program, const QStringList &args, const QString &dir,
               const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "GIT_DIR"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    for (const char *name : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"})
        env.insert(QLatin1String(name), QStringLiteral("Tester"));
    for (const char *name : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
        env.insert(QLatin1String(name), QStringLiteral("tester@example.org"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dir);
    process.start(program, args);
    if (!process.waitForFinished(60000))
        return {-1, {}, QStringLiteral("timed out")};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline Incident hideAndSeek()
{
    LoadResult loaded = readFaultlineFile(
        QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples/hide-and-seek.faultline"));
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.firstMessage()));
    return std::move(loaded).value();
}

inline void setLabel(Incident &incident, const QString &factorId, const QString &label)
{
    incident.factors[incident.factorIndex(factorId)].label = label;
}

// A repository set up with git-setup, holding hide-and-seek on branch main.
class Repository
{
public:
    Repository()
    {
        QVERIFY(m_dir.isValid());
        QDir().mkpath(home());
        QDir().mkpath(path());
        git({"init", "-q", "-b", "main"});
        const Run setup = faultline({"git-setup"});
        QCOMPARE(setup.exitCode, 0);
        QVERIFY2(setup.out.contains(QStringLiteral("merge.faultline.driver")),
                 qPrintable(setup.out));
        write(hideAndSeek());
        git({"add", "-A"});
        git({"commit", "-q", "-m", "base"});
    }

    QString home() const { return m_dir.path() + QStringLiteral("/home"); }
    QString path() const { return m_dir.path() + QStringLiteral("/repo"); }
    QString file() const { return path() + QStringLiteral("/hs.faultline"); }

    Run git(const QStringList &args, bool mustSucceed = true) const
    {
        const Run r = run(QStringLiteral("git"), args, path(), home());
        if (mustSucceed && r.exitCode != 0)
            qWarning("git %s: %s", qPrintable(args.join(' ')), qPrintable(r.err));
        return r;
    }
    Run faultline(const QStringList &args) const
    {
        return run(QStringLiteral(FAULTLINE_BINARY), args, path(), home());
    }
    void write(const Incident &incident) const
    {
        QVERIFY(writeFaultlineFile(incident, file()).ok());
    }
    void commitOnBranch(const QString &branch, const QString &from, const Incident &incident) const
    {
        git({"checkout", "-q", "-b", branch, from});
        write(incident);
        git({"commit", "-q", "-a", "-m", branch});
    }

private:
    QTemporaryDir m_dir;
};
} // namespace faultline::test
