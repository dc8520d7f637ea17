#include "widgets/common/findbar.h"

#include "widgets/common/toolicons.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace faultline {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_edit(new QLineEdit(this)),
      m_status(new QLabel(this)), m_next(new QToolButton(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_edit->setObjectName(QStringLiteral("findText"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaximumWidth(320);
    m_status->setTextFormat(Qt::PlainText);
    m_next->setIcon(toolIcon(ToolIcon::Find));
    m_next->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_next->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_caption->setBuddy(m_edit);
    layout->addWidget(m_caption);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_close);

    connect(m_edit, &QLineEdit::returnPressed, this, [this] { Q_EMIT findNextRequested(text()); });
    connect(m_next, &QToolButton::clicked, this, [this] { Q_EMIT findNextRequested(text()); });
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_notFound = false;
        updateStatus();
        m_edit->setPalette(QPalette());
    });
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    retranslate();
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FindBar::retranslate()
{
    m_caption->setText(tr("Find:"));
    m_edit->setPlaceholderText(tr("Find a factor by its label"));
    m_next->setText(tr("Next"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    updateStatus();
}

void FindBar::updateStatus()
{
    m_status->setText(m_notFound ? tr("No factor matches") : QString());
}

QString FindBar::text() const
{
    return m_edit->text().trimmed();
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::setFound(bool found)
{
    QPalette palette;
    if (!found && !text().isEmpty())
        palette.setColor(QPalette::Base, QColor(0xfd, 0xe8, 0xe6));
    m_edit->setPalette(palette);
    m_notFound = !found && !text().isEmpty();
    updateStatus();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace faultline
