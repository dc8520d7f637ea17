// Third-party corpora through the loader and every model-level writer
// (tests/data/third_party/README.md says where they come from):
// - JSONTestSuite: no crash; every n_ case rejected with its place; every
//   valid document that is not a Faultline object rejected with a clear message;
// - the Big List of Naughty Strings as a title, a factor label, a quote and a
//   source title: save -> load -> save byte-identical (or refused when saving),
//   and every export (DOT, GraphML, Mermaid, Markdown summary, checklist CSV
//   and Markdown) well-formed and inert;
// - Graphviz's example graphs: each converts to a file the loader accepts, or
//   is refused with a message.
#include "../common/sampleincident.h"
#include "model/analysis/checklisttable.h"
#include "model/compare/discussionsummary.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/interchange/dotexporter.h"
#include "model/interchange/dotimporter.h"
#include "model/interchange/graphmlexporter.h"
#include "model/interchange/interchangeconverter.h"
#include "model/interchange/mermaidexporter.h"
#include "testpaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace faultline;

namespace {
const QString kThirdParty = QStringLiteral(FAULTLINE_TEST_DATA "/third_party");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString xmlError(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError() ? reader.errorString() : QString();
}

QStringList naughtyStrings()
{
    QStringList strings;
    const QJsonArray array =
        QJsonDocument::fromJson(readAll(kThirdParty + QStringLiteral("/blns/blns.json"))).array();
    for (const QJsonValue &v : array)
        strings.append(v.toString());
    return strings;
}

/// The sample incident carrying `text` in its title, a factor label, an
/// evidence quote and a source title.
Incident carrying(const QString &text)
{
    Incident incident = test::sampleIncident();
    incident.title = text;
    incident.factors[0].label = text;
    incident.sources[0].title = text;
    incident.interpretations[0].links[0].evidence[0].quote = text;
    return incident;
}

/// Lines of `markdown` that start a block (heading, list item, quote, numbered item).
int blockStarts(const QString &markdown)
{
    static const QRegularExpression block(QStringLiteral("^(#{1,6} |[-+*] |> |[0-9]+[.)] )"),
                                          QRegularExpression::MultilineOption);
    int count = 0;
    for (auto it = block.globalMatch(markdown); it.hasNext(); it.next())
        ++count;
    return count;
}
} // namespace

