#pragma once

#include "lensoverlayitem.h"
#include "wrappedtext.h"

#include <QString>

namespace faultline {

/// Gaps lens: a factor's actual and ideal state side by side under its box.
/// Its origin is the top centre of the card.
class GapOverlayItem : public LensOverlayItem
{
public:
    enum
    {
        Type = UserType + 42
    };

    GapOverlayItem(const QString &actual, const QString &ideal, qreal width, const QFont &baseFont);

    int type() const override { return Type; }
    QString actualText() const { return m_actualText; }
    QString idealText() const { return m_idealText; }

    QRectF boundingRect() const override { return m_rect.adjusted(-1, -1, 1, 1); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static QColor actualColor();
    static QColor idealColor();

private:
    QString m_actualText;
    QString m_idealText;
    QFont m_captionFont;
    WrappedText m_actual;
    WrappedText m_ideal;
    QRectF m_rect;
};

} // namespace faultline
