#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSize>

class QAction;
class QDockWidget;
class QMainWindow;

namespace faultline {

class PanelStrip;

/// Where the editor's panels go and how wide they are, so the canvas stays the
/// largest thing in the window: the palette and the incident's factors share
/// one narrow column on the left, the inspector sits on the right above one
/// tabbed group of the other panels (sources, history, checklist, …), which
/// can be collapsed to a thin strip of its tab titles (remembered across runs). Column widths are a
/// share of the window and follow it when it is resized; a restored layout that leaves the canvas
/// too little room, or a window that no longer fits its screen, is reset.
/// View > Presentation Layout hides every panel and brings them back.
class WindowLayout : public QObject
{
    Q_OBJECT
public:
    /// The canvas keeps at least this share of the window width when the
    /// columns are sized; a restored layout that leaves less is reset.
    static constexpr double kMinCanvasWidthShare = 0.5;
    /// saveState()/restoreState() version: bumped when the docks change, so
    /// a layout of older docks is not restored.
    static constexpr int kStateVersion = 2;

    explicit WindowLayout(QMainWindow *window);

    /// Puts every dock of the window in its default place and size.
    void applyDefault();
    /// After restoreGeometry()/restoreState(): resets what does not fit.
    /// `restored` tells whether a saved layout was applied at all.
    void afterRestore(bool restored);
    /// QMainWindow::resizeEvent(): the columns grow and shrink with the window.
    void windowResized(QSize oldSize, QSize newSize);
    /// The first show: a default layout takes its widths from the real size.
    void windowShown();

    /// Hides every panel (the start screen, the presentation layout) or
    /// brings them back as they were.
    void setPanelsAway(bool away);
    bool arePanelsAway() const { return !m_stateWhileAway.isEmpty(); }
    /// The editor's layout to save: as it was before the panels went away.
    QByteArray editorState() const;

    QAction *presentationLayoutAction() const { return m_presentation; }
    QAction *collapseLowerAction() const { return m_collapse; }
    /// Sets the texts of the actions in the current language.
    void retranslate();

    /// Whether the docks leave the canvas at least kMinCanvasWidthShare of the
    /// width (or are no wider than their floors in a small window).
    bool docksFit() const;
    /// The strip the lower group collapses to (null until first collapsed).
    PanelStrip *lowerStrip() const { return m_strip; }

protected:
    /// The docks' resizes: a column the user resized keeps its new share.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDockWidget *dock(const char *objectName) const;
    QList<QDockWidget *> lowerGroup() const;
    QList<QDockWidget *> columnDocks() const;
    void sizeColumns(int windowWidth);
    void setPresentationLayout(bool on);
    void setLowerCollapsed(bool collapsed);
    void ensureStrip();
    void updateStripTitles();
    /// Dock tab bars show whole titles and scroll instead of eliding them.
    void unelideTabBars();

    QMainWindow *m_window;
    QAction *m_presentation;
    QAction *m_collapse;
    QByteArray m_stateWhileAway;   ///< the layout before the panels were hidden
    bool m_sizedForWindow = false; ///< the columns have been sized for a real window size
    bool m_isDefault = true;       ///< no saved layout was restored
    QList<int> m_columnWidths;     ///< left, right as last sized by sizeColumns()
    double m_shares[2];            ///< left, right column's share of the window width
    QSize m_lastWindowSize;
    QDockWidget *m_stripDock = nullptr;
    PanelStrip *m_strip = nullptr;
    QList<QPointer<QDockWidget>> m_collapsedDocks; ///< the lower panels the strip stands for
    int m_frontDock = 0;                           ///< which of them to bring back in front
};

} // namespace faultline
