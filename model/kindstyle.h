#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace faultline {

struct Incident;

/// How a kind looks and is named. Shape names are the file format's words
/// (see docs/FORMAT.md); every built-in kind has a distinct shape so a diagram
/// reads in greyscale too.
struct KindStyle
{
    QString id;
    QString name; ///< translated for built-in kinds, the document's text for custom ones
    QColor color;
    QString shape;
    bool builtIn = false;
    bool rootCauseArea = false; ///< reward, environment, algorithm: where root causes usually sit
};

/// The built-in kinds in display order: the four core kinds, then intent, shift, oversight.
const QList<KindStyle> &builtInKinds();
bool isBuiltInKind(const QString &id);
/// The style of `kindId`, built-in or declared by the incident; a neutral
/// fallback style for an unknown id.
KindStyle kindStyle(const Incident &incident, const QString &kindId);
/// Built-in kinds followed by the incident's custom kinds.
QList<KindStyle> allKinds(const Incident &incident);
/// The shape names a custom kind may use.
const QStringList &kindShapes();

} // namespace faultline
