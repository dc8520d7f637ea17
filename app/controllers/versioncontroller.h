#pragma once

#include "app/controllers/controllercontext.h"

#include <QObject>

#include <functional>
#include <optional>

class QDockWidget;

namespace faultline {

class ConflictsPanel;

/// Merge conflicts in the editor: the Conflicts panel appears when the open
/// document has a `conflicts` section, highlights the selected conflict's
/// element on the canvas and turns Take Ours, Take Theirs and Edit into one
/// undo step each (through DocumentEditor).
class VersionController : public QObject
{
    Q_OBJECT
public:
    explicit VersionController(const ControllerContext &context);

    /// Asks for the value to keep (a text, or JSON); nothing when cancelled.
    using AskValueFunction = std::function<std::optional<QString>(
        QWidget *parent, const QString &label, const QString &start)>;
    /// Replaces the Edit dialog (tests answer without a modal loop).
    void setAskValueFunction(AskValueFunction ask) { m_askValue = std::move(ask); }

    QDockWidget *conflictsDock() const { return m_dock; }
    ConflictsPanel *conflictsPanel() const { return m_panel; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void highlight(const QString &elementKey);
    void take(int index, bool ours);
    void edit(int index);

    ControllerContext m_context;
    QDockWidget *m_dock;
    ConflictsPanel *m_panel;
    AskValueFunction m_askValue;
};

} // namespace faultline
