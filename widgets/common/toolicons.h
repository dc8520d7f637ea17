#pragma once

#include <QIcon>

namespace faultline {

/// Toolbar and menu icons drawn in code: the machine's icon theme may be
/// missing or mismatched, and these keep one calm line style everywhere.
enum class ToolIcon
{
    New,
    Open,
    Save,
    Undo,
    Redo,
    Cut,
    Copy,
    Paste,
    Delete,
    Find,
    ZoomIn,
    ZoomOut,
    ZoomFit,
    ZoomReset,
    Snap,
    Connect,
    Rename,
    AddInterpretation,
};

QIcon toolIcon(ToolIcon which);

} // namespace faultline
