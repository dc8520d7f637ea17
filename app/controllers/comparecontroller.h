#pragma once

#include "app/controllers/controllercontext.h"
#include "model/incident.h"
#include "model/layout/layoutresult.h"
#include "widgets/compare/compareview.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace faultline {

class LayoutRunner;

/// Interpretation > Compare Interpretations…: switches the central area
/// between editing and the compare view, keeping the editing canvas (and so
/// its selection) untouched. With exactly two interpretations both are
/// compared at once; with more a picker asks (2–4). While the compare view
/// is shown it follows the document, debounced, so an undo or a merged
/// import shows up without reopening it.
class CompareController : public QObject
{
    Q_OBJECT
public:
    /// Returns the interpretations to compare (empty = cancelled), given the
    /// incident and the suggestion (the current interpretation and the next).
    using PickFunction =
        std::function<QStringList(const Incident &incident, const QStringList &preselected)>;

    /// Delay between a document change and the compare view's refresh.
    static constexpr int kRefreshDelayMs = 250;

    explicit CompareController(const ControllerContext &context);

    /// Replaces the picker dialog (tests answer it without a modal loop).
    void setPickFunction(PickFunction pick) { m_pick = std::move(pick); }
    /// Asks where to save the summary: the path, or empty when cancelled.
    using AskPathFunction = std::function<QString(QWidget *parent, const QString &suggested)>;
    /// Replaces the file dialog of "Save Summary…" (tests answer without a modal loop).
    void setAskPathFunction(AskPathFunction ask) { m_askPath = std::move(ask); }

    /// What the compare action does: pick, then open.
    void compare();
    /// Shows the compare view of `interpretationIds` (2–4 existing ones).
    bool open(const QStringList &interpretationIds);
    /// Back to the interpretation tabs.
    void close();
    bool isOpen() const;
    /// The compare view (created on first use), or nullptr before.
    CompareView *view() const { return m_view; }
    /// The current interpretation and the one after it (wrapping around).
    QStringList suggestion() const;

    /// Starts one layout of all compared readings (CausalLayout::unionRequest)
    /// off the GUI thread; the columns take its positions when it finishes.
    void startCommonLayout();
    LayoutRunner *layoutRunner() const { return m_runner; }

    /// The interpretations compared last (empty before the first comparison);
    /// the presentation shows this comparison.
    QStringList lastComparison() const { return m_ids; }
    /// Writes the session summary of the shown comparison (or `interpretationIds`)
    /// to `path`, Markdown or PDF by suffix; false with `error` set on failure.
    bool saveSummary(const QString &path, QString *error,
                     const QStringList &interpretationIds = {}) const;
    /// The discussion panel's "Save Summary…" (and the presentation's): asks
    /// for a file over `dialogParent` (the window the user looks at; default
    /// the editor), then saves the summary of `interpretationIds` (default as
    /// saveSummary()).
    void saveSummaryInteractively(QWidget *dialogParent = nullptr,
                                  const QStringList &interpretationIds = {});

protected:
    /// Closing the window while comparing leaves compare mode first, so the
    /// dock layout the window saves is the editor's, not compare mode's.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRefresh();
    void refresh();
    /// Compare mode gives the columns the whole window: the docks (palette,
    /// inspector, lists) are put away on opening and come back as they were.
    void putDocksAway();
    void bringDocksBack();

    ControllerContext m_context;
    /// In the window's central stack, created on first use; a QPointer because
    /// the window deletes it while the document may still emit signals.
    QPointer<CompareView> m_view;
    PickFunction m_pick;
    AskPathFunction m_askPath;
    QStringList m_ids;
    QTimer m_refreshTimer;
    LayoutRunner *m_runner;
    LayoutResult m_commonLayout; ///< for m_ids; empty = positions as drawn
    /// The incident the view was last built from, without its discussion:
    /// a discussion edit needs no rebuild of the columns.
    Incident m_shown;
    /// The window's dock layout from before compare mode; empty while none is put away.
    QByteArray m_editorDockState;
};

} // namespace faultline
