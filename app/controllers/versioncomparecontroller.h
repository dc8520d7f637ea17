#pragma once

#include "app/controllers/controllercontext.h"
#include "model/incident.h"
#include "model/versioning/documentdiff.h"

#include <QObject>

#include <functional>

class QAction;
class QDockWidget;

namespace faultline {

class ChangeListPanel;

/// File > Compare with File… and File > Compare with Version…: the changes
/// from another file, or from one of the open file's commits (git log
/// --follow, loaded with git show), to the open document, in the Changes
/// panel; a click on a change selects its element on the canvas.
class VersionCompareController : public QObject
{
    Q_OBJECT
public:
    explicit VersionCompareController(const ControllerContext &context);

    /// Hooks that replace the dialogs (tests answer without a modal loop).
    using AskFileFunction = std::function<QString(QWidget *parent)>;
    /// Returns the index of the version picked from `versions`, or -1.
    using PickVersionFunction = std::function<int(QWidget *parent, const QStringList &versions)>;
    using MessageFunction = std::function<void(QWidget *parent, const QString &message)>;
    void setAskFileFunction(AskFileFunction ask) { m_askFile = std::move(ask); }
    void setPickVersionFunction(PickVersionFunction pick) { m_pickVersion = std::move(pick); }
    void setMessageFunction(MessageFunction message) { m_message = std::move(message); }

    /// What the two actions do.
    void compareWithFile();
    void compareWithVersion();
    /// Shows the changes from `older` (called `name`) to the open document.
    void showChanges(const QString &name, const Incident &older);

    QAction *compareWithFileAction() const { return m_compareFile; }
    QAction *compareWithVersionAction() const { return m_compareVersion; }
    QDockWidget *changesDock() const { return m_dock; }
    ChangeListPanel *changesPanel() const { return m_panel; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void tell(const QString &message) const;
    /// The change marks of m_changes on every reading's canvas (none when empty).
    void markViews() const;

    ControllerContext m_context;
    QAction *m_compareFile;
    QAction *m_compareVersion;
    QDockWidget *m_dock;
    ChangeListPanel *m_panel;
    QList<ElementChange> m_changes; ///< what the Changes panel shows
    AskFileFunction m_askFile;
    PickVersionFunction m_pickVersion;
    MessageFunction m_message;
};

} // namespace faultline
