#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace faultline {

/// How a new interpretation starts: most second readings disagree with an
/// existing one in a few places, so a copy of the current reading comes first.
enum class NewReading
{
    CopyOfCurrent,
    Empty,
};

/// Asks how a new interpretation starts, given the current reading's name;
/// std::nullopt when the user cancelled. Tabs hold one so tests can answer
/// without a modal dialog.
using NewReadingChooser =
    std::function<std::optional<NewReading>(QWidget *parent, const QString &currentName)>;

/// The default: a small plain-text dialog, "Copy of Current Reading" the default button.
std::optional<NewReading> askNewReading(QWidget *parent, const QString &currentName);

} // namespace faultline
