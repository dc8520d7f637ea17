#pragma once

#include <QString>

namespace faultline {

/// A kind declared by the document, beyond the built-in ones.
struct CustomKind
{
    QString id;
    QString name;
    QString color; ///< "#rrggbb"
    QString shape; ///< one of KindStyle's shape names

    bool operator==(const CustomKind &) const = default;
};

} // namespace faultline
