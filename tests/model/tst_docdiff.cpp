// The version diff: every bundled example against a copy with planted
// changes lists exactly those changes, matched by id.

#include "testpaths.h"

#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/format/incidentvalidator.h"
#include "model/versioning/documentdiff.h"

#include <QDir>
#include <QSet>
#include <QtTest>

using namespace faultline;

namespace {
// "type key field", e.g. "changed factor:physics label".
QString change(const char *type, const QString &key, const QString &field = {})
{
    return QStringLiteral("%1 %2 %3").arg(QLatin1String(type), key, field);
}

QSet<QString> changeSet(const QList<ElementChange> &changes)
{
    static const char *const types[] = {"added", "removed", "changed"};
    QSet<QString> set;
    for (const ElementChange &c : changes)
        set.insert(change(types[int(c.type)], c.key, c.field));
    return set;
}

Incident loadExample(const QString &name)
{
    LoadResult loaded =
        readFaultlineFile(QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples/") + name);
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.firstMessage()));
    return std::move(loaded).value();
}
} // namespace

class TestDocDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plantedChanges_data()
    {
        QTest::addColumn<QString>("example");
        const QStringList names = QDir(QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples"))
                                      .entryList({QStringLiteral("*.faultline")}, QDir::Files);
        QVERIFY(names.size() >= 5);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void plantedChanges()
    {
        QFETCH(QString, example);
        const Incident before = loadExample(example);
        QVERIFY(diffIncidents(before, before).isEmpty());

        Incident after = before;
        QSet<QString> planted;
        after.title += QStringLiteral(" (edited)");
        planted.insert(change("changed", "incident", "title"));
        Factor &first = after.factors.first();
        first.label = QStringLiteral("A new label");
        planted.insert(change("changed", "factor:" + first.id, "label"));
        after.factors.append({QStringLiteral("planted"),
                              QStringLiteral("behaviour"),
                              QStringLiteral("Planted"),
                              {},
                              {},
                              {},
                              {}});
        planted.insert(change("added", "factor:planted"));
        after.sources.append(
            {QStringLiteral("planted-src"), {}, QStringLiteral("T"), 2020, {}, {}, {}});
        planted.insert(change("added", "source:planted-src"));

        Interpretation &reading = after.interpretations.first();
        const QString readingKey = "interpretation:" + reading.id;
        reading.stance = QStringLiteral("Planted stance");
        planted.insert(change("changed", readingKey, "stance"));
        Placement &moved = reading.placements.first();
        moved.pos += QPointF(17, 5);
        planted.insert(change("changed", readingKey + "/placement:" + moved.factorId, "position"));
        QVERIFY(!reading.links.isEmpty());
        Link &link = reading.links.first();
        link.strength = link.strength == 5 ? 1 : 5;
        planted.insert(change("changed", readingKey + "/link:" + link.id, "strength"));
        for (Link &l : reading.links) {
            if (l.evidence.isEmpty())
                continue;
            const Evidence removed = l.evidence.takeLast();
            planted.insert(
                change("removed", readingKey + "/link:" + l.id + "/evidence:" + removed.id));
            break;
        }
        QVERIFY(validateIncident(after).isEmpty());

        const QList<ElementChange> changes = diffIncidents(before, after);
        QCOMPARE(changeSet(changes), planted);
        QCOMPARE(changes.size(), planted.size()); // each once

        // Without layout the move is gone; in words it is one "moved" line.
        QSet<QString> withoutLayout = planted;
        withoutLayout.remove(
            change("changed", readingKey + "/placement:" + moved.factorId, "position"));
        QCOMPARE(changeSet(diffIncidents(before, after, true)), withoutLayout);
        const QString text = documentDiffText(changes);
        QCOMPARE(text.count(QLatin1Char('\n')), planted.size());
        QVERIFY2(text.contains(QStringLiteral("moved ") + moved.factorId), qPrintable(text));
        QVERIFY2(
            text.contains(
                QStringLiteral("label \"%1\" → \"A new label\"").arg(before.factors.first().label)),
            qPrintable(text));

        // Back through JSON: the same number of changes, not equal.
        const auto json = nlohmann::json::parse(documentDiffJson(changes).toStdString());
        QCOMPARE(json["equal"].get<bool>(), false);
        QCOMPARE(qsizetype(json["changes"].size()), planted.size());
    }

    void outlineChangesOneLinePerEdit()
    {
        const Incident before = loadExample(QStringLiteral("hide-and-seek.faultline"));
        Incident after = before;
        after.factors[1].label = QStringLiteral("Changed");
        const QStringList a = documentOutline(before).split('\n');
        const QStringList b = documentOutline(after).split('\n');
        QCOMPARE(a.size(), b.size());
        int different = 0;
        for (int i = 0; i < a.size(); ++i)
            different += a[i] != b[i];
        QCOMPARE(different, 1);
    }

    void conflictsSectionRoundTrips()
    {
        Incident incident = loadExample(QStringLiteral("coinrun.faultline"));
        incident.conflicts.append({"factor:" + incident.factors[0].id, QStringLiteral("label"),
                                   QStringLiteral("\"a\""), QStringLiteral("\"b\""),
                                   QStringLiteral("\"c\"")});
        incident.conflicts.append({"factor:" + incident.factors[1].id,
                                   {},
                                   QStringLiteral("{\"x\":1}"),
                                   {},
                                   QStringLiteral("{\"x\":2}")});
        const QByteArray bytes = writeFaultline(incident);
        QVERIFY(bytes.contains("\"version\": 3"));
        const LoadResult again = readFaultline(bytes);
        QVERIFY2(again.ok(), qPrintable(again.firstMessage()));
        QCOMPARE(again->conflicts, incident.conflicts);
        QCOMPARE(writeFaultline(*again), bytes);

        // Version 2 had no conflicts section.
        QByteArray older = bytes;
        older.replace("\"version\": 3", "\"version\": 2");
        const LoadResult refused = readFaultline(older);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errors().first().place, QStringLiteral("conflicts"));
        // Without one, a version 2 file loads as before.
        QByteArray plain = writeFaultline(loadExample(QStringLiteral("coinrun.faultline")));
        plain.replace("\"version\": 3", "\"version\": 2");
        QVERIFY(readFaultline(plain).ok());
    }
};

QTEST_GUILESS_MAIN(TestDocDiff)
#include "tst_docdiff.moc"
