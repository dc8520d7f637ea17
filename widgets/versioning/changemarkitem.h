#pragma once

#include "widgets/lens/lensoverlayitem.h"

#include <QFont>

namespace faultline {

/// Compare with a file or version: one round mark on a factor or link that
/// was added (+) or changed (~) since that version, or where one was removed (−).
/// Origin at its centre.
class ChangeMarkItem : public LensOverlayItem
{
public:
    enum
    {
        Type = UserType + 60
    };
    enum class Kind
    {
        Added,
        Changed,
        Removed,
    };

    ChangeMarkItem(Kind kind, const QString &toolTip, const QFont &baseFont);

    int type() const override { return Type; }
    Kind kind() const { return m_kind; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Kind m_kind;
    QFont m_font;
};

} // namespace faultline
