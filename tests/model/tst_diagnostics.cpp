// Diagnostics, the gaps list and the checklist table: the analysis outputs
// that are not path queries (those are in tst_pathanalysis).

#include "../common/diagrambuilder.h"
#include "model/analysis/checklisttable.h"
#include "model/analysis/diagnostics.h"
#include "model/analysis/gaplist.h"
#include "model/format/faultlinereader.h"
#include "model/incident.h"
#include "testpaths.h"

#include "model/format/textescape.h"

#include <QtTest>

using namespace faultline;

namespace {
QStringList ids(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

Incident loadHideAndSeek()
{
    const LoadResult loaded =
        readFaultlineFile(QStringLiteral(FAULTLINE_TEST_DATA "/analysis/hideandseek.faultline"));
    if (!loaded.ok())
        qFatal("hideandseek.faultline: %s", qPrintable(loaded.messages().join(QLatin1Char('\n'))));
    return loaded.value();
}

/// One source "s", which every link cites unless told otherwise.
class Diagram : public test::DiagramBuilder<Diagram>
{
public:
    Diagram() : DiagramBuilder(Style::Cited) {}

    QList<Diagnostic> diagnose() const
    {
        const Incident i = incident();
        return faultline::diagnose(i, i.interpretations.first());
    }
};

QList<Diagnostic> ofType(const QList<Diagnostic> &all, DiagnosticType type)
{
    QList<Diagnostic> result;
    for (const Diagnostic &d : all)
        if (d.type == type)
            result.append(d);
    return result;
}

/// Minimal RFC 4180 reader, to check that the CSV round-trips.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            *ok = *ok && field.isEmpty();
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            *ok = *ok && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n');
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            ++i;
        } else {
            *ok = *ok && c != QLatin1Char('\n'); // a bare LF outside quotes is not RFC 4180
            field += c;
        }
    }
    *ok = *ok && !quoted && record.isEmpty() && field.isEmpty();
    return records;
}
} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanInterpretationHasNoDiagnostics()
    {
        const Incident incident = loadHideAndSeek();
        const QList<Diagnostic> all =
            diagnose(incident, *incident.findInterpretation(QStringLiteral("both")));
        QVERIFY2(all.isEmpty(), qPrintable(all.value(0).message));
        QVERIFY(Diagram()
                    .factor("r", "reward", true)
                    .factor("b", "behaviour")
                    .link("r", "b")
                    .diagnose()
                    .isEmpty());
    }

    void missingEvidenceAndSourcesInTheExample()
    {
        const Incident incident = loadHideAndSeek();
        const QList<Diagnostic> all =
            diagnose(incident, *incident.findInterpretation(QStringLiteral("physics-only")));
        QCOMPARE(all.size(), 2);
        QCOMPARE(toString(all[0].type), toString(DiagnosticType::LinkWithoutEvidence));
        QCOMPARE(all[0].linkIds, ids("l3"));
        QCOMPARE(all[0].interpretationId, QStringLiteral("physics-only"));
        QVERIFY2(all[0].message.contains(QStringLiteral("Agents can push themselves in mid-air")) &&
                     all[0].message.contains(QStringLiteral("Box surfing")),
                 qPrintable(all[0].message));
        QCOMPARE(toString(all[1].type), toString(DiagnosticType::EvidenceWithoutSource));
        QCOMPARE(all[1].linkIds, ids("l4"));
        QCOMPARE(all[1].evidenceIds, ids("e3"));
        QCOMPARE(toString(all[1].severity), toString(DiagnosticSeverity::Info));
        // The whole incident: interpretations in document order, "both" has none.
        QCOMPARE(diagnose(incident), all);
    }

    void unexplainedBehaviour()
    {
        const auto unexplained = [](const Diagram &d) {
            QStringList result;
            for (const Diagnostic &diag :
                 ofType(d.diagnose(), DiagnosticType::UnexplainedBehaviour))
                result += diag.factorIds;
            return result;
        };
        // No link at all; only from an intent; only through a prevents link;
        // from a root cause that is not of a root-cause area.
        QCOMPARE(unexplained(Diagram().factor("b", "behaviour")), ids("b"));
        QCOMPARE(
            unexplained(Diagram().factor("i", "intent").factor("b", "behaviour").link("i", "b")),
            ids("b"));
        QCOMPARE(unexplained(Diagram()
                                 .factor("e", "environment")
                                 .factor("b", "behaviour")
                                 .link("e", "b", Relation::Prevents)),
                 ids("b"));
        QCOMPARE(unexplained(
                     Diagram().factor("s", "shift", true).factor("b", "behaviour").link("s", "b")),
                 ids("b"));
        // Explained: through an intermediate factor, by any of the three areas.
        QVERIFY(unexplained(Diagram()
                                .factor("r", "reward")
                                .factor("i", "intent")
                                .factor("b", "behaviour")
                                .link("r", "i")
                                .link("i", "b"))
                    .isEmpty());
        QVERIFY(unexplained(Diagram()
                                .factor("a", "algorithm")
                                .factor("b", "behaviour")
                                .link("a", "b", Relation::Amplifies))
                    .isEmpty());
        QVERIFY(unexplained(Diagram()
                                .factor("e", "environment")
                                .factor("b", "behaviour")
                                .link("e", "b", Relation::Enables))
                    .isEmpty());
        const QList<Diagnostic> one = Diagram().factor("b", "behaviour").diagnose();
        QCOMPARE(one.size(), 1);
        QCOMPARE(toString(one[0].severity), toString(DiagnosticSeverity::Warning));
        QCOMPARE(one[0].interpretationId, QStringLiteral("i"));
        QVERIFY2(one.value(0).message.contains(QStringLiteral("Label b")),
                 qPrintable(one.value(0).message));
    }

    void rootCauseWithoutEffect()
    {
        const auto dead = [](const Diagram &d) {
            QStringList result;
            for (const Diagnostic &diag :
                 ofType(d.diagnose(), DiagnosticType::RootCauseWithoutEffect))
                result += diag.factorIds;
            return result;
        };
        QCOMPARE(dead(Diagram().factor("r", "reward", true).factor("b", "behaviour")), ids("r"));
        QCOMPARE(dead(Diagram()
                          .factor("r", "reward", true)
                          .factor("b", "behaviour")
                          .link("r", "b", Relation::Prevents)),
                 ids("r"));
        QCOMPARE(dead(Diagram().factor("r", "reward", true).factor("i", "intent").link("r", "i")),
                 ids("r"));
        QVERIFY(dead(Diagram()
                         .factor("r", "reward", true)
                         .factor("i", "intent")
                         .factor("b", "behaviour")
                         .link("r", "i")
                         .link("i", "b"))
                    .isEmpty());
        // Not a root cause: no diagnostic even without effect.
        QVERIFY(dead(Diagram().factor("r", "reward").factor("b", "behaviour")).isEmpty());
    }

    void eachCycleOnce()
    {
        // x ⇄ y with a parallel link, and a ⇄ b ⇄ c with a chord: cycles
        // [x y], [a b c], [a c], each reported once with the links that close it.
        const QList<Diagnostic> cycles = ofType(Diagram()
                                                    .factor("x", "intent")
                                                    .factor("y", "intent")
                                                    .factor("a", "intent")
                                                    .factor("b", "intent")
                                                    .factor("c", "intent")
                                                    .link("x", "y")
                                                    .link("y", "x")
                                                    .link("y", "x", Relation::Amplifies)
                                                    .link("a", "b")
                                                    .link("b", "c")
                                                    .link("c", "a", Relation::Prevents)
                                                    .link("a", "c")
                                                    .diagnose(),
                                                DiagnosticType::Cycle);
        QCOMPARE(cycles.size(), 3);
        QCOMPARE(cycles[0].factorIds, ids("x y"));
        QCOMPARE(cycles[0].linkIds, ids("l1 l2 l3"));
        QCOMPARE(cycles[1].factorIds, ids("a b c"));
        QCOMPARE(cycles[1].linkIds, ids("l4 l5 l6"));
        QCOMPARE(cycles[2].factorIds, ids("a c"));
        QCOMPARE(cycles[2].linkIds, ids("l6 l7"));
        QVERIFY2(cycles[0].message.contains(QStringLiteral("Label x → Label y → Label x")),
                 qPrintable(cycles[0].message));
        QVERIFY(
            ofType(Diagram().factor("x", "intent").factor("y", "intent").link("x", "y").diagnose(),
                   DiagnosticType::Cycle)
                .isEmpty());
    }

    void linkWithoutEvidenceAndEvidenceWithoutSource()
    {
        Diagram d;
        d.factor("r", "reward", true)
            .factor("b", "behaviour")
            .link("r", "b", Relation::Causes, nullptr)
            .link("r", "b", Relation::Causes, "")
            .link("r", "b", Relation::Causes, "nope")
            .link("r", "b", Relation::Causes, "s");
        const QList<Diagnostic> all = d.diagnose();
        QCOMPARE(all.size(), 3);
        QCOMPARE(toString(all[0].type), toString(DiagnosticType::LinkWithoutEvidence));
        QCOMPARE(all[0].linkIds, ids("l1"));
        QCOMPARE(toString(all[1].type), toString(DiagnosticType::EvidenceWithoutSource));
        QCOMPARE(all[1].linkIds, ids("l2"));
        QCOMPARE(all[1].evidenceIds, ids("e1"));
        QCOMPARE(toString(all[2].type), toString(DiagnosticType::EvidenceWithoutSource));
        QCOMPARE(all[2].evidenceIds, ids("e2"));
        QVERIFY2(all[2].message.contains(QStringLiteral("nope")), qPrintable(all[2].message));
        QVERIFY(all[1].message != all[2].message);
    }

    void orderIsByTypeThenDocumentOrder()
    {
        const QList<Diagnostic> all = Diagram()
                                          .factor("b2", "behaviour")
                                          .factor("dead", "algorithm", true)
                                          .factor("b1", "behaviour")
                                          .factor("x", "intent")
                                          .factor("y", "intent")
                                          .link("y", "x", Relation::Causes, "")
                                          .link("x", "y", Relation::Causes, nullptr)
                                          .diagnose();
        QStringList seen;
        for (const Diagnostic &d : all)
            seen.append(toString(d.type) + QLatin1Char(':') +
                        (d.factorIds + d.linkIds).join(QLatin1Char(',')));
        QCOMPARE(seen, (QStringList{QStringLiteral("unexplained-behaviour:b2"),
                                    QStringLiteral("unexplained-behaviour:b1"),
                                    QStringLiteral("root-cause-without-effect:dead"),
                                    QStringLiteral("cycle:x,y,l1,l2"),
                                    QStringLiteral("link-without-evidence:l2"),
                                    QStringLiteral("evidence-without-source:l1")}));
        QCOMPARE(toString(DiagnosticSeverity::Warning), QStringLiteral("warning"));
        // Deterministic: the same input gives the same list.
        QCOMPARE(Diagram().factor("b", "behaviour").diagnose(),
                 Diagram().factor("b", "behaviour").diagnose());
    }

    void gapListGroupsByAreaInChecklistOrder()
    {
        const Incident incident = loadHideAndSeek();
        const QList<GapGroup> both = gapList(incident, QStringLiteral("both"));
        QCOMPARE(both.size(), 3);
        QCOMPARE(both[0].area, QStringLiteral("reward"));
        QCOMPARE(both[0].factors.size(), 1);
        QCOMPARE(both[0].factors[0].ideal,
                 QStringLiteral("Seekers are rewarded for finding hiders by intended means"));
        QCOMPARE(both[1].area, QStringLiteral("environment"));
        QCOMPARE(both[2].area, QStringLiteral("behaviour"));
        // ppo has no gap; reward is not used by this interpretation.
        const QList<GapGroup> physicsOnly = gapList(incident, QStringLiteral("physics-only"));
        QCOMPARE(physicsOnly.size(), 2);
        QCOMPARE(physicsOnly[0].area, QStringLiteral("environment"));
        QCOMPARE(physicsOnly[0].factors[0].id, QStringLiteral("physics"));
        QVERIFY(gapList(incident, QStringLiteral("nonexistent")).isEmpty());

        // Document order within an area; areas reward, environment, algorithm,
        // then other built-in kinds, then custom kinds.
        Incident mixed;
        mixed.customKinds = {{QStringLiteral("probe"), QStringLiteral("Probe"),
                              QStringLiteral("#112233"), QStringLiteral("octagon")}};
        Interpretation interpretation;
        interpretation.id = QStringLiteral("i");
        const char *factors[][3] = {{"p", "probe", "actual"},      {"w", "intent", "ideal"},
                                    {"a2", "algorithm", "actual"}, {"none", "reward", ""},
                                    {"a1", "algorithm", "ideal"},  {"r", "reward", "ideal"}};
        for (const auto &row : factors) {
            Factor f;
            f.id = QString::fromLatin1(row[0]);
            f.kind = QString::fromLatin1(row[1]);
            if (qstrcmp(row[2], "actual") == 0)
                f.actual = QStringLiteral("how it is");
            else if (qstrcmp(row[2], "ideal") == 0)
                f.ideal = QStringLiteral("how it should be");
            mixed.factors.append(f);
            Placement placement;
            placement.factorId = f.id;
            interpretation.placements.prepend(placement); // placement order must not matter
        }
        mixed.interpretations = {interpretation};
        QStringList order;
        for (const GapGroup &group : gapList(mixed, QStringLiteral("i"))) {
            QStringList factorIds;
            for (const Factor &f : group.factors)
                factorIds.append(f.id);
            order.append(group.area + QLatin1Char('=') + factorIds.join(QLatin1Char(',')));
        }
        QCOMPARE(order, (QStringList{QStringLiteral("reward=r"), QStringLiteral("algorithm=a2,a1"),
                                     QStringLiteral("intent=w"), QStringLiteral("probe=p")}));
    }

    void checklistTableStatusesFollowTagsAndRuledOutMarks()
    {
        const Incident incident = loadHideAndSeek();
        const ChecklistTable table(incident, *incident.findInterpretation(QStringLiteral("both")));
        QCOMPARE(table.areas().size(), 7); // every built-in kind has checklist entries
        QCOMPARE(table.areas()[0].area, QStringLiteral("reward"));
        QCOMPARE(table.areas()[1].area, QStringLiteral("environment"));
        QCOMPARE(table.areas()[2].area, QStringLiteral("algorithm"));
        QHash<QString, ChecklistTable::Row> rows;
        qsizetype total = 0;
        for (const ChecklistTable::Area &area : table.areas()) {
            for (const ChecklistTable::Row &row : area.rows) {
                QCOMPARE(row.area, area.area);
                rows.insert(row.entryId, row);
                ++total;
            }
        }
        QCOMPARE(total, Checklist::forIncident(incident).entries().size());
        QCOMPARE(toString(rows[QStringLiteral("reward-misspecified")].status),
                 toString(ChecklistStatus::Implicated));
        QCOMPARE(rows[QStringLiteral("reward-misspecified")].factorLabels,
                 QStringList{QStringLiteral("Team reward, \"seen\" or not")});
        QCOMPARE(toString(rows[QStringLiteral("broken-physics")].status),
                 toString(ChecklistStatus::Implicated));
        QCOMPARE(toString(rows[QStringLiteral("simulator-bug")].status),
                 toString(ChecklistStatus::Implicated));
        QCOMPARE(toString(rows[QStringLiteral("inappropriate-inductive-bias")].status),
                 toString(ChecklistStatus::RuledOut));
        QCOMPARE(rows[QStringLiteral("inappropriate-inductive-bias")].reason,
                 QStringLiteral("The policy worked, as \"designed\",\nsee Sec. 5"));
        QCOMPARE(toString(rows[QStringLiteral("reward-hacking")].status),
                 toString(ChecklistStatus::NotConsidered));
        // Counts follow the checklist resource, which grows over time.
        const qsizetype environment =
            Checklist::builtIn().entriesForArea(QStringLiteral("environment")).size();
        QCOMPARE(table.areas()[1].summary(),
                 QStringLiteral("Environment: 2 of %1 considered (2 implicated, 0 ruled out)")
                     .arg(environment));
        QCOMPARE(table.areas()[2].coverage.ruledOut, 1);

        // Another interpretation of the same incident: different statuses.
        const ChecklistTable other(incident,
                                   *incident.findInterpretation(QStringLiteral("physics-only")));
        for (const ChecklistTable::Area &area : other.areas())
            for (const ChecklistTable::Row &row : area.rows)
                QCOMPARE(toString(row.status),
                         toString(row.entryId == QLatin1String("broken-physics") ||
                                          row.entryId == QLatin1String("simulator-bug")
                                      ? ChecklistStatus::Implicated
                                      : ChecklistStatus::NotConsidered));

        // Tagged and ruled out at once: the reading's rule-out wins over the shared tag.
        Incident contradicted = incident;
        contradicted.interpretations[0].ruledOutFailureModes.append(
            {QStringLiteral("broken-physics"), QStringLiteral("fine")});
        const ChecklistTable both(contradicted, contradicted.interpretations[0]);
        for (const ChecklistTable::Row &row : both.areas()[1].rows)
            if (row.entryId == QLatin1String("broken-physics")) {
                QCOMPARE(toString(row.status), toString(ChecklistStatus::RuledOut));
                QCOMPARE(row.reason, QStringLiteral("fine"));
            }
    }

    void checklistTableMarkdown()
    {
        const Incident incident = loadHideAndSeek();
        const QString md =
            ChecklistTable(incident, *incident.findInterpretation(QStringLiteral("both")))
                .toMarkdown();
        QVERIFY2(
            md.startsWith(QStringLiteral(
                "# Checklist: Reward and environment\n\nIncident: Hide-and-seek: box surfing\n")),
            qPrintable(md));
        QVERIFY(md.indexOf(QStringLiteral("\n## Reward\n")) <
                md.indexOf(QStringLiteral("\n## Environment\n")));
        QVERIFY(md.indexOf(QStringLiteral("\n## Environment\n")) <
                md.indexOf(QStringLiteral("\n## Algorithm\n")));
        QVERIFY(md.contains(QStringLiteral(
            "| Id | Failure point | Status | Factors | Reason |\n|---|---|---|---|---|\n")));
        QVERIFY2(md.contains(QStringLiteral("| reward-misspecified | Reward misspecified | "
                                            "Implicated | Team reward, \"seen\" or not |  |\n")),
                 qPrintable(md));
        QVERIFY2(
            md.contains(QStringLiteral(
                "| inappropriate-inductive-bias | Inappropriate inductive bias | Ruled out |  | "
                "The policy worked, as \"designed\", see Sec. 5 |\n")),
            qPrintable(md));
        QVERIFY(md.contains(
            QStringLiteral("| reward-hacking | Reward hacking | Not considered |  |  |\n")));
        const auto count = [](const char *area) {
            return Checklist::builtIn().entriesForArea(QString::fromLatin1(area)).size();
        };
        QVERIFY2(
            md.contains(
                QStringLiteral(
                    "\n## Coverage\n\n- Reward: 1 of %1 considered (1 implicated, 0 ruled out)\n"
                    "- Environment: 2 of %2 considered (2 implicated, 0 ruled out)\n"
                    "- Algorithm: 1 of %3 considered (0 implicated, 1 ruled out)\n")
                    .arg(count("reward"))
                    .arg(count("environment"))
                    .arg(count("algorithm"))),
            qPrintable(md));
        // Every table row has exactly five cells, whatever the labels contain.
        for (const QString &line : md.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1Char('|')) && !line.startsWith(QLatin1String("|---")))
                QCOMPARE(line.count(QStringLiteral(" | ")) - line.count(QStringLiteral("\\| ")), 4);

        QCOMPARE(TextEscape::markdownCell(QStringLiteral("a|b\r\nc *d* <b>&amp; [x](y)")),
                 QStringLiteral("a\\|b c \\*d\\* \\<b\\>\\&amp; \\[x\\](y)"));
        QCOMPARE(TextEscape::markdownCell(QStringLiteral("\n plain \n")), QStringLiteral("plain"));
    }

    void checklistTableCsv()
    {
        const Incident incident = loadHideAndSeek();
        const QString csv =
            ChecklistTable(incident, *incident.findInterpretation(QStringLiteral("both"))).toCsv();
        QVERIFY(csv.startsWith(QStringLiteral("area,entry id,name,status,factors,reason\r\n")));
        QVERIFY2(csv.contains(
                     QStringLiteral("\r\nReward,reward-misspecified,Reward misspecified,Implicated,"
                                    "\"Team reward, \"\"seen\"\" or not\",\r\n")),
                 qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral(
                     "\r\nAlgorithm,inappropriate-inductive-bias,Inappropriate inductive bias,"
                     "Ruled out,,\"The policy worked, as \"\"designed\"\",\nsee Sec. 5\"\r\n")),
                 qPrintable(csv));
        QVERIFY(
            csv.contains(QStringLiteral("\r\nEnvironment,broken-physics,Broken physics,Implicated,"
                                        "Agents can push themselves in mid-air,\r\n")));
        bool ok = false;
        const QList<QStringList> records = parseCsv(csv, &ok);
        QVERIFY(ok);
        QCOMPARE(records.size(), Checklist::forIncident(incident).entries().size() + 1);
        for (const QStringList &record : records)
            QCOMPARE(record.size(), 6);
        bool sawReason = false;
        for (const QStringList &record : records)
            if (record[1] == QLatin1String("inappropriate-inductive-bias")) {
                QCOMPARE(record[5],
                         QStringLiteral("The policy worked, as \"designed\",\nsee Sec. 5"));
                sawReason = true;
            }
        QVERIFY(sawReason);

        QCOMPARE(TextEscape::csvField(QStringLiteral("plain text")), QStringLiteral("plain text"));
        QCOMPARE(TextEscape::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(TextEscape::csvField(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(TextEscape::csvField(QStringLiteral("two\nlines")),
                 QStringLiteral("\"two\nlines\""));
        QCOMPARE(TextEscape::csvField(QStringLiteral("cr\r")), QStringLiteral("\"cr\r\""));
    }
};

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
