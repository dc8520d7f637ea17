#pragma once

#include "lensoverlayitem.h"
#include "wrappedtext.h"

#include <QColor>
#include <QString>

namespace faultline {

/// A small note card under a factor: a caption ("LEVER", "PATHS") and
/// wrapped plain text. Its origin is the top centre of the card.
class LensNoteItem : public LensOverlayItem
{
public:
    enum
    {
        Type = UserType + 41
    };
    enum class Tone
    {
        Lever,   ///< a lever note (what change would fix it)
        Remains, ///< paths to a behaviour remain after the intervention
        Cut,     ///< every path to a behaviour is cut
    };

    LensNoteItem(const QString &caption, const QString &text, Tone tone, qreal width,
                 const QFont &baseFont);

    int type() const override { return Type; }
    QString caption() const { return m_caption; }
    QString text() const { return m_text; }
    Tone tone() const { return m_tone; }

    QRectF boundingRect() const override { return m_rect.adjusted(-1, -1, 1, 1); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// The accent colour of a tone (also used by the status texts' markers).
    static QColor accent(Tone tone);

private:
    QString m_caption;
    QString m_text;
    Tone m_tone;
    QFont m_captionFont;
    WrappedText m_body;
    QRectF m_rect;
};

} // namespace faultline
