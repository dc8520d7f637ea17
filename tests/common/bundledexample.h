#pragma once

// The bundled examples (resources/examples) as tests read them.

#include "model/format/faultlinereader.h"
#include "model/incident.h"
#include "testpaths.h"

#include <QString>
#include <QStringList>

namespace faultline::test {

/// resources/examples/NAME.faultline through the full reader. The examples
/// ship with the program, so one that does not load ends the test run.
inline Incident bundledExample(const QString &name)
{
    const QString path = QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples/") + name +
                         QStringLiteral(".faultline");
    auto loaded = readFaultlineFile(path);
    if (!loaded.ok())
        qFatal("bundled example %s does not load", qPrintable(path));
    return *loaded;
}

/// The ids of the incident's interpretations, in document order.
inline QStringList interpretationIds(const Incident &incident)
{
    QStringList ids;
    for (const Interpretation &interp : incident.interpretations)
        ids.append(interp.id);
    return ids;
}

} // namespace faultline::test
