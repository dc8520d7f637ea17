#pragma once

#include "model/incident.h"
#include "model/layout/layoutresult.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace faultline {

class CalloutPlacement;
class CompareColumnView;
class CompareScenes;
class CoverageWidget;
class CruxListWidget;
class ElidedLabel;
class DiscussionPanel;
class MarkLegendStrip;
class RootCauseMatrixWidget;

/// The compare view: 2–4 interpretations in columns, side by side, with the
/// cruxes, the root-cause matrix and the checklist coverage on the right.
/// Columns are read-only, zoom and scroll together, and show shared factors
/// at the same place (CompareScenes). Selecting a crux highlights its
/// elements in every column and brings them into view; F8 / Shift+F8 step
/// through the cruxes from anywhere in the view, Esc asks to go back.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    /// Shows `interpretationIds` of `incident`. When only the content changed
    /// (same ids) the zoom, the scroll position and the selected crux are kept.
    void setComparison(const Incident &incident, const QStringList &interpretationIds,
                       const LayoutResult &unionLayout = {});
    QStringList interpretationIds() const;

    CompareScenes *scenes() const { return m_scenes; }
    int columnCount() const { return int(m_columns.size()); }
    CompareColumnView *columnView(int column) const;
    /// The name header of a column.
    QLabel *columnHeader(int column) const;
    CruxListWidget *cruxList() const { return m_cruxList; }
    /// The legend strip: what the marks shown in the columns mean.
    MarkLegendStrip *legendStrip() const { return m_legendStrip; }
    /// Whether the columns are stacked (one above the other) rather than side by side.
    bool isStacked() const;
    RootCauseMatrixWidget *matrix() const { return m_matrix; }
    CoverageWidget *coverage() const { return m_coverage; }
    QPushButton *backButton() const { return m_backButton; }
    QPushButton *commonLayoutButton() const { return m_commonLayout; }
    /// Hosts `panel` as the first side tab ("Discussion") and keeps it on
    /// the selected crux. The panel edits the document itself.
    void setDiscussionPanel(DiscussionPanel *panel);
    DiscussionPanel *discussionPanel() const { return m_discussion; }
    /// Shows a changed discussion (crux list resolutions and tallies, records
    /// whose crux is gone) without rebuilding the columns.
    void updateDiscussion(const Incident &incident);
    QTabWidget *sideTabs() const { return m_sideTabs; }

    /// While a common layout runs the button says so and is disabled.
    void setCommonLayoutRunning(bool running);

    /// Index of the selected crux, -1 for none.
    int currentCrux() const;
    void setCurrentCrux(int index);
    void nextCrux();
    void previousCrux();
    /// Zooms every column so the whole diagram fits.
    void fitAll();

Q_SIGNALS:
    /// The user asked to return to editing (button or Esc).
    void backRequested();
    /// The user asked for one layout of all compared readings together.
    void commonLayoutRequested();

protected:
    void showEvent(QShowEvent *event) override;
    /// Re-arranges (side by side or stacked) and fits the columns again.
    void resizeEvent(QResizeEvent *event) override;
    /// LanguageChange: the fixed words and everything worded from the
    /// comparison (title, column headers, cruxes, matrix, coverage).
    void changeEvent(QEvent *event) override;

private:
    /// Column backgrounds, headers and separators in the canvas colours of the
    /// application palette (light or dark); again when the palette changes.
    void applyColumnColors();
    struct Column
    {
        QWidget *frame = nullptr;
        QLabel *header = nullptr;
        QLabel *stats = nullptr;
        CompareColumnView *view = nullptr;
    };

    QWidget *createTopBar();
    QWidget *createSidePanel();
    /// The fixed words: buttons, legend, tooltips, tab titles.
    void retranslateUi();
    void updateCommonLayoutText();
    /// Everything worded from the comparison; the selected crux is the caller's.
    void showComparisonTexts();
    void setColumnCount(int count);
    void updateHeaders();
    void onCruxSelected(int index);
    void syncZoomFrom(CompareColumnView *source);
    void syncScrollFrom(CompareColumnView *source);
    void showFocus(const QRectF &area);
    /// Where the focused crux's callouts go beside `area` (the crux's elements).
    CalloutPlacement calloutPlacement(const QRectF &area) const;
    /// Side by side or stacked, whichever draws the diagrams larger in the space there is.
    void arrangeColumns();
    void refit();
    void updateLegendStrip();

    CompareScenes *m_scenes;
    QList<Column> m_columns;
    QWidget *m_columnArea;
    QSplitter *m_splitter;
    ElidedLabel *m_title;
    MarkLegendStrip *m_legendStrip = nullptr;
    QCheckBox *m_showDifferences;
    QPushButton *m_backButton;
    QPushButton *m_commonLayout = nullptr;
    QPushButton *m_fit = nullptr;
    QLabel *m_cruxHeader;
    ElidedLabel *m_cruxHint = nullptr;
    CruxListWidget *m_cruxList;
    QTabWidget *m_sideTabs;
    RootCauseMatrixWidget *m_matrix;
    CoverageWidget *m_coverage;
    DiscussionPanel *m_discussion = nullptr;
    bool m_layoutRunning = false;
    bool m_syncing = false;
    bool m_needsFit = true;
    bool m_refitPending = false;
};

} // namespace faultline
