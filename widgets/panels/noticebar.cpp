#include "noticebar.h"

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
    for (QAction *action : std::as_const(m_choiceActions)) {
        removeAction(action);
        // Later, not now: this may run inside the click handler of one of
        // these buttons. The widget action deletes its button with it.
        action->deleteLater();
    }
    m_choiceActions.clear();
    m_label->setText(message);
    for (const Choice &choice : choices) {
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
