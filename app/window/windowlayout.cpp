#include "app/window/windowlayout.h"

#include "widgets/common/deferreddock.h"
#include "widgets/common/panelstrip.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QTabBar>

#include <algorithm>
#include <cstdlib>

namespace faultline {

namespace {
// Shares of the window width, with floors below which a column's contents
// (kind names, inspector fields) stop being readable.
constexpr double kLeftShare = 0.10;
constexpr double kRightShare = 0.18;
constexpr int kLeftMin = 140;
constexpr int kRightMin = 220;
// The inspector's share of the right column's height; the tabbed group has the rest.
constexpr double kInspectorHeightShare = 0.6;
// The palette's share of the left column's height; the incident's factors have the rest.
constexpr double kPaletteHeightShare = 0.38;

// The tabbed group under the inspector, in tab order; docks added by
// features that are not named here join it too.
const char *const kLowerDocks[] = {"sourcesDock", "checklistDock", "diagnosticsDock", "gapListDock",
                                   "historyDock"};
const char *const kLeftDocks[] = {"paletteDock", "factorListDock"};
const char *const kStripDock = "lowerPanelStripDock";
const QLatin1String kCollapsedKey("window/lowerPanelsCollapsed");
/// Lets `dock` be as narrow as its column's floor: a panel's own minimum
/// (a row of buttons, a table's columns) would otherwise set the column's
/// width at every window size. Contents built later get the same.
void capMinimumWidth(QWidget *content, int width)
{
    const int hint = content->minimumSizeHint().width();
    if (hint > 0)
        content->setMinimumWidth(std::min(width, hint));
}

void capMinimumWidth(QDockWidget *dock, int width)
{
    if (QWidget *content = dock->widget())
        capMinimumWidth(content, width);
    auto *deferred = qobject_cast<DeferredDock *>(dock);
    if (deferred && !deferred->isBuilt() && !deferred->property("faultlineCapped").toBool()) {
        deferred->setProperty("faultlineCapped", true);
        QObject::connect(deferred, &DeferredDock::contentBuilt, deferred,
                         [width](QWidget *content) { capMinimumWidth(content, width); });
    }
}
} // namespace

WindowLayout::WindowLayout(QMainWindow *window)
    : QObject(window), m_window(window), m_presentation(new QAction(this)),
      m_collapse(new QAction(this))
{
    m_shares[0] = kLeftShare;
    m_shares[1] = kRightShare;
    m_presentation->setObjectName(QStringLiteral("presentationLayout"));
    m_presentation->setCheckable(true);
    connect(m_presentation, &QAction::toggled, this, &WindowLayout::setPresentationLayout);
    m_collapse->setObjectName(QStringLiteral("collapseLowerPanels"));
    m_collapse->setCheckable(true);
    connect(m_collapse, &QAction::toggled, this, &WindowLayout::setLowerCollapsed);
    retranslate();
}

void WindowLayout::retranslate()
{
    m_presentation->setText(tr("Presentation &Layout"));
    m_presentation->setStatusTip(
        tr("Hide every panel so the diagram fills the window (for a projector); again to bring "
           "them back"));
    m_collapse->setText(tr("&Collapse Lower Panels"));
    m_collapse->setStatusTip(
        tr("Shrink the panels under the inspector to a strip of their titles, so the inspector "
           "gets the height; a click on a title brings them back"));
    if (m_stripDock)
        m_stripDock->setWindowTitle(tr("Lower Panels"));
    updateStripTitles();
}

QDockWidget *WindowLayout::dock(const char *objectName) const
{
    return m_window->findChild<QDockWidget *>(QLatin1String(objectName),
                                              Qt::FindDirectChildrenOnly);
}

QList<QDockWidget *> WindowLayout::lowerGroup() const
{
    QList<QDockWidget *> group;
    for (const char *name : kLowerDocks)
        if (QDockWidget *d = dock(name))
            group.append(d);
    const QList<QDockWidget *> all =
        m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
    for (QDockWidget *d : all) {
        const QByteArray name = d->objectName().toLatin1();
        const bool known = std::any_of(std::begin(kLeftDocks), std::end(kLeftDocks),
                                       [&](const char *n) { return name == n; }) ||
                           name == "inspectorDock" || name == kStripDock || group.contains(d);
        if (!known)
            group.append(d);
    }
    return group;
}

void WindowLayout::applyDefault()
{
    QDockWidget *palette = dock("paletteDock");
    QDockWidget *factors = dock("factorListDock");
    QDockWidget *inspector = dock("inspectorDock");
    const QList<QDockWidget *> lower = lowerGroup();
    if (!palette || !factors || !inspector || lower.isEmpty())
        return;
    for (QDockWidget *d : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        d->setFloating(false);
        // Panels that open on demand (conflicts, changes) keep their visibility.
        const QByteArray name = d->objectName().toLatin1();
        const auto named = [&](const char *n) { return name == n; };
        if (std::any_of(std::begin(kLeftDocks), std::end(kLeftDocks), named) ||
            std::any_of(std::begin(kLowerDocks), std::end(kLowerDocks), named) ||
            name == "inspectorDock")
            d->show();
    }
    for (QDockWidget *d : {palette, factors})
        capMinimumWidth(d, kLeftMin - 4);
    capMinimumWidth(inspector, kRightMin - 4);
    for (QDockWidget *d : lower)
        capMinimumWidth(d, kRightMin - 4);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, palette);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, factors);
    m_window->splitDockWidget(palette, factors, Qt::Vertical);
    m_window->addDockWidget(Qt::RightDockWidgetArea, inspector);
    m_window->addDockWidget(Qt::RightDockWidgetArea, lower.first());
    m_window->splitDockWidget(inspector, lower.first(), Qt::Vertical);
    for (int i = 1; i < lower.size(); ++i)
        m_window->tabifyDockWidget(lower.first(), lower.at(i));
    lower.first()->raise();
    const int height = std::max(m_window->height(), 300);
    m_window->resizeDocks(
        {palette, factors},
        {int(height * kPaletteHeightShare), int(height * (1.0 - kPaletteHeightShare))},
        Qt::Vertical);
    m_window->resizeDocks(
        {inspector, lower.first()},
        {int(height * kInspectorHeightShare), int(height * (1.0 - kInspectorHeightShare))},
        Qt::Vertical);
    sizeColumns(m_window->width());
    unelideTabBars();
    if (m_collapse->isChecked())
        setLowerCollapsed(true);
}

