#include "noticebar.h"

#include <QEvent>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSizePolicy>

namespace faultline {

NoticeBar::NoticeBar(const QString &objectName, QWidget *parent)
    : QToolBar(parent), m_label(new QLabel(this))
{
    setObjectName(objectName);
    // A notice, not a tool bar: it stays where it is and has no context menu entry.
    setMovable(false);
    setFloatable(false);
    toggleViewAction()->setVisible(false);
    setContextMenuPolicy(Qt::PreventContextMenu);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_label->setContentsMargins(6, 0, 12, 0);
    addWidget(m_label);
    hide();
}

void NoticeBar::showNotice(const QString &message, const QList<Choice> &choices)
{
    m_notice = nullptr;
    present({message, choices});
}

void NoticeBar::showNotice(const std::function<Notice()> &notice)
{
    m_notice = notice;
    present(m_notice());
}

void NoticeBar::changeEvent(QEvent *event)
{
    // Only a shown notice is rebuilt: a hidden one is never seen again.
    if (event->type() == QEvent::LanguageChange && m_notice && !isHidden())
        present(m_notice());
    QToolBar::changeEvent(event);
}

void NoticeBar::present(const Notice &notice)
{
    for (QAction *action : std::as_const(m_choiceActions)) {
        removeAction(action);
        // Later, not now: this may run inside the click handler of one of
        // these buttons. The widget action deletes its button with it.
        action->deleteLater();
    }
    m_choiceActions.clear();
    m_label->setText(notice.message);
    for (const Choice &choice : notice.choices) {
        auto *button = new QPushButton(choice.text, this);
        button->setObjectName(choice.objectName);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, action = choice.action] {
            // The action may show the next notice in this bar, which retires
            // this button: keep a copy of the action, not a reference.
            hide();
            if (action)
                action();
        });
        m_choiceActions.append(addWidget(button));
    }
    show();
}

void NoticeBar::dismiss()
{
    hide();
}

QString NoticeBar::message() const
{
    return m_label->text();
}

} // namespace faultline
