#pragma once

#include <QString>

namespace faultline {

/// One failure point of the root-cause checklist (taxonomy).
struct ChecklistEntry
{
    QString id;   ///< e.g. "reward-misspecified"
    QString area; ///< kind id the entry belongs to
    QString name;
    QString description; ///< one sentence
    QString reference;   ///< source key, e.g. "krakovna2020"

    bool operator==(const ChecklistEntry &) const = default;
};

} // namespace faultline
