#include "factorsize.h"

#include "model/factor.h"

#include <QStringList>

#include <algorithm>

namespace faultline {

namespace {
// Metrics of the canvas's default label font (about 10 pt sans): an average
// glyph is ~6.3 pt wide and a line ~15 pt high. Padding leaves room for the
// shape outline and the kind icon line.
constexpr double kHorizontalPadding = 14;
constexpr double kAverageGlyphWidth = 6.3;
constexpr double kLineHeight = 15;
constexpr double kVerticalPadding = 30;
constexpr int kMaxLines = 8; // the canvas elides the rest

int wrappedLineCount(const QString &label, int charsPerLine)
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
            while (length > charsPerLine) {
                ++lines;
                length -= charsPerLine;
            }
            used = length;
        }
    }
    return lines;
}
} // namespace

QSizeF estimatedFactorSize(const Factor &factor)
{
    const int charsPerLine = int((kFactorBoxWidth - 2 * kHorizontalPadding) / kAverageGlyphWidth);
    const int lines = std::min(wrappedLineCount(factor.label.trimmed(), charsPerLine), kMaxLines);
    return QSizeF(kFactorBoxWidth,
                  std::max(kFactorBoxMinHeight, kVerticalPadding + lines * kLineHeight));
}

} // namespace faultline
