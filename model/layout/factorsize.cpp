#include "factorsize.h"

#include "model/factor.h"

#include <QList>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace faultline {

namespace {
// Metrics of the canvas's label font (13 px sans), taken on the large side:
// glyphs up to ~7.2 px wide, capitals ~9.5, the widest (m, w) 13, a space
// 4.2, a line ~16 px high. The box around the lines is the canvas's
// (widgets/canvas/factoritem.cpp): a caption row of 12 px, a gap of 5, 20 of
// padding, at least 56 high, rounded up to half grid steps (10) and the width
// to whole grid steps (20). Estimating a little large is harmless (a wider
// gap); too small puts drawn boxes on each other.
constexpr double kGlyphWidth = 7.2;
constexpr double kCapitalWidth = 9.5;
constexpr double kWideGlyphWidth = 13;
constexpr double kSpaceWidth = 4.2;
constexpr double kLineHeight = 16;
constexpr double kCaptionRow = 12 + 5;
constexpr double kPadding = 20;
constexpr double kMinHeight = 56;
constexpr int kMaxLines = 6; // the canvas elides the rest (canvasstyle::kMaxLabelLines)
/// The kind caption: 9 px capitals with letter spacing after a 13 px icon and a gap of 4.
constexpr double kCaptionGlyphWidth = 7.4;
constexpr double kCaptionIcon = 13 + 4;

double roundUp(double value, double step)
{
    return std::ceil(value / step - 1e-9) * step;
}

double glyphWidth(QChar c)
{
    if (c == QLatin1Char('m') || c == QLatin1Char('w') || c == QLatin1Char('M') ||
        c == QLatin1Char('W'))
        return kWideGlyphWidth;
    return c.isUpper() || c.isDigit() ? kCapitalWidth : kGlyphWidth;
}

/// The estimated width of each line `label` wraps into at kFactorLabelWrapWidth:
/// at spaces, and anywhere in a word longer than a line (as the canvas does).
QList<double> wrappedLines(const QString &label)
{
    QList<double> lines;
    for (const QString &paragraph : label.split(QLatin1Char('\n'))) {
        double used = 0;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            double width = 0;
            for (const QChar c : word)
                width += glyphWidth(c);
            if (used > 0 && used + kSpaceWidth + width <= kFactorLabelWrapWidth) {
                used += kSpaceWidth + width;
                continue;
            }
            if (used > 0)
                lines.append(used);
            used = 0;
            for (const QChar c : word) {
                if (used + glyphWidth(c) > kFactorLabelWrapWidth) {
                    lines.append(used);
                    used = 0;
                }
                used += glyphWidth(c);
            }
        }
        lines.append(used);
    }
    return lines;
}
} // namespace

double factorShapeInset(const QString &shapeName, double height)
{
    // Text sits in the middle third vertically, so a slanted side takes away
    // about two thirds of its slant there.
    const double s = height * 0.32;
    if (shapeName == QLatin1String("hexagon"))
        return s * 0.7 + 6;
    if (shapeName == QLatin1String("parallelogram") || shapeName == QLatin1String("trapezoid"))
        return s * 0.8 + 6;
    if (shapeName == QLatin1String("stadium"))
        return height * 0.3 + 6;
    if (shapeName == QLatin1String("octagon"))
        return height * 0.14 + 8;
    return 10;
}

QSizeF estimatedFactorSize(const Factor &factor, const QString &shapeName, const QString &caption)
{
    const QList<double> lines = wrappedLines(factor.label.trimmed()).mid(0, kMaxLines);
    double content = kCaptionRow + lines.size() * kLineHeight;
    // The document shape's wave needs room under the text.
    if (shapeName == QLatin1String("document"))
        content += 11;
    const double height =
        std::max(kFactorBoxMinHeight, roundUp(std::max(kMinHeight, content + kPadding), 10));
    // The widest of: the label, the kind caption (icon, gap, capitals), the
    // narrowest label area. Where the canvas breaks a longer label depends on
    // glyph widths this estimate does not know: a label of several lines may
    // fill the whole wrap width; only a one-line label has its own estimated width.
    const double label = lines.size() > 1 ? kFactorLabelWrapWidth : lines.first();
    const double text = std::max(
        {kFactorMinLabelWidth, label, kCaptionIcon + int(caption.size()) * kCaptionGlyphWidth});
    return QSizeF(roundUp(text + 2 * factorShapeInset(shapeName, height), 20), height);
}

} // namespace faultline
