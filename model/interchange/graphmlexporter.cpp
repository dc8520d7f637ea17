#include "graphmlexporter.h"

#include "model/format/textescape.h"
#include "model/kindstyle.h"
#include "model/layout/factorsize.h"

#include <QXmlStreamWriter>

namespace faultline {

namespace {
QString yedShape(const QString &shape)
{
    if (shape == QLatin1String("hexagon") || shape == QLatin1String("parallelogram") ||
        shape == QLatin1String("trapezoid") || shape == QLatin1String("octagon"))
        return shape;
    if (shape == QLatin1String("rounded"))
        return QStringLiteral("roundrectangle");
    if (shape == QLatin1String("stadium"))
        return QStringLiteral("ellipse");
    return QStringLiteral("rectangle");
}

struct Key
{
    const char *id;
    const char *domain;
    const char *name;
    const char *type;
};

constexpr Key kKeys[] = {
    {"d0", "graph", "title", "string"},      {"d1", "node", "label", "string"},
    {"d2", "node", "kind", "string"},        {"d3", "node", "rootCause", "boolean"},
    {"d4", "node", "description", "string"}, {"d6", "edge", "relation", "string"},
    {"d7", "edge", "strength", "int"},       {"d8", "edge", "evidenceCount", "int"},
    {"d9", "edge", "label", "string"},
};

void data(QXmlStreamWriter &xml, const char *key, const QString &value)
{
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), QLatin1String(key));
    xml.writeCharacters(TextEscape::xmlAllowed(value));
    xml.writeEndElement();
}
} // namespace

QByteArray exportGraphml(const Incident &incident, const QString &interpretationId)
{
    const Interpretation *interp = incident.findInterpretation(interpretationId);
    if (!interp)
        return {};
    const QString y = QStringLiteral("http://www.yworks.com/xml/graphml");
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("xsi"));
    xml.writeNamespace(y, QStringLiteral("y"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("schemaLocation"),
                       QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                      "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"));
    for (const Key &key : kKeys) {
        xml.writeEmptyElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QLatin1String(key.id));
        xml.writeAttribute(QStringLiteral("for"), QLatin1String(key.domain));
        xml.writeAttribute(QStringLiteral("attr.name"), QLatin1String(key.name));
        xml.writeAttribute(QStringLiteral("attr.type"), QLatin1String(key.type));
    }
    // yEd reads its drawing from these two keys.
    xml.writeEmptyElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("d5"));
    xml.writeAttribute(QStringLiteral("for"), QStringLiteral("node"));
    xml.writeAttribute(QStringLiteral("yfiles.type"), QStringLiteral("nodegraphics"));
    xml.writeEmptyElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("d10"));
    xml.writeAttribute(QStringLiteral("for"), QStringLiteral("edge"));
    xml.writeAttribute(QStringLiteral("yfiles.type"), QStringLiteral("edgegraphics"));

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), TextEscape::xmlAllowed(interp->id));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    data(xml, "d0", incident.title + QStringLiteral(" — ") + interp->name);

    for (const Placement &placement : interp->placements) {
        const Factor *factor = incident.findFactor(placement.factorId);
        if (!factor)
            continue;
        const KindStyle style = kindStyle(incident, factor->kind);
        const QSizeF size = estimatedFactorSize(*factor, style.shape, style.name);
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), TextEscape::xmlAllowed(factor->id));
        data(xml, "d1", factor->label);
        data(xml, "d2", factor->kind);
        data(xml, "d3", placement.rootCause ? QStringLiteral("true") : QStringLiteral("false"));
        if (!factor->description.isEmpty())
            data(xml, "d4", factor->description);
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), QStringLiteral("d5"));
        xml.writeStartElement(y, QStringLiteral("ShapeNode"));
        xml.writeEmptyElement(y, QStringLiteral("Geometry"));
        xml.writeAttribute(QStringLiteral("x"),
                           QString::number(placement.pos.x() - size.width() / 2));
        xml.writeAttribute(QStringLiteral("y"),
                           QString::number(placement.pos.y() - size.height() / 2));
        xml.writeAttribute(QStringLiteral("width"), QString::number(size.width()));
        xml.writeAttribute(QStringLiteral("height"), QString::number(size.height()));
        xml.writeEmptyElement(y, QStringLiteral("Fill"));
        xml.writeAttribute(QStringLiteral("color"), style.color.lighter(165).name().toUpper());
        xml.writeAttribute(QStringLiteral("transparent"), QStringLiteral("false"));
        xml.writeEmptyElement(y, QStringLiteral("BorderStyle"));
        xml.writeAttribute(QStringLiteral("color"), style.color.name().toUpper());
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("line"));
        xml.writeAttribute(QStringLiteral("width"),
                           placement.rootCause ? QStringLiteral("3.0") : QStringLiteral("1.0"));
        xml.writeStartElement(y, QStringLiteral("NodeLabel"));
        xml.writeCharacters(TextEscape::xmlAllowed(factor->label));
        xml.writeEndElement();
        xml.writeEmptyElement(y, QStringLiteral("Shape"));
        xml.writeAttribute(QStringLiteral("type"), yedShape(style.shape));
        xml.writeEndElement(); // ShapeNode
        xml.writeEndElement(); // data
        xml.writeEndElement(); // node
    }
    for (const Link &link : interp->links) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), TextEscape::xmlAllowed(link.id));
        xml.writeAttribute(QStringLiteral("source"), TextEscape::xmlAllowed(link.from));
        xml.writeAttribute(QStringLiteral("target"), TextEscape::xmlAllowed(link.to));
        data(xml, "d6", toString(link.relation));
        data(xml, "d7", QString::number(link.strength));
        data(xml, "d8", QString::number(link.evidence.size()));
        if (!link.label.isEmpty())
            data(xml, "d9", link.label);
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), QStringLiteral("d10"));
        xml.writeStartElement(y, QStringLiteral("PolyLineEdge"));
        xml.writeEmptyElement(y, QStringLiteral("LineStyle"));
        xml.writeAttribute(QStringLiteral("color"), QStringLiteral("#000000"));
        xml.writeAttribute(QStringLiteral("type"), link.relation == Relation::Enables
                                                       ? QStringLiteral("dashed")
                                                       : QStringLiteral("line"));
        xml.writeAttribute(QStringLiteral("width"), QString::number(0.6 + 0.4 * link.strength));
        xml.writeEmptyElement(y, QStringLiteral("Arrows"));
        xml.writeAttribute(QStringLiteral("source"), QStringLiteral("none"));
        xml.writeAttribute(QStringLiteral("target"), link.relation == Relation::Prevents
                                                         ? QStringLiteral("t_shape")
                                                         : QStringLiteral("standard"));
        const QString text = link.label.isEmpty() ? displayName(link.relation) : link.label;
        xml.writeStartElement(y, QStringLiteral("EdgeLabel"));
        xml.writeCharacters(TextEscape::xmlAllowed(text));
        xml.writeEndElement();
        xml.writeEmptyElement(y, QStringLiteral("BendStyle"));
        xml.writeAttribute(QStringLiteral("smoothed"), QStringLiteral("true"));
        xml.writeEndElement(); // PolyLineEdge
        xml.writeEndElement(); // data
        xml.writeEndElement(); // edge
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return out;
}

} // namespace faultline
