#include "textslide.h"

#include <QLabel>
#include <QVBoxLayout>

namespace faultline {

TextSlide::TextSlide(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_body(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("slideTitle"));
    m_subtitle->setObjectName(QStringLiteral("slideSubtitle"));
    m_body->setObjectName(QStringLiteral("slideBody"));
    for (QLabel *label : {m_title, m_subtitle, m_body}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
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
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
    m_body->setText(body);
    m_body->setVisible(!body.isEmpty());
}

QString TextSlide::text() const
{
    return QStringList{m_title->text(), m_subtitle->text(), m_body->text()}.join(QLatin1Char('\n'));
}

} // namespace faultline
