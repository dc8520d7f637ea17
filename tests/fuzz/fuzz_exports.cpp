// libFuzzer target for every writer: bytes that load as an incident are
// exported to each format Faultline writes, and each output must be
// well-formed and inert. Aborts on:
// - GraphML or SVG (the real QSvgGenerator path) that is not well-formed XML;
// - DOT that Faultline's own importer (with its id de-duplication) rejects;
// - a checklist CSV field a spreadsheet would run as a formula;
// - a Markdown summary or checklist with more block starts (headings, list
//   items, quotes) than the same incident with plain text would have.

#include "model/analysis/checklisttable.h"
#include "model/compare/discussionsummary.h"
#include "model/format/faultlinereader.h"
#include "model/interchange/dotexporter.h"
#include "model/interchange/dotimporter.h"
#include "model/interchange/graphmlexporter.h"
#include "model/interchange/mermaidexporter.h"
#include "widgets/export/exportcomposer.h"
#include "widgets/export/exportjob.h"
#include "widgets/export/exportwriter.h"

#include <QApplication>
#include <QByteArray>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <cstdint>
#include <cstdlib>

namespace {

bool wellFormed(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return !reader.hasError();
}

/// The fields of RFC 4180 CSV text, unquoted.
QStringList csvFields(const QString &csv)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < csv.size() && csv[i + 1] == QLatin1Char('"'))
                field += csv[++i];
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',') || c == QLatin1Char('\n')) {
            fields.append(field);
            field.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

int blockStarts(const QString &markdown)
{
    static const QRegularExpression block(QStringLiteral("^(#{1,6} |[-+*] |> |[0-9]+[.)] )"),
                                          QRegularExpression::MultilineOption);
    int count = 0;
    for (auto it = block.globalMatch(markdown); it.hasNext(); it.next())
        ++count;
    return count;
}

/// `incident` with every free text replaced by "x": the block structure the
/// writers themselves produce for it.
faultline::Incident withPlainText(faultline::Incident incident)
{
    const QString x = QStringLiteral("x");
    incident.title = x;
    incident.summary = x;
    for (faultline::Factor &f : incident.factors) {
        f.label = x;
        f.description = x;
    }
    for (faultline::Source &s : incident.sources) {
        s.title = x;
        s.authors = x;
        s.venue = x;
    }
    for (faultline::Interpretation &i : incident.interpretations) {
        i.name = x;
        i.author = x;
        i.stance = x;
        i.summary = x;
        for (faultline::RuledOut &r : i.ruledOutAreas)
            r.reason = x;
        for (faultline::RuledOut &r : i.ruledOutFailureModes)
            r.reason = x;
        for (faultline::Link &l : i.links) {
            l.label = x;
            for (faultline::Evidence &e : l.evidence) {
                e.locator = x;
                e.quote = x;
                e.note = x;
            }
        }
    }
    // Participants become p0, p1, ... everywhere they are named, so positions
    // still group the same way.
    QHash<QString, QString> renamed;
    const auto rename = [&renamed](const QString &name) {
        if (!renamed.contains(name))
            renamed.insert(name, QStringLiteral("p%1").arg(renamed.size()));
        return renamed.value(name);
    };
    for (QString &p : incident.discussion.participants)
        p = rename(p);
    for (faultline::CruxRecord &r : incident.discussion.records) {
        r.note = x;
        for (faultline::CruxPosition &position : r.positions)
            position.participant = rename(position.participant);
    }
    return incident;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // SVG export paints text, so it needs fonts and a QGuiApplication, never a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace faultline;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const LoadResult loaded = readFaultline(bytes);
    if (!loaded.ok())
        return 0;
    const Incident &incident = loaded.value();
    const Incident plain = withPlainText(incident);
    QStringList ids;
    for (const Interpretation &interp : incident.interpretations)
        ids.append(interp.id);
    if (blockStarts(DiscussionSummary::markdown(incident, ids)) >
        blockStarts(DiscussionSummary::markdown(plain, ids)))
        std::abort();
    for (qsizetype i = 0; i < incident.interpretations.size() && i < 2; ++i) {
        const Interpretation &interp = incident.interpretations[i];
        if (!wellFormed(exportGraphml(incident, interp.id)))
            std::abort();
        const DotImportResult dot = importDot(exportDot(incident, interp.id));
        if (!dot.ok)
            std::abort();
        (void)exportMermaid(incident, interp.id);
        const ChecklistTable table(incident, interp);
        static const QRegularExpression formula(QStringLiteral("^[=+\\-@\\t\\r]"));
        for (const QString &field : csvFields(table.toCsv()))
            if (formula.match(field).hasMatch())
                std::abort();
        if (blockStarts(table.toMarkdown()) >
            blockStarts(ChecklistTable(plain, plain.interpretations[i]).toMarkdown()))
            std::abort();
        ExportOptions options;
        options.format = ExportFormat::Svg;
        options.interpretationIds = {interp.id};
        ExportJob job(incident, options);
        if (job.error().isEmpty() && !job.pages().isEmpty()) {
            const ExportComposer composer(job.pages().first(), job.options());
            if (!wellFormed(ExportWriter::renderSvg(composer, incident.title)))
                std::abort();
        }
    }
    return 0;
}
