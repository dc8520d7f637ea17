#include "widgets/common/toolicons.h"

#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <array>

namespace faultline {

namespace {
/// Ink on a light and on a dark tool bar (the application palette decides).
const QColor kInk(0x3b, 0x43, 0x50);
const QColor kInkOnDark(0xd8, 0xdc, 0xe2);
const QColor kAccent(0x2f, 0x7d, 0xf6);

void drawMagnifier(QPainter &p)
{
    p.drawEllipse(QPointF(10, 10), 6, 6);
    p.drawLine(QPointF(14.5, 14.5), QPointF(20, 20));
}

void drawArrowCurve(QPainter &p, bool redo)
{
    // A hooked arrow; redo is the mirror image of undo.
    if (redo) {
        p.translate(24, 0);
        p.scale(-1, 1);
    }
    QPainterPath path;
    path.moveTo(6, 9);
    path.lineTo(15, 9);
    path.cubicTo(22, 9, 22, 19, 15, 19);
    path.lineTo(9, 19);
    p.drawPath(path);
    p.drawLine(QPointF(6, 9), QPointF(10, 5));
    p.drawLine(QPointF(6, 9), QPointF(10, 13));
}

void drawPage(QPainter &p)
{
    QPainterPath page;
    page.moveTo(6, 3);
    page.lineTo(14, 3);
    page.lineTo(19, 8);
    page.lineTo(19, 21);
    page.lineTo(6, 21);
    page.closeSubpath();
    p.drawPath(page);
    p.drawPolyline(QPolygonF({QPointF(14, 3), QPointF(14, 8), QPointF(19, 8)}));
}

void draw(QPainter &p, ToolIcon which)
{
    switch (which) {
    case ToolIcon::New:
        drawPage(p);
        p.setPen(QPen(kAccent, 1.8, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(12.5, 11), QPointF(12.5, 18));
        p.drawLine(QPointF(9, 14.5), QPointF(16, 14.5));
        break;
    case ToolIcon::Open: {
        QPainterPath folder;
        folder.moveTo(3, 6);
        folder.lineTo(9, 6);
        folder.lineTo(11, 8);
        folder.lineTo(20, 8);
        folder.lineTo(20, 19);
        folder.lineTo(3, 19);
        folder.closeSubpath();
        p.drawPath(folder);
        p.drawLine(QPointF(3, 11), QPointF(20, 11));
        break;
    }
    case ToolIcon::Save:
        p.drawRoundedRect(QRectF(4, 4, 16, 16), 2, 2);
        p.drawRect(QRectF(8, 4, 8, 5));
        p.drawRect(QRectF(7, 13, 10, 7));
        break;
    case ToolIcon::Undo:
        drawArrowCurve(p, false);
        break;
    case ToolIcon::Redo:
        drawArrowCurve(p, true);
        break;
    case ToolIcon::Cut:
        p.drawEllipse(QPointF(7, 17), 3, 3);
        p.drawEllipse(QPointF(17, 17), 3, 3);
        p.drawLine(QPointF(9, 15), QPointF(17, 4));
        p.drawLine(QPointF(15, 15), QPointF(7, 4));
        break;
    case ToolIcon::Copy:
        p.drawRoundedRect(QRectF(8, 8, 12, 13), 2, 2);
        p.drawPolyline(QPolygonF(
            {QPointF(5, 16), QPointF(4, 16), QPointF(4, 3), QPointF(15, 3), QPointF(15, 5)}));
        break;
    case ToolIcon::Paste:
        p.drawRoundedRect(QRectF(5, 5, 14, 16), 2, 2);
        p.drawRoundedRect(QRectF(9, 3, 6, 4), 1, 1);
        p.drawLine(QPointF(8, 12), QPointF(16, 12));
        p.drawLine(QPointF(8, 16), QPointF(14, 16));
        break;
    case ToolIcon::Delete:
        p.drawLine(QPointF(4, 6), QPointF(20, 6));
        p.drawLine(QPointF(10, 3.5), QPointF(14, 3.5));
        p.drawPolyline(QPolygonF({QPointF(6, 6), QPointF(7, 21), QPointF(17, 21), QPointF(18, 6)}));
        p.drawLine(QPointF(10, 10), QPointF(10, 17));
        p.drawLine(QPointF(14, 10), QPointF(14, 17));
        break;
    case ToolIcon::Find:
        drawMagnifier(p);
        break;
    case ToolIcon::ZoomIn:
        drawMagnifier(p);
        p.drawLine(QPointF(7, 10), QPointF(13, 10));
        p.drawLine(QPointF(10, 7), QPointF(10, 13));
        break;
    case ToolIcon::ZoomOut:
        drawMagnifier(p);
        p.drawLine(QPointF(7, 10), QPointF(13, 10));
        break;
    case ToolIcon::ZoomFit:
        static constexpr std::array<std::array<qreal, 4>, 4> corners{
            {{3, 3, 1, 1}, {21, 3, -1, 1}, {3, 21, 1, -1}, {21, 21, -1, -1}}};
        for (const auto &[x, y, dx, dy] : corners) {
            p.drawLine(QPointF(x, y), QPointF(x + 5 * dx, y));
            p.drawLine(QPointF(x, y), QPointF(x, y + 5 * dy));
        }
        p.drawRoundedRect(QRectF(8, 8, 8, 8), 1.5, 1.5);
        break;
    case ToolIcon::ZoomReset: {
        QFont font;
        font.setPixelSize(9);
        font.setBold(true);
        p.setFont(font);
        p.drawRoundedRect(QRectF(2.5, 5, 19, 14), 2, 2);
        p.drawText(QRectF(2.5, 5, 19, 14), Qt::AlignCenter, QStringLiteral("1:1"));
        break;
    }
    case ToolIcon::Snap:
        p.setPen(QPen(p.pen().color(), 1.2)); // the ink render() set
        for (int i = 0; i < 4; ++i)
            for (int j = 0; j < 4; ++j)
                p.drawPoint(QPointF(4.5 + i * 5, 4.5 + j * 5));
        p.setPen(QPen(kAccent, 1.8));
        p.drawRoundedRect(QRectF(9.5, 9.5, 5, 5), 1, 1);
        break;
    case ToolIcon::Connect: {
        p.drawRoundedRect(QRectF(2, 4, 7, 6), 1.5, 1.5);
        p.drawRoundedRect(QRectF(15, 14, 7, 6), 1.5, 1.5);
        p.setPen(QPen(kAccent, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QPainterPath path;
        path.moveTo(9, 7);
        path.cubicTo(14, 7, 11, 17, 15, 17);
        p.drawPath(path);
        p.drawLine(QPointF(15, 17), QPointF(12, 14.5));
        p.drawLine(QPointF(15, 17), QPointF(12, 19.5));
        break;
    }
    case ToolIcon::Rename:
        p.drawLine(QPointF(5, 19), QPointF(19, 5));
        p.drawLine(QPointF(16, 4), QPointF(20, 8));
        p.drawLine(QPointF(4, 20), QPointF(8, 20));
        break;
    case ToolIcon::AddInterpretation:
        p.drawRoundedRect(QRectF(3, 6, 18, 14), 2, 2);
        p.drawLine(QPointF(3, 10), QPointF(11, 10));
        p.setPen(QPen(kAccent, 1.8, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(16, 12), QPointF(16, 18));
        p.drawLine(QPointF(13, 15), QPointF(19, 15));
        break;
    }
}
} // namespace

namespace {
QPixmap render(ToolIcon which, int size, const QColor &ink)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 24.0, size / 24.0);
    painter.setPen(QPen(ink, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    draw(painter, which);
    painter.end();
    return pixmap;
}

/// Draws a tool icon at the size asked for, when it is first asked for: a
/// window makes some forty icons at start-up and shows a few sizes of a few.
class ToolIconEngine : public QIconEngine
{
public:
    explicit ToolIconEngine(ToolIcon which) : m_which(which) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        // Drawn for the device's pixels, so a high-DPI screen gets a sharp icon.
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size() * ratio, mode, state, ratio));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        // QIcon::pixmap(size, dpr) in Qt 6.4 passes the size already in device
        // pixels (24 at 2x arrives as 48 with scale 2): multiplying again drew
        // every high-DPI icon at four times the pixels it needs.
        const int side = qMax(1, qMin(size.width(), size.height()));
        // Asked again after a palette change (the desktop going dark), so the ink follows it.
        const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
        const quint64 key = (quint64(side) << 9) | (quint64(dark) << 8) | quint64(mode);
        auto cached = m_cache.constFind(key);
        if (cached != m_cache.cend())
            return *cached;
        QPixmap pixmap = render(m_which, side, dark ? kInkOnDark : kInk);
        // Disabled and selected looks come from the style, as for any pixmap icon.
        if (mode != QIcon::Normal)
            pixmap = QIcon(pixmap).pixmap(QSize(side, side), mode);
        pixmap.setDevicePixelRatio(scale);
        m_cache.insert(key, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return QSize(side, side);
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {QSize(16, 16), QSize(24, 24), QSize(32, 32), QSize(48, 48)};
    }

    QIconEngine *clone() const override { return new ToolIconEngine(*this); }
    QString key() const override { return QStringLiteral("faultline-tool-icon"); }

private:
    ToolIcon m_which;
    QHash<quint64, QPixmap> m_cache;
};
} // namespace

QIcon toolIcon(ToolIcon which)
{
    return QIcon(new ToolIconEngine(which));
}

} // namespace faultline
