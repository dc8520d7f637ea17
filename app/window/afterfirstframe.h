#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QWidget;

namespace faultline {

/// Runs start-up work that the first frame does not show once that frame
/// has been drawn, so the window appears sooner (issue 10, time to first
/// frame). The work runs two event-loop hops after the window's first paint
/// event: the first hop comes after the whole window has been painted and
/// handed to the display server, the second lets whatever that paint queued
/// run first.
class AfterFirstFrame : public QObject
{
    Q_OBJECT
public:
    /// Watches `window` (the parent of this object) for its first paint.
    explicit AfterFirstFrame(QWidget *window);

    /// Queues `work`; runs it at once if the first frame was already drawn.
    void add(std::function<void()> work);
    /// Runs the queued work now (e.g. the window closes before it was ever
    /// painted); later add() calls run at once.
    void runNow();
    bool hasRun() const { return m_done; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<std::function<void()>> m_work;
    bool m_done = false;
};

} // namespace faultline