class TestCorpora : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonTestSuite()
    {
        const QDir dir(kThirdParty + QStringLiteral("/jsontestsuite"));
        const QStringList files =
            dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 318);
        int rejected = 0, accepted = 0;
        for (const QString &name : files) {
            const LoadResult r = readFaultline(readAll(dir.filePath(name)));
            QVERIFY2(r.ok() != !r.errors().isEmpty(), qPrintable(name));
            const QString errors = r.messages().join(QLatin1Char('\n'));
            if (name.startsWith(QLatin1String("n_"))) {
                QVERIFY2(!r.ok(), qPrintable(name));
                // The place: a line and column, or the limit it broke.
                QVERIFY2(errors.contains(QStringLiteral("line ")) ||
                             errors.contains(QStringLiteral("too complex")) ||
                             errors.contains(QStringLiteral("not a Faultline file")) ||
                             errors.contains(QStringLiteral("UTF-8")),
                         qPrintable(name + QStringLiteral(": ") + errors));
            } else if (name.startsWith(QLatin1String("y_"))) {
                // Valid JSON, but none of them is a Faultline document.
                QVERIFY2(!r.ok(), qPrintable(name));
                QVERIFY2(errors.contains(QStringLiteral("not a Faultline file")) ||
                             errors.contains(QStringLiteral("too complex")) ||
                             errors.contains(QStringLiteral("appears twice")),
                         qPrintable(name + QStringLiteral(": ") + errors));
            }
            (r.ok() ? accepted : rejected) += 1;
        }
        qInfo("JSONTestSuite: %lld files, %d accepted, %d rejected with a message, 0 crashes",
              qlonglong(files.size()), accepted, rejected);
    }

    void naughtyStringsRoundTrip()
    {
        const QStringList strings = naughtyStrings();
        QVERIFY(strings.size() > 500);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("naughty.faultline"));
        int identical = 0, refused = 0;
        for (const QString &text : strings) {
            const Incident incident = carrying(text);
            QFile::remove(path);
            // What the loader would refuse (an empty title or label) is refused
            // when saving, naming the place, and nothing is written.
            const Status saved = writeFaultlineFile(incident, path);
            if (!saved.ok()) {
                QVERIFY2(saved.errors().first().place == QStringLiteral("title"),
                         qPrintable(saved.messages().join(QLatin1Char(' '))));
                QVERIFY(!QFile::exists(path));
                ++refused;
                continue;
            }
            const LoadResult back = readFaultlineFile(path);
            QVERIFY2(back.ok(),
                     qPrintable(text + QStringLiteral(": ") + back.messages().join(' ')));
            QVERIFY2(back.value() == incident, qPrintable(text));
            QVERIFY2(writeFaultline(back.value()) == readAll(path), qPrintable(text));
            ++identical;
        }
        qInfo("Naughty strings: %lld strings, %d round-tripped byte-identical, %d refused "
              "when saving with the place named",
              qlonglong(strings.size()), identical, refused);
    }

    void graphvizExamplesConvertToValidFiles()
    {
        // Graphviz's own example graphs: each converts (imported, laid out with
        // the editor's effort bounds, saved) to a file the loader accepts, or is
        // refused with a message. Timing is the benchmark's business.
        const QDir dir(kThirdParty + QStringLiteral("/graphviz"));
        const QStringList files = dir.entryList({QStringLiteral("*.gv")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 60);
        QTemporaryDir out;
        int converted = 0, refused = 0;
        for (const QString &name : files) {
            const QString target = out.filePath(name + QStringLiteral(".faultline"));
            const Result<QString> r = convertGraphFile(dir.filePath(name), target);
            if (!r.ok()) {
                QVERIFY2(!r.firstMessage().isEmpty(), qPrintable(name));
                ++refused;
                continue;
            }
            const LoadResult back = readFaultlineFile(target);
            QVERIFY2(back.ok(),
                     qPrintable(name + QStringLiteral(": ") + back.messages().join(' ')));
            ++converted;
        }
        qInfo(
            "Graphviz examples: %lld files, %d converted to valid files, %d refused with a message",
            qlonglong(files.size()), converted, refused);
    }

    void naughtyStringsExportWellFormed()
    {
        const QString benignTitle = QStringLiteral("plain");
        const Incident benign = carrying(benignTitle);
        const QStringList readings{QStringLiteral("both"), QStringLiteral("reward-only")};
        const int benignSummaryBlocks = blockStarts(DiscussionSummary::markdown(benign, readings));
        const Interpretation &reading = benign.interpretations.first();
        const int benignChecklistBlocks = blockStarts(ChecklistTable(benign, reading).toMarkdown());
        const int benignMermaidLines =
            QString::fromUtf8(exportMermaid(benign, QStringLiteral("both")))
                .count(QLatin1Char('\n'));
        int exports = 0;
        for (const QString &text : naughtyStrings()) {
            const Incident incident = carrying(text);
            const QString what = QStringLiteral("%1 (%2)").arg(text).arg(text.size());

            const QByteArray graphml = exportGraphml(incident, QStringLiteral("both"));
            const QString error = xmlError(graphml);
            QVERIFY2(error.isEmpty(), qPrintable(what + QStringLiteral(": ") + error));

            const DotImportResult dot = importDot(exportDot(incident, QStringLiteral("both")));
            QVERIFY2(dot.ok, qPrintable(what + QStringLiteral(": ") + dot.error));

            // Mermaid: as many lines as for a plain title, and the label
            // reduced to letters, digits, plain punctuation and #N; entities.
            const QString mermaid =
                QString::fromUtf8(exportMermaid(incident, QStringLiteral("both")));
            QCOMPARE(mermaid.count(QLatin1Char('\n')), benignMermaidLines);
            const QString label = mermaidEscaped(text);
            for (const QChar c : label)
                QVERIFY2(c.isLetterOrNumber() || QStringLiteral(" .,-_'!?/#;").contains(c),
                         qPrintable(what + QStringLiteral(": ") + label));
            QVERIFY(mermaid.contains(label));

            // Markdown: the text adds no heading, list item or quote of its own.
            QCOMPARE(blockStarts(DiscussionSummary::markdown(incident, readings)),
                     benignSummaryBlocks);
            const ChecklistTable table(incident, incident.interpretations.first());
            QCOMPARE(blockStarts(table.toMarkdown()), benignChecklistBlocks);

            // CSV: no field a spreadsheet would run as a formula.
            for (const QString &line : table.toCsv().split(QStringLiteral("\r\n"))) {
                for (const QString &field : line.split(QLatin1Char(','))) {
                    static const QRegularExpression formula(QStringLiteral("^[=+\\-@\\t\\r]"));
                    QVERIFY2(!formula.match(field).hasMatch(),
                             qPrintable(what + QStringLiteral(": ") + line));
                }
            }
            ++exports;
        }
        qInfo("Naughty strings: %d strings exported to DOT, GraphML, Mermaid, Markdown and CSV, "
              "all well-formed",
              exports);
    }
};

QTEST_GUILESS_MAIN(TestCorpora)
#include "tst_corpora.moc"
