#include "widgets/common/lensswitch.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace faultline {

LensSwitch::LensSwitch(QActionGroup *lenses, QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("lensSwitch"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 2, 0);
    layout->setSpacing(0);
    m_label->setTextFormat(Qt::PlainText);
    layout->addWidget(m_label);
    layout->addSpacing(4);
    for (QAction *action : lenses->actions()) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("lensButton_") + action->data().toString());
        // Text only: the icon text is the short lens name ("Levers"), the
        // menu keeps the long one.
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setDefaultAction(action);
        button->setAutoRaise(false);
        button->setFocusPolicy(Qt::TabFocus);
        layout->addWidget(button);
        m_buttons.append(button);
    }
    retranslate();
}

void LensSwitch::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LensSwitch::retranslate()
{
    m_label->setText(tr("Lens:"));
    setAccessibleName(tr("Lens"));
}

} // namespace faultline
