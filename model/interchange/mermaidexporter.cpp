#include "mermaidexporter.h"

#include "model/kindstyle.h"

#include <QHash>
#include <QSet>

namespace faultline {

namespace {
/// Opening and closing brackets of a Mermaid node for a kind shape.
QPair<QString, QString> brackets(const QString &shape)
{
    if (shape == QLatin1String("hexagon"))
        return {QStringLiteral("{{\""), QStringLiteral("\"}}")};
    if (shape == QLatin1String("rounded"))
        return {QStringLiteral("(\""), QStringLiteral("\")")};
    if (shape == QLatin1String("stadium"))
        return {QStringLiteral("([\""), QStringLiteral("\"])")};
    if (shape == QLatin1String("parallelogram"))
        return {QStringLiteral("[/\""), QStringLiteral("\"/]")};
    if (shape == QLatin1String("trapezoid"))
        return {QStringLiteral("[/\""), QStringLiteral("\"\\]")};
    if (shape == QLatin1String("octagon"))
        return {QStringLiteral("[[\""), QStringLiteral("\"]]")};
    if (shape == QLatin1String("document"))
        return {QStringLiteral(">\""), QStringLiteral("\"]")};
    return {QStringLiteral("[\""), QStringLiteral("\"]")};
}

QString arrow(Relation relation)
{
    switch (relation) {
    case Relation::Enables:
        return QStringLiteral("-.->");
    case Relation::Prevents:
        return QStringLiteral("--x");
    case Relation::Amplifies:
        return QStringLiteral("==>");
    case Relation::Causes:
        break;
    }
    return QStringLiteral("-->");
}

/// A comment line's text: on one line and without Mermaid directive braces.
QString commentText(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        if (c.category() == QChar::Other_Control || c == QLatin1Char('{') ||
            c == QLatin1Char('}') || c == QLatin1Char('%'))
            c = QLatin1Char(' ');
    return out.simplified();
}
} // namespace

QString mermaidEscaped(const QString &text)
{
    static const QString safePunctuation = QStringLiteral(" .,-_'!?/");
    QString out;
    out.reserve(text.size());
    for (const char32_t code : text.toUcs4()) {
        const QString c = QString::fromUcs4(&code, 1);
        if (code == U'\n' || code == U'\r' || code == U'\t') {
            out += QLatin1Char(' ');
        } else if (code < 0x20 || code == 0x7f) {
            continue;
        } else if (c.at(0).isLetterOrNumber() || safePunctuation.contains(c)) {
            out += c;
        } else {
            out += QLatin1Char('#') + QString::number(quint32(code)) + QLatin1Char(';');
        }
    }
    return out;
}

QByteArray exportMermaid(const Incident &incident, const QString &interpretationId)
{
    const Interpretation *interp = incident.findInterpretation(interpretationId);
    if (!interp)
        return {};
    QString out;
    out += QStringLiteral("%% Faultline: ") + commentText(incident.title) + QStringLiteral(" / ") +
           commentText(interp->name) + QLatin1Char('\n');
    out += QStringLiteral("flowchart TB\n");

    QHash<QString, QString> nodeIds;
    QHash<QString, QString> kindClasses;
    const QList<KindStyle> kinds = allKinds(incident);
    for (int i = 0; i < kinds.size(); ++i)
        kindClasses.insert(kinds[i].id, QStringLiteral("k%1").arg(i));
    QSet<QString> usedKinds;
    QStringList rootCauses;
    for (const Placement &placement : interp->placements) {
        const Factor *factor = incident.findFactor(placement.factorId);
        if (!factor)
            continue;
        const QString id = QStringLiteral("f%1").arg(nodeIds.size() + 1);
        nodeIds.insert(factor->id, id);
        const KindStyle style = kindStyle(incident, factor->kind);
        const auto [open, close] = brackets(style.shape);
        out += QStringLiteral("  ") + id + open + mermaidEscaped(factor->label) + close +
               QLatin1Char('\n');
        if (!kindClasses.contains(factor->kind)) // an undeclared kind: give it a class of its own
            kindClasses.insert(factor->kind, QStringLiteral("k%1").arg(kindClasses.size()));
        out += QStringLiteral("  class ") + id + QLatin1Char(' ') +
               kindClasses.value(factor->kind) + QLatin1Char('\n');
        usedKinds.insert(factor->kind);
        if (placement.rootCause)
            rootCauses.append(id);
    }
    for (const Link &link : interp->links) {
        const QString from = nodeIds.value(link.from);
        const QString to = nodeIds.value(link.to);
        if (from.isEmpty() || to.isEmpty())
            continue;
        const QString text = link.label.isEmpty() ? toString(link.relation) : link.label;
        out += QStringLiteral("  ") + from + QLatin1Char(' ') + arrow(link.relation) +
               QLatin1Char('|') + mermaidEscaped(text) + QStringLiteral("| ") + to +
               QLatin1Char('\n');
    }
    for (const KindStyle &style : kinds) {
        if (!usedKinds.contains(style.id))
            continue;
        out += QStringLiteral("  classDef ") + kindClasses.value(style.id) +
               QStringLiteral(" fill:") + style.color.lighter(165).name() +
               QStringLiteral(",stroke:") + style.color.name() + QStringLiteral(",color:#000000\n");
    }
    if (!rootCauses.isEmpty()) {
        out += QStringLiteral("  classDef rootCause stroke-width:4px\n");
        out += QStringLiteral("  class ") + rootCauses.join(QLatin1Char(',')) +
               QStringLiteral(" rootCause\n");
    }
    return out.toUtf8();
}

} // namespace faultline
