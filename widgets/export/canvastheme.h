#pragma once

#include "widgets/canvas/canvasstyle.h"

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

namespace faultline {

/// The looks an export can take. Print and HighContrast keep kinds apart by
/// shape and caption and relations by line style and arrowhead, so nothing
/// depends on colour alone.
enum class CanvasTheme
{
    Light,        ///< the editor's colours on white
    Dark,         ///< light ink on a dark page, for dark slide decks
    Print,        ///< greyscale, black ink: for papers printed in black and white
    HighContrast, ///< black ink, heavy outlines, saturated fills
};

/// Stable id used in settings and on the command line: light, dark, print, contrast.
QString canvasThemeId(CanvasTheme theme);
std::optional<CanvasTheme> canvasThemeFromId(const QString &id);
/// Translated name for menus.
QString canvasThemeName(CanvasTheme theme);
const QList<CanvasTheme> &allCanvasThemes();

/// Colours the scene items paint with in `theme`.
canvasstyle::CanvasColors canvasThemeColors(CanvasTheme theme);

} // namespace faultline
