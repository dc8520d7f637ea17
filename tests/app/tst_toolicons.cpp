// Tool icons are drawn by our own icon engine: at the size and device pixel
// ratio asked for (sharp on high-DPI screens), and in an ink that follows the
// application palette, so they stay visible on a dark tool bar.

#include "../common/darkpalette.h"
#include "widgets/common/toolicons.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QStyle>
#include <QTest>

using namespace faultline;
using namespace faultline::test;

namespace {

/// Mean lightness of the clearly painted pixels of `image`.
int inkLightness(const QImage &image)
{
    qint64 sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() < 200)
                continue;
            sum += c.lightness();
            ++count;
        }
    return count == 0 ? -1 : int(sum / count);
}

} // namespace

class TestToolIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void inkFollowsThePalette()
    {
        QApplication::setPalette(QApplication::style()->standardPalette());
        const QIcon icon = toolIcon(ToolIcon::Find); // a magnifier: ink only, no accent
        const int onLight = inkLightness(icon.pixmap(QSize(48, 48)).toImage());
        QVERIFY2(onLight >= 0 && onLight < 110, qPrintable(QString::number(onLight)));

        QApplication::setPalette(darkPalette());
        const int onDark = inkLightness(icon.pixmap(QSize(48, 48)).toImage());
        QVERIFY2(onDark > 170, qPrintable(QString::number(onDark)));

        QApplication::setPalette(QApplication::style()->standardPalette());
        QCOMPARE(inkLightness(icon.pixmap(QSize(48, 48)).toImage()), onLight);
    }

    void drawnAtTheDevicePixelRatioAskedFor()
    {
        const QIcon icon = toolIcon(ToolIcon::Find);
        const QPixmap twice = icon.pixmap(QSize(24, 24), 2.0);
        QCOMPARE(twice.devicePixelRatio(), 2.0);
        QCOMPARE(twice.size(), QSize(48, 48)); // real pixels, not an upscaled 24-pixel picture
        // Drawn at 48 pixels: the stroke has fully opaque interior pixels that a
        // 24-pixel drawing scaled up by 2 would not have in the same number.
        const QImage sharp = twice.toImage();
        const QImage fromSmall = icon.pixmap(QSize(24, 24), 1.0).toImage().scaled(48, 48);
        QVERIFY(sharp != fromSmall);
        QVERIFY(inkLightness(sharp) >= 0);
    }
};

QTEST_MAIN(TestToolIcons)
#include "tst_toolicons.moc"