QList<QDockWidget *> WindowLayout::columnDocks() const
{
    // One visible, docked panel per side column stands for the column (a
    // panel behind another's tab counts as visible but lies outside the window).
    QList<QDockWidget *> docks;
    const QList<QDockWidget *> all =
        m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
    for (Qt::DockWidgetArea area : {Qt::LeftDockWidgetArea, Qt::RightDockWidgetArea}) {
        for (QDockWidget *d : all) {
            if (d->isVisible() && !d->isFloating() && m_window->dockWidgetArea(d) == area &&
                m_window->rect().contains(d->geometry().center())) {
                docks.append(d);
                break;
            }
        }
    }
    return docks;
}

void WindowLayout::sizeColumns(int windowWidth)
{
    QDockWidget *palette = dock("paletteDock");
    QDockWidget *inspector = dock("inspectorDock");
    if (!palette || !inspector)
        return;
    const int left = std::max(kLeftMin, int(windowWidth * m_shares[0]));
    const int right = std::max(kRightMin, int(windowWidth * m_shares[1]));
    m_lastWindowSize = m_window->size();
    m_columnWidths = {left, right};
    // Panels put away (compare view, start screen, presentation layout) come
    // back with the layout they left with.
    if (m_window->isVisible() && (palette->isHidden() || inspector->isHidden()))
        return;
    m_window->resizeDocks({palette, inspector}, {left, right}, Qt::Horizontal);
}

void WindowLayout::unelideTabBars()
{
    // QMainWindow makes a tab bar per tabbed group as a direct child; by
    // default it elides titles to "So… H… Ch…" when the column is narrow.
    for (QTabBar *bar : m_window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        bar->setElideMode(Qt::ElideNone);
        bar->setUsesScrollButtons(true);
    }
}

