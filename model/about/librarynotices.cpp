#include "librarynotices.h"

#include "model/layout/graphvizadapter.h"

#include <nlohmann/json.hpp>

#include <QtGlobal>

namespace faultline {

QList<LibraryNotice> libraryNotices()
{
    const QString json = QStringLiteral("%1.%2.%3")
                             .arg(NLOHMANN_JSON_VERSION_MAJOR)
                             .arg(NLOHMANN_JSON_VERSION_MINOR)
                             .arg(NLOHMANN_JSON_VERSION_PATCH);
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
         QStringLiteral("GNU LGPL version 3"), QStringLiteral("https://www.qt.io/licensing/")},
        {QStringLiteral("Graphviz"), GraphvizAdapter::version(),
         QStringLiteral("Eclipse Public License 1.0"),
         QStringLiteral("https://graphviz.org/license/")},
        {QStringLiteral("nlohmann_json"), json, QStringLiteral("MIT License"),
         QStringLiteral("https://github.com/nlohmann/json")},
    };
}

} // namespace faultline
