#pragma once

#include <QDockWidget>

#include <functional>

namespace faultline {

/// A dock whose content is built the first time it is needed: when the dock
/// first becomes visible (shown, or raised in a tab group), or when code asks
/// for content(). Until then it holds an empty placeholder, so a window can
/// create every dock at start-up (View > Panels and restoreState() need them)
/// without paying for the panels that start hidden behind another tab.
class DeferredDock : public QDockWidget
{
    Q_OBJECT
public:
    using Builder = std::function<QWidget *()>;

    DeferredDock(const QString &objectName, const QString &title, Builder build, QWidget *parent);

    /// The content, built now if it was not yet.
    QWidget *content();
    bool isBuilt() const { return !m_build; }

Q_SIGNALS:
    /// Once, right after the content was built and put in the dock.
    void contentBuilt(QWidget *content);

private:
    void buildIfShown();

    Builder m_build; ///< empty once built
};

} // namespace faultline
