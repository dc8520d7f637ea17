// DiscussionSummary: the Markdown session summary lists every crux of the
// comparison with its resolution, the positions and tallies recorded, and
// numbers the cited sources.

#include "model/compare/diffengine.h"
#include "model/compare/discussionsummary.h"
#include "model/format/faultlinereader.h"
#include "testpaths.h"

#include "model/format/textescape.h"

#include <QRegularExpression>
#include <QtTest>

using namespace faultline;

namespace {
const QString coinRun = QStringLiteral(FAULTLINE_TEST_DATA "/compare/coinrun.faultline");

Incident load()
{
    const LoadResult loaded = readFaultlineFile(coinRun);
    if (!loaded.ok())
        qFatal("cannot load %s", qPrintable(coinRun));
    return loaded.value();
}

/// The text of the "### n. ..." section of a crux, up to the next heading.
QString section(const QString &md, int number)
{
    const qsizetype start = md.indexOf(QStringLiteral("\n### %1. ").arg(number));
    if (start < 0)
        return {};
    const qsizetype end = md.indexOf(QStringLiteral("\n#"), start + 5);
    return md.mid(start, end < 0 ? -1 : end - start);
}
} // namespace

class TestDiscussionSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tallyCountsPerReadingAndUnsure()
    {
        CruxRecord record;
        record.positions = {{QStringLiteral("Ana"), QStringLiteral("A")},
                            {QStringLiteral("Bo"), QStringLiteral("B")},
                            {QStringLiteral("Cy"), QStringLiteral("A")},
                            {QStringLiteral("Di"), QString()},
                            {QStringLiteral("Ed"), QStringLiteral("A")}};
        const QStringList ids{QStringLiteral("A"), QStringLiteral("B")};
        const PositionTally tally = DiscussionSummary::tally(&record, ids);
        QCOMPARE(tally.perInterpretation, (QList<int>{3, 1}));
        QCOMPARE(tally.unsure, 1);
        QCOMPARE(tally.total(), 5);
        QCOMPARE(DiscussionSummary::tallyText(tally), QStringLiteral("A 3 · B 1 · ? 1"));
        // A reading nobody sided with is left out; no record, no tally.
        record.positions = {{QStringLiteral("Ana"), QStringLiteral("B")}};
        QCOMPARE(DiscussionSummary::tallyText(DiscussionSummary::tally(&record, ids)),
                 QStringLiteral("B 1"));
        QCOMPARE(DiscussionSummary::tallyText(DiscussionSummary::tally(nullptr, ids)), QString());
    }

    void everyCruxListedWithItsResolution()
    {
        Incident incident = load();
        const QStringList ids{QStringLiteral("A"), QStringLiteral("B")};
        const DiffResult diff = DiffEngine::compare(incident, ids);
        QVERIFY(diff.cruxes.size() >= 3);
        incident.discussion.participants = {QStringLiteral("Ana"), QStringLiteral("Bo"),
                                            QStringLiteral("Cy")};
        CruxRecord resolved;
        resolved.interpretationIds = ids;
        resolved.cruxKey = cruxKey(diff.cruxes[0]);
        resolved.resolution = CruxResolution::Resolved;
        resolved.resolvedAs = QStringLiteral("B");
        resolved.positions = {{QStringLiteral("Ana"), QStringLiteral("B")},
                              {QStringLiteral("Bo"), QStringLiteral("B")},
                              {QStringLiteral("Cy"), QString()}};
        resolved.note = QStringLiteral("The maze videos settle it.");
        CruxRecord evidence;
        evidence.interpretationIds = ids;
        evidence.cruxKey = cruxKey(diff.cruxes[1]);
        evidence.resolution = CruxResolution::NeedsEvidence;
        evidence.positions = {{QStringLiteral("Cy"), QStringLiteral("A")}};
        incident.discussion.records = {resolved, evidence};

        const QString md = DiscussionSummary::markdown(incident, ids);
        QVERIFY(md.startsWith(QStringLiteral("# ")));
        QVERIFY(md.contains(QStringLiteral("Ana, Bo, Cy")));
        for (int i = 0; i < diff.cruxes.size(); ++i) {
            const QString text = section(md, i + 1);
            QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("crux %1 missing").arg(i + 1)));
            QVERIFY2(text.contains(QStringLiteral("**Resolution:**")), qPrintable(text));
            if (i >= 2)
                QVERIFY2(text.contains(QStringLiteral("**Resolution:** Open")), qPrintable(text));
        }
        QVERIFY(
            !section(md, int(diff.cruxes.size()) + 1).contains(QStringLiteral("**Resolution:**")));
        const QString first = section(md, 1);
        QVERIFY2(first.contains(QStringLiteral("**Resolution:** Resolved as B \\(")) ||
                     first.contains(QStringLiteral("**Resolution:** Resolved as B (")),
                 qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("**Positions:** Ana, Bo: reading B · Cy: unsure")),
                 qPrintable(first));
        QVERIFY(first.contains(QStringLiteral("The maze videos settle it\\.")) ||
                first.contains(QStringLiteral("The maze videos settle it.")));
        const QString second = section(md, 2);
        QVERIFY2(second.contains(QStringLiteral("**Resolution:** Needs evidence")),
                 qPrintable(second));
        QVERIFY(second.contains(QStringLiteral("**Positions:** Cy: reading A")));
        QVERIFY(section(md, 3).contains(QStringLiteral("none recorded")));
        QVERIFY2(md.contains(QStringLiteral("Cruxes settled or set aside: 2 of %1; still open: %2.")
                                 .arg(diff.cruxes.size())
                                 .arg(diff.cruxes.size() - 2)),
                 qPrintable(md));
        QVERIFY(!md.contains(QStringLiteral("crux(es)")));
    }

    void stancesAndOwnNotesByName()
    {
        CruxRecord record;
        record.interpretationIds = {QStringLiteral("A"), QStringLiteral("B")};
        record.positions = {
            {QStringLiteral("Ana"), QStringLiteral("B")},
            {QStringLiteral("Bo"), {}, PositionStance::BothPartly, QStringLiteral("Both matter")},
            {QStringLiteral("Cy"), {}, PositionStance::Neither},
            {QStringLiteral("Dee"), QStringLiteral("B")}};
        QCOMPARE(DiscussionSummary::holdersText(&record, record.interpretationIds),
                 QStringLiteral("Ana, Dee: reading B · Bo: both partly · Cy: neither"));
        const PositionTally tally = DiscussionSummary::tally(&record, record.interpretationIds);
        QCOMPARE(tally.bothPartly, 1);
        QCOMPARE(tally.neither, 1);
        QCOMPARE(tally.unsure, 0);
        QCOMPARE(tally.total(), 4);
    }

    void referencesNumberedInOrderOfCitation()
    {
        const Incident incident = load();
        const QStringList ids{QStringLiteral("A"), QStringLiteral("B")};
        const QString md = DiscussionSummary::markdown(incident, ids);
        const qsizetype refs = md.indexOf(QStringLiteral("\n## References"));
        QVERIFY2(refs > 0, qPrintable(md));
        // Every cited number appears in the list, numbered 1..n without gaps.
        static const QRegularExpression cite(QStringLiteral("\\[(\\d+)\\] "));
        QSet<int> cited;
        for (auto it = cite.globalMatch(md.left(refs)); it.hasNext();)
            cited.insert(it.next().captured(1).toInt());
        QVERIFY(!cited.isEmpty());
        static const QRegularExpression entry(QStringLiteral("^(\\d+)\\\\\\. "),
                                              QRegularExpression::MultilineOption);
        QList<int> listed;
        for (auto it = entry.globalMatch(md.mid(refs)); it.hasNext();)
            listed.append(it.next().captured(1).toInt());
        QCOMPARE(listed.size(), cited.size());
        for (int i = 0; i < listed.size(); ++i) {
            QCOMPARE(listed[i], i + 1);
            QVERIFY(cited.contains(i + 1));
        }
        // The first reference is the source cited first, with its title and year.
        const qsizetype firstCite = md.indexOf(QStringLiteral("[1] "));
        const QString citedTitle =
            md.mid(firstCite + 4, md.indexOf(QLatin1Char('\n'), firstCite) - firstCite - 4);
        bool found = false;
        for (const Source &source : incident.sources)
            if (citedTitle.startsWith(TextEscape::markdownText(source.title))) {
                found = true;
                QVERIFY(md.mid(refs).contains(QStringLiteral("1\\. ")));
                const QString firstEntry = md.mid(md.indexOf(QStringLiteral("1\\. "), refs));
                QVERIFY(firstEntry.left(firstEntry.indexOf(QLatin1Char('\n')))
                            .contains(TextEscape::markdownText(source.title)));
                if (source.year > 0)
                    QVERIFY(firstEntry.left(firstEntry.indexOf(QLatin1Char('\n')))
                                .contains(QString::number(source.year)));
            }
        QVERIFY2(found, qPrintable(citedTitle));
    }

    void staleRecordsListedAsNoLongerACrux()
    {
        Incident incident = load();
        const QStringList ids{QStringLiteral("A"), QStringLiteral("B")};
        CruxRecord gone;
        gone.interpretationIds = ids;
        gone.cruxKey = QStringLiteral("factor|no-such-factor");
        gone.resolution = CruxResolution::BothPartly;
        incident.discussion.records = {gone};
        const DiffResult diff = DiffEngine::compare(incident, ids);
        QCOMPARE(DiscussionSummary::staleRecords(incident, diff).size(), 1);
        const QString md = DiscussionSummary::markdown(incident, ids);
        const qsizetype stale = md.indexOf(QStringLiteral("## No longer a crux"));
        QVERIFY(stale > 0);
        QVERIFY(md.mid(stale).contains(QStringLiteral("Both partly right")));
    }

    void documentTextIsEscaped()
    {
        QCOMPARE(TextEscape::markdownText(QStringLiteral("<img src=x> *a* [b](c)")),
                 QStringLiteral("\\<img src=x\\> \\*a\\* \\[b\\](c)"));
        QCOMPARE(TextEscape::markdownText(QStringLiteral("# h\n- item\n12. x")),
                 QStringLiteral("\\# h\n\\- item\n12\\. x"));
        Incident incident = load();
        incident.title = QStringLiteral("<b>bold</b>");
        QVERIFY(DiscussionSummary::markdown(incident, {QStringLiteral("A"), QStringLiteral("B")})
                    .startsWith(QStringLiteral("# \\<b\\>bold\\</b\\>")));
    }

    void defaultComparisonFollowsTheRecords()
    {
        Incident incident = load();
        QCOMPARE(DiscussionSummary::defaultComparison(incident),
                 (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        CruxRecord record;
        record.interpretationIds = {QStringLiteral("B"), QStringLiteral("C")};
        record.cruxKey = QStringLiteral("x");
        record.note = QStringLiteral("n");
        incident.discussion.records = {record};
        QCOMPARE(DiscussionSummary::defaultComparison(incident), record.interpretationIds);
    }
};

QTEST_GUILESS_MAIN(TestDiscussionSummary)
#include "tst_discussionsummary.moc"
