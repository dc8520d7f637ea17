#pragma once

#include "canvasstyle.h"

#include <QObject>
#include <QPointer>

class QPalette;

namespace faultline {

class CanvasScene;

/// Keeps an editor scene's colours in step with the application palette:
/// a dark palette (window colour lightness below 128) gives the dark canvas
/// colours, anything else the editor's light ones, and a palette change
/// while the program runs (the desktop switching to dark mode) repaints the
/// canvas in the new colours. Exports never follow: they set a theme's colours
/// on their own scenes.
class CanvasPalette : public QObject
{
    Q_OBJECT
public:
    /// Makes `scene` follow the application palette from now on; the follower
    /// is a child of the scene and ends with it. Following twice is harmless.
    static CanvasPalette *follow(CanvasScene *scene);

    static bool isDark(const QPalette &palette);
    /// The canvas colours for `palette`: the editor's defaults or the dark theme.
    static canvasstyle::CanvasColors colorsFor(const QPalette &palette);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit CanvasPalette(CanvasScene *scene);
    void apply();

    QPointer<CanvasScene> m_scene;
    bool m_dark = false;
};

} // namespace faultline