bool WindowLayout::docksFit() const
{
    int docked = 0;
    for (QDockWidget *d : columnDocks())
        docked += d->width();
    // In a small window the columns' floors alone can pass the share: the
    // default layout then counts as fitting.
    const int width = m_window->width();
    return docked <= std::max(width * (1.0 - kMinCanvasWidthShare), kLeftMin + kRightMin + 16.0);
}

void WindowLayout::afterRestore(bool restored)
{
    // A layout saved on a larger screen (or a projector since unplugged) can
    // put the window or a floating panel past the edge of this one. Its docks
    // keep their places; windowShown() resets their widths if the canvas
    // would be squeezed.
    const QScreen *screen =
        m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen();
    if (screen) {
        const QRect available = screen->availableGeometry();
        if (!available.contains(m_window->frameGeometry())) {
            m_window->resize(m_window->size().boundedTo(available.size() * 0.95));
            m_window->move(available.topLeft());
        }
        for (QDockWidget *d : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
            if (d->isFloating() && !available.intersects(d->frameGeometry()))
                d->move(available.topLeft());
    }
    if (!restored)
        applyDefault();
    if (QSettings().value(kCollapsedKey, false).toBool() != m_collapse->isChecked())
        m_collapse->setChecked(!m_collapse->isChecked());
    m_isDefault = !restored;
    m_sizedForWindow = false;
}

void WindowLayout::windowShown()
{
    if (m_sizedForWindow)
        return;
    m_sizedForWindow = true;
    if (m_isDefault || !docksFit())
        sizeColumns(m_window->width());
    m_lastWindowSize = m_window->size();
    for (QDockWidget *d : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        d->installEventFilter(this);
    unelideTabBars();
}

void WindowLayout::windowResized(QSize oldSize, QSize newSize)
{
    if (!m_window->isVisible() || !oldSize.isValid() || oldSize.width() <= 0)
        return;
    if (oldSize.width() == newSize.width()) {
        m_lastWindowSize = newSize;
        return;
    }
    if (!m_sizedForWindow) {
        windowShown();
        return;
    }
    // Qt gives the change to the canvas (and some to the docks); the
    // columns get their share of the new width instead, as the user last set it.
    sizeColumns(newSize.width());
}

bool WindowLayout::eventFilter(QObject *watched, QEvent *event)
{
    // A column that changes width while the window keeps its size was resized
    // by the user (a separator drag): its share of the window is theirs now.
    auto *d = qobject_cast<QDockWidget *>(watched);
    if (d && event->type() == QEvent::Resize && m_sizedForWindow &&
        m_window->size() == m_lastWindowSize && columnDocks().contains(d)) {
        const Qt::DockWidgetArea area = m_window->dockWidgetArea(d);
        const int column = area == Qt::LeftDockWidgetArea    ? 0
                           : area == Qt::RightDockWidgetArea ? 1
                                                             : -1;
        if (column >= 0 && m_columnWidths.size() == 2 &&
            std::abs(d->width() - m_columnWidths.at(column)) > 3 && m_window->width() > 0) {
            m_shares[column] = double(d->width()) / m_window->width();
            m_columnWidths[column] = d->width();
        }
    }
    return QObject::eventFilter(watched, event);
}

void WindowLayout::setPresentationLayout(bool on)
{
    setPanelsAway(on);
}

void WindowLayout::setPanelsAway(bool away)
{
    if (away == !m_stateWhileAway.isEmpty())
        return;
    if (away) {
        m_stateWhileAway = m_window->saveState(kStateVersion);
        for (QDockWidget *d : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
            d->hide();
        return;
    }
    m_window->restoreState(m_stateWhileAway, kStateVersion);
    m_stateWhileAway.clear();
    if (m_presentation->isChecked()) {
        const QSignalBlocker blocker(m_presentation);
        m_presentation->setChecked(false);
    }
}

QByteArray WindowLayout::editorState() const
{
    return m_stateWhileAway.isEmpty() ? m_window->saveState(kStateVersion) : m_stateWhileAway;
}

void WindowLayout::ensureStrip()
{
    if (m_stripDock)
        return;
    m_strip = new PanelStrip;
    m_stripDock = new QDockWidget(m_window);
    m_stripDock->setObjectName(QLatin1String(kStripDock));
    m_stripDock->setWindowTitle(tr("Lower Panels"));
    // A strip, not a panel: no title bar, cannot be closed, moved or floated.
    m_stripDock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    m_stripDock->setTitleBarWidget(new QWidget(m_stripDock));
    m_stripDock->setWidget(m_strip);
    connect(m_strip, &PanelStrip::expandRequested, this, [this](int index) {
        if (index >= 0)
            m_frontDock = index;
        m_collapse->setChecked(false);
    });
    // It takes the group's place: under the group if that is docked, else
    // under the inspector.
    const QList<QDockWidget *> lower = lowerGroup();
    // A panel of the group opened from View > Panels ends the collapse too,
    // rather than standing beside a strip that claims the group is away.
    for (QDockWidget *d : lower)
        connect(d->toggleViewAction(), &QAction::triggered, this, [this](bool shown) {
            if (shown && m_collapse->isChecked())
                m_collapse->setChecked(false);
        });
    QDockWidget *above =
        !lower.isEmpty() && !lower.first()->isHidden() && !lower.first()->isFloating()
            ? lower.first()
            : dock("inspectorDock");
    const Qt::DockWidgetArea area =
        above ? m_window->dockWidgetArea(above) : Qt::RightDockWidgetArea;
    m_window->addDockWidget(area == Qt::NoDockWidgetArea ? Qt::RightDockWidgetArea : area,
                            m_stripDock);
    if (above && !above->isFloating())
        m_window->splitDockWidget(above, m_stripDock, Qt::Vertical);
    m_stripDock->hide();
}

void WindowLayout::updateStripTitles()
{
    if (!m_strip)
        return;
    QStringList titles;
    for (const QPointer<QDockWidget> &d : std::as_const(m_collapsedDocks))
        titles.append(d ? d->windowTitle() : QString());
    m_strip->setTitles(titles, m_frontDock);
}

void WindowLayout::setLowerCollapsed(bool collapsed)
{
    QSettings().setValue(kCollapsedKey, collapsed);
    QDockWidget *inspector = dock("inspectorDock");
    const int height = m_window->height();
    if (collapsed) {
        ensureStrip();
        // The panels the user has open (not the on-demand ones now closed),
        // and the one in front: the others of a tabbed group lie outside the window.
        const QList<QDockWidget *> lower = lowerGroup();
        QList<QPointer<QDockWidget>> shown;
        for (QDockWidget *d : lower) {
            if (d->isHidden())
                continue;
            if (!d->isFloating() && m_window->rect().contains(d->geometry().center()))
                m_frontDock = int(shown.size());
            shown.append(d);
        }
        // Already collapsed: keep the panels the strip stands for; a layout
        // restored collapsed stands for the default group.
        if (shown.isEmpty() && m_collapsedDocks.isEmpty())
            for (const char *name : kLowerDocks)
                if (QDockWidget *d = dock(name))
                    shown.append(d);
        if (!shown.isEmpty())
            m_collapsedDocks = shown;
        for (QDockWidget *d : lower)
            d->hide();
        updateStripTitles();
        m_stripDock->show();
        if (inspector)
            m_window->resizeDocks({inspector, m_stripDock}, {height, m_strip->sizeHint().height()},
                                  Qt::Vertical);
        return;
    }
    if (m_stripDock)
        m_stripDock->hide();
    QList<QDockWidget *> back;
    for (const QPointer<QDockWidget> &d : std::as_const(m_collapsedDocks))
        if (d)
            back.append(d);
    if (back.isEmpty())
        back = lowerGroup();
    for (QDockWidget *d : std::as_const(back))
        d->show();
    if (back.isEmpty())
        return;
    back.at(std::clamp(m_frontDock, 0, int(back.size()) - 1))->raise();
    m_collapsedDocks.clear();
    if (inspector)
        m_window->resizeDocks(
            {inspector, back.first()},
            {int(height * kInspectorHeightShare), int(height * (1.0 - kInspectorHeightShare))},
            Qt::Vertical);
}

} // namespace faultline
