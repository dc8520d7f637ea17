#pragma once

#include <QString>

namespace faultline {

/// An interpretation's explicit "we considered this and it is not a cause".
/// `target` is an area (kind id) or a checklist entry id, depending on the list.
struct RuledOut
{
    QString target;
    QString reason;

    bool operator==(const RuledOut &) const = default;
};

} // namespace faultline
