#include "kindstyle.h"

#include "incident.h"

#include <QCoreApplication>

namespace faultline {

namespace {
struct BuiltIn
{
    const char *id;
    const char *name;
    const char *color;
    const char *shape;
    bool rootCauseArea;
};

// Colours are distinguishable for the common colour-vision deficiencies;
// shapes carry the distinction alone in greyscale prints.
constexpr BuiltIn kBuiltIns[] = {
    {"reward", QT_TRANSLATE_NOOP("faultline::Kind", "Reward"), "#e09f3e", "hexagon", true},
    {"environment", QT_TRANSLATE_NOOP("faultline::Kind", "Environment"), "#4c9f70", "rectangle",
     true},
    {"algorithm", QT_TRANSLATE_NOOP("faultline::Kind", "Algorithm"), "#4a7fc1", "rounded", true},
    {"behaviour", QT_TRANSLATE_NOOP("faultline::Kind", "Observed behaviour"), "#c8553d", "stadium",
     false},
    {"intent", QT_TRANSLATE_NOOP("faultline::Kind", "Intent"), "#8e6cbf", "parallelogram", false},
    {"shift", QT_TRANSLATE_NOOP("faultline::Kind", "Shift"), "#2a9d8f", "trapezoid", false},
    {"oversight", QT_TRANSLATE_NOOP("faultline::Kind", "Oversight"), "#7d7d7d", "octagon", false},
};
} // namespace

const QList<KindStyle> &builtInKinds()
{
    // Not cached across language switches: names are translated on each call
    // site through kindStyle(); this list keeps the untranslated source text.
    static const QList<KindStyle> kinds = [] {
        QList<KindStyle> list;
        for (const BuiltIn &b : kBuiltIns)
            list.append({QString::fromLatin1(b.id), QString::fromLatin1(b.name),
                         QColor(QLatin1String(b.color)), QString::fromLatin1(b.shape), true,
                         b.rootCauseArea});
        return list;
    }();
    return kinds;
}

bool isBuiltInKind(const QString &id)
{
    for (const BuiltIn &b : kBuiltIns)
        if (id == QLatin1String(b.id))
            return true;
    return false;
}

KindStyle kindStyle(const Incident &incident, const QString &kindId)
{
    for (KindStyle style : builtInKinds()) {
        if (style.id == kindId) {
            style.name =
                QCoreApplication::translate("faultline::Kind", style.name.toLatin1().constData());
            return style;
        }
    }
    if (const CustomKind *custom = incident.findCustomKind(kindId)) {
        const QColor color(custom->color);
        return {custom->id,
                custom->name,
                color.isValid() ? color : QColor(0x99, 0x99, 0x99),
                custom->shape.isEmpty() ? QStringLiteral("document") : custom->shape,
                false,
                false};
    }
    return {kindId, kindId, QColor(0x99, 0x99, 0x99), QStringLiteral("document"), false, false};
}

QList<KindStyle> allKinds(const Incident &incident)
{
    QList<KindStyle> list;
    for (const KindStyle &style : builtInKinds())
        list.append(kindStyle(incident, style.id));
    for (const CustomKind &custom : incident.customKinds)
        list.append(kindStyle(incident, custom.id));
    return list;
}

const QStringList &kindShapes()
{
    static const QStringList shapes{QStringLiteral("hexagon"),       QStringLiteral("rectangle"),
                                    QStringLiteral("rounded"),       QStringLiteral("stadium"),
                                    QStringLiteral("parallelogram"), QStringLiteral("trapezoid"),
                                    QStringLiteral("octagon"),       QStringLiteral("document")};
    return shapes;
}

} // namespace faultline
