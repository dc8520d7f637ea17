#include "dotexporter.h"

#include "model/kindstyle.h"
#include "model/layout/causallayout.h"

#include <QSet>

namespace faultline {

namespace {
QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 10);
}

// Graphviz shapes closest to the editor's kind shapes.
QByteArray shapeAttributes(const QString &shape)
{
    if (shape == QLatin1String("hexagon"))
        return "shape=hexagon, style=filled";
    if (shape == QLatin1String("rounded"))
        return "shape=box, style=\"rounded,filled\"";
    if (shape == QLatin1String("stadium"))
        return "shape=oval, style=filled";
    if (shape == QLatin1String("parallelogram"))
        return "shape=parallelogram, style=filled";
    if (shape == QLatin1String("trapezoid"))
        return "shape=trapezium, style=filled";
    if (shape == QLatin1String("octagon"))
        return "shape=octagon, style=filled";
    if (shape == QLatin1String("document"))
        return "shape=note, style=filled";
    return "shape=box, style=filled";
}

QByteArray relationAttributes(Relation relation)
{
    switch (relation) {
    case Relation::Enables:
        return "style=dashed";
    case Relation::Prevents:
        return "arrowhead=tee";
    case Relation::Amplifies:
        return "arrowhead=normalnormal";
    case Relation::Causes:
        break;
    }
    return "style=solid";
}
} // namespace

QByteArray dotQuoted(const QString &text)
{
    QByteArray out = "\"";
    for (const char32_t code : text.toUcs4()) {
        if (code == U'"')
            out += "\\\"";
        else if (code == U'\\')
            out += "\\\\";
        else if (code == U'\n')
            out += "\\n";
        else if ((code < 0x20 && code != U'\t') || code == 0x7f)
            out += ' '; // control characters have no place in a label
        else
            out += QString::fromUcs4(&code, 1).toUtf8();
    }
    return out + '"';
}

QByteArray exportDot(const Incident &incident, const QString &interpretationId)
{
    const Interpretation *interp = incident.findInterpretation(interpretationId);
    if (!interp)
        return {};
    QByteArray out;
    out += "// Faultline: " + dotQuoted(incident.title) + ", interpretation " +
           dotQuoted(interp->name) + "\n";
    out += "digraph " + dotQuoted(interp->id) + " {\n";
    out += "  graph [label=" + dotQuoted(incident.title + QStringLiteral(" — ") + interp->name) +
           ", labelloc=t, rankdir=TB, nodesep=0.75, ranksep=1.1, splines=spline, "
           "fontname=\"Helvetica\"];\n";
    out += "  node [fontname=\"Helvetica\", fontsize=11, width=2.5, margin=\"0.15,0.1\"];\n";
    out += "  edge [fontname=\"Helvetica\", fontsize=9];\n";

    // Same rank hints as automatic layout, so `dot` draws the causal flow too.
    const LayoutRequest request = CausalLayout::interpretationRequest(incident, interpretationId);
    QList<QString> top;
    QList<QString> bottom;
    for (const LayoutNode &node : request.nodes) {
        if (node.rank == RankHint::Top)
            top.append(node.id);
        else if (node.rank == RankHint::Bottom)
            bottom.append(node.id);
    }

    for (const Placement &placement : interp->placements) {
        const Factor *factor = incident.findFactor(placement.factorId);
        if (!factor)
            continue;
        const KindStyle style = kindStyle(incident, factor->kind);
        out += "  " + dotQuoted(factor->id) + " [kind=" + dotQuoted(factor->kind) +
               ", label=" + dotQuoted(factor->label);
        if (placement.rootCause)
            out += ", rootCause=true, penwidth=2.5";
        if (!factor->description.isEmpty())
            out += ", description=" + dotQuoted(factor->description) +
                   ", tooltip=" + dotQuoted(factor->description);
        // Graphviz's y axis points up; 0.0 - y never prints "-0".
        out +=
            ", pos=\"" + number(placement.pos.x()) + ',' + number(0.0 - placement.pos.y()) + "\"";
        out += ", " + shapeAttributes(style.shape) + ", color=\"" + style.color.name().toLatin1() +
               "\", fillcolor=\"" + style.color.lighter(165).name().toLatin1() + "\"];\n";
    }
    const auto rankGroup = [&out](const char *rank, const QList<QString> &ids) {
        if (ids.isEmpty())
            return;
        out += QByteArray("  { rank=") + rank + ";";
        for (const QString &id : ids)
            out += ' ' + dotQuoted(id) + ';';
        out += " }\n";
    };
    rankGroup("min", top);
    rankGroup("max", bottom);

    for (const Link &link : interp->links) {
        out += "  " + dotQuoted(link.from) + " -> " + dotQuoted(link.to) +
               " [id=" + dotQuoted(link.id) + ", relation=" + dotQuoted(toString(link.relation)) +
               ", strength=" + QByteArray::number(link.strength) +
               ", evidence=" + QByteArray::number(link.evidence.size()) +
               ", penwidth=" + number(0.6 + 0.4 * link.strength) + ", " +
               relationAttributes(link.relation);
        if (!link.label.isEmpty())
            out += ", label=" + dotQuoted(link.label);
        out += "];\n";
    }
    out += "}\n";
    return out;
}

} // namespace faultline
