#include "textslide.h"

#include "slidelabel.h"

#include <QVBoxLayout>

namespace faultline {

TextSlide::TextSlide(QWidget *parent)
    : QWidget(parent), m_title(new SlideLabel(QStringLiteral("slideTitle"), this)),
      m_subtitle(new SlideLabel(QStringLiteral("slideSubtitle"), this)),
      m_body(new SlideLabel(QStringLiteral("slideBody"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_body);
    layout->addStretch(2);
}

void TextSlide::setContent(const QString &title, const QString &subtitle, const QString &body)
{
    m_title->setSlideText(title);
    m_subtitle->setSlideText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
    m_body->setSlideText(body);
    m_body->setVisible(!body.isEmpty());
}

QString TextSlide::text() const
{
    return QStringList{m_title->text(), m_subtitle->text(), m_body->text()}.join(QLatin1Char('\n'));
}

} // namespace faultline
