// The version sub-commands as a user runs them: faultline diff/outline/merge/
// git-setup/validate, and real git in temporary repositories (git-setup, a
// clean merge of disjoint edits, a conflicting merge that stops, git diff
// through the outline).

#include "../common/gitrepository.h"

#include <QtTest>

using namespace faultline;
using namespace faultline::test;

class TestGitCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diffExitCodesAndFormats()
    {
        QTemporaryDir dir;
        const Incident before = hideAndSeek();
        Incident after = before;
        setLabel(after, QStringLiteral("physics"), QStringLiteral("Agents fly"));
        after.interpretations[0].placements[0].pos += QPointF(30, 0);
        const QString a = dir.filePath(QStringLiteral("a.faultline"));
        const QString b = dir.filePath(QStringLiteral("b.faultline"));
        QVERIFY(writeFaultlineFile(before, a).ok());
        QVERIFY(writeFaultlineFile(after, b).ok());

        QCOMPARE(run(FAULTLINE_BINARY, {"diff", a, a}, dir.path(), dir.path()).exitCode, 0);
        const Run text = run(FAULTLINE_BINARY, {"diff", a, b}, dir.path(), dir.path());
        QCOMPARE(text.exitCode, 1);
        QCOMPARE(
            text.out,
            QStringLiteral("~ factor physics: label \"Agents can push themselves in mid-air\" "
                           "→ \"Agents fly\"\n~ interpretation reward-only: moved team-reward\n"));
        const Run json = run(FAULTLINE_BINARY, {"diff", a, b, "--json", "--ignore-layout"},
                             dir.path(), dir.path());
        QCOMPARE(json.exitCode, 1);
        const auto parsed = nlohmann::json::parse(json.out.toStdString());
        QCOMPARE(parsed["changes"].size(), std::size_t(1));
        QCOMPARE(parsed["changes"][0]["path"].get<std::string>(), std::string("factors[1]"));
        QCOMPARE(run(FAULTLINE_BINARY, {"diff", a, dir.filePath("missing.faultline")}, dir.path(),
                     dir.path())
                     .exitCode,
                 2);
        QCOMPARE(run(FAULTLINE_BINARY, {"diff", a}, dir.path(), dir.path()).exitCode, 2);
        QCOMPARE(run(FAULTLINE_BINARY, {"merge", a, a, a}, dir.path(), dir.path()).exitCode, 2);
    }

    void gitSetupWritesAttributesAndDrivers()
    {
        Repository repo;
        QFile attributes(repo.path() + QStringLiteral("/.gitattributes"));
        QVERIFY(attributes.open(QIODevice::ReadOnly));
        QCOMPARE(attributes.readAll(), QByteArray("*.faultline diff=faultline merge=faultline\n"));
        QVERIFY(
            repo.git({"config", "merge.faultline.driver"}).out.contains(" merge %O %A %B -o %A"));
        QVERIFY(repo.git({"config", "diff.faultline.textconv"}).out.contains(" outline"));
        // Running it again adds nothing.
        QCOMPARE(repo.faultline({"git-setup"}).exitCode, 0);
        attributes.seek(0);
        QCOMPARE(attributes.readAll().count('\n'), 1);
    }

    void gitSetupGlobalWritesTheUsersAttributes()
    {
        QTemporaryDir home;
        const Run r = run(FAULTLINE_BINARY, {"git-setup", "--global"}, home.path(), home.path());
        QCOMPARE(r.exitCode, 0);
        QFile attributes(home.path() + QStringLiteral("/.config/git/attributes"));
        QVERIFY2(attributes.open(QIODevice::ReadOnly), qPrintable(r.out + r.err));
        QCOMPARE(attributes.readAll(), QByteArray("*.faultline diff=faultline merge=faultline\n"));
        const Run config =
            run(QStringLiteral("git"), {"config", "--global", "merge.faultline.driver"},
                home.path(), home.path());
        QVERIFY(config.out.contains(QStringLiteral(" merge %O %A %B -o %A")));
    }

    void gitSetupOutsideARepositorySaysSo()
    {
        QTemporaryDir dir;
        const Run r = run(FAULTLINE_BINARY, {"git-setup"}, dir.path(), dir.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not in a git repository")), qPrintable(r.err));
    }

    void gitDiffShowsALabelChangeAsOneLine()
    {
        Repository repo;
        Incident edited = hideAndSeek();
        setLabel(edited, QStringLiteral("physics"), QStringLiteral("Agents fly"));
        repo.write(edited);
        const QString diff = repo.git({"diff", "--no-color"}).out;
        QStringList changed;
        for (const QString &line : diff.split('\n'))
            if ((line.startsWith('+') || line.startsWith('-')) && !line.startsWith("+++") &&
                !line.startsWith("---"))
                changed.append(line);
        QCOMPARE(changed.size(), 2);
        QVERIFY2(changed[0].startsWith(QStringLiteral("-factor:physics ")), qPrintable(diff));
        QVERIFY2(changed[1].startsWith(QStringLiteral("+factor:physics ")), qPrintable(diff));
        QVERIFY(changed[1].contains(QStringLiteral("label=\"Agents fly\"")));
    }

    void disjointEditsMergeCleanly()
    {
        Repository repo;
        Incident ours = hideAndSeek();
        setLabel(ours, QStringLiteral("physics"), QStringLiteral("Ours"));
        Incident theirs = hideAndSeek();
        setLabel(theirs, QStringLiteral("box-lock"), QStringLiteral("Theirs"));
        theirs.interpretations[0].name = QStringLiteral("Theirs' reading");
        repo.commitOnBranch(QStringLiteral("theirs"), QStringLiteral("main"), theirs);
        repo.git({"checkout", "-q", "main"});
        repo.write(ours);
        repo.git({"commit", "-q", "-a", "-m", "ours"});
        const Run merge = repo.git({"merge", "-m", "merge", "theirs"});
        QVERIFY2(merge.exitCode == 0, qPrintable(merge.out + merge.err));

        QCOMPARE(repo.faultline({"validate", repo.file()}).exitCode, 0);
        Incident expected = ours;
        setLabel(expected, QStringLiteral("box-lock"), QStringLiteral("Theirs"));
        expected.interpretations[0].name = QStringLiteral("Theirs' reading");
        const LoadResult result = readFaultlineFile(repo.file());
        QVERIFY(result.ok());
        QCOMPARE(writeFaultline(*result), writeFaultline(expected));
    }

    void fileAddedOnBothBranchesMergesById()
    {
        // git's add/add: the driver gets an empty base.
        Repository repo;
        repo.git({"rm", "-q", "hs.faultline"});
        repo.git({"commit", "-q", "-m", "no file"});
        Incident theirs = hideAndSeek();
        setLabel(theirs, QStringLiteral("physics"), QStringLiteral("Theirs"));
        repo.git({"checkout", "-q", "-b", "theirs"});
        repo.write(theirs);
        repo.git({"add", "hs.faultline"});
        repo.git({"commit", "-q", "-m", "theirs"});
        repo.git({"checkout", "-q", "main"});
        repo.write(hideAndSeek());
        repo.git({"add", "hs.faultline"});
        repo.git({"commit", "-q", "-m", "ours"});
        QVERIFY(repo.git({"merge", "-m", "merge", "theirs"}, false).exitCode != 0);
        const LoadResult result = readFaultlineFile(repo.file());
        QVERIFY2(result.ok(), qPrintable(result.firstMessage()));
        // One factor per id, the differing label a conflict; nothing renamed.
        QCOMPARE(result->factors.size(), hideAndSeek().factors.size());
        QCOMPARE(result->conflicts.size(), 1);
        QCOMPARE(result->conflicts[0].element, QStringLiteral("factor:physics"));
        QVERIFY(result->conflicts[0].base.isEmpty());
    }

    void conflictingLabelsStopTheMerge()
    {
        Repository repo;
        Incident theirs = hideAndSeek();
        setLabel(theirs, QStringLiteral("physics"), QStringLiteral("Theirs"));
        repo.commitOnBranch(QStringLiteral("theirs"), QStringLiteral("main"), theirs);
        repo.git({"checkout", "-q", "main"});
        Incident ours = hideAndSeek();
        setLabel(ours, QStringLiteral("physics"), QStringLiteral("Ours"));
        repo.write(ours);
        repo.git({"commit", "-q", "-a", "-m", "ours"});
        const Run merge = repo.git({"merge", "-m", "merge", "theirs"}, false);
        QVERIFY(merge.exitCode != 0);
        QVERIFY2(merge.out.contains(QStringLiteral("CONFLICT")), qPrintable(merge.out));

        // No text markers: a document with a conflicts section.
        const LoadResult result = readFaultlineFile(repo.file());
        QVERIFY2(result.ok(), qPrintable(result.firstMessage()));
        QCOMPARE(result->conflicts.size(), 1);
        QCOMPARE(result->conflicts[0].theirs, QStringLiteral("\"Theirs\""));
        const Run validate = repo.faultline({"validate", repo.file()});
        QCOMPARE(validate.exitCode, 1);
        QVERIFY2(
            validate.out.contains(QStringLiteral("factors[1].label: unresolved merge conflict")),
            qPrintable(validate.out));
    }
};

QTEST_GUILESS_MAIN(TestGitCli)
#include "tst_gitcli.moc"
