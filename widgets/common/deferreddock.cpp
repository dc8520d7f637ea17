#include "widgets/common/deferreddock.h"

#include <utility>

namespace faultline {

DeferredDock::DeferredDock(const QString &objectName, const QString &title, Builder build,
                           QWidget *parent)
    : QDockWidget(title, parent), m_build(std::move(build))
{
    setObjectName(objectName); // saveState() and restoreState() need it
    setWidget(new QWidget);
    // visibilityChanged(true) comes when the dock's tab is raised, but also
    // for every dock of a tab group when the window is first shown (the
    // layout then moves the hidden tabs off-screen). So look again once that
    // has settled, and build only a dock the user can actually see.
    const auto lookAgain = [this] {
        if (m_build)
            QMetaObject::invokeMethod(this, &DeferredDock::buildIfShown, Qt::QueuedConnection);
    };
    connect(this, &QDockWidget::visibilityChanged, this, [lookAgain](bool visible) {
        if (visible)
            lookAgain();
    });
    // Floating a hidden tab, or dragging it elsewhere, shows it without a
    // visibilityChanged (the widget never was hidden, only off-screen).
    connect(this, &QDockWidget::topLevelChanged, this, lookAgain);
    connect(this, &QDockWidget::dockLocationChanged, this, lookAgain);
}

void DeferredDock::buildIfShown()
{
    if (isVisible() && !visibleRegion().isEmpty())
        content();
}

QWidget *DeferredDock::content()
{
    if (m_build) {
        const Builder build = std::exchange(m_build, Builder());
        QWidget *built = build();
        QWidget *placeholder = widget();
        setWidget(built);
        delete placeholder;
        Q_EMIT contentBuilt(built);
    }
    return widget();
}

} // namespace faultline
