#pragma once

#include <QStringList>
#include <QWidget>

class QTabBar;
class QToolButton;

namespace faultline {

/// A collapsed group of panels as one thin row of its tab titles: the titles
/// stay visible so the user sees what is there, and a click on one (or on the
/// expand button) asks for the group back with that panel in front.
class PanelStrip : public QWidget
{
    Q_OBJECT
public:
    explicit PanelStrip(QWidget *parent = nullptr);

    /// Shows one tab per title; `current` is marked as the panel last in front.
    void setTitles(const QStringList &titles, int current);
    QTabBar *tabBar() const { return m_tabs; }
    QToolButton *expandButton() const { return m_expand; }

Q_SIGNALS:
    /// A click on the tab of panel `index`, or -1 for the expand button.
    void expandRequested(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTabBar *m_tabs;
    QToolButton *m_expand;
};

} // namespace faultline
