#pragma once

#include "canvastheme.h"

#include <QHash>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QSettings;

namespace faultline {

enum class ExportFormat
{
    Png,
    Svg,
    Pdf
};
/// What goes on the page(s).
enum class ExportScope
{
    Current,   ///< one interpretation
    Selection, ///< the selected factors of one interpretation and the links among them
    All,       ///< every interpretation: one file each, or one page each of a PDF
    Compare,   ///< 2–3 interpretations side by side on one page
};
enum class PageFormat
{
    Slide, ///< 16:9, 13.33 × 7.5 in (the common presentation size)
    A4Landscape,
    A4Portrait,
    FitContent, ///< the diagram at its natural size plus margins
};
enum class LegendPosition
{
    Right,
    Bottom
};

/// Every choice of an export, shared by the dialog, the clipboard and the
/// command line. Lengths are layout units of 1/96 inch (CSS pixels), the
/// unit the canvas draws in.
struct ExportOptions
{
    ExportFormat format = ExportFormat::Pdf;
    ExportScope scope = ExportScope::Current;
    /// Current/Selection: the first; Compare: 2–3; All: ignored (every interpretation).
    QStringList interpretationIds;
    PageFormat page = PageFormat::Slide;
    CanvasTheme theme = CanvasTheme::Light;
    bool legend = true;
    LegendPosition legendPosition = LegendPosition::Right;
    bool title = true;
    QString titleText; ///< empty: the incident's title
    bool references = false;
    qreal margin = 32;
    /// PNG: dots per inch (96 = one pixel per layout unit) unless pixelSize is set.
    qreal dpi = 192;
    /// PNG: exact output size (e.g. 1920×1080); the page takes its aspect ratio.
    QSize pixelSize;
    bool transparent = false;               ///< PNG: no page background
    bool singlePdf = true;                  ///< All + PDF: one file with a page per interpretation
    QString lens = QStringLiteral("plain"); ///< a lens id (model/analysis/lens.h)
    /// Levers lens what-if: factor ids intervened on, per interpretation id,
    /// as the editor shows them. Never remembered between sessions.
    QHash<QString, QStringList> interventions;
    bool diffStyling = true; ///< Compare: highlight what only one reading has, ghost what it lacks
    /// Compare: the numbered crux list on the slide, or on a following page when it is long.
    bool cruxes = false;
    /// Editing aids (a "0" badge on a link without evidence, diagnostics) drawn too.
    bool annotations = false;

    /// File name suffix of the format, without the dot.
    QString suffix() const;
    /// Page size in layout units, or an empty size for FitContent.
    QSizeF fixedPageSize() const;

    /// Remembered between sessions (QSettings group "export").
    void save(QSettings &settings) const;
    static ExportOptions load(QSettings &settings);
};

QString exportFormatId(ExportFormat format);
QString pageFormatId(PageFormat page);

} // namespace faultline
