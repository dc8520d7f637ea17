#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace faultline {

/// Asks why `subject` (a failure point or an area, as shown) does not apply
/// to the reading, starting from `current`; std::nullopt when cancelled.
/// The checklist holds one so tests can answer without the dialog.
using ReasonAsker = std::function<std::optional<QString>(QWidget *parent, const QString &subject,
                                                         const QString &current)>;

/// The default: a small dialog with the question, one line for the reason, OK and Cancel.
std::optional<QString> askRuleOutReason(QWidget *parent, const QString &subject,
                                        const QString &current);

} // namespace faultline
