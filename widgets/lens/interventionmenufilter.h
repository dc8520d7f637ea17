#pragma once

#include <QMenu>
#include <QObject>
#include <QPointer>

#include <functional>

namespace faultline {

class CanvasView;

/// Right-click on a factor in the levers lens: a small menu with
/// "Intervene here" or "Remove intervention". The what-if lives in the lens
/// (LensController), never in the document, so choosing either leaves no
/// undo step. Installed on a canvas view's viewport as an event filter, so
/// the canvas code needs no lens knowledge; outside the levers lens, or away
/// from a factor, the context-menu event passes on untouched.
class InterventionMenuFilter : public QObject
{
    Q_OBJECT
public:
    struct Hooks
    {
        std::function<bool()> active;                      ///< the levers lens is on
        std::function<bool(const QString &)> isIntervened; ///< factor id → marked?
        std::function<void(const QString &)> toggle;       ///< factor id → mark or unmark
    };

    /// Installs itself on `view`'s viewport; deleted with the view.
    InterventionMenuFilter(CanvasView *view, Hooks hooks);

    /// The menu currently open (for tests and accessibility tools), or null.
    QMenu *openMenu() const { return m_menu; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    CanvasView *m_view;
    Hooks m_hooks;
    QPointer<QMenu> m_menu;
};

} // namespace faultline
