#include "canvastheme.h"

#include <QCoreApplication>

namespace faultline {

QString canvasThemeId(CanvasTheme theme)
{
    switch (theme) {
    case CanvasTheme::Light:
        return QStringLiteral("light");
    case CanvasTheme::Dark:
        return QStringLiteral("dark");
    case CanvasTheme::Print:
        return QStringLiteral("print");
    case CanvasTheme::HighContrast:
        return QStringLiteral("contrast");
    }
    return QStringLiteral("light");
}

std::optional<CanvasTheme> canvasThemeFromId(const QString &id)
{
    for (const CanvasTheme theme : allCanvasThemes())
        if (canvasThemeId(theme) == id)
            return theme;
    return std::nullopt;
}

QString canvasThemeName(CanvasTheme theme)
{
    switch (theme) {
    case CanvasTheme::Light:
        return QCoreApplication::translate("faultline::CanvasTheme", "Light");
    case CanvasTheme::Dark:
        return QCoreApplication::translate("faultline::CanvasTheme", "Dark");
    case CanvasTheme::Print:
        return QCoreApplication::translate("faultline::CanvasTheme", "Print (greyscale)");
    case CanvasTheme::HighContrast:
        return QCoreApplication::translate("faultline::CanvasTheme", "High contrast");
    }
    return {};
}

const QList<CanvasTheme> &allCanvasThemes()
{
    static const QList<CanvasTheme> themes{CanvasTheme::Light, CanvasTheme::Dark,
                                           CanvasTheme::Print, CanvasTheme::HighContrast};
    return themes;
}

canvasstyle::CanvasColors canvasThemeColors(CanvasTheme theme)
{
    canvasstyle::CanvasColors c;
    switch (theme) {
    case CanvasTheme::Light:
        // A page is white; the editor's off-white is for long screen sessions.
        c.background = Qt::white;
        break;
    case CanvasTheme::Dark:
        c.background = QColor(0x1d, 0x21, 0x27);
        c.text = QColor(0xe8, 0xea, 0xed);
        c.mutedText = QColor(0x9a, 0xa1, 0xab);
        c.linkLine = QColor(0xc4, 0xcb, 0xd4);
        c.linkLabelText = QColor(0xc4, 0xcb, 0xd4);
        c.labelBackground = QColor(0x1d, 0x21, 0x27, 225);
        c.badgeFill = QColor(0x2a, 0x2f, 0x37);
        c.warningFill = QColor(0x4a, 0x36, 0x12);
        c.warningText = QColor(0xf6, 0xc8, 0x7a);
        c.contradicts = QColor(0xf0, 0x6a, 0x5a);
        c.rootCauseBadge = QColor(0xe8, 0xea, 0xed);
        c.rootCauseBadgeText = QColor(0x1d, 0x21, 0x27);
        c.shadow = QColor(0, 0, 0, 70);
        c.kindFillShare = 0.32;
        c.kindFillBase = QColor(0x26, 0x2b, 0x33);
        c.lightOutlines = true;
        break;
    case CanvasTheme::Print:
        // Black ink on white with greys that photocopy: kinds differ by
        // shape and caption, relations by dash pattern and arrowhead.
        c.background = Qt::white;
        c.text = Qt::black;
        c.mutedText = QColor(0x55, 0x55, 0x55);
        c.linkLine = QColor(0x1a, 0x1a, 0x1a);
        c.linkLabelText = QColor(0x33, 0x33, 0x33);
        c.warning = QColor(0x55, 0x55, 0x55);
        c.warningFill = QColor(0xee, 0xee, 0xee);
        c.warningText = QColor(0x33, 0x33, 0x33);
        c.contradicts = Qt::black;
        c.rootCauseBadge = Qt::black;
        c.shadow = Qt::transparent;
        c.greyscaleKinds = true;
        c.kindFillShare = 0.12;
        c.outlineInk = QColor(0x1a, 0x1a, 0x1a);
        break;
    case CanvasTheme::HighContrast:
        c.background = Qt::white;
        c.text = Qt::black;
        c.mutedText = QColor(0x30, 0x30, 0x30);
        c.linkLine = Qt::black;
        c.linkLabelText = Qt::black;
        c.labelBackground = QColor(255, 255, 255, 245);
        c.warning = QColor(0xb3, 0x5c, 0x00);
        c.warningText = Qt::black;
        c.contradicts = QColor(0xb0, 0x00, 0x20);
        c.rootCauseBadge = Qt::black;
        c.shadow = Qt::transparent;
        c.kindFillShare = 0.30;
        c.outlineInk = Qt::black;
        c.outlineScale = 1.6;
        break;
    }
    return c;
}

} // namespace faultline
