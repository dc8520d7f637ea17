#include "canvaspalette.h"

#include "canvasscene.h"
#include "widgets/export/canvastheme.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>

namespace faultline {

CanvasPalette *CanvasPalette::follow(CanvasScene *scene)
{
    if (auto *existing = scene->findChild<CanvasPalette *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new CanvasPalette(scene);
}

CanvasPalette::CanvasPalette(CanvasScene *scene) : QObject(scene), m_scene(scene)
{
    // QApplication sends ApplicationPaletteChange to every graphics scene
    // when its palette changes, so the scene itself is the place to listen.
    scene->installEventFilter(this);
    m_dark = isDark(QApplication::palette());
    if (m_dark)
        apply();
}

bool CanvasPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightness() < 128;
}

canvasstyle::CanvasColors CanvasPalette::colorsFor(const QPalette &palette)
{
    if (!isDark(palette))
        return canvasstyle::CanvasColors();
    canvasstyle::CanvasColors colors = canvasThemeColors(CanvasTheme::Dark);
    // Exports draw no grid, so the dark theme has none of its own: a quiet
    // grid a little lighter than the dark background.
    colors.gridMinor = colors.background.lighter(125);
    colors.gridMajor = colors.background.lighter(150);
    return colors;
}

bool CanvasPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scene && (event->type() == QEvent::ApplicationPaletteChange ||
                               event->type() == QEvent::PaletteChange)) {
        const bool dark = isDark(QApplication::palette());
        if (dark != m_dark) {
            m_dark = dark;
            apply();
        }
    }
    return QObject::eventFilter(watched, event);
}

void CanvasPalette::apply()
{
    if (m_scene)
        m_scene->setColors(colorsFor(QApplication::palette()));
}

} // namespace faultline
