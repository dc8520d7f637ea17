#include "app/window/afterfirstframe.h"

#include <QEvent>
#include <QWidget>

namespace faultline {

AfterFirstFrame::AfterFirstFrame(QWidget *window) : QObject(window)
{
    window->installEventFilter(this);
}

void AfterFirstFrame::add(std::function<void()> work)
{
    if (m_done)
        work();
    else
        m_work.append(std::move(work));
}

void AfterFirstFrame::runNow()
{
    if (m_done)
        return;
    m_done = true;
    parent()->removeEventFilter(this);
    // Work may queue more work (which then runs at once): take the list first.
    const QList<std::function<void()>> work = std::exchange(m_work, {});
    for (const std::function<void()> &job : work)
        job();
}

bool AfterFirstFrame::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == parent() && !m_done) {
        watched->removeEventFilter(this);
        // Posted events wait until the paint in progress has been flushed;
        // the second hop goes behind everything that paint queued.
        QMetaObject::invokeMethod(
            this,
            [this] {
                QMetaObject::invokeMethod(this, &AfterFirstFrame::runNow, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace faultline
