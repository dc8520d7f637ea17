#pragma once

#include "model/layout/factorsize.h"

#include <QColor>
#include <QFont>

// Colours and metrics shared by the canvas items, kept in one place so the
// canvas, the compare view and exports look the same.
namespace faultline::canvasstyle {

inline QColor background()
{
    return QColor(0xfb, 0xfb, 0xfa);
}
inline QColor gridMinor()
{
    return QColor(0xec, 0xed, 0xef);
}
inline QColor gridMajor()
{
    return QColor(0xdf, 0xe1, 0xe5);
}
inline QColor selection()
{
    return QColor(0x2f, 0x7d, 0xf6);
}
inline QColor text()
{
    return QColor(0x22, 0x26, 0x2b);
}
inline QColor mutedText()
{
    return QColor(0x8a, 0x90, 0x98);
}
inline QColor linkLine()
{
    return QColor(0x4b, 0x55, 0x63);
}
inline QColor warning()
{
    return QColor(0xe8, 0x9a, 0x2c);
}
inline QColor warningFill()
{
    return QColor(0xfd, 0xe4, 0xb8);
}
inline QColor warningText()
{
    return QColor(0x8a, 0x52, 0x08);
}
inline QColor contradicts()
{
    return QColor(0xc0, 0x39, 0x2b);
}
inline QColor rootCauseBadge()
{
    return QColor(0x2b, 0x2d, 0x31);
}
/// Accent of Emphasis::Highlighted: warm, so it never reads as the (blue) selection.
inline QColor highlight()
{
    return QColor(0xf0, 0x8c, 0x00);
}
/// Opacity of Emphasis::Faded and Emphasis::Ghost items.
constexpr qreal kFadedOpacity = 0.22;
constexpr qreal kGhostOpacity = 0.55;

/// The colours the scene items paint with. The editor uses the defaults
/// (the functions above) under a light application palette and the dark
/// theme under a dark one (CanvasPalette); exports set a theme's colours on
/// their own scene (CanvasScene::setColors, widgets/export/canvastheme.h), so
/// the same painting code serves every theme.
struct CanvasColors
{
    QColor background = canvasstyle::background();
    /// The editor's grid (exports draw none).
    QColor gridMinor = canvasstyle::gridMinor();
    QColor gridMajor = canvasstyle::gridMajor();
    QColor text = canvasstyle::text();
    QColor mutedText = canvasstyle::mutedText();
    QColor linkLine = canvasstyle::linkLine();
    QColor linkLabelText = canvasstyle::mutedText().darker(140);
    QColor labelBackground = QColor(255, 255, 255, 225);
    QColor badgeFill = Qt::white;
    QColor warning = canvasstyle::warning();
    QColor warningFill = canvasstyle::warningFill();
    QColor warningText = canvasstyle::warningText();
    QColor contradicts = canvasstyle::contradicts();
    QColor rootCauseBadge = canvasstyle::rootCauseBadge();
    QColor rootCauseBadgeText = Qt::white;
    QColor shadow = QColor(20, 30, 45, 20);
    /// Box fills mix this much of the kind colour into kindFillBase.
    qreal kindFillShare = 0.16;
    QColor kindFillBase = Qt::white;
    /// Kinds as greys (print): kinds then differ by shape and caption, not hue.
    bool greyscaleKinds = false;
    /// One ink for every outline (print, high contrast); invalid: derived from the kind colour.
    QColor outlineInk;
    /// Outlines lighter than the kind colour (dark backgrounds) instead of darker.
    bool lightOutlines = false;
    /// Scales box outline widths (high contrast draws heavier lines).
    qreal outlineScale = 1.0;

    /// The kind colour as shown in swatches (grey in greyscale themes).
    QColor kindSwatch(const QColor &kind) const
    {
        const QColor c = kind.toRgb();
        if (!greyscaleKinds)
            return c;
        const int g = qGray(c.rgb());
        return QColor(g, g, g);
    }
    QColor kindFill(const QColor &kind) const
    {
        const QColor c = kindSwatch(kind);
        const QColor base = kindFillBase.toRgb();
        const auto mix = [this](int v, int b) {
            return int(v * kindFillShare + b * (1 - kindFillShare));
        };
        return QColor(mix(c.red(), base.red()), mix(c.green(), base.green()),
                      mix(c.blue(), base.blue()));
    }
    QColor kindOutline(const QColor &kind) const
    {
        if (outlineInk.isValid())
            return outlineInk;
        const QColor c = kindSwatch(kind);
        return lightOutlines ? c.lighter(150) : c.darker(135);
    }
};

constexpr qreal kGridStep = 20;
/// Where labels wrap: the layout's box size estimate wraps there too (model/layout/factorsize.h).
constexpr qreal kMaxLabelWidth = kFactorLabelWrapWidth;
constexpr qreal kMinLabelWidth = kFactorMinLabelWidth;
constexpr int kMaxLabelLines = 6;
/// Below this zoom level (levelOfDetailFromTransform) text and badges are skipped.
constexpr qreal kDetailLevel = 0.4;

/// Pixel sizes, not point sizes, so screen and export agree whatever the screen DPI.
inline QFont labelFont(QFont base)
{
    base.setPixelSize(13);
    return base;
}

inline QFont captionFont(QFont base)
{
    base.setPixelSize(9);
    base.setWeight(QFont::DemiBold);
    base.setLetterSpacing(QFont::AbsoluteSpacing, 0.6);
    return base;
}

inline QFont badgeFont(QFont base)
{
    base.setPixelSize(9);
    base.setWeight(QFont::Bold);
    return base;
}

} // namespace faultline::canvasstyle
