#include "../bench/generatedincident.h"
#include "../common/sampleincident.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/format/incidentvalidator.h"
#include "model/interchange/dotexporter.h"
#include "model/interchange/dotimporter.h"
#include "model/interchange/graphmlexporter.h"
#include "model/interchange/interchangeconverter.h"
#include "model/interchange/mermaidexporter.h"
#include "model/layout/graphvizadapter.h"
#include "testpaths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <fcntl.h>
#include <sys/inotify.h>
#include <unistd.h>

using namespace faultline;

Q_DECLARE_METATYPE(faultline::Incident)

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(FAULTLINE_TEST_DATA "/dot/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

/// Labels that break naive escaping in DOT, XML or Mermaid.
Incident awkwardIncident()
{
    Incident incident = test::sampleIncident();
    incident.factors[0].label = QStringLiteral("Quote \" backslash \\ and \\N, \\n literal");
    incident.factors[1].label =
        QStringLiteral("Two\nlines with ümlauts, 日本語 and 🙂 <b>not bold</b> & ]]>");
    incident.factors[1].description = QStringLiteral("Tab\there; brace } { and a \"quote\"");
    incident.interpretations[0].links[0].label = QStringLiteral("label with | pipe and -->");
    return incident;
}

const Factor &factorById(const Incident &incident, const QString &id)
{
    const Factor *f = incident.findFactor(id);
    if (!f)
        qFatal("no factor %s", qPrintable(id));
    return *f;
}

/// Strings `dot` would ever have to hold: the text of every factor and link.
void compareRoundTrip(const Incident &original, const QString &interpretationId,
                      const Incident &imported, const QString &importedId)
{
    const Interpretation &a = *original.findInterpretation(interpretationId);
    const Interpretation *b = imported.findInterpretation(importedId);
    QVERIFY(b);
    QCOMPARE(b->placements.size(), a.placements.size());
    for (int i = 0; i < a.placements.size(); ++i) {
        const Placement &pa = a.placements[i];
        const Placement &pb = b->placements[i];
        QCOMPARE(pb.factorId, pa.factorId);
        QCOMPARE(pb.rootCause, pa.rootCause);
        QVERIFY(qAbs(pb.pos.x() - pa.pos.x()) < 1e-6 && qAbs(pb.pos.y() - pa.pos.y()) < 1e-6);
        const Factor &fa = factorById(original, pa.factorId);
        const Factor &fb = factorById(imported, pb.factorId);
        QCOMPARE(fb.label, fa.label);
        QCOMPARE(fb.kind, fa.kind);
        QCOMPARE(fb.description, fa.description);
    }
    QCOMPARE(b->links.size(), a.links.size());
    for (int i = 0; i < a.links.size(); ++i) {
        const Link &la = a.links[i];
        const Link &lb = b->links[i];
        QCOMPARE(lb.from, la.from);
        QCOMPARE(lb.to, la.to);
        QCOMPARE(toString(lb.relation), toString(la.relation));
        QCOMPARE(lb.strength, la.strength);
        QCOMPARE(lb.label, la.label);
    }
}

/// Counts opens and reads of one file while alive (Linux inotify).
class FileWatch
{
public:
    explicit FileWatch(const QString &path)
    {
        m_fd = inotify_init1(IN_NONBLOCK);
        if (m_fd >= 0)
            inotify_add_watch(m_fd, QFile::encodeName(path).constData(), IN_OPEN | IN_ACCESS);
    }
    ~FileWatch()
    {
        if (m_fd >= 0)
            close(m_fd);
    }
    bool valid() const { return m_fd >= 0; }
    int events() const
    {
        alignas(inotify_event) char buffer[4096];
        int count = 0;
        for (;;) {
            const ssize_t n = read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                return count;
            for (ssize_t offset = 0; offset < n;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + offset);
                ++count;
                offset += ssize_t(sizeof(inotify_event) + event->len);
            }
        }
    }

private:
    int m_fd = -1;
};

QString allText(const Incident &incident)
{
    return QString::fromUtf8(writeFaultline(incident));
}

} // namespace

class TestInterchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportedDotIsValidGraphviz_data()
    {
        QTest::addColumn<Incident>("incident");
        QTest::newRow("sample") << test::sampleIncident();
        QTest::newRow("awkward labels") << awkwardIncident();
        QTest::newRow("generated 100") << test::generatedIncident(100);
    }
    void exportedDotIsValidGraphviz()
    {
        QFETCH(Incident, incident);
        for (const Interpretation &interp : std::as_const(incident.interpretations)) {
            const QByteArray dot = exportDot(incident, interp.id);
            QVERIFY(!dot.isEmpty());
            // Our own output names no files, so Graphviz may render it.
            QByteArray svg;
            QString error;
            QVERIFY2(GraphvizAdapter::layoutAndRender(dot, QStringLiteral("dot"),
                                                      QStringLiteral("svg"), &svg, &error),
                     qPrintable(error));
            QVERIFY(svg.contains("<svg"));
            QCOMPARE(svg.count("class=\"node\""), interp.placements.size());
            QCOMPARE(svg.count("class=\"edge\""), interp.links.size());
        }
        QVERIFY(exportDot(incident, QStringLiteral("no-such-interpretation")).isEmpty());
    }

    void dotRoundTrip_data()
    {
        QTest::addColumn<Incident>("incident");
        QTest::newRow("sample") << test::sampleIncident();
        QTest::newRow("awkward labels") << awkwardIncident();
        QTest::newRow("generated 300") << test::generatedIncident(300, 3);
    }
    void dotRoundTrip()
    {
        QFETCH(Incident, incident);
        for (const Interpretation &interp : std::as_const(incident.interpretations)) {
            // Into an incident that knows the custom kinds: everything comes back.
            Incident kindsOnly;
            kindsOnly.title = incident.title;
            kindsOnly.customKinds = incident.customKinds;
            const DotImportResult back = importDotInto(exportDot(incident, interp.id), kindsOnly);
            QVERIFY2(back.ok, qPrintable(back.error));
            QVERIFY(back.positioned);
            QCOMPARE(back.interpretationId, interp.id);
            compareRoundTrip(incident, interp.id, back.incident, back.interpretationId);
            QCOMPARE(validateIncident(back.incident), QStringList());
        }
    }

    void unknownKindsBecomeImported()
    {
        const Incident incident = test::sampleIncident();
        Incident withProbe = incident;
        withProbe.interpretations[1].placements.append(
            {QStringLiteral("probe"), QPointF(5, 5), false, false, {}});
        const DotImportResult back = importDot(exportDot(withProbe, QStringLiteral("reward-only")));
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(factorById(back.incident, QStringLiteral("probe")).kind,
                 QStringLiteral("imported"));
        QCOMPARE(factorById(back.incident, QStringLiteral("reward")).kind,
                 QStringLiteral("reward"));
        QVERIFY(back.incident.findCustomKind(QStringLiteral("imported")));
    }

    void importMapsAttributes()
    {
        const DotImportResult r = importDot(readData(QStringLiteral("clusters.dot")));
        QVERIFY2(r.ok, qPrintable(r.error));
        const Incident &incident = r.incident;
        QCOMPARE(incident.title, QStringLiteral("CoinRun: goes right"));
        const Interpretation &interp = *incident.findInterpretation(r.interpretationId);
        QCOMPARE(interp.name, QStringLiteral("CoinRun: goes right"));
        QCOMPARE(interp.id, QStringLiteral("Coin_run"));
        QCOMPARE(interp.placements.size(), 6); // subgraphs flattened
        QCOMPARE(factorById(incident, QStringLiteral("level")).kind,
                 QStringLiteral("environment")); // node default
        QCOMPARE(factorById(incident, QStringLiteral("right")).kind, QStringLiteral("behaviour"));
        QCOMPARE(factorById(incident, QStringLiteral("odd")).kind, QStringLiteral("imported"));
        QCOMPARE(factorById(incident, QStringLiteral("odd")).label, QStringLiteral("odd is odd"));
        QCOMPARE(factorById(incident, QStringLiteral("wall")).label,
                 QStringLiteral("Wall blocks the \"left\" side"));
        QCOMPARE(factorById(incident, QStringLiteral("wall")).description,
                 QStringLiteral("Never\nmoves"));
        QCOMPARE(factorById(incident, QStringLiteral("ignore")).label,
                 QStringLiteral("Ignores the coin & the wall\nentirely"));
        QVERIFY(interp.findPlacement(QStringLiteral("reward"))->rootCause);
        QVERIFY(!interp.findPlacement(QStringLiteral("level"))->rootCause);
        QVERIFY(!r.positioned);

        // reward->right, level->right, right->ignore, ignore->odd, wall->ignore, level->ignore; no
        // self link.
        QCOMPARE(interp.links.size(), 6);
        QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("itself")));
        const Link &pays = interp.links[0];
        QVERIFY(pays.relation == Relation::Enables);
        QCOMPARE(pays.strength, 5); // clamped from 9
        QCOMPARE(pays.label, QStringLiteral("pays for"));
        QVERIFY(interp.links[1].relation == Relation::Causes);
        QCOMPARE(interp.links[1].strength, 3);
        QVERIFY(interp.findLink(QStringLiteral("wall-link")));
        QCOMPARE(validateIncident(incident), QStringList());
    }

    void importReadsPositionsAndUndirectedGraphs()
    {
        const DotImportResult positioned =
            importDot(readData(QStringLiteral("positioned.gv")), QStringLiteral("file"));
        QVERIFY2(positioned.ok, qPrintable(positioned.error));
        QVERIFY(positioned.positioned);
        QCOMPARE(positioned.incident.title, QStringLiteral("file"));
        const Interpretation &p = positioned.incident.interpretations[0];
        QCOMPARE(p.findPlacement(QStringLiteral("a"))->pos, QPointF(100, -250));
        QCOMPARE(p.findPlacement(QStringLiteral("b"))->pos, QPointF(100, -50));
        QVERIFY(p.findPlacement(QStringLiteral("a"))->pos.y() <
                p.findPlacement(QStringLiteral("b"))->pos.y());

        const DotImportResult undirected = importDot(readData(QStringLiteral("undirected.gv")));
        QVERIFY2(undirected.ok, qPrintable(undirected.error));
        QCOMPARE(undirected.incident.interpretations[0].links.size(), 3);
        QVERIFY(!undirected.warnings.isEmpty());
    }

    void importIntoExistingIncidentKeepsIdsUnique()
    {
        const Incident base = test::sampleIncident();
        const QByteArray dot =
            "digraph both {\n"
            "  reward [label=\"Team reward for hiding\"];\n"   // same factor: reused
            "  physics [label=\"Something else entirely\"];\n" // id clash: renamed
            "  l1 [label=\"a node named like a link\"];\n"
            "  reward -> physics [id=l1];\n" // link id taken: renamed
            "  physics -> l1;\n"
            "}\n";
        const DotImportResult r = importDotInto(dot, base, QStringLiteral("Imported reading"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(validateIncident(r.incident), QStringList());
        QCOMPARE(r.incident.interpretations.size(), base.interpretations.size() + 1);
        QVERIFY(r.interpretationId != QLatin1String("both"));
        QCOMPARE(r.incident.factors.size(), base.factors.size() + 2);
        const Interpretation &interp = *r.incident.findInterpretation(r.interpretationId);
        QCOMPARE(interp.placements[0].factorId, QStringLiteral("reward"));
        QVERIFY(interp.placements[1].factorId != QLatin1String("physics"));
        QCOMPARE(factorById(r.incident, interp.placements[1].factorId).label,
                 QStringLiteral("Something else entirely"));
        QCOMPARE(factorById(r.incident, QStringLiteral("physics")).label,
                 QStringLiteral("Mid-air push"));
        QVERIFY(interp.links[0].id != QLatin1String("l1"));
        // The original incident's content is all still there.
        for (const Factor &f : base.factors)
            QCOMPARE(factorById(r.incident, f.id), f);
        for (int i = 0; i < base.interpretations.size(); ++i)
            QCOMPARE(r.incident.interpretations[i], base.interpretations[i]);
    }

    void nestingScannerIgnoresStringsAndComments_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("depth");
        QTest::newRow("flat") << QByteArray("digraph { a -> b }") << 1;
        QTest::newRow("nested") << QByteArray("digraph { subgraph { subgraph { a } } }") << 3;
        QTest::newRow("in strings") << QByteArray("digraph { a [label=\"{{{{\\\"{{\"] }") << 1;
        QTest::newRow("in html") << QByteArray("digraph { a [label=<<b>{{{</b>>] }") << 1;
        QTest::newRow("in comments") << QByteArray("digraph { // {{{\n /* {{{ */ a\n#{{{\n }") << 1;
        QTest::newRow("too deep") << (QByteArray("digraph ") + QByteArray(101, '{')) << -1;
    }
    void nestingScannerIgnoresStringsAndComments()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, depth);
        QCOMPARE(dotNestingDepth(text, kMaxDotNesting), depth);
    }

    void hostileDot_data()
    {
        QTest::addColumn<QByteArray>("dot");
        QTest::addColumn<QString>("expectedError"); // empty: imports safely
        QTest::addColumn<int>("errorLine");         // -1: not checked, -2: any line
        const QByteArray nested = "digraph {" + QByteArray("subgraph {").repeated(20000) + "a" +
                                  QByteArray("}").repeated(20000) + "}";
        QTest::newRow("20,000 nested subgraphs") << nested << QStringLiteral("nested") << 1;
        QTest::newRow("unterminated string")
            << readData(QStringLiteral("unterminated.dot")) << QStringLiteral("syntax error") << -2;
        QTest::newRow("syntax error")
            << readData(QStringLiteral("syntax-error.dot")) << QStringLiteral("line 3") << 3;
        QByteArray garbage;
        test::GeneratorRandom random(7);
        for (int i = 0; i < 4096; ++i)
            garbage.append(char(random.next() & 0xff));
        QTest::newRow("binary garbage") << garbage << QStringLiteral("binary") << 0;
        garbage.replace('\0', '\1');
        QTest::newRow("garbage without NUL") << garbage << QStringLiteral("syntax error") << -1;
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a Graphviz graph") << 0;
        QTest::newRow("no nodes") << QByteArray("digraph {}") << QStringLiteral("no nodes") << 0;
        QTest::newRow("over 8 MiB")
            << ("digraph { a [label=\"" + QByteArray(9 * 1024 * 1024, 'x') + "\"] }")
            << QStringLiteral("larger than") << 0;
        QByteArray many = "digraph {";
        for (int i = 0; i < 60000; ++i)
            many += 'n' + QByteArray::number(i) + ';';
        QTest::newRow("60,000 nodes") << (many + '}') << QStringLiteral("more than") << 0;
        QTest::newRow("1 MiB label is clamped")
            << ("digraph { a [label=\"" + QByteArray(1 << 20, 'x') + "\"] }") << QString() << 0;
        QTest::newRow("deep html label") << ("digraph { a [label=" + QByteArray(50000, '<') + "x" +
                                             QByteArray(50000, '>') + "] }")
                                         << QString() << 0;
        QByteArray chain = "digraph { n0";
        for (int i = 1; i < 20000; ++i)
            chain += " -> n" + QByteArray::number(i);
        // cgraph's parser stack runs out on long chains: refused, and the
        // next parse must not start inside the rest of this text.
        QTest::newRow("20,000-step edge chain")
            << (chain + " }") << QStringLiteral("memory exhausted") << 1;
        QTest::newRow("after the chain") << QByteArray("digraph { x -> y }") << QString() << 0;
        // Graphviz's grammar has no exponents: refused like any syntax error.
        QTest::newRow("width=1e5")
            << QByteArray("digraph { a [width=1e5, height=1e5, label=\"big\"]; a -> b }")
            << QStringLiteral("syntax error") << 1;
        QTest::newRow("hostile attributes")
            << readData(QStringLiteral("hostile-attributes.dot")) << QString() << 0;
    }
    void hostileDot()
    {
        QFETCH(QByteArray, dot);
        QFETCH(QString, expectedError);
        QFETCH(int, errorLine);
        const DotImportResult r = importDot(dot);
        if (expectedError.isEmpty()) {
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(validateIncident(r.incident), QStringList());
            for (const Factor &f : r.incident.factors) {
                QVERIFY(f.label.size() <= kMaxImportedTextLength);
                QVERIFY(!f.label.contains(QStringLiteral("root:")));
            }
            return;
        }
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(expectedError), qPrintable(r.error));
        if (errorLine == -2)
            QVERIFY(r.errorLine > 0);
        else if (errorLine >= 0)
            QCOMPARE(r.errorLine, errorLine);
        QVERIFY(r.incident.factors.isEmpty());
    }

    void importNeverOpensFilesNamedByAttributes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString secret = dir.filePath(QStringLiteral("secret.png"));
        QFile file(secret);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SECRET-MARKER-7f3a");
        file.close();
        const QByteArray path = QFile::encodeName(secret);
        const QByteArray dot = "digraph {\n  graph [imagepath=\"" + path +
                               "\"];\n  node [shapefile=\"" + path + "\"];\n  a [image=\"" + path +
                               "\", label=<<img src=\"" + path + "\"/>>, fontpath=\"" + path +
                               "\"];\n  b [shape=epsf, shapefile=\"" + path +
                               "\"];\n  a -> b [labelfontname=\"" + path + "\"];\n}\n";
        FileWatch watch(secret);
        QVERIFY(watch.valid());
        const DotImportResult r = importDot(dot);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(watch.events(), 0);
        QVERIFY(!allText(r.incident).contains(QStringLiteral("SECRET-MARKER")));
        // The watch works: reading the file is seen.
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.readAll();
        file.close();
        QVERIFY(watch.events() > 0);
    }

    void graphmlIsWellFormedAndComplete()
    {
        Incident incident = awkwardIncident();
        incident.factors[2].label = QStringLiteral("Control \x01\x02 chars ") + QChar(0xFFFE) +
                                    QStringLiteral(" and ]]> <script>");
        const QByteArray xml = exportGraphml(incident, QStringLiteral("both"));
        QXmlStreamReader reader(xml);
        int nodes = 0;
        int edges = 0;
        QString currentEdge;
        QHash<QString, QString> labels;
        QHash<QString, QString> evidence;
        QString currentNode;
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            const QStringView name = reader.name();
            if (name == QLatin1String("node")) {
                ++nodes;
                currentNode = reader.attributes().value(QLatin1String("id")).toString();
            } else if (name == QLatin1String("edge")) {
                ++edges;
                currentEdge = reader.attributes().value(QLatin1String("id")).toString();
            } else if (name == QLatin1String("data")) {
                const QString key = reader.attributes().value(QLatin1String("key")).toString();
                if (key == QLatin1String("d1"))
                    labels.insert(currentNode, reader.readElementText());
                else if (key == QLatin1String("d8"))
                    evidence.insert(currentEdge, reader.readElementText());
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(nodes, 3);
        QCOMPARE(edges, 2);
        QCOMPARE(labels.value(QStringLiteral("reward")), incident.factors[0].label);
        QCOMPARE(labels.value(QStringLiteral("physics")), incident.factors[1].label);
        QCOMPARE(labels.value(QStringLiteral("surfing")),
                 QStringLiteral("Control  chars  and ]]> <script>"));
        QCOMPARE(evidence.value(QStringLiteral("l1")), QStringLiteral("2"));
        QCOMPARE(evidence.value(QStringLiteral("l2")), QStringLiteral("0"));
        QVERIFY(xml.contains("y:ShapeNode"));
        QVERIFY(xml.contains("<y:Shape type=\"hexagon\"/>"));
    }

    void mermaidEscapesLabels_data()
    {
        QTest::addColumn<QString>("label");
        QTest::newRow("quote and brackets") << QStringLiteral("a\"b] [c] (d) {e}");
        QTest::newRow("pipe and arrows") << QStringLiteral("x | y --> z");
        QTest::newRow("html") << QStringLiteral("<img src=x onerror=alert(1)>");
        QTest::newRow("entity lookalike") << QStringLiteral("#quot; and &amp; and %% comment");
        QTest::newRow("newline") << QStringLiteral("one\ntwo");
        QTest::newRow("keyword end") << QStringLiteral("end");
    }
    void mermaidEscapesLabels()
    {
        QFETCH(QString, label);
        Incident incident = test::sampleIncident();
        incident.factors[0].id = QStringLiteral("end"); // a Mermaid keyword as factor id
        for (Interpretation &interp : incident.interpretations) {
            for (Placement &p : interp.placements)
                if (p.factorId == QLatin1String("reward"))
                    p.factorId = QStringLiteral("end");
            for (Link &l : interp.links) {
                if (l.from == QLatin1String("reward"))
                    l.from = QStringLiteral("end");
                l.label = label;
            }
        }
        incident.factors[0].label = label;
        const QString mmd = QString::fromUtf8(exportMermaid(incident, QStringLiteral("both")));
        const QStringList lines = mmd.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.value(1).startsWith(QStringLiteral("flowchart TB")));
        // f1 is the reward factor, a hexagon: {{"…"}} with nothing Mermaid-special inside.
        const QString node = lines.value(2);
        QVERIFY2(node.startsWith(QStringLiteral("  f1{{\"")) &&
                     node.endsWith(QStringLiteral("\"}}")),
                 qPrintable(node));
        const QString inner = node.mid(7, node.size() - 10);
        for (const QChar c : QStringLiteral("\"[](){}<>|&%\n"))
            QVERIFY2(!inner.contains(c), qPrintable(inner));
        QVERIFY(!mmd.contains(QStringLiteral(" end ")));
        int linkLines = 0;
        for (const QString &line : lines) {
            if (!line.contains(QLatin1Char('|')))
                continue;
            ++linkLines;
            QCOMPARE(line.count(QLatin1Char('|')), 2);
        }
        QCOMPARE(linkLines, 2);
        QVERIFY(mmd.contains(QStringLiteral("f2 -.->|"))); // physics enables surfing
        QCOMPARE(mermaidEscaped(QStringLiteral("a\"b")), QStringLiteral("a#34;b"));
    }

    void convertBetweenFormats()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString source = dir.filePath(QStringLiteral("in.faultline"));
        QVERIFY(writeFaultlineFile(test::sampleIncident(), source).ok());

        Result<QString> r = convertGraphFile(source, dir.filePath(QStringLiteral("first.dot")));
        QVERIFY2(r.ok(), qPrintable(r.firstMessage()));
        QCOMPARE(r.value(), QStringLiteral("both"));
        r = convertGraphFile(source, dir.filePath(QStringLiteral("second.gv")),
                             QStringLiteral("Reward only"));
        QVERIFY2(r.ok(), qPrintable(r.firstMessage()));
        QCOMPARE(r.value(), QStringLiteral("reward-only"));
        r = convertGraphFile(source, dir.filePath(QStringLiteral("x.graphml")),
                             QStringLiteral("reward-only"));
        QVERIFY2(r.ok(), qPrintable(r.firstMessage()));
        r = convertGraphFile(source, dir.filePath(QStringLiteral("x.MMD")));
        QVERIFY2(r.ok(), qPrintable(r.firstMessage()));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("x.MMD"))));

        r = convertGraphFile(source, dir.filePath(QStringLiteral("x.dot")),
                             QStringLiteral("nobody"));
        QVERIFY(!r.ok());
        QVERIFY(r.firstMessage().contains(QStringLiteral("reward-only")));
        r = convertGraphFile(source, dir.filePath(QStringLiteral("x.png")));
        QVERIFY(!r.ok());
        r = convertGraphFile(dir.filePath(QStringLiteral("x.graphml")),
                             dir.filePath(QStringLiteral("y.faultline")));
        QVERIFY(!r.ok());
        QVERIFY(r.firstMessage().contains(QStringLiteral("not read")));

        // DOT back to .faultline: a loadable document with the same reading.
        const QString back = dir.filePath(QStringLiteral("back.faultline"));
        r = convertGraphFile(dir.filePath(QStringLiteral("second.gv")), back);
        QVERIFY2(r.ok(), qPrintable(r.firstMessage()));
        const LoadResult loaded = readFaultlineFile(back);
        QVERIFY2(loaded.ok(), qPrintable(loaded.messages().join(QLatin1Char('\n'))));
        compareRoundTrip(test::sampleIncident(), QStringLiteral("reward-only"), loaded.value(),
                         QStringLiteral("reward-only"));
    }

    void convertLaysOutDotWithoutPositions()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("coin.faultline"));
        const Result<QString> r =
            convertGraphFile(QStringLiteral(FAULTLINE_TEST_DATA "/dot/clusters.dot"), out);
        QVERIFY2(r.ok(), qPrintable(r.firstMessage()));
        const LoadResult loaded = readFaultlineFile(out);
        QVERIFY2(loaded.ok(), qPrintable(loaded.messages().join(QLatin1Char('\n'))));
        const Interpretation &interp = loaded.value().interpretations[0];
        const auto y = [&](const char *id) {
            return interp.findPlacement(QString::fromLatin1(id))->pos.y();
        };
        QVERIFY(y("reward") < y("right"));
        QVERIFY(y("right") < y("ignore"));
        QVERIFY(y("ignore") < y("odd"));
        for (const Link &l : interp.links)
            QVERIFY2(!l.route.isEmpty(), qPrintable(l.id));
    }
};

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
