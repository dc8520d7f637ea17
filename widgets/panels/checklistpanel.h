#pragma once

#include "model/compare/checklistcoverage.h"
#include "widgets/panels/reasondialog.h"

#include <QSet>
#include <QString>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace faultline {

class Document;

/// The failure-point checklist for one interpretation, grouped by area with
/// a coverage line per area ("1 of 5 considered"). Each entry is implicated
/// (tagged on a factor this reading uses), ruled out (with the user's
/// reason) or not considered. Ruling out and considering again are undoable
/// edits of the interpretation's ruledOutFailureModes (entries) or
/// ruledOutAreas (a whole area), one step each. Document-specific entries
/// are added to the incident's checklistExtensions (one undo step).
/// Follows the document by itself.
class ChecklistPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistPanel(Document *document, QWidget *parent = nullptr);

    void setInterpretation(const QString &interpretationId);
    QString interpretationId() const { return m_interpretationId; }
    /// Rebuilds from the document now (it otherwise follows changes a moment later).
    void refresh();

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *ruleOutButton() const { return m_ruleOut; }
    QPushButton *considerButton() const { return m_consider; }
    QLineEdit *newEntryEdit() const { return m_newEntry; }
    QPushButton *addEntryButton() const { return m_addEntry; }
    /// What Rule Out… asks the reason with (a dialog by default).
    void setReasonAsker(ReasonAsker ask) { m_askReason = std::move(ask); }
    QTreeWidgetItem *entryItem(const QString &entryId) const;
    QTreeWidgetItem *areaItem(const QString &area) const;
    const ChecklistCoverage &coverage() const { return m_coverage; }

    /// Rules `entryId` out with `reason`, or changes the reason (one undo step).
    void ruleOut(const QString &entryId, const QString &reason);
    /// Removes `entryId` from the ruled-out list (one undo step).
    void considerAgain(const QString &entryId);
    /// Rules the whole area (a kind id) out with `reason`, or changes the reason.
    void ruleOutArea(const QString &area, const QString &reason);
    void considerAreaAgain(const QString &area);
    /// Adds a document-specific entry called `name` to `area`; returns its id
    /// (empty if the name is blank or the area unknown).
    QString addEntry(const QString &area, const QString &name);

    enum Column
    {
        NameColumn,
        StatusColumn,
        DetailColumn ///< tagged factors, or the reason an entry is ruled out (editable)
    };

Q_SIGNALS:
    /// The user clicked an entry: select these factors on the canvas.
    void selectFactorsRequested(const QStringList &factorIds);

protected:
    /// QEvent::LanguageChange: the fixed texts, then the tree (names come from the checklist).
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void scheduleRefresh();
    void rebuild();
    QString currentEntryId() const;
    /// The area of the current row (an area row or an entry's parent).
    QString currentArea() const;
    void addEntryFromEdit();
    void updateButtons();
    void startRuleOut();
    void onItemClicked(QTreeWidgetItem *item);
    void onItemChanged(QTreeWidgetItem *item, int column);
    enum class Target
    {
        Entry,
        Area
    };
    void writeRuledOut(Target target, const QString &id, const QString *reason,
                       const QString &commandText);

    Document *m_document;
    QString m_interpretationId;
    ChecklistCoverage m_coverage;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPushButton *m_ruleOut;
    ReasonAsker m_askReason = &askRuleOutReason;
    QPushButton *m_consider;
    QLineEdit *m_newEntry;
    QPushButton *m_addEntry;
    QTimer m_refreshTimer;
    QSet<QString> m_collapsedAreas;
    bool m_building = false;
};

} // namespace faultline
