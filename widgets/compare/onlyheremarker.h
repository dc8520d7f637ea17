#pragma once

#include <QCoreApplication>
#include <QGraphicsItem>

namespace faultline {

/// A small "only here" tag at a factor's corner or on a link of a compare
/// column: marks an element no other compared reading has. Deliberately
/// quiet (a thin outlined pill in the diff colour) so that a column with many
/// unique elements does not shout; the selected crux is what gets a halo.
class OnlyHereMarker : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(OnlyHereMarker)
public:
    enum
    {
        Type = UserType + 40
    };
    /// A tag with text (for factors) or a dot (for links, where text would
    /// compete with the evidence badge), centred at `anchor`.
    OnlyHereMarker(const QPointF &anchor, bool withText);

    int type() const override { return Type; }
    /// A factor's tag (with words), not a link's dot.
    bool isForFactor() const { return m_withText; }
    /// Re-reads the tag's words and tooltip in the current language (a scene
    /// item gets no LanguageChange event: the compare scenes call this).
    void retranslate();
    /// The colour used for "only in this reading" (legend, headers).
    static QColor color();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_box;
    bool m_withText;
};

} // namespace faultline
