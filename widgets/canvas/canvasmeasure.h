#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPainterPath>
#include <QRectF>
#include <QString>

#include <memory>

namespace faultline {

/// Fonts, font metrics and box outlines a scene's items share. Building a
/// QFont and a QFontMetricsF per item (and per paint) and re-making the same
/// outline path for every box of the same kind and size made up much of the
/// cost of building a large scene; here each is made once per scene and
/// distinct value. Reset when the scene's font changes.
class CanvasMeasure
{
public:
    struct Fonts
    {
        explicit Fonts(const QFont &base);
        QFont label;
        QFont italicLabel; ///< the "(no label)" placeholder
        QFont caption;
        QFont badge;
        QFont linkLabel;
        QFontMetricsF labelMetrics;
        QFontMetricsF captionMetrics;
        QFontMetricsF badgeMetrics;
        QFontMetricsF linkLabelMetrics;
    };

    /// Fonts derived from `base` (the scene's font), made on first use.
    const Fonts &fonts(const QFont &base);
    /// Width of a kind caption as painted (upper case, caption font).
    qreal captionWidth(const QFont &base, const QString &kindName);
    /// kindShapePath(shape, rect), shared between boxes of equal shape and rect.
    QPainterPath outline(const QString &shapeName, const QRectF &rect);
    /// Forget everything (the scene's font changed).
    void reset();

private:
    struct OutlineKey
    {
        QString shape;
        QRectF rect;
        bool operator==(const OutlineKey &other) const
        {
            return shape == other.shape && rect == other.rect;
        }
        friend size_t qHash(const OutlineKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.shape, key.rect.x(), key.rect.y(), key.rect.width(),
                              key.rect.height());
        }
    };

    std::unique_ptr<Fonts> m_fonts;
    QHash<QString, qreal> m_captionWidths;
    QHash<OutlineKey, QPainterPath> m_outlines;
};

} // namespace faultline
