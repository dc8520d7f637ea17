#pragma once

#include "lensoverlayitem.h"

#include <QFont>
#include <QPainterPath>

namespace faultline {

/// Levers lens: marks a factor the user intervened on (the what-if "fix
/// this") with a frame around its box and an "INTERVENED" tag. Origin at
/// the factor's centre.
class InterventionMarkItem : public LensOverlayItem
{
public:
    enum
    {
        Type = UserType + 43
    };

    /// `outline`: the factor's box outline in the factor's coordinates.
    InterventionMarkItem(const QPainterPath &outline, const QFont &baseFont);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static QColor color();

private:
    QRectF tagRect() const;

    QPainterPath m_frame;
    QFont m_font;
    QString m_text;
};

} // namespace faultline
