#include "canvasmeasure.h"

#include "canvasstyle.h"
#include "kindshapes.h"

namespace faultline {

namespace {
QFont italic(QFont font)
{
    font.setItalic(true);
    return font;
}

QFont linkLabelFont(QFont base)
{
    base.setPixelSize(11);
    return base;
}
} // namespace

CanvasMeasure::Fonts::Fonts(const QFont &base)
    : label(canvasstyle::labelFont(base)), italicLabel(italic(label)),
      caption(canvasstyle::captionFont(base)), badge(canvasstyle::badgeFont(base)),
      linkLabel(linkLabelFont(base)), labelMetrics(label), captionMetrics(caption),
      badgeMetrics(badge), linkLabelMetrics(linkLabel)
{
}

const CanvasMeasure::Fonts &CanvasMeasure::fonts(const QFont &base)
{
    if (!m_fonts)
        m_fonts = std::make_unique<Fonts>(base);
    return *m_fonts;
}

qreal CanvasMeasure::captionWidth(const QFont &base, const QString &kindName)
{
    auto it = m_captionWidths.constFind(kindName);
    if (it == m_captionWidths.cend())
        it = m_captionWidths.insert(
            kindName, fonts(base).captionMetrics.horizontalAdvance(kindName.toUpper()));
    return it.value();
}

QPainterPath CanvasMeasure::outline(const QString &shapeName, const QRectF &rect)
{
    // Boxes are sized in half grid steps, so a diagram has few distinct rects.
    const OutlineKey key{shapeName, rect};
    auto it = m_outlines.constFind(key);
    if (it == m_outlines.cend())
        it = m_outlines.insert(key, kindShapePath(shapeName, rect));
    return it.value();
}

void CanvasMeasure::reset()
{
    m_fonts.reset();
    m_captionWidths.clear();
    m_outlines.clear();
}

} // namespace faultline
