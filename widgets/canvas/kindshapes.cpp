#include "kindshapes.h"

#include "model/layout/factorsize.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QPolygonF>

#include <algorithm>

namespace faultline {

namespace {
// Slant of hexagon points, parallelogram and trapezoid sides: proportional
// to the height so tall boxes keep the same look, but capped so narrow
// boxes keep room for text.
qreal slant(const QRectF &r)
{
    return std::min(r.height() * 0.32, r.width() * 0.18);
}

QPainterPath polygonPath(const QList<QPointF> &points)
{
    QPainterPath path;
    path.addPolygon(QPolygonF(points));
    path.closeSubpath();
    return path;
}
} // namespace

QPainterPath kindShapePath(const QString &shapeName, const QRectF &r)
{
    const qreal l = r.left(), t = r.top(), rt = r.right(), b = r.bottom();
    const qreal cy = r.center().y();
    if (shapeName == QLatin1String("hexagon")) {
        const qreal s = slant(r);
        return polygonPath({{l, cy}, {l + s, t}, {rt - s, t}, {rt, cy}, {rt - s, b}, {l + s, b}});
    }
    if (shapeName == QLatin1String("rounded")) {
        QPainterPath path;
        // Generous corners so "rounded" never reads as the plain rectangle in print.
        const qreal radius = std::min(15.0, std::min(r.width(), r.height()) * 0.26);
        path.addRoundedRect(r, radius, radius);
        return path;
    }
    if (shapeName == QLatin1String("stadium")) {
        QPainterPath path;
        const qreal radius = std::min(r.width(), r.height()) / 2;
        path.addRoundedRect(r, radius, radius);
        return path;
    }
    if (shapeName == QLatin1String("parallelogram")) {
        const qreal s = slant(r);
        return polygonPath({{l + s, t}, {rt, t}, {rt - s, b}, {l, b}});
    }
    if (shapeName == QLatin1String("trapezoid")) {
        const qreal s = slant(r);
        return polygonPath({{l + s, t}, {rt - s, t}, {rt, b}, {l, b}});
    }
    if (shapeName == QLatin1String("octagon")) {
        const qreal c = std::min(r.width(), r.height()) * 0.28;
        return polygonPath({{l + c, t},
                            {rt - c, t},
                            {rt, t + c},
                            {rt, b - c},
                            {rt - c, b},
                            {l + c, b},
                            {l, b - c},
                            {l, t + c}});
    }
    if (shapeName == QLatin1String("document")) {
        // A sheet with a wavy lower edge, the flowchart "document" symbol.
        const qreal wave = std::min(r.height() * 0.14, 9.0);
        QPainterPath path(QPointF(l, t));
        path.lineTo(rt, t);
        path.lineTo(rt, b - wave);
        path.cubicTo(QPointF(rt - r.width() * 0.25, b - 3 * wave),
                     QPointF(l + r.width() * 0.35, b + wave), QPointF(l, b - wave * 0.6));
        path.closeSubpath();
        return path;
    }
    QPainterPath path;
    path.addRect(r);
    return path;
}

qreal kindShapeHorizontalInset(const QString &shapeName, qreal height)
{
    // The layout's box size estimate uses the same insets (model/layout/factorsize.h).
    return factorShapeInset(shapeName, height);
}

qreal kindShapeBottomInset(const QString &shapeName, qreal height)
{
    if (shapeName == QLatin1String("document"))
        return std::min(height * 0.14, 9.0) + 2;
    return 0;
}

QColor kindFillColor(const QColor &kindColor)
{
    // 84 % white over the kind colour: light enough for dark text, still
    // telling the kinds apart.
    const QColor c = kindColor.toRgb();
    const auto mix = [](int v) { return int(v * 0.16 + 255 * 0.84); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

QColor kindOutlineColor(const QColor &kindColor)
{
    return kindColor.toRgb().darker(135);
}

QIcon kindIcon(const KindStyle &style)
{
    // Lists show one icon per factor, so the same few pictures are asked for
    // hundreds of times (a 100-factor file painted 400 pixmaps at start-up).
    // The picture depends on the colour and the shape only; icons share data.
    // Only the GUI thread paints pixmaps, so the cache needs no lock.
    static QHash<QString, QIcon> cache;
    const QString key = style.color.name(QColor::HexArgb) + QLatin1Char(' ') + style.shape;
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal w = size * 0.92, h = size * 0.66;
        const QRectF rect((size - w) / 2, (size - h) / 2, w, h);
        painter.setBrush(kindFillColor(style.color).darker(108));
        painter.setPen(QPen(kindOutlineColor(style.color), std::max(1.0, size / 14.0)));
        painter.drawPath(kindShapePath(style.shape, rect.adjusted(0.5, 0.5, -0.5, -0.5)));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace faultline
