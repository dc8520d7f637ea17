#include "exportoptions.h"

#include <QSettings>

#include <algorithm>

namespace faultline {

namespace {
constexpr qreal kUnitsPerMm = 96 / 25.4;

template <typename Enum> Enum enumFrom(const QVariant &value, Enum fallback, int count)
{
    bool ok = false;
    const int v = value.toInt(&ok);
    return ok && v >= 0 && v < count ? Enum(v) : fallback;
}
} // namespace

QString exportFormatId(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return QStringLiteral("pdf");
}

QString pageFormatId(PageFormat page)
{
    switch (page) {
    case PageFormat::Slide:
        return QStringLiteral("slide");
    case PageFormat::A4Landscape:
        return QStringLiteral("a4");
    case PageFormat::A4Portrait:
        return QStringLiteral("a4-portrait");
    case PageFormat::FitContent:
        return QStringLiteral("fit");
    }
    return QStringLiteral("slide");
}

QString ExportOptions::suffix() const
{
    return exportFormatId(format);
}

QSizeF ExportOptions::fixedPageSize() const
{
    if (format == ExportFormat::Png && pixelSize.isValid() && !pixelSize.isEmpty()) {
        // A fixed pixel size sets the aspect ratio; the layout stays a
        // slide-like 1280 units wide so text sizes look the same at any resolution.
        return QSizeF(1280, 1280.0 * pixelSize.height() / pixelSize.width());
    }
    switch (page) {
    case PageFormat::Slide:
        return QSizeF(1280, 720);
    case PageFormat::A4Landscape:
        return QSizeF(297 * kUnitsPerMm, 210 * kUnitsPerMm);
    case PageFormat::A4Portrait:
        return QSizeF(210 * kUnitsPerMm, 297 * kUnitsPerMm);
    case PageFormat::FitContent:
        break;
    }
    return {};
}

void ExportOptions::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("export"));
    settings.setValue(QStringLiteral("format"), int(format));
    settings.setValue(QStringLiteral("scope"), int(scope));
    settings.setValue(QStringLiteral("page"), int(page));
    settings.setValue(QStringLiteral("theme"), canvasThemeId(theme));
    settings.setValue(QStringLiteral("legend"), legend);
    settings.setValue(QStringLiteral("legendPosition"), int(legendPosition));
    settings.setValue(QStringLiteral("title"), title);
    settings.setValue(QStringLiteral("references"), references);
    settings.setValue(QStringLiteral("margin"), margin);
    settings.setValue(QStringLiteral("dpi"), dpi);
    settings.setValue(QStringLiteral("pixelSize"), pixelSize);
    settings.setValue(QStringLiteral("transparent"), transparent);
    settings.setValue(QStringLiteral("singlePdf"), singlePdf);
    settings.setValue(QStringLiteral("lens"), lens);
    settings.setValue(QStringLiteral("diffStyling"), diffStyling);
    settings.setValue(QStringLiteral("cruxes"), cruxes);
    settings.setValue(QStringLiteral("annotations"), annotations);
    settings.endGroup();
}

ExportOptions ExportOptions::load(QSettings &settings)
{
    ExportOptions o;
    settings.beginGroup(QStringLiteral("export"));
    o.format = enumFrom(settings.value(QStringLiteral("format")), o.format, 3);
    o.scope = enumFrom(settings.value(QStringLiteral("scope")), o.scope, 4);
    o.page = enumFrom(settings.value(QStringLiteral("page")), o.page, 4);
    o.theme =
        canvasThemeFromId(settings.value(QStringLiteral("theme")).toString()).value_or(o.theme);
    o.legend = settings.value(QStringLiteral("legend"), o.legend).toBool();
    o.legendPosition =
        enumFrom(settings.value(QStringLiteral("legendPosition")), o.legendPosition, 2);
    o.title = settings.value(QStringLiteral("title"), o.title).toBool();
    o.references = settings.value(QStringLiteral("references"), o.references).toBool();
    o.margin = std::clamp(settings.value(QStringLiteral("margin"), o.margin).toReal(), 0.0, 200.0);
    o.dpi = std::clamp(settings.value(QStringLiteral("dpi"), o.dpi).toReal(), 24.0, 1200.0);
    o.pixelSize = settings.value(QStringLiteral("pixelSize")).toSize();
    o.transparent = settings.value(QStringLiteral("transparent"), o.transparent).toBool();
    o.singlePdf = settings.value(QStringLiteral("singlePdf"), o.singlePdf).toBool();
    o.lens = settings.value(QStringLiteral("lens"), o.lens).toString();
    o.diffStyling = settings.value(QStringLiteral("diffStyling"), o.diffStyling).toBool();
    o.cruxes = settings.value(QStringLiteral("cruxes"), o.cruxes).toBool();
    o.annotations = settings.value(QStringLiteral("annotations"), o.annotations).toBool();
    settings.endGroup();
    return o;
}

} // namespace faultline
