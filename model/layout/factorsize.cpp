#include "factorsize.h"

#include "model/factor.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace faultline {

namespace {
// Metrics of the canvas's label font (13 px sans): an average glyph is at
// most ~7.2 px wide and a line ~16 px high. The box around the lines is the
// canvas's (widgets/canvas/factoritem.cpp): a caption row of 12 px, a gap
// of 5, 20 of padding, at least 56 high, rounded up to half grid steps (10)
// and the width to whole grid steps (20). Estimating a little large is
// harmless (a wider gap); too small puts drawn boxes on each other.
constexpr double kAverageGlyphWidth = 7.2;
/// A word longer than a line breaks anywhere: its lines are full, so count wide glyphs.
constexpr double kWideGlyphWidth = 13;
constexpr double kLineHeight = 16;
constexpr double kCaptionRow = 12 + 5;
constexpr double kPadding = 20;
constexpr double kMinHeight = 56;
constexpr int kMaxLines = 6; // the canvas elides the rest (canvasstyle::kMaxLabelLines)

double roundUp(double value, double step)
{
    return std::ceil(value / step - 1e-9) * step;
}

int wrappedLineCount(const QString &label, int charsPerLine, int charsPerBrokenLine)
{
    int lines = 0;
    for (const QString &paragraph : label.split(QLatin1Char('\n'))) {
        int used = 0;
        ++lines;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            int length = int(word.size());
            if (used > 0 && used + 1 + length <= charsPerLine) {
                used += 1 + length;
                continue;
            }
            if (used > 0)
                ++lines;
            // Words longer than a line are broken anywhere.
            if (length > charsPerLine) {
                lines += (length - 1) / charsPerBrokenLine;
                length = (length - 1) % charsPerBrokenLine + 1;
            }
            used = length;
        }
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

QSizeF estimatedFactorSize(const Factor &factor, const QString &shapeName)
{
    const int charsPerLine = int(kFactorLabelWrapWidth / kAverageGlyphWidth);
    const int lines = std::min(wrappedLineCount(factor.label.trimmed(), charsPerLine,
                                                int(kFactorLabelWrapWidth / kWideGlyphWidth)),
                               kMaxLines);
    double content = kCaptionRow + lines * kLineHeight;
    // The document shape's wave needs room under the text.
    if (shapeName == QLatin1String("document"))
        content += 11;
    const double height =
        std::max(kFactorBoxMinHeight, roundUp(std::max(kMinHeight, content + kPadding), 10));
    const double width =
        roundUp(kFactorLabelWrapWidth + 2 * factorShapeInset(shapeName, height), 20);
    return QSizeF(width, height);
}

} // namespace faultline
