#pragma once

#include <QString>

namespace faultline {

/// A bibliography entry of the incident.
struct Source
{
    QString id;
    QString authors; ///< "Baker, Kanitscheider, ..." as written in the reference
    QString title;
    int year = 0; ///< 0 when unknown
    QString venue;
    QString url; ///< http(s) address; may be empty when only a DOI is known
    QString doi; ///< bare DOI ("10.1234/abc"), optional

    bool operator==(const Source &) const = default;
};

} // namespace faultline
