#pragma once

#include <QList>
#include <QString>

namespace faultline {

/// A third-party library Faultline is built on, for Help > About.
struct LibraryNotice
{
    QString name;
    QString version; ///< as linked at run time where the library tells, else as compiled
    QString licence;
    QString url;
};

/// Qt, Graphviz and nlohmann_json, with the versions in use and their licences.
QList<LibraryNotice> libraryNotices();

} // namespace faultline
