#include "slidelabel.h"

namespace faultline {

SlideLabel::SlideLabel(const QString &objectName, QWidget *parent) : QLabel(parent)
{
    setObjectName(objectName);
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

void SlideLabel::setSlideText(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace faultline
